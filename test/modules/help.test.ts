// help() of the preloaded modules (struct, select, threading, _thread, multiprocessing,
// socketserver) and of socket.makefile: found by value and by name, in both languages.
import { afterEach, describe, expect, it } from 'vitest';
import { setColor } from '../../src/colors.ts';
import { setLang } from '../../src/i18n/index.ts';
import { helpText } from '../../src/lang/help.ts';
import { MODULE_HELP } from '../../src/lang/help-modules.ts';
import { createGlobals } from '../../src/socket/index.ts';

setColor(false);
const { globals } = createGlobals({ write: () => {}, readLine: async () => undefined });
const g = globals as unknown as Record<string, Record<string, unknown>>;

afterEach(() => setLang('en'));

const entries = Object.entries(MODULE_HELP).flatMap(([module, names]) => Object.keys(names).map((name) => [module, name] as const));

describe('help() of the modules', () => {
  it.each(entries)('documents %s.%s by value and by name', (module, name) => {
    const value = g[module]![name];
    expect(value).toBeDefined();
    const byValue = helpText(value, g);
    expect(byValue).toMatch(new RegExp(`^${module}\\.${name}\\b`));
    expect(byValue).toMatch(/Example: /);
    expect(helpText(`${module}.${name}`, g)).toBe(byValue);
  });

  it.each(Object.keys(MODULE_HELP))('lists the module %s', (module) => {
    const text = helpText(g[module], g);
    expect(text.split('\n')[0]).toBe(module);
    for (const name of Object.keys(MODULE_HELP[module as keyof typeof MODULE_HELP])) expect(text).toContain(`${module}.${name}`);
  });

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
