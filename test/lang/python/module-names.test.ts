// The module list the REPL's banner and help('modules') use without building a session is the
// session's own (module-names.ts); help('modules') and help('keywords') lay them out as pydoc does.
import { afterEach, describe, expect, it } from 'vitest';
import { setColor } from '../../../src/colors.ts';
import { setLang } from '../../../src/i18n/index.ts';
import { createPythonSession } from '../../../src/lang/python/index.ts';
import { BANNER_MODULES, PYTHON_MODULE_NAMES } from '../../../src/lang/python/module-names.ts';

setColor(false);
afterEach(() => setLang('en'));

async function help(topic: string): Promise<string> {
  let out = '';
  const session = createPythonSession({ write: (text) => { out += text; }, readLine: async () => undefined });
  const r = await session.exec(`help(${JSON.stringify(topic)})`);
  if (!r.ok) throw new Error(r.error?.traceback);
  return out;
}

describe('the Python modules socklab has', () => {
  it('are the names a session imports, asyncio and concurrent among them; the banner names only those', async () => {
    const session = createPythonSession({ write: () => {}, readLine: async () => undefined });
    const names = (session as unknown as { modules: { names(): string[] } }).modules.names();
    expect([...PYTHON_MODULE_NAMES].sort()).toEqual([...names].sort());
    expect(PYTHON_MODULE_NAMES).toEqual(expect.arrayContaining(['asyncio', 'concurrent', 'selectors', 'socket']));
    for (const m of BANNER_MODULES) expect(PYTHON_MODULE_NAMES).toContain(m);
  });

  it("help('modules') lists them in pydoc's four columns, in both languages", async () => {
    const text = await help('modules');
    expect(text.split('\n')[0]).toContain(`${PYTHON_MODULE_NAMES.length} modules`);
    expect(text).toMatch(/^_thread {13}\S/m);
    for (const m of PYTHON_MODULE_NAMES) expect(text).toMatch(new RegExp(`(^| )${m}( |$)`, 'm'));
    setLang('zh');
    expect(await help('modules')).toContain(`可以导入的 ${PYTHON_MODULE_NAMES.length} 个模块`);
  });

  it("help('keywords') is pydoc's list (python3 3.11), async and await among them; help('async') says how a coroutine runs", async () => {
    const text = await help('keywords');
    expect(text).toContain([
      'False               class               from                or',
      'None                continue            global              pass',
      'True                def                 if                  raise',
      'and                 del                 import              return',
      'as                  elif                in                  try',
      'assert              else                is                  while',
      'async               except              lambda              with',
      'await               finally             nonlocal            yield',
      'break               for                 not                 ',
    ].join('\n'));
    expect(await help('async')).toContain('asyncio.run(main())');
    setLang('zh');
    expect(await help('await')).toContain('协程');
  });
});
