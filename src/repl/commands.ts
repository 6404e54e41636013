// node's own dot-commands (.break .clear .editor .exit .help .load .save), with their help in
// the user's language and a .help that lists every command, socklab's and the lessons' too.
import { t, type MessageKey } from '../i18n/index.ts';
import type { ReplServer } from './node-repl.ts';

const _BUILTIN_HELP: Record<string, MessageKey> = {
  break: 'repl.cmd.break', clear: 'repl.cmd.clear', editor: 'repl.cmd.editor', exit: 'repl.cmd.exit',
  help: 'repl.cmd.help', load: 'repl.cmd.load', save: 'repl.cmd.save',
};

export function translateNodeCommands(r: ReplServer, write: (text: string) => void): void {
  for (const [name, key] of Object.entries(_BUILTIN_HELP)) {
    const cmd = r.commands[name];
    if (cmd) cmd.help = t(key);
  }
  const help = r.commands.help;
  if (!help) return;
  // node's .help ends with an English line about Ctrl+C; ours says what socklab's keys do.
  help.action = () => {
    const names = Object.keys(r.commands).sort();
    const width = Math.max(...names.map((n) => n.length)) + 3;
    for (const name of names) write(`.${name.padEnd(width)}${r.commands[name]!.help ?? ''}\n`);
    write(`\n${t('repl.helpFooter')}\n`);
    r.displayPrompt();
  };
}
