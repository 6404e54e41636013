// Lesson flow in the REPL itself (the in-process REPL on streams): a learner who makes one of
// the usual mistakes is told what happened and how to recover, and `.reset` recovers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setColor } from '../../src/colors.ts';
import { setLang } from '../../src/i18n/index.ts';
import * as lessons from '../../src/lessons/index.ts';
import type { LessonsModule } from '../../src/repl/lessons.ts';
import { startStreamRepl, type StreamRepl } from '../repl/harness.ts';

setColor(false);

let dir: string;
let repl: StreamRepl | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'socklab-flow-'));
  setLang('en');
});

afterEach(async () => {
  await repl?.close();
  repl = undefined;
  rmSync(dir, { recursive: true, force: true });
  setLang('en');
});

async function open(id: string): Promise<StreamRepl> {
  const module: LessonsModule = {
    attachLessons: (host, options) => lessons.attachLessons(host, { ...options, configDir: dir, ports: 'ephemeral' }),
    listLessons: () => lessons.listLessons({ configDir: dir }),
    checkCourse: () => lessons.checkCourse(),
  };
  repl = await startStreamRepl({ lessons: module, lesson: id }, `${id} 1/`);
  await repl.waitFor(' > ');
  return repl;
}

/** Types `line` and returns what it printed up to and including `until`. */
async function type(r: StreamRepl, line: string, until: string | RegExp): Promise<string> {
  r.send(line);
  const source = typeof until === 'string' ? until.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : until.source;
  return r.waitFor(new RegExp(`[^]*?${source}`));
}

describe('lesson flow, when the learner makes one of the usual mistakes', () => {
  it('concurrent-server: closing the listening socket s says what happened, .hint repeats it, .reset recovers', async () => {
    const r = await open('concurrent-server');
    const port = Number(/\['', (\d+)\]/.exec(await type(r, '.show', 'concurrent-server 1/7 > '))![1]);
    await type(r, '.run', 'concurrent-server 2/7 > ');
    await type(r, '[conn, addr] = s.accept()', 'concurrent-server 3/7 > ');
    await type(r, 'data = conn.recv(1024)', 'concurrent-server 3/7 > ');
    await type(r, 'conn.send(data.upper())', 'concurrent-server 3/7 > ');
    const told = `You closed s, the socket listening on port ${port} that the lesson's clients connect to: they cannot reach your server any more, and a client still waiting in its queue was reset. To recover, type .reset: your sockets are closed, this step starts again, and the earlier steps can be retyped for you.`;
    // The lesson's client reports the reset above the prompt (printing the prompt again) first.
    expect(await type(r, 's.close()', told)).toContain("The lesson's client stopped: ConnectionResetError");
    expect(await type(r, '.hint', 'Hint 1/2')).toContain(told);
    // Said once per step after lines; a line that changes nothing says nothing more.
    expect(await type(r, 'conn.getsockname()', /\('127\.0\.0\.1', \d+\)\n/)).not.toContain(told);
    // No terminal here, so nothing is retyped: the lesson goes back to step 1, and .run types each step.
    const reset = await type(r, '.reset', 'concurrent-server 1/7 > ');
    expect(reset).toContain('Your sockets are closed and your variables are gone, so step 3/7 starts again from scratch.');
    expect(reset).toContain('Retype steps 1–2 for you? [Y/n] n (no terminal to answer on: nothing is typed for you)');
    await type(r, '.run', 'concurrent-server 2/7 > ');
    await type(r, '.run', 'concurrent-server 3/7 > ');
    expect(await type(r, '.run', 'concurrent-server 4/7 > ')).toContain('✔ Serve client 1');
  });

  it('handshake-and-close: conn paired with a client socket no variable holds says so, and how to get out', async () => {
    const r = await open('handshake-and-close');
    await type(r, '.run', 'handshake-and-close 2/6 > ');
    const shown = await type(r, '.show', 'handshake-and-close 2/6 > ');
    const connect = /client\.connect\(.*\)/.exec(shown)![0];
    await type(r, 'client = socket.socket(AF_INET, SOCK_STREAM)', 'handshake-and-close 2/6 > ');
    await type(r, connect, 'handshake-and-close 3/6 > ');
    // The step's code typed again: a second client; the first one stays open and connected.
    await type(r, 'client = socket.socket(AF_INET, SOCK_STREAM)', 'handshake-and-close 3/6 > ');
    await type(r, connect, 'handshake-and-close 3/6 > ');
    await type(r, '[conn, addr] = server.accept()', 'handshake-and-close 4/6 > ');
    const out = await type(r, 'client.close()', 'handshake-and-close 4/6 > ');
    expect(out).toMatch(/conn is the server's end of a connection from fd (\d+), a client socket that no variable holds any more \(was the client created and connected twice\?\)\. What you do with the client you hold now, conn never sees\. To recover, type \.reset: .* \(Or close the old client by its number, socket\.socket\(fileno=\1\)\.close\(\), and accept the connection of the client you hold\.\)/);
    expect(await type(r, '.check', 'handshake-and-close 4/6 > ')).toContain("conn is the server's end of a connection from fd");
  });

  it('udp-chat: step 2 waits for the decoded greeting, and says what is missing', async () => {
    setLang('zh');
    const r = await open('udp-chat');
    const bind = await type(r, '.run', 'udp-chat 2/6 > ');
    expect(bind).toContain('✔');
    const recv = await type(r, '[data, addr] = s.recvfrom(1024)', 'udp-chat 2/6 > ');
    expect(recv).toContain('greeting');
    expect(recv).not.toContain('✔');
    expect(await type(r, "greeting = data.decode('utf-8')", 'udp-chat 3/6 > ')).toContain('✔ B 来打招呼');
  });
});
