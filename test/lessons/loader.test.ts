// The lesson loader: the real course loads, and every mistake is reported as `file:line: what —
// fix`, with the line of the offending field.
import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setColor } from '../../src/colors.ts';
import { setLang } from '../../src/i18n/index.ts';
import { renderOutcomes } from '../../src/lessons/render.ts';
import { attachLessons } from '../../src/lessons/controller.ts';
import { formatProblem, lessonsDir, loadCourse, parseLesson, stripControls } from '../../src/lessons/loader.ts';
import { SocketSpace } from '../../src/socket/index.ts';
import { runIsolated } from './isolated.ts';

setLang('en');

const GOOD = `format_version: 1
id: demo
title: {en: Demo, zh: 演示}
intro: {en: Intro, zh: 介绍}
ports:
  port: 9999
steps:
  - id: create
    title: {en: Create, zh: 创建}
    text:
      en: Make a socket.
      zh: 创建套接字。
    code: |
      s = socket.socket(AF_INET, SOCK_DGRAM)
    hints:
      - en: Use SOCK_DGRAM.
        zh: 用 SOCK_DGRAM。
    checks:
      - socket: {type: SOCK_DGRAM, laddr: [any, port]}
    python: s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
`;

/** The problems of GOOD with `from` replaced by `to`, as `file:line: message`. */
function problems(from: string | RegExp, to: string): string[] {
  const source = GOOD.replace(from, to);
  expect(source).not.toBe(GOOD);
  return parseLesson(source, 'lessons/demo.yaml').problems.map(formatProblem);
}

