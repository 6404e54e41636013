// The lessons in both languages: a host whose language() is 'python' or 'typescript', whose
// typeLine runs a line in a Python session or in the REPL's TypeScript evaluator, both on the
// same socket space, as the REPL does. Walkthroughs of udp-receiver and tcp-server in each
// language, the language remembered with the progress, and texts naming both forms of a line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setColor } from '../../src/colors.ts';
import { setLang } from '../../src/i18n/index.ts';
import { attachLessons, type LessonController, type LessonHost } from '../../src/lessons/index.ts';
import { pythonBlocks, pythonInputs, showLanguage } from '../../src/lessons/languages.ts';
import { ProgressStore } from '../../src/lessons/progress.ts';
import { renderCode } from '../../src/lessons/render.ts';
import type { CodeLanguage } from '../../src/lessons/schema.ts';
import { createEvaluator, type Evaluator } from '../../src/lang/typescript/evaluate.ts';
import { jsName } from '../../src/lang/python/emit.ts';
import { createPythonSession } from '../../src/lang/python/session.ts';
import { SocketSpace } from '../../src/socket/index.ts';

setColor(false);
setLang('en');

let dir: string;
let ev: Evaluator | undefined;
let space: SocketSpace | undefined;
let controller: LessonController | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'socklab-lesson-langs-'));
});

afterEach(() => {
  controller?.close();
  controller = undefined;
  ev?.dispose();
  ev = undefined;
  space?.closeAll();
  space = undefined;
  rmSync(dir, { recursive: true, force: true });
  setLang('en');
});

/** A REPL-like host in two languages over one socket space; `language` is where it starts. */
function harness(language: CodeLanguage, canSwitch = true) {
  const out: string[] = [];
  const prompts: string[] = [];
  const sockets = new SocketSpace();
  space = sockets;
  ev = createEvaluator({ write: (s) => out.push(s.trimEnd()), readLine: async () => undefined, space: sockets });
  const ts = ev;
  const py = createPythonSession({ write: (s) => out.push(s.trimEnd()), readLine: async () => undefined, space: sockets });
  let current = language;
  const host: LessonHost = {
    space: sockets,
    print: (text) => out.push(text),
    setPrompt: (p) => prompts.push(p),
    async typeLine(code) {
      out.push(`>>> ${code}`);
      if (current === 'python') {
        const r = await py.exec(code, { mode: 'single' });
        if (r.valueRepr !== undefined) out.push(r.valueRepr);
        if (!r.ok) out.push(r.error!.traceback.trimEnd());
      } else {
        const r = await ts.evaluate(code);
        if (!r.ok) out.push(`${(r.error as Error).name}: ${(r.error as Error).message}`);
      }
      await c.afterLine();
    },
    lookup(name) {
      if (current === 'python') return Object.hasOwn(py.globals, jsName(name)) ? { defined: true, value: py.globals[jsName(name)] } : { defined: false };
      const g = globalThis as Record<string, unknown>;
      return name in g ? { defined: true, value: g[name] } : { defined: false };
    },
    language: () => current,
    ...(canSwitch && {
      setLanguage(lang: CodeLanguage) {
        current = lang;
      },
    }),
  };
  const c = attachLessons(host, { configDir: dir, ports: 'ephemeral' });
  controller = c;
  const cmd = async (name: string, arg = '') => {
    const from = out.length;
    await c.commands[name]!.action(arg);
    return out.slice(from).join('\n');
  };
  const type = async (code: string) => {
    const from = out.length;
    await host.typeLine(code);
    return out.slice(from).join('\n');
  };
  return { out, prompts, c, cmd, type, py, text: () => out.join('\n'), language: () => current, setLanguage: (l: CodeLanguage) => void (current = l) };
}

