// The REPL's Python mode in-process on streams: what a lesson sees through its host (language,
// setLanguage, typeLine in the current language, lookup of Python variables, the step's prompt),
// the language remembered in the config directory (and said once when it cannot be saved), and
// both UI languages.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setColor } from '../../src/colors.ts';
import { setLang } from '../../src/i18n/index.ts';
import type { LessonHost, LessonsModule } from '../../src/repl/lessons.ts';
import { startStreamRepl, type StreamRepl } from './harness.ts';

setColor(false);
let repl: StreamRepl | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await repl?.close();
  repl = undefined;
  setLang('en');
  for (const d of dirs.splice(0)) {
    chmodSync(d, 0o700);
    rmSync(d, { recursive: true, force: true });
  }
});

type PyHost = LessonHost & { language(): 'typescript' | 'python'; setLanguage(lang: 'typescript' | 'python'): void };

function hostCapture(): { module: LessonsModule; host: () => PyHost } {
  let host!: PyHost;
  const module: LessonsModule = {
    attachLessons(h) {
      host = h as PyHost;
      return {
        commands: {},
        afterLine: async () => {},
        open: async () => true,
        onReset: () => {},
        close: () => {},
      };
    },
    listLessons: () => '',
    checkCourse: async () => 0,
  };
  return { module, host: () => host };
}

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'socklab-pyrepl-'));
  dirs.push(d);
  return d;
}

describe('Python mode and the lessons', () => {
  it('tells the lesson its language, switches on request, types the step in Python and finds Python variables', async () => {
    const lessons = hostCapture();
    repl = await startStreamRepl({ lessons: lessons.module });
    const host = lessons.host();
    expect(host.language()).toBe('typescript');
    host.setLanguage('python'); // loads the Python front end first
    for (let i = 0; i < 100 && host.language() !== 'python'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(host.language()).toBe('python');
    await host.typeLine("import socket\nu = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\nu.bind(('127.0.0.1', 0))\nlen([1, 2])");
    expect(await repl.waitFor(/2\n/)).toBe('2\n');
    expect(host.space.sockets.size).toBe(1);
    const u = host.lookup!('u');
    expect(u.defined).toBe(true);
    expect(String(u.value)).toMatch(/^<socket\.socket fd=\d+, family=2, type=2/);
    expect(host.lookup!('nothing').defined).toBe(false);
    // A lesson step's prompt ends in Python's >>>.
    host.setPrompt('udp-receiver 2/6 > ');
    repl.send('1 + 1');
    await repl.waitFor('udp-receiver 2/6 >>> ');
    host.setLanguage('typescript');
    repl.send('2 + 2');
    await repl.waitFor('4\nudp-receiver 2/6 > ');
  });
});

describe('the language remembered', () => {
  it('starts in the language chosen last time', async () => {
    const file = join(tempDir(), 'language');
    repl = await startStreamRepl({ languagePath: file });
    repl.send('.python');
    await repl.waitFor('py>>> ');
    expect(readFileSync(file, 'utf8').trim()).toBe('python');
    await repl.close();
    repl = await startStreamRepl({ languagePath: file }, 'py>>> ');
    repl.send('1 if None else 2');
    expect(await repl.waitFor('2\npy>>> ')).toBe('2\npy>>> ');
  });

  it('says once, in the learner language, that the choice cannot be saved', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blocker'), '');
    setLang('zh');
    repl = await startStreamRepl({ languagePath: join(dir, 'blocker', 'language') });
    repl.send('.python');
    expect(await repl.waitFor(/注意：无法把语言选择保存到 .*\n/)).toMatch(/（E[A-Z]+）/);
    await repl.waitFor('py>>> ');
    repl.send('.ts');
    await repl.waitFor('TypeScript 模式');
    await repl.waitFor('>>> ');
    expect(repl.output()).not.toMatch(/无法把语言选择保存到[^]*无法把语言选择保存到/);
  });
});

