// help() of the preloaded modules (struct, select, threading, _thread, multiprocessing,
// socketserver) and of socket.makefile: found by value and by name, in both languages.
import { afterEach, describe, expect, it } from 'vitest';
import { setColor } from '../../src/colors.ts';
import { setLang } from '../../src/i18n/index.ts';
import { helpText } from '../../src/lang/help.ts';
import { moduleHelp } from '../../src/lang/help-modules.ts';
import { createGlobals } from '../../src/socket/index.ts';
import { itDocumentsModules } from './help-cases.ts';

setColor(false);
const { globals } = createGlobals({ write: () => {}, readLine: async () => undefined });
const g = globals as unknown as Record<string, Record<string, unknown>>;

afterEach(() => setLang('en'));

describe('help() of the modules', () => {
  itDocumentsModules(moduleHelp(), () => g);

  it('speaks Chinese first when the language is zh, English second', () => {
    setLang('zh');
    const text = helpText(g.struct!.pack, g);
    expect(text).toContain('网络（大端）字节序');
    expect(text).toContain('network (big-endian) order');
    expect(text.indexOf('网络')).toBeLessThan(text.indexOf('network'));
  });

  it('documents socket.makefile', () => {
    const text = helpText('makefile', g);
    expect(text).toMatch(/^socket\.makefile\(mode='r'/);
    expect(text).toContain('readline()');
  });
});