describe('a lesson in Python', () => {
  it('walks udp-receiver typing the tutorial\'s Python lines: .show shows them, the checks pass as in TypeScript', async () => {
    const h = harness('python');
    await h.c.open('udp-receiver');
    expect(await h.cmd('show')).toBe('    import socket\n    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)');
    expect(await h.type('import socket')).not.toContain('✔');
    expect(await h.type('s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)')).toMatch(/· Your socket \(fd \d+\) is TCP \(SOCK_STREAM\), but this step needs UDP \(SOCK_DGRAM\)/);
    await h.type('s.close()');
    expect(await h.type('s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)')).toContain('✔ Create a UDP socket');

    const shown = await h.cmd('show');
    const port = Number(/s\.bind\(\('', (\d+)\)\)/.exec(shown)![1]);
    // The text shows Python's form of a line first, and names the TypeScript one.
    expect(await h.cmd('hint')).toBe('Hint 1/2: bind takes the address as one pair: (host, port) (TypeScript: [host, port]).');
    expect(await h.type(`s.bind(('', ${port}))`)).toContain(`✔ Bind to port ${port}`);
    expect(await h.cmd('show')).toContain('    data, addr = s.recvfrom(1024)');
    const got = await h.type('data, addr = s.recvfrom(1024)');
    expect(got).toContain("✔ Receive B's message with recvfrom");
    expect(await h.type('addr')).toMatch(/^>>> addr\n\('127\.0\.0\.1', \d+\)$/);
    expect(await h.type("s.sendto('hi'.encode('utf-8'), addr)")).toContain('✔ Reply with sendto');
    expect(await h.type('data, addr = s.recvfrom(1024)')).toContain("✔ Receive 'quit'");
    expect(await h.type('data')).toContain("b'quit'");
    const last = await h.type('s.close()');
    expect(last).toContain('Lesson complete');
    expect(space!.sockets.size).toBe(0);
  });

  it('a variable check sees Python globals', async () => {
    const h = harness('python');
    await h.c.open('first-socket');
    expect(await h.type('import socket')).not.toContain('✔');
    // A TCP socket alone is not the step: the check wants it in `s`.
    expect(await h.type('t = socket.socket(socket.AF_INET, socket.SOCK_STREAM)')).toMatch(/no variable named s yet/i);
    expect(await h.type('s = t')).toContain('✔ Create a TCP socket');
  });
});

describe('a lesson in TypeScript', () => {
  it('walks udp-receiver with .run: the TypeScript lines, the text naming Python\'s too', async () => {
    const h = harness('typescript');
    await h.c.open('udp-receiver');
    for (let i = 0; i < 6; i++) await h.cmd('run');
    const text = h.text();
    expect(text).toMatch(/Bind s to\s\['', \d+\] \(Python: \('', \d+\)\)/);
    expect(text).toContain('>>> [data, addr] = s.recvfrom(1024)');
    expect(text).not.toContain('>>> data, addr = s.recvfrom(1024)');
    expect(text).toContain("✔ Receive 'quit'");
    expect(text).toContain('Lesson complete');
    expect(space!.sockets.size).toBe(0);
  });
});

describe('tcp-server typed by .run', () => {
  it.each([
    ['python', '>>> conn, addr = s.accept()', '>>> [conn, addr]'],
    ['typescript', '>>> [conn, addr] = s.accept()', '>>> conn, addr'],
  ] as const)('in %s: its own lines, the same checks passing', async (language, accept, other) => {
    const h = harness(language);
    await h.c.open('tcp-server');
    for (let i = 0; i < 7; i++) await h.cmd('run');
    const text = h.text();
    expect(text).toContain(accept);
    expect(text).not.toContain(other);
    expect(text).not.toContain('Traceback');
    for (const title of ['Create a TCP socket', 'Listen', 'Accept the client', "Receive b'hello server'", "Send b'hello client'", 'Close both sockets']) {
      expect(text).toContain(`✔ ${title}`);
    }
    expect(text).toContain('Lesson complete');
    expect(space!.sockets.size).toBe(0);
  });
});

describe('the language of a lesson', () => {
  it('is saved with the progress and restored when the lesson is reopened, retyping the steps in it', async () => {
    const h = harness('python');
    await h.c.open('udp-receiver');
    await h.cmd('run');
    await h.cmd('run');
    expect(new ProgressStore(dir).get('udp-receiver')).toMatchObject({ step: 2, language: 'python' });
    h.c.close();
    ev!.dispose();
    space!.closeAll();

    // A REPL in TypeScript: the lesson goes on in Python, and the retyped lines are Python's.
    const again = harness('typescript');
    const answers = [''];
    const c = attachLessons({
      space: space!,
      print: (t) => again.out.push(t),
      setPrompt: () => {},
      typeLine: async (code) => {
        again.out.push(`>>> ${code}`);
        await again.py.exec(code, { mode: 'single' });
      },
      language: again.language,
      // As the REPL's: the Python front end loads first, so the switch takes a moment.
      setLanguage: async (lang) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        again.setLanguage(lang);
      },
      ask: async () => answers.shift(),
    }, { configDir: dir, ports: 'ephemeral' });
    controller?.close();
    controller = c;
    await c.open('udp-receiver');
    expect(again.language()).toBe('python');
    const text = again.text();
    expect(text).toContain('You took this lesson in Python last time, so it goes on in Python (.ts switches).');
    expect(text).toContain('>>> s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)');
    expect(text).toMatch(/>>> s\.bind\(\('', \d+\)\)/);
    expect(text).toContain('Step 3/6');
  });

  it('a switch of language mid-lesson is saved at the next line, keeping the rest of the progress', async () => {
    const h = harness('typescript');
    await h.c.open('first-socket');
    expect(new ProgressStore(dir).get('first-socket')).toMatchObject({ step: 0, language: 'typescript' });
    h.setLanguage('python');
    await h.type('import socket');
    expect(new ProgressStore(dir).get('first-socket')).toMatchObject({ step: 0, finished: false, language: 'python' });
  });

  it('a host that cannot switch (a notebook) keeps its own language', async () => {
    new ProgressStore(dir).setStep('udp-receiver', 2, 'python');
    const h = harness('typescript', false);
    await h.c.open('udp-receiver');
    expect(h.language()).toBe('typescript');
    expect(h.text()).not.toContain('You took this lesson');
  });
});