describe('help() in Python mode', () => {
  it("speaks Python: a blocking call needs no await, an address is a tuple, a flag is False", async () => {
    repl = await startStreamRepl({ language: 'python' }, 'py>>> ');
    await repl.run('import socket');
    await repl.run('s = socket.socket()');
    const connect = await repl.run('help(s.connect)');
    expect(connect).toContain("s.connect(('127.0.0.1', 9999))");
    expect(connect).toContain('Ctrl+C interrupts it');
    expect(connect).not.toContain('await');
    expect(await repl.run('help(s.setblocking)')).toContain('s.setblocking(False)');
    // The class, the module, input() and makefile say what Python does, in both languages: no Promise, no await.
    for (const line of ['help(socket.socket)', 'help(socket)', 'help(input)', 'help(s.makefile)']) {
      const text = await repl.run(line);
      expect(text, line).not.toMatch(/Promise|await/);
    }
    expect(await repl.run('help(socket.socket)')).toContain('wait until they can finish, as in Python');
    expect(await repl.run('help(s.makefile)')).toContain('`for line in f`');
    await repl.run('s.close()');
  });

  it.each(['en', 'zh'] as const)('documents the signal module (%s): its functions, and that Ctrl+C calls a SIGINT handler here', async (lang) => {
    repl = await startStreamRepl({ language: 'python', lang }, 'py>>> ');
    await repl.run('import signal');
    const module = await repl.run('help(signal)');
    expect(module).toMatch(/^signal\n/);
    expect(module).toContain(lang === 'en' ? 'makes Ctrl+C call handler(signum, frame) instead of raising KeyboardInterrupt' : '按 Ctrl+C 会调用 handler(signum, frame)');
    for (const name of ['signal.signal', 'signal.getsignal', 'signal.default_int_handler', 'signal.alarm', 'signal.raise_signal', 'signal.strsignal']) expect(module).toContain(name);
    const fn = await repl.run('help(signal.signal)');
    expect(fn).toMatch(/^signal\.signal\(signalnum, handler\)/);
    expect(fn).toContain('signal.signal(signal.SIGINT, on_ctrl_c)');
    // A module's function is found by its value, not by its name (which the module's own name may be).
    await repl.run('import random');
    expect(await repl.run('help(random.randint)')).toMatch(/^random\.randint\(a, b\)/);
  });
});

