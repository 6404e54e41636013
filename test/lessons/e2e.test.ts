// Two lessons end to end: the built CLI on a real pseudo-terminal (TERM=dumb), typed as a learner
// would type them, in English and in Chinese, with a wrong line (the check says why) and .hint;
// in TypeScript and, with --python, in Python.
// SOCKLAB_LESSON_PORTS=ephemeral puts each lesson on free ports; the port is read from the text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/lessons/progress.ts';
import { spawnSocklab, type Pty } from '../e2e/pty.ts';

const terms: Pty[] = [];
let config: string;

beforeEach(() => {
  config = mkdtempSync(join(tmpdir(), 'socklab-e2e-config-'));
});

afterEach(async () => {
  await Promise.all(terms.splice(0).map((t) => t.close()));
  rmSync(config, { recursive: true, force: true });
});

function start(args: string[]): Pty {
  const term = spawnSocklab(args, { env: { SOCKLAB_LESSON_PORTS: 'ephemeral', SOCKLAB_CONFIG_DIR: config } });
  terms.push(term);
  return term;
}

/** Types a line and waits for `expected` in what follows. */
async function type(term: Pty, line: string, expected: string | RegExp): Promise<string> {
  term.write(`${line}\r`);
  return term.waitFor(expected);
}

describe('socklab lesson, on a terminal', () => {
  it('udp-receiver in English: a wrong socket type, a hint, then the whole chat with QQ user B', async () => {
    const term = start(['lesson', 'udp-receiver']);
    await term.waitFor('Step 1/6 · Create a UDP socket');
    await term.waitFor('udp-receiver 1/6 > ');
    await type(term, 's = socket.socket(AF_INET, SOCK_STREAM)', /· Your socket \(fd \d+\) is TCP \(SOCK_STREAM\), but this step needs UDP \(SOCK_DGRAM\)/);
    await type(term, '.hint', 'Hint 1/2: UDP sockets have the type SOCK_DGRAM.');
    await type(term, 's.close()', 'udp-receiver 1/6 > ');
    await type(term, 's = socket.socket(AF_INET, SOCK_DGRAM)', '✔ Create a UDP socket');
    const port = Number(/(\d+)\n$/.exec(await term.waitFor(/Step 2\/6 · Bind to port \d+\n/))![1]);
    await term.waitFor('udp-receiver 2/6 > ');
    await type(term, `s.bind(['', ${port}])`, `✔ Bind to port ${port}`);
    await type(term, '[data, addr] = s.recvfrom(1024)', "✔ Receive B's message with recvfrom");
    await type(term, "data.decode('utf-8')", "'你好，我是 QQ user B'");
    await type(term, "s.sendto('hi B'.encode('utf-8'), addr)", '✔ Reply with sendto');
    await type(term, '[data, addr] = s.recvfrom(1024)', "✔ Receive 'quit'");
    await type(term, 's.close()', 'Lesson complete');
    await term.waitFor('>>> ');
  }, 60_000);

  it('tcp-server in Chinese: a wrong bind, hints, .check, .run, LISTEN then ESTABLISHED', async () => {
    const term = start(['--lang', 'zh', 'lesson', 'tcp-server']);
    await term.waitFor('第 1/7 步 · 创建 TCP 套接字');
    await type(term, 's = socket.socket(AF_INET, SOCK_STREAM)', '✔ 创建 TCP 套接字');
    const port = Number(/(\d+)\n$/.exec(await term.waitFor(/第 2\/7 步 · 绑定到 127\.0\.0\.1:\d+\n/))![1]);
    await term.waitFor('tcp-server 2/7 > ');
    await type(term, "s.bind('127.0.0.1')", /· 你的 TCP 套接字（fd \d+）还没有绑定端口/);
    await type(term, '.hint', '提示 1/2：bind 接收一对值：[主机, 端口]（Python 写法：(主机, 端口)）。');
    await type(term, '.hint', `提示 2/2：输入 s.bind(['127.0.0.1', ${port}])（Python 写法：s.bind(('127.0.0.1', ${port}))）。`);
    await type(term, `s.bind(['127.0.0.1', ${port}])`, `✔ 绑定到 127.0.0.1:${port}`);
    await type(term, '.check', /✘ 内核中一个套接字（本地地址 端口 \d+）的状态为 LISTEN — 内核显示你的 TCP 套接字（fd \d+）处于 CLOSE，还不是 LISTEN/);
    await type(term, 's.listen(5)', '✔ 开始监听');
    await type(term, '[conn, addr] = s.accept()', '✔ 接受客户端连接');
    await type(term, 'data = conn.recv(1024)', "✔ 接收 b'hello server'");
    await type(term, '.run', "✔ 发送 b'hello client'");
    await type(term, '.run', '课程完成');
  }, 60_000);

  it('asks before retyping the steps of a resumed lesson: Enter retypes them, each at its step\'s prompt; n starts from step 1', async () => {
    new ProgressStore(config).setStep('first-socket', 2);
    const term = start(['lesson', 'first-socket']);
    await term.waitFor('Welcome back! You were at step 3/5.');
    await term.waitFor('Retype steps 1–2 for you? [Y/n] ');
    term.write('\r');
    await term.waitFor('first-socket 1/5 > s = socket.socket(AF_INET, SOCK_STREAM)');
    await term.waitFor('first-socket 2/5 > u = socket.socket(AF_INET, SOCK_DGRAM)');
    await term.waitFor('first-socket 3/5 > ');
    await type(term, '.sockets', /SOCK_STREAM[^]*SOCK_DGRAM/);
    await term.close();

    const again = start(['--lang', 'zh', 'lesson', 'first-socket']);
    await again.waitFor('要替你重新输入第 1–2 步吗？[Y/n] ');
    const from = again.output().length;
    await type(again, 'n', 'first-socket 1/5 > ');
    const rest = again.output().slice(from);
    expect(rest).toContain('没有替你输入任何代码');
    expect(rest).not.toContain('> s = socket');
  }, 60_000);

  it('.reset in the middle of a lesson offers to retype the earlier steps and goes on at the same step', async () => {
    const term = start(['lesson', 'first-socket']);
    await term.waitFor('first-socket 1/5 > ');
    await type(term, '.run', 'first-socket 2/5 > ');
    await type(term, '.reset', 'Retype step 1 for you? [Y/n] ');
    const from = term.output().length;
    await type(term, 'y', 'first-socket 2/5 > ');
    expect(term.output().slice(from)).toContain('first-socket 1/5 > s = socket.socket(AF_INET, SOCK_STREAM)');
    await type(term, '.reset lesson', 'so the lesson starts again from step 1.');
    await term.waitFor('first-socket 1/5 > ');
  }, 60_000);
});

