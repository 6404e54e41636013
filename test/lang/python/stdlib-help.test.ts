// help() of the modules only a Python program imports (json, …): found by value (after `import`)
// and by name, in both languages, with a Python example.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setColor } from '../../../src/colors.ts';
import { setLang } from '../../../src/i18n/index.ts';
import { helpText } from '../../../src/lang/help.ts';
import { pythonModuleHelp } from '../../../src/lang/help-modules.ts';
import { createPythonSession } from '../../../src/lang/python/index.ts';
import { itDocumentsModules } from '../../modules/help-cases.ts';

setColor(false);
const session = createPythonSession({ write: () => {}, readLine: async () => undefined });
const g = session.globals as Record<string, Record<string, unknown>>;

afterEach(() => setLang('en'));

describe('help() of the Python-only modules', () => {
  beforeAll(async () => {
    const r = await session.exec(Object.keys(pythonModuleHelp()).map((m) => `import ${m}`).join('\n'));
    if (!r.ok) throw new Error(r.error?.traceback);
  });

  itDocumentsModules(pythonModuleHelp(), () => g);

  it('speaks Chinese first when the language is zh, English second', () => {
    setLang('zh');
    const text = helpText(g.json!.loads, g);
    expect(text).toContain('按 UTF-8 解码');
    expect(text).toContain('decoded as UTF-8');
    expect(text.indexOf('按 UTF-8')).toBeLessThan(text.indexOf('decoded as'));
  });
});
