// The lessons in Python, end to end: the built CLI with --python on a real pseudo-terminal
// (TERM=dumb), typed as a learner following the Python tutorial would type the lines. The same
// checks pass as in TypeScript (e2e.test.ts); .show and the hints give Python's lines first; a
// lesson taken in Python goes on in Python when it is resumed from a TypeScript REPL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/lessons/progress.ts';
import { spawnSocklab, type Pty } from '../e2e/pty.ts';

const terms: Pty[] = [];
let config: string;

beforeEach(() => {
  config = mkdtempSync(join(tmpdir(), 'socklab-e2e-py-'));
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

  it('a lesson taken in Python goes on in Python from a TypeScript REPL, retyping its Python lines', async () => {
    new ProgressStore(config).setStep('udp-receiver', 2, 'python');
    const term = start(['lesson', 'udp-receiver']);
    await term.waitFor('You took this lesson in Python last time, so it goes on in Python (.ts switches).');
    await term.waitFor('Retype steps 1–2 for you? [Y/n] ');
    term.write('\r');
    await term.waitFor(/s\.bind\(\('', \d+\)\)/);
    await term.waitFor('udp-receiver 3/6 >>> ');
    await type(term, 'data, addr = s.recvfrom(1024)', "✔ Receive B's message with recvfrom");
  }, 60_000);
});