// The same lessons in Python: the tutorial's lines, .show and hints in Python first, and a
// lesson taken in Python resumed from a TypeScript REPL.
describe('socklab --python lesson, on a terminal', () => {
  it("udp-receiver in Python: the tutorial's lines, a wrong socket type, .show and hints in Python first", async () => {
    const term = start(['--python', 'lesson', 'udp-receiver']);
    await term.waitFor('Step 1/6 · Create a UDP socket');
    await term.waitFor('udp-receiver 1/6 >>> ');
    await type(term, '.show', '    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)');
    await type(term, 'import socket', 'udp-receiver 1/6 >>> ');
    await type(term, 's = socket.socket(socket.AF_INET, socket.SOCK_STREAM)', /· Your socket \(fd \d+\) is TCP \(SOCK_STREAM\), but this step needs UDP \(SOCK_DGRAM\)/);
    await type(term, 's.close()', 'udp-receiver 1/6 >>> ');
    await type(term, 's = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)', '✔ Create a UDP socket');
    const port = Number(/(\d+)\n$/.exec(await term.waitFor(/Step 2\/6 · Bind to port \d+\n/))![1]);
    await term.waitFor('udp-receiver 2/6 >>> ');
    await type(term, '.hint', 'Hint 1/2: bind takes the address as one pair: (host, port) (TypeScript: [host, port]).');
    await type(term, '.hint', `Hint 2/2: Type s.bind(('', ${port})) (TypeScript: s.bind(['', ${port}])).`);
    await type(term, `s.bind(('', ${port}))`, `✔ Bind to port ${port}`);
    await type(term, 'data, addr = s.recvfrom(1024)', "✔ Receive B's message with recvfrom");
    await type(term, "data.decode('utf-8')", "'你好，我是 QQ user B'");
    await type(term, 'addr', /\('127\.0\.0\.1', \d+\)/);
    await type(term, "s.sendto('hi B'.encode('utf-8'), addr)", '✔ Reply with sendto');
    await type(term, 'data, addr = s.recvfrom(1024)', "✔ Receive 'quit'");
    await type(term, 's.close()', 'Lesson complete');
    await term.waitFor('py>>> ');
    expect(new ProgressStore(config).get('udp-receiver')).toMatchObject({ finished: true, language: 'python' });
  }, 60_000);

  it('tcp-server in Python, in Chinese: typed lines, then .run types the rest in Python', async () => {
    const term = start(['--python', '--lang', 'zh', 'lesson', 'tcp-server']);
    await term.waitFor('第 1/7 步 · 创建 TCP 套接字');
    await type(term, 'import socket', 'tcp-server 1/7 >>> ');
    await type(term, 's = socket.socket(socket.AF_INET, socket.SOCK_STREAM)', '✔ 创建 TCP 套接字');
    const port = Number(/(\d+)\n$/.exec(await term.waitFor(/第 2\/7 步 · 绑定到 127\.0\.0\.1:\d+\n/))![1]);
    await type(term, `s.bind(('127.0.0.1', ${port}))`, `✔ 绑定到 127.0.0.1:${port}`);
    await type(term, 's.listen(5)', '✔ 开始监听');
    await type(term, '.show', '    conn, addr = s.accept()');
    await type(term, 'conn, addr = s.accept()', '✔ 接受客户端连接');
    await type(term, '.run', "✔ 接收 b'hello server'");
    await type(term, '.run', "✔ 发送 b'hello client'");
    const end = await type(term, '.run', '课程完成');
    expect(end).not.toContain('Traceback');
  }, 60_000);

  it("udp-chat in Python: .run types the tutorial's while True: block, whose input() takes the learner's lines until quit", async () => {
    const term = start(['--python', 'lesson', 'udp-chat']);
    await term.waitFor('udp-chat 1/6 >>> ');
    await type(term, '.run', 'udp-chat 2/6 >>> ');
    await type(term, '.run', 'udp-chat 3/6 >>> ');
    await type(term, '.run', 'A: >> ');
    await type(term, '你好 B', 'udp-chat 4/6 >>> ');
    await type(term, '.run', 'udp-chat 5/6 >>> ');
    await type(term, '.show', '    while True:');
    term.write('.run\r');
    await term.waitFor('A: >> ');
    await type(term, 'how are you?', /B: .*\n[^]*A: >> /);
    await type(term, 'quit', '✔ The chat loop — until quit');
    await type(term, 's.close()', 'Lesson complete');
  }, 60_000);

  it('a lesson taken in Python goes on in Python from a TypeScript REPL, retyping its Python lines', async () => {
    new ProgressStore(config).setStep('udp-receiver', 2, 'python');
    const term = start(['lesson', 'udp-receiver']);
    await term.waitFor('You took this lesson in Python last time, so it goes on in Python (.ts switches).');
    await term.waitFor('Retype steps 1–2 for you? [Y/n] ');
    const from = term.output().length;
    term.write('\r');
    // Retyped at the lesson's Python prompts, as .run types a step (not the playground's py>>> ).
    await term.waitFor(/udp-receiver 2\/6 >>> s\.bind\(\('', \d+\)\)/);
    await term.waitFor('udp-receiver 3/6 >>> ');
    const retyped = term.output().slice(from);
    expect(retyped).toContain('udp-receiver 1/6 >>> import socket\nudp-receiver 1/6 >>> s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n');
    expect(retyped).not.toContain('py>>> ');
    await type(term, 'data, addr = s.recvfrom(1024)', "✔ Receive B's message with recvfrom");
  }, 60_000);
});
