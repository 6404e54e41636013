// help() of the modules only a Python program imports (json, …): found by value (after `import`)
// and by name, in both languages, with a Python example.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setColor } from '../../../src/colors.ts';
import { setLang } from '../../../src/i18n/index.ts';
import { helpText } from '../../../src/lang/help.ts';
import { PYTHON_MODULE_HELP } from '../../../src/lang/help-modules.ts';
import { createPythonSession } from '../../../src/lang/python/index.ts';

setColor(false);
const session = createPythonSession({ write: () => {}, readLine: async () => undefined });
const g = session.globals as Record<string, Record<string, unknown>>;

afterEach(() => setLang('en'));

const entries = Object.entries(PYTHON_MODULE_HELP).flatMap(([module, names]) => Object.keys(names).map((name) => [module, name] as const));

describe('help() of the Python-only modules', () => {
  beforeAll(async () => {
    const r = await session.exec(Object.keys(PYTHON_MODULE_HELP).map((m) => `import ${m}`).join('\n'));
    if (!r.ok) throw new Error(r.error?.traceback);
  });

  it.each(entries)('documents %s.%s by value and by name', (module, name) => {
    const value = g[module]![name];
    expect(value).toBeDefined();
    const byValue = helpText(value, g);
    expect(byValue).toMatch(new RegExp(`^${module}\\.${name}\\b`));
    expect(byValue).toMatch(/Example: /);
    expect(helpText(`${module}.${name}`, g)).toBe(byValue);
  });

  it.each(Object.keys(PYTHON_MODULE_HELP))('lists the module %s', (module) => {
    const text = helpText(g[module], g);
    expect(text.split('\n')[0]).toBe(module);
    for (const name of Object.keys(PYTHON_MODULE_HELP[module as keyof typeof PYTHON_MODULE_HELP])) expect(text).toContain(`${module}.${name}`);
  });

  it('speaks Chinese first when the language is zh, English second', () => {
    setLang('zh');
    const text = helpText(g.json!.loads, g);
    expect(text).toContain('按 UTF-8 解码');
    expect(text).toContain('decoded as UTF-8');
    expect(text.indexOf('按 UTF-8')).toBeLessThan(text.indexOf('decoded as'));
  });
});
