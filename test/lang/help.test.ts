// help(x): every part of the socket API has docs, in both languages, with an example.
import { afterEach, describe, expect, it } from 'vitest';
import { setColor } from '../../src/colors.ts';
import { setLang } from '../../src/i18n/index.ts';
import { help as enHelpTexts } from '../../src/i18n/en/help.ts';
import { help as zhHelpTexts } from '../../src/i18n/zh/help.ts';
import { helpModules as enHelpModulesTexts } from '../../src/i18n/en/help-modules.ts';
import { helpModules as zhHelpModulesTexts } from '../../src/i18n/zh/help-modules.ts';
import { CONSTANTS } from '../../src/kernel/index.ts';
import { helpText } from '../../src/lang/help.ts';
import { createGlobals, EXCEPTION_CLASSES, Socket } from '../../src/socket/index.ts';

const enHelp = enHelpTexts();
const zhHelp = zhHelpTexts();
const enHelpModules = enHelpModulesTexts();
const zhHelpModules = zhHelpModulesTexts();

setColor(false);
const { globals, module } = createGlobals({ write: () => {}, readLine: async () => undefined });
const g = globals as unknown as Record<string, unknown>;

afterEach(() => setLang('en'));

const methods = Object.getOwnPropertyNames(Socket.prototype).filter((n) => n !== 'constructor' && n !== 'toString' && !n.startsWith('_'));
const functions = Object.keys(module).filter((n) => typeof (module as unknown as Record<string, unknown>)[n] === 'function' && !(n in EXCEPTION_CLASSES) && !['error', 'timeout', 'gaierror', 'herror'].includes(n));

describe('help()', () => {
  it.each(methods)('documents socket.%s', (name) => {
    const text = helpText(name, g);
    expect(text).toMatch(new RegExp(`^socket\\.${name}\\b`));
    expect(text).toMatch(/Example: /);
  });

  it.each(functions)('documents socket.%s()', (name) => {
    expect(helpText((module as unknown as Record<string, unknown>)[name], g)).toMatch(/Example: /);
  });

  it.each(Object.keys(CONSTANTS))('documents %s', (name) => {
    const text = helpText(name, g);
    expect(text).toMatch(new RegExp(`^${name} = `));
    expect(text.split('\n').length).toBeGreaterThan(1);
  });

  const os = g.os as { path: Record<string, unknown> } & Record<string, unknown>;
  it.each([
    ['getpid', os.getpid], ['unlink', os.unlink], ['remove', os.remove], ['path.exists', os.path.exists], ['path.join', os.path.join],
  ])('documents os.%s, by value and by name', (name, fn) => {
    expect(helpText(fn, g)).toMatch(new RegExp(`^os\\.${name.replace('.', '\\.')}\\(`));
    expect(helpText(fn, g)).toMatch(/Example: /);
    expect(helpText(`os.${name}`, g)).toBe(helpText(fn, g));
  });

  it('lists the os functions under help(os), and names an unknown value by its repr', () => {
    expect(helpText(os, g)).toMatch(/^os\n[\s\S]*os\.path\.exists/);
    expect(helpText(g.time, g)).toMatch(/^time\n[\s\S]*time\.monotonic/);
    expect(helpText((g.time as Record<string, unknown>).time, g)).toMatch(/^time\.time\(\) -> float/);
    expect(helpText('time.sleep', g)).toMatch(/^time\.sleep\(seconds\)/);
    expect(helpText({ a: 1 }, g)).toBe("No help for {'a': 1}. Try help(socket) or help(s) on a socket.");
  });

  it.each([...Object.keys(EXCEPTION_CLASSES), 'gaierror', 'herror'])('documents %s', (name) => {
    expect(helpText(name, g)).toMatch(/^class (socket\.)?\w+/);
    expect(helpText(name, g).split('\n').length).toBeGreaterThan(1);
  });

  it('recognises values: a method of a socket, the module, the class, a global', () => {
    const s = module.socket();
    try {
      expect(helpText(s.recv, g)).toMatch(/^socket\.recv\(bufsize\[, flags\]\) -> bytes/);
      expect(helpText(s, g)).toMatch(/^class socket\.socket/);
      expect(helpText(module, g)).toMatch(/^socket — /);
      expect(helpText(g.print, g)).toMatch(/^print\(\*values, sep=' ', end='\\n'\)/);
      expect(helpText(EXCEPTION_CLASSES.ConnectionRefusedError, g)).toMatch(/^class ConnectionRefusedError\(ConnectionError\)\n.*Errno 111/);
    } finally {
      s.close();
    }
  });

  it('shows the user\'s language first, then the other one', () => {
    setLang('zh');
    const [, first, second] = helpText('recv', g).split('\n');
    expect(first).toMatch(/最多接收 bufsize 个字节/);
    expect(second).toMatch(/Receives up to bufsize bytes/);
  });

  it('has a Chinese text for every English one', () => {
    expect(Object.keys(zhHelp).sort()).toEqual(Object.keys(enHelp).sort());
    expect(Object.keys(zhHelpModules).sort()).toEqual(Object.keys(enHelpModules).sort());
    for (const text of [...Object.values(zhHelp), ...Object.values(zhHelpModules)]) expect(text).not.toBe('');
  });

  it("keeps the modules' texts apart from the socket API's, with no key in both (help() looks in one, then the other)", () => {
    expect(Object.keys(enHelp).filter((k) => k in enHelpModules)).toEqual([]);
    expect(helpText('struct.pack', g)).toMatch(/Packs values into bytes/);
  });
});
