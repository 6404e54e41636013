// The notebook's pictures in the terminal: the REPL's `.diagram` (the REPL calls this once;
// nothing here loads zeromq).
import { t } from '../i18n/index.ts';
import type { SocketSpace } from '../socket/index.ts';
import { connectionStories, formatDiagram } from './diagram.ts';

interface _CommandHost {
  defineCommand(name: string, cmd: { help: string; action(this: unknown, arg: string): void }): void;
  displayPrompt(preserveCursor?: boolean): void;
}

export function defineDiagramCommand(r: _CommandHost, space: SocketSpace, write: (text: string) => void): void {
  r.defineCommand('diagram', {
    help: t('notebook.cmd.diagram'),
    action() {
      write(`${formatDiagram(connectionStories(space))}\n`);
      r.displayPrompt();
    },
  });
}
