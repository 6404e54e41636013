// `npm test` lints the course: every lesson loads, and every step fails before its code and
// passes after it, run by the REPL's own evaluator with the lesson's peers. A broken copy of a
// lesson shows that the linter notices, and how it tells the author.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setColor } from '../../src/colors.ts';
import { setLang } from '../../src/i18n/index.ts';
import { benchCheckpoint } from '../../src/lessons/bench.ts';
import { checkCourse, formatProblem, lessonsDir, lintCourse } from '../../src/lessons/index.ts';
import { runIsolated } from './isolated.ts';

setColor(false);
setLang('en');

describe('the course', () => {
  it('passes socklab lessons check', async () => {
    const out: string[] = [];
    const code = await checkCourse({ write: (s) => out.push(s) });
    expect(out.join(''), out.join('')).toMatch(/The course is sound/);
    expect(code).toBe(0);
  }, 120_000);
});

describe('the linter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-lint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function broken(id: string, edit: (yaml: string) => string): void {
    const yaml = readFileSync(join(lessonsDir(), `${id}.yaml`), 'utf8');
    const changed = edit(yaml);
    expect(changed).not.toBe(yaml);
    writeFileSync(join(dir, `${id}.yaml`), changed);
  }

  it('tells the author which step is wrong and how to fix it', async () => {
    cpSync(join(lessonsDir(), 'first-socket.yaml'), join(dir, 'first-socket.yaml'));
    // A check that the code never satisfies.
    broken('udp-receiver', (y) => y.replace('- learner_received: quit', '- learner_received: bye'));
    // A check that already holds before the step's code runs.
    broken('tcp-server', (y) => y.replace('      - learner_received: hello server', '      - socket: {type: SOCK_STREAM}'));
    const { problems, lessons } = await lintCourse({ dir });
    expect(lessons).toBe(3);
    const text = problems.map(formatProblem);
    expect(text).toEqual([
      expect.stringMatching(/udp-receiver\.yaml:\d+: check 1 of step 5 \(quit, typescript\) fails after the step's code ran: you received b'quit' but not 'bye' yet .*— fix the code or the check$/),
      expect.stringMatching(/udp-receiver\.yaml:\d+: check 1 of step 5 \(quit, python\) fails after the step's code ran: you received b'quit' but not 'bye' yet/),
      expect.stringMatching(/tcp-server\.yaml:\d+: step 5 \(recv, typescript\) already passes before its code runs/),
      expect.stringMatching(/tcp-server\.yaml:\d+: step 5 \(recv, python\) already passes before its code runs/),
    ]);
  }, 60_000);

  it('reports a line that waits for a peer the step does not start, and literal ports', async () => {
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(lessonsDir(), 'first-socket.yaml'), join(dir, 'first-socket.yaml'));
    broken('first-socket', (y) => y.replace("u.bind(['', {port}])", "u.bind(['', 7788])"));
    const { problems } = await lintCourse({ dir });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/first-socket\.yaml:\d+: step 3 \(bind, typescript\): the code writes the port 7788 itself — write \{port\} so the lesson can move to a free port/),
    ]);
  });
  it("rejects a summary script that socklab run could not run", async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    broken('tcp-server', (y) => y.replaceAll("await conn.send(b('hello client'))", "await conn.send(b'hello client')").replaceAll('const s = socket.socket(AF_INET, SOCK_STREAM)', 's = socket.socket(AF_INET, SOCK_STREAM)'));
    const { problems } = await lintCourse({ dir });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/tcp-server\.yaml:1: the en summary shows a script that socklab run would reject \(Unexpected token .*\), starting `s = socket\.socket/),
      expect.stringMatching(/tcp-server\.yaml:1: the zh summary shows a script/),
    ]);
    broken('tcp-server', (y) => y.replace('const s = socket.socket(AF_INET, SOCK_STREAM)', 's = socket.socket(AF_INET, SOCK_STREAM)'));
    const again = await lintCourse({ dir });
    expect(again.problems.map(formatProblem)[0]).toMatch(/\(s is assigned but never declared\)/);
    // The Python version of the program must be Python that socklab run takes.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    broken('tcp-server', (y) => y.replace("        conn.send(b'hello client')\n        conn.close()", "        conn.send(b'hello client'\n        conn.close()"));
    const python = await lintCourse({ dir });
    expect(python.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/tcp-server\.yaml:1: the en summary shows a Python program that socklab run would reject \(SyntaxError: '\(' was never closed \(line 7\)\), starting `import socket`/),
    ]);
  }, 60_000);

  it('fails the course when a lesson file does not load', async () => {
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(lessonsDir(), 'first-socket.yaml'), join(dir, 'first-socket.yaml'));
    broken('udp-receiver', (y) => y.replace('format_version: 1', 'format_version: 2'));
    const out: string[] = [];
    expect(await checkCourse({ dir, write: (s) => out.push(s) })).toBe(1);
    expect(out.join('')).toMatch(/✘ .*udp-receiver\.yaml:1: format_version is 2, but this socklab reads format_version 1 — write format_version: 1\n✔ first-socket \(steps: 5\)\nThe course has problems: 1\. Lessons checked: 1\./);
  });

  it('reports a step whose code loops for good, or waits for good, as stuck', () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    const lesson = (id: string, code: string, python = 's.close()') => `format_version: 1
id: ${id}
title: {en: Loop, zh: 循环}
intro: {en: Loop., zh: 循环。}
steps:
  - id: create
    title: {en: Create, zh: 创建}
    text: {en: Make a socket., zh: 创建套接字。}
    code: "s = socket.socket(AF_INET, SOCK_DGRAM)"
    python: "import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)"
    hints: [{en: socket(), zh: socket()}]
    checks: [socket: {type: SOCK_DGRAM}]
  - id: loop
    title: {en: Loop, zh: 循环}
    text: {en: Loop., zh: 循环。}
    code: "${code}"
    python: ${JSON.stringify(python)}
    hints: [{en: close, zh: close}]
    checks: [all_closed: true]
`;
    // A synchronous function never gives the event loop a turn (the vm timeout stops it); a loop
    // in the line's own code does (rewrite.ts), so the line's deadline stops it, after an await too.
    writeFileSync(join(dir, 'loop-sync.yaml'), lesson('loop-sync', 'function spin() { while (true) {} } spin()'));
    writeFileSync(join(dir, 'loop-turns.yaml'), lesson('loop-turns', 'sleep(0.01); while (true) {}'));
    writeFileSync(join(dir, 'wait.yaml'), lesson('wait', 's.recvfrom(1024)'));
    // Python's loops give the event loop a turn (emit.ts), so the deadline stops them too.
    writeFileSync(join(dir, 'py-loop.yaml'), lesson('py-loop', 's.close()', 'while True:\n    pass\n'));
    // In a child process: before the linter bounded these lines, they froze the thread for good.
    const found = runIsolated<string[]>(`import { lintCourse, formatProblem } from './src/lessons/index.ts';
      const r = await lintCourse({ dir: ${JSON.stringify(dir)}, lineTimeoutMs: 300 });
      process.stdout.write(JSON.stringify(r.problems.map(formatProblem)));
      process.exit(0);`, 60_000);
    expect(found).toEqual([
      `${join(dir, 'loop-sync.yaml')}:13: step 2 (loop, typescript): \`function spin() { while (true) {} } spin()\` was still running after 0.3 s without ever waiting (a loop that never ends?) — make the loop end: break out of it, or give it a condition that becomes false`,
      `${join(dir, 'loop-turns.yaml')}:13: step 2 (loop, typescript): \`sleep(0.01); while (true) {}\` did not finish within 0.3 s (the lesson's side said: —) — does it wait for a peer this step does not start? Add peer: (or until: on an earlier step's peer)`,
      `${join(dir, 'py-loop.yaml')}:13: step 2 (loop, python): \`while True:\` did not finish within 0.3 s (the lesson's side said: —) — does it wait for a peer this step does not start? Add peer: (or until: on an earlier step's peer)`,
      `${join(dir, 'wait.yaml')}:13: step 2 (loop, typescript): \`s.recvfrom(1024)\` did not finish within 0.3 s (the lesson's side said: —) — does it wait for a peer this step does not start? Add peer: (or until: on an earlier step's peer)`,
    ]);
  }, 70_000);

  it("sees the learner's variables, as the REPL defines them", async () => {
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(lessonsDir(), 'first-socket.yaml'), join(dir, 'first-socket.yaml'));
    writeFileSync(join(dir, 'names.yaml'), `format_version: 1
id: names
title: {en: Names, zh: 名字}
intro: {en: Names., zh: 名字。}
steps:
  - id: hostname
    title: {en: Ask for the host name, zh: 查询主机名}
    text: {en: Call gethostname()., zh: 调用 gethostname()。}
    code: "host = gethostname()"
    python: "import socket; host = socket.gethostname()"
    hints: [{en: gethostname(), zh: gethostname()}]
    checks:
      - variable: {name: host, type: str}
`);
    const { problems } = await lintCourse({ dir, only: ['names'] });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("gives input() the step's input lines, then 'quit'", async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    writeFileSync(join(dir, 'chat.yaml'), `format_version: 1
id: chat
title: {en: Chat, zh: 聊天}
intro: {en: Chat., zh: 聊天。}
ports:
  port: 9999
steps:
  - id: chat
    title: {en: Chat with B, zh: 和 B 聊天}
    text: {en: Type lines until quit., zh: 一直输入，直到 quit。}
    code:
      - "s = socket.socket(AF_INET, SOCK_DGRAM)"
      - "to = ['127.0.0.1', Number(input('B port: '))]"
      - |
        while (true) {
          const msg = input('A: >> ')
          s.sendto(msg.encode('utf-8'), to)
          if (msg === 'quit') break
        }
    python: |
      import socket
      s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
      to = ('127.0.0.1', int(input('B port: ')))
      while True:
          msg = input('A: >> ')
          s.sendto(msg.encode('utf-8'), to)
          if msg == 'quit':
              break
    input: ['{port}', hello B]
    hints: [{en: Type, zh: 输入}]
    checks:
      - peer_received: hello B
      - learner_sent: {exact: quit}
    peer: {kind: udp-echo, port: port}
  - id: again
    title: {en: Quit at once, zh: 马上退出}
    text: {en: input() says quit., zh: input() 返回 quit。}
    code: "s.sendto(input().encode('utf-8'), ['127.0.0.1', {port}])"
    python: "s.sendto(input().encode('utf-8'), ('127.0.0.1', {port}))"
    hints: [{en: Type, zh: 输入}]
    checks:
      - peer_received: {calls: 1}
      - learner_sent: {exact: quit}
    peer: {kind: udp-echo, port: port}
`);
    const { problems } = await lintCourse({ dir, only: ['chat'] });
    expect(problems.map(formatProblem)).toEqual([]);
    // The port in an input line was the lesson's, filled in like the code's; the lines come in order.
    const broken = readFileSync(join(dir, 'chat.yaml'), 'utf8').replace("input: ['{port}', hello B]", "input: ['{port}']");
    writeFileSync(join(dir, 'chat.yaml'), broken);
    const again = await lintCourse({ dir, only: ['chat'] });
    expect(again.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/chat\.yaml:\d+: check 1 of step 1 \(chat, typescript\) fails after/),
      expect.stringMatching(/chat\.yaml:\d+: check 1 of step 1 \(chat, python\) fails after/),
    ]);
  }, 30_000);
});

// The cost itself is measured by `npm run bench` (checkpoint_ms), never asserted here.
describe('the checkpoint benchmark', () => {
  it('evaluates a step\'s checks with the requested sockets open, and closes them', async () => {
    const r = await benchCheckpoint(100, 5);
    expect(r).toMatchObject({ sockets: 100, iterations: 5 });
    expect(r.closed.tcpRows).toBeGreaterThan(0);
    for (const m of [r.kernel.meanMs, r.plain.meanMs, r.msPerLine]) expect(Number.isFinite(m) && m > 0).toBe(true);
  });
});