describe('parseLesson', () => {
  it('reads a well-formed lesson, with lines and defaults', () => {
    const { lesson, problems } = parseLesson(GOOD, 'lessons/demo.yaml');
    expect(problems).toEqual([]);
    expect(lesson?.ports).toEqual({ port: 9999 });
    expect(lesson?.order).toBe(100);
    const step = lesson!.steps[0]!;
    expect(step.code).toEqual(['s = socket.socket(AF_INET, SOCK_DGRAM)']);
    expect(step.line).toBe(8);
    expect(step.checks).toEqual([{ kind: 'socket', line: 19, socket: { type: 2, laddr: ['any', 'port'] } }]);
    expect(step.input).toEqual([]);
  });

  it("splits a step's python: into the inputs CPython's REPL would run, and asks for it", () => {
    const source = GOOD.replace(/    python: .*\n/, `    python: |
      import socket
      # a comment the REPL ignores
      s = socket.socket(socket.AF_INET,
                        socket.SOCK_DGRAM)
      while True:
          data = s.recv(1024)
          if not data:
              break
      else:
          print('done')
      try:
          s.close()

      except OSError:
          pass
      s
`);
    const { lesson, problems: found } = parseLesson(source, 'lessons/demo.yaml');
    expect(found).toEqual([]);
    expect(lesson!.steps[0]!.python).toEqual([
      'import socket',
      's = socket.socket(socket.AF_INET,\n                  socket.SOCK_DGRAM)',
      "while True:\n    data = s.recv(1024)\n    if not data:\n        break\nelse:\n    print('done')",
      // An empty line ends a compound statement at the REPL, as it does here.
      'try:\n    s.close()',
      'except OSError:\n    pass',
      's',
    ]);
    const listed = parseLesson(GOOD.replace(/    python: .*\n/, "    python: ['import socket', 's = 1']\n"), 'lessons/demo.yaml');
    expect(listed.lesson!.steps[0]!.python).toEqual(['import socket', 's = 1']);
    expect(problems(/    python: .*\n/, '')).toEqual([
      "lessons/demo.yaml:8: step 1 (create) has no python — add python: with the step as the tutorial writes it in Python (addresses as tuples: s.bind(('', {port})))",
    ]);
    expect(problems(/    python: .*\n/, '    python: 3\n')).toEqual([
      'lessons/demo.yaml:20: step 1 (create): python: should be the Python to type (python: | for several lines; a compound statement ends at the next unindented or empty line) or a list of inputs',
    ]);
  });

  it("reads a step's input lines for the linter, and udp-echo's reply", () => {
    const source = GOOD.replace('    checks:', "    input: [你好 B, '{port}']\n    peer: {kind: udp-echo, port: port, reply: 'got it from {addr}'}\n    checks:");
    const { lesson, problems } = parseLesson(source, 'lessons/demo.yaml');
    expect(problems).toEqual([]);
    expect(lesson!.steps[0]!.input).toEqual(['你好 B', '{port}']);
    expect(lesson!.steps[0]!.peer?.spec).toEqual({ kind: 'udp-echo', port: 'port', reply: 'got it from {addr}' });
  });

  it('reads caught: with an errno', () => {
    const source = GOOD.replace('- socket: {type: SOCK_DGRAM, laddr: [any, port]}', '- caught: {error: OSError, errno: 98}');
    const { lesson, problems } = parseLesson(source, 'lessons/demo.yaml');
    expect(problems).toEqual([]);
    expect(lesson!.steps[0]!.checks[0]).toMatchObject({ kind: 'caught', error: 'OSError', errno: 98 });
  });

  it.each<[string, string | RegExp, string, string]>([
    ['a missing language', '      zh: 创建套接字。\n', '', 'lessons/demo.yaml:10: step 1 (create) has no "zh" text — add zh: under text:'],
    ['a missing text', /    text:\n.*\n.*\n/, '', 'lessons/demo.yaml:8: step 1 (create) has no "text" — add text: with en: and zh: under it'],
    ['a misspelt field', '    hints:', '    hint:', 'lessons/demo.yaml:15: step 1 (create) has an unknown field "hint" — did you mean "hints"?'],
    ['no format_version', 'format_version: 1\n', '', 'lessons/demo.yaml:1: the lesson has no format_version — add format_version: 1 at the top'],
    ['a newer format_version', 'format_version: 1', 'format_version: 2', 'lessons/demo.yaml:1: format_version is 2, but this socklab reads format_version 1 — write format_version: 1'],
    ['an id that is not the file name', 'id: demo', 'id: other', 'lessons/demo.yaml:2: the id "other" differs from the file name "demo.yaml" — rename one of them so they match'],
    ['an unknown check', '- socket:', '- sockets:', 'lessons/demo.yaml:19: check 1 of step 1 (create): "sockets" is not a kind of check — did you mean socket?'],
    ['an unknown port name', '[any, port]', '[any, prot]', 'lessons/demo.yaml:19: check 1 of step 1 (create): the port "prot" is not a number nor a name under ports: (port) — declare it under ports: or write the number'],
    ['a bad constant', 'type: SOCK_DGRAM,', 'type: DGRAM,', 'lessons/demo.yaml:19: check 1 of step 1 (create): type: should be the name of a SOCK_… constant (or its number)'],
    ['an unknown exception', '- socket: {type: SOCK_DGRAM, laddr: [any, port]}', '- caught: ConnectionRefused', 'lessons/demo.yaml:19: check 1 of step 1 (create): "ConnectionRefused" is not an exception class socklab raises — did you mean ConnectionRefusedError?'],
    ['no checks', /    checks:\n.*\n/, '', 'lessons/demo.yaml:8: step 1 (create) has no checks — add checks: with at least one check, e.g. "- socket: {type: SOCK_DGRAM}"'],
    ['YAML that does not parse', '    code: |', '    code: "', 'lessons/demo.yaml:21: this is not valid YAML: Missing closing "quote'],
    ['a peer that lives until a step that does not exist', '    checks:', '    peer: {kind: udp-sender, to: port, messages: [hi], until: later}\n    checks:', 'lessons/demo.yaml:18: step 1 (create): until: "later" is not the id of a later step — use one of: —'],
    ['an unknown peer', '    checks:', '    peer: {kind: udp-client, to: port}\n    checks:', 'lessons/demo.yaml:18: the peer of step 1 (create): kind: "udp-client" is not a peer — did you mean tcp-client?'],
    ['an input that is not a list', '    checks:', '    input: hello\n    checks:', 'lessons/demo.yaml:18: step 1 (create): input: should be a list of the lines input() returns when the linter runs the step, e.g. [hello B, quit]'],
    ['a kernel state that does not exist', '- socket: {type: SOCK_DGRAM, laddr: [any, port]}', '- kernel_state: TIMEWAIT', 'lessons/demo.yaml:19: check 1 of step 1 (create): "TIMEWAIT" is not a TCP state — use one of'],
  ])('reports %s with its line and fix', (_what, from, to, expected) => {
    const found = problems(from, to);
    expect(found.some((p) => p.startsWith(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });

  it('reports every problem of a file at once', () => {
    const source = GOOD.replace('      zh: 创建套接字。\n', '').replace('    hints:', '    hint:');
    expect(parseLesson(source, 'lessons/demo.yaml').problems).toHaveLength(2);
  });

  it('speaks Chinese when the learner does', () => {
    setLang('zh');
    try {
      const found = problems('      zh: 创建套接字。\n', '');
      expect(found).toEqual(['lessons/demo.yaml:10: 第 1 步（create）缺少 "zh" 文本 —— 请在 text: 下添加 zh:']);
    } finally {
      setLang('en');
    }
  });
});

describe('loadCourse', () => {
  it('loads every lesson of the course without a problem', () => {
    const { lessons, problems } = loadCourse();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(lessons.map((l) => l.id)).toEqual(expect.arrayContaining(['first-socket', 'udp-receiver', 'tcp-server']));
  });
});

describe('a lessons folder with files that are not lessons', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'socklab-course-'));
    for (const id of ['first-socket', 'udp-receiver']) cpSync(join(lessonsDir(), `${id}.yaml`), join(dir, `${id}.yaml`));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** loadCourse(dir) in a child process, so that a hang fails the test instead of freezing it. */
  function loadElsewhere(): { lessons: string[]; problems: string[] } {
    return runIsolated(`import { loadCourse, formatProblem } from './src/lessons/loader.ts';
      const c = loadCourse(${JSON.stringify(dir)});
      process.stdout.write(JSON.stringify({ lessons: c.lessons.map((l) => l.id), problems: c.problems.map(formatProblem) }));`);
  }

  it('reports a directory, a dangling link and a FIFO named *.yaml as one problem each, and loads the rest', () => {
    mkdirSync(join(dir, 'dir.yaml'));
    symlinkSync('user@host.1234:1700000000', join(dir, '.#first-socket.yaml'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const { lessons, problems } = loadElsewhere();
    expect(lessons.sort()).toEqual(['first-socket', 'udp-receiver']);
    expect(problems).toHaveLength(3);
    expect(problems).toContain(`${join(dir, '.#first-socket.yaml')}: cannot read: it is a symbolic link to user@host.1234:1700000000, which does not exist (an editor's lock file?) — remove the link, or close the file in the editor`);
    expect(problems).toContain(`${join(dir, 'dir.yaml')}: cannot read: it is a directory, not a file — remove it, or rename it so that its name does not end in .yaml`);
    expect(problems).toContain(`${join(dir, 'pipe.yaml')}: cannot read: it is a named pipe (FIFO), not a file — remove it, or rename it so that its name does not end in .yaml`);
  });

  it('names the line of bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from(GOOD.replace('id: demo', 'id: bad').split('\n').slice(0, 3).join('\n')), Buffer.from('\nintro: {en: caf\xe9, zh: x}\n', 'latin1')]);
    writeFileSync(join(dir, 'bad.yaml'), bytes);
    const { lessons, problems } = loadCourse(dir);
    expect(lessons.map((l) => l.id).sort()).toEqual(['first-socket', 'udp-receiver']);
    expect(problems.map(formatProblem)).toEqual([`${join(dir, 'bad.yaml')}:4: this line is not valid UTF-8, so the file cannot be read — save the file as UTF-8 (written in GBK, as Chinese tutorials often are? iconv -f GBK -t UTF-8 converts it)`]);
  });

  it('reads the course again once file descriptors are free after a shortage (EMFILE)', async () => {
    const controller = attachLessons({ space: new SocketSpace(), print: (s) => out.push(s), setPrompt: () => {}, typeLine: async () => {} }, { dir, configDir: dir, ports: 'ephemeral' });
    const out: string[] = [];
    const held: number[] = [];
    try {
      for (let i = 0; i < 100_000; i++) held.push(openSync('/dev/null', 'r'));
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe('EMFILE');
    }
    try {
      await controller.commands.lessons!.action('');
    } finally {
      for (const fd of held) closeSync(fd);
    }
    expect(out.pop()).toContain('could not be read');
    await controller.commands.lessons!.action('');
    const list = out.pop()!;
    expect(list).toContain('first-socket');
    expect(list).not.toContain('could not be read');
    controller.close();
  });
});

describe('what a lesson file may hold', () => {
  it('reports a YAML alias as an alias, not as a missing text', () => {
    const found = problems('title: {en: Demo, zh: 演示}', 'title: &t {en: Demo, zh: 演示}\nsummary: *t');
    expect(found).toEqual(['lessons/demo.yaml:4: the YAML alias *t is not allowed in a lesson — write the value out in full here instead of referring to an anchor']);
  });

  it('reports a tag as a tag, not as a wrong type', () => {
    expect(problems('format_version: 1', 'format_version: 1\norder: !pwn 5')).toEqual(['lessons/demo.yaml:2: the YAML tag !pwn is not allowed in a lesson — remove it (a lesson holds only texts, numbers, true/false, lists and maps)']);
    expect(problems('format_version: 1', 'format_version: 1\norder: !!binary aGk=')).toEqual(['lessons/demo.yaml:2: the YAML tag !!binary is not allowed in a lesson — remove it (a lesson holds only texts, numbers, true/false, lists and maps)']);
  });

  it('removes escape sequences and control characters from every string, keeping newlines and tabs', () => {
    const source = GOOD.replace('en: Make a socket.', 'en: "Make\\x1b[2J\\x1b]0;owned\\x07 a\\u009b31m socket.\\r\\n\\tNow\\x1bc!"').replace('title: {en: Create, zh: 创建}', 'title: {en: "Cr\\x1bPq#0\\x1b\\\\eate\\x00", zh: 创建}');
    const { lesson, problems: found, warnings } = parseLesson(source, 'lessons/demo.yaml');
    expect(found).toEqual([]);
    expect(lesson!.steps[0]!.text.en).toBe('Make a socket.\n\tNow!');
    expect(lesson!.steps[0]!.title.en).toBe('Create');
    expect(warnings.map(formatProblem)).toEqual([
      'lessons/demo.yaml:9: this text holds control characters or terminal escape sequences; they were removed — delete them from the file',
      'lessons/demo.yaml:11: this text holds control characters or terminal escape sequences; they were removed — delete them from the file',
    ]);
    expect(stripControls('a\x9d8;;http://x\x9cb\x1b(Bc\x7f')).toBe('abc');
  });

  it("shows a check's own data with escapes, as repr would, instead of sending it to the terminal", () => {
    setColor(false);
    const check = { kind: 'learner_sent', line: 1, exact: '\0\0\0\x05apple' } as const;
    const shown = renderOutcomes([{ check, ok: false, want: "a send call that sent exactly b'\0\0\0\x05apple'", why: 'no \x1b[2Jsend yet' }]);
    expect(shown).toBe("  ✘ a send call that sent exactly b'\\x00\\x00\\x00\\x05apple' — no \\x1b[2Jsend yet");
  });
});