describe('help() of classes and builtins in Python mode', () => {
  it('finds a method read off socket.socket as help(s.recv) does, and a socket.py function too', async () => {
    repl = await startStreamRepl({ language: 'python' }, 'py>>> ');
    await repl.run('import socket');
    await repl.run('s = socket.socket()');
    const bound = await repl.run('help(s.recv)');
    expect(bound).toMatch(/^socket\.recv\(bufsize\[, flags\]\) -> bytes/);
    expect(await repl.run('help(socket.socket.recv)')).toBe(bound);
    expect(await repl.run('help(socket.socket.close)')).toBe(await repl.run('help(s.close)'));
    expect(await repl.run('help(type(s).sendall)')).toMatch(/^socket\.sendall\(/);
    expect(await repl.run('help(socket.socket.family)')).toMatch(/^socket\.family\n/);
    await repl.run('s.close()');
  });

  it.each(['en', 'zh'] as const)("says what a builtin without a text of socklab's is, in both languages (%s)", async (lang) => {
    repl = await startStreamRepl({ language: 'python', lang }, 'py>>> ');
    const [first, second] = lang === 'en' ? ["A method of Python's str type", 'Python str 类型的方法'] : ['Python str 类型的方法', "A method of Python's str type"];
    const split = await repl.run('help(str.split)');
    expect(split).toMatch(/^str\.split\(…\)\n/);
    expect(split.indexOf(first)).toBeGreaterThan(0);
    expect(split.indexOf(second)).toBeGreaterThan(split.indexOf(first));
    expect(split).toContain('https://docs.python.org/3/library/stdtypes.html#str.split');
    // The same method bound to a value, and a method named as a socket's is not the socket's.
    expect(await repl.run("help('a b'.split)")).toBe(split);
    expect(await repl.run('help(list.index)')).toMatch(/^list\.index\(…\)\n/);
    expect(await repl.run('help(dict.get)')).not.toContain('socket');
    const dict = await repl.run('help(dict)');
    expect(dict).toMatch(/^class dict\n/);
    expect(dict).toContain(lang === 'en' ? 'Methods:' : '方法：');
    expect(dict).toMatch(/clear {2}copy {2}fromkeys {2}get {2}items {2}keys/);
    expect(await repl.run('help(int.from_bytes)')).toContain(lang === 'en' ? 'called on the type itself: int.from_bytes(…)' : '在类型本身上调用：int.from_bytes(…)');
    expect(await repl.run('help(sorted)')).toContain('https://docs.python.org/3/library/functions.html#sorted');
    const keyError = await repl.run('help(KeyError)');
    expect(keyError).toMatch(/^class KeyError\(LookupError\)\n/);
    expect(keyError).toContain('exceptions.html#KeyError');
    // What has a text of socklab's keeps it.
    expect(await repl.run('help(len)')).toMatch(/^len\(x\) -> int/);
    await repl.run('import socket');
    expect(await repl.run('help(socket)')).toMatch(/^socket — Python's socket module\n(?![^]*docs\.python\.org)/);
  });
});

describe("help() of the new modules and of the program's own code in Python mode", () => {
  it.each(['en', 'zh'] as const)('documents pickle, io.BytesIO, string.Template and eval in both languages (%s)', async (lang) => {
    repl = await startStreamRepl({ language: 'python', lang }, 'py>>> ');
    await repl.run('import pickle, io, string');
    const [first, second] = lang === 'en' ? ['Never load a pickle from someone you do not trust', '绝不要加载不可信来源的 pickle'] : ['绝不要加载不可信来源的 pickle', 'Never load a pickle from someone you do not trust'];
    const module = await repl.run('help(pickle)');
    expect(module).toMatch(/^pickle\n/);
    expect(module.indexOf(first)).toBeGreaterThan(0);
    expect(module.indexOf(second)).toBeGreaterThan(module.indexOf(first));
    for (const name of ['pickle.dumps', 'pickle.loads', 'pickle.dump', 'pickle.load', 'pickle.UnpicklingError']) expect(module).toContain(name);
    expect(await repl.run('help(pickle.dumps)')).toMatch(/^pickle\.dumps\(obj, protocol=None/);
    expect(await repl.run('help(io.BytesIO)')).toContain(lang === 'en' ? 'seek(0) before reading' : '先 seek(0) 再读');
    expect(await repl.run('help(string.Template)')).toMatch(/^string\.Template\(template\)/);
    expect(await repl.run('help(string)')).toContain('ascii_letters');
    const evalHelp = await repl.run('help(eval)');
    expect(evalHelp).toMatch(/^eval\(source, globals=None, locals=None, \/\) -> object/);
    expect(evalHelp).toContain(lang === 'en' ? 'eval(input())' : '不要在服务器里写 eval(input())');
    expect(await repl.run('help(exec)')).toMatch(/^exec\(source/);
  });

  it.each(['en', 'zh'] as const)("prints pydoc's text for the program's own function and class, whatever the language (%s)", async (lang) => {
    repl = await startStreamRepl({ language: 'python', lang }, 'py>>> ');
    await repl.run('def f(a, b=1):\n    "Doc."\n');
    expect(await repl.run('help(f)')).toMatch(/^Help on function f in module __main__:\n\nf\(a, b=1\)\n {4}Doc\.\n\n/);
    await repl.run('class A:\n    "A doc."\n    def m(self, x):\n        "M."\n');
    const cls = await repl.run('help(A)');
    expect(cls).toMatch(/^Help on class A in module __main__:\n\nclass A\(builtins\.object\)\n \|  A doc\.\n \|  \n \|  Methods defined here:\n \|  \n \|  m\(self, x\)\n \|      M\.\n/);
  });
});

describe('--python from the first line', () => {
  it('reads lines that arrive at once, before the lessons load, as Python, and runs them all before the input ends', async () => {
    repl = await startStreamRepl({ language: 'python' }, 'py>>> ');
    repl.send('x = 40\nx + 2\nfor i in range(2):\n    print(i)\n\nprint("end")');
    await repl.waitFor('42\n');
    await repl.waitFor('0\n1\n');
    await repl.close(); // the input ends while the last line may still wait its turn
    expect(repl.output()).toMatch(/end\n/);
    repl = undefined;
  });

  it('runs a dot-command among lines that arrive together as the command, not as Python', async () => {
    repl = await startStreamRepl({ language: 'python' }, 'py>>> ');
    repl.send('x = 1\n.translate\nx + 1');
    await repl.waitFor('2\n');
    expect(repl.output()).toContain('x = 1;');
    expect(repl.output()).not.toContain('SyntaxError');
  });
});