describe('texts that name a line in both languages', () => {
  it('show the learner\'s form first and name the other, in English and Chinese', () => {
    const text = 'Unpack it: `[data, addr] = s.recvfrom(1024)`|`data, addr = s.recvfrom(1024)`.';
    expect(showLanguage(text, 'typescript')).toBe('Unpack it: `[data, addr] = s.recvfrom(1024)` (Python: `data, addr = s.recvfrom(1024)`).');
    expect(showLanguage(text, 'python')).toBe('Unpack it: `data, addr = s.recvfrom(1024)` (TypeScript: `[data, addr] = s.recvfrom(1024)`).');
    setLang('zh');
    expect(showLanguage(text, 'python')).toBe('Unpack it: `data, addr = s.recvfrom(1024)`（TypeScript 写法：`[data, addr] = s.recvfrom(1024)`）.');
  });

  it('show a program in the learner\'s language: a `# Python` block replaces the block before it', () => {
    const text = 'As a script:\n\n    s.bind([\'\', 9999])\n\n    s.close()\n\n    # Python\n    s.bind((\'\', 9999))\n\n    s.close()\n\nNext.';
    expect(showLanguage(text, 'typescript')).toBe("As a script:\n\n    s.bind(['', 9999])\n\n    s.close()\n\nNext.");
    expect(showLanguage(text, 'python')).toBe("As a script:\n\n    s.bind(('', 9999))\n\n    s.close()\n\nNext.");
    expect(pythonBlocks(text)).toEqual(["s.bind(('', 9999))\n\ns.close()"]);
  });

  it('show a `[python]` paragraph only in Python, and a `[typescript]` one only in TypeScript, without the tag', () => {
    const text = 'Create a socket.\n\n[python] Type `import socket` first:\nthe tutorials start with it.\n\n[typescript] socket is preloaded.\n';
    expect(showLanguage(text, 'python')).toBe('Create a socket.\n\nType `import socket` first:\nthe tutorials start with it.\n');
    expect(showLanguage(text, 'typescript')).toBe('Create a socket.\n\nsocket is preloaded.\n');
    expect(showLanguage('[python] First.\n\nSecond.', 'typescript')).toBe('Second.');
    // A tag inside a paragraph is text.
    expect(showLanguage('See\n[python] here.', 'typescript')).toBe('See\n[python] here.');
  });

  it.each([
    ['en', 'python', 'Type import socket first: the tutorials start with it.'],
    ['zh', 'python', '先输入 import socket：教程的程序都从这一行开始。'],
    ['en', 'typescript', undefined],
    ['zh', 'typescript', undefined],
  ] as const)("a lesson's step in %s, %s: `import socket` first is said in Python only (TypeScript has socket preloaded)", async (lang, language, said) => {
    setLang(lang);
    const h = harness(language);
    await h.c.open('first-socket');
    if (said) expect(h.text()).toContain(said);
    else expect(h.text()).not.toMatch(/import socket first|先输入 import socket/);
    expect(h.text()).not.toContain('[python]');
  });

  it('.show leaves an empty line after a Python block, where the REPL runs it', () => {
    const inputs = pythonInputs('while True:\n    break\nprint(1)\n');
    expect(renderCode(inputs, 'python')).toBe('    while True:\n        break\n\n    print(1)');
    expect(renderCode(inputs, 'typescript')).toBe('    while True:\n        break\n    print(1)');
  });
});
