// The lessons inside a REPL: a host around the REPL's own headless evaluator, driven by typing
// lines and dot-commands as a learner would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setColor } from '../../src/colors.ts';
import { setLang } from '../../src/i18n/index.ts';
import { attachLessons, listLessons, type LessonController, type LessonHost } from '../../src/lessons/index.ts';
import { ProgressStore } from '../../src/lessons/progress.ts';
import { createEvaluator, type Evaluator } from '../../src/lang/typescript/evaluate.ts';

setColor(false);
setLang('en');

let dir: string;
let ev: Evaluator | undefined;
let controller: LessonController | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'socklab-lessons-'));
});

afterEach(() => {
  controller?.close();
  controller = undefined;
  ev?.dispose();
  ev = undefined;
  rmSync(dir, { recursive: true, force: true });
  setLang('en');
});

/** `answers`: what the learner types when asked (no `answers`: a host without a terminal). */
function harness(answers?: string[]) {
  const out: string[] = [];
  const prompts: string[] = [];
  ev = createEvaluator({ write: (s) => out.push(s.trimEnd()), readLine: async () => undefined });
  const e = ev;
  const host: LessonHost = {
    space: e.space,
    print: (text) => out.push(text),
    setPrompt: (p) => prompts.push(p),
    async typeLine(code) {
      out.push(`>>> ${code}`);
      const r = await e.evaluate(code);
      if (!r.ok) out.push(`${(r.error as Error).name}: ${(r.error as Error).message}`);
      await c.afterLine();
    },
    ...(answers && {
      async ask(question: string) {
        const answer = answers.shift();
        out.push(`${question}${answer ?? ''}`);
        return answer;
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
  return { out, prompts, c, cmd, type, text: () => out.join('\n') };
}

/** The port the open lesson uses, read from the step's code as `.show` prints it. */
async function portFrom(h: ReturnType<typeof harness>): Promise<number> {
  const shown = await h.cmd('show');
  return Number(/(\d{4,5})/.exec(shown)![1]);
}

describe('a lesson in the REPL', () => {
  it('passes the steps a learner did ahead at once, without waiting for another line', async () => {
    const h = harness();
    expect(await h.c.open('first-socket')).toBe(true);
    const out = await h.type('s = socket.socket(AF_INET, SOCK_STREAM); u = socket.socket(AF_INET, SOCK_DGRAM)');
    expect(out).toMatch(/✔ Create a TCP socket[\s\S]*Step 2\/5[\s\S]*✔ Create a UDP socket[\s\S]*Step 3\/5/);
    expect(h.prompts.at(-1)).toBe('first-socket 3/5 > ');
  });

  it('walks udp-receiver: wrong lines say why, right ones pass, the peer plays QQ user B', async () => {
    const h = harness();
    expect(await h.c.open('udp-receiver')).toBe(true);
    expect(h.text()).toContain('Receive UDP messages from QQ user B');
    expect(h.text()).toContain('Step 1/6 · Create a UDP socket');
    expect(h.prompts.at(-1)).toBe('udp-receiver 1/6 > ');

    expect(await h.type('s = socket.socket(AF_INET, SOCK_STREAM)')).toMatch(/· Your socket \(fd \d+\) is TCP \(SOCK_STREAM\), but this step needs UDP \(SOCK_DGRAM\)/);
    expect(await h.type('s.close()')).not.toContain('✔');
    expect(await h.type('s = socket.socket(AF_INET, SOCK_DGRAM)')).toContain('✔ Create a UDP socket');
    expect(h.prompts.at(-1)).toBe('udp-receiver 2/6 > ');

    const port = await portFrom(h);
    // The hints name Python's form of the line after the TypeScript one.
    expect(await h.cmd('hint')).toBe("Hint 1/2: `bind` takes the address as one pair: `[host, port]` (Python: `(host, port)`).".replaceAll('`', ''));
    expect(await h.cmd('hint')).toBe(`Hint 2/2: Type s.bind(['', ${port}]) (Python: s.bind(('', ${port}))).`);
    expect(await h.cmd('hint')).toContain('That was the last hint.');
    const check = await h.cmd('check');
    expect(check).toContain(`✘ A UDP socket (bound, local address port ${port}) — your UDP socket`);
    expect(await h.type(`s.bind(['', ${port}])`)).toContain(`✔ Bind to port ${port}`);

    expect(await h.type('[data, addr] = s.recvfrom(1024)')).toContain("✔ Receive B's message with recvfrom");
    expect(await h.type("s.sendto('hi'.encode('utf-8'), addr)")).toContain('✔ Reply with sendto');
    expect(await h.type('[data, addr] = s.recvfrom(1024)')).toContain("✔ Receive 'quit'");
    const last = await h.type('s.close()');
    expect(last).toContain('✔ Close the socket');
    expect(last).toContain('Lesson complete');
    expect(h.prompts.at(-1)).toBe('>>> ');
    expect(new ProgressStore(dir).finished()).toEqual(new Set(['udp-receiver']));
    expect(listLessons({ configDir: dir })).toMatch(/✓ udp-receiver/);
  });

  it('.run types every step of tcp-server, with LISTEN then ESTABLISHED', async () => {
    const h = harness();
    await h.c.open('tcp-server');
    for (let i = 0; i < 7; i++) await h.cmd('run');
    const text = h.text();
    for (const title of ['Create a TCP socket', 'Listen', 'Accept the client', "Receive b'hello server'", "Send b'hello client'", 'Close both sockets']) {
      expect(text).toContain(`✔ ${title}`);
    }
    expect(text).toContain('Lesson complete');
    expect(ev!.space.sockets.size).toBe(0);
  });

  it('passes a step on the line that starts work in the background (socketserver: serve_forever in a thread)', async () => {
    const h = harness();
    await h.c.open('socketserver');
    for (let i = 0; i < 5; i++) await h.cmd('run');
    expect(h.text()).toContain('✔ Close the TCPServer');
    const port2 = await portFrom(h);
    expect(await h.type(`server = new socketserver.ThreadingTCPServer(['', ${port2}], MyHandler)`)).not.toContain('✔');
    // This line touches no socket itself: the thread's accept() and the handlers' replies follow it.
    const started = await h.type('new threading.Thread({target: () => server.serve_forever(), daemon: true}).start()');
    expect(started).toContain('✔ A ThreadingTCPServer serves three clients at once');
    const last = await h.cmd('run');
    expect(last).toContain('Lesson complete');
    expect(ev!.space.sockets.size).toBe(0);
  });

  it('.next refuses an unfinished step, .skip moves on, and progress resumes by replaying', async () => {
    const h = harness();
    await h.c.open('first-socket');
    expect(await h.cmd('next')).toBe("This step is not done yet: you don't have an open socket yet. Type .run to have its code typed for you, or .skip to move on without it (later steps may need what it makes).");
    await h.cmd('run');
    expect(await h.cmd('skip')).toContain('Skipped: Create a UDP socket');
    expect(h.prompts.at(-1)).toBe('first-socket 3/5 > ');
    expect(new ProgressStore(dir).get('first-socket')?.step).toBe(2);
    h.c.close();
    ev!.dispose();

    // A new session: the sockets are gone, so steps 1–2 are typed again once the learner says so.
    const again = harness(['']);
    await again.c.open('first-socket');
    const text = again.text();
    expect(text).toContain('Welcome back! You were at step 3/5.');
    expect(text).toMatch(/The earlier steps ran this code:\n {4}s = socket\.socket\(AF_INET, SOCK_STREAM\)\n[^]*\n {4}u = socket\.socket\(AF_INET, SOCK_DGRAM\)\n[^]*Retype steps 1–2 for you\? \[Y\/n\] \n>>> s = socket\.socket/);
    expect(text).toContain('>>> s = socket.socket(AF_INET, SOCK_STREAM)');
    expect(text).toContain('>>> u = socket.socket(AF_INET, SOCK_DGRAM)');
    expect(again.prompts.at(-1)).toBe('first-socket 3/5 > ');
    expect(ev!.space.sockets.size).toBe(2);
  });

  it('resuming runs nothing the learner did not ask for: no terminal, or "n", starts from step 1', async () => {
    new ProgressStore(dir).setStep('first-socket', 2);
    const h = harness();
    await h.c.open('first-socket');
    expect(h.text()).toContain('Retype steps 1–2 for you? [Y/n] n (no terminal to answer on: nothing is typed for you)\nNothing was typed for you: the lesson starts again from step 1, and you type each step (.run types the current one).');
    expect(h.text()).not.toContain('>>> ');
    expect(ev!.space.sockets.size).toBe(0);
    expect(h.prompts.at(-1)).toBe('first-socket 1/5 > ');
    h.c.close();
    ev!.dispose();

    new ProgressStore(dir).setStep('first-socket', 1);
    setLang('zh');
    const no = harness(['n']);
    await no.c.open('first-socket');
    expect(no.text()).toContain('要替你重新输入第 1 步吗？[Y/n] n\n没有替你输入任何代码');
    expect(no.text()).not.toContain('>>> ');
    expect(no.prompts.at(-1)).toBe('first-socket 1/5 > ');
  });

  it('.reset starts the current step again, retyping the earlier ones if asked; .reset lesson goes to step 1', async () => {
    const h = harness(['', 'no']);
    await h.c.open('first-socket');
    await h.cmd('run');
    await h.cmd('run');
    expect(h.prompts.at(-1)).toBe('first-socket 3/5 > ');
    ev!.reset();
    await h.c.onReset('');
    expect(h.text()).toContain('Your sockets are closed and your variables are gone, so step 3/5 starts again from scratch. (.reset lesson starts the whole lesson again.)');
    expect(h.text()).toContain('Retype steps 1–2 for you? [Y/n] \n>>> s = socket.socket(AF_INET, SOCK_STREAM)');
    expect(h.prompts.at(-1)).toBe('first-socket 3/5 > ');
    expect(ev!.space.sockets.size).toBe(2);
    // Declined: step 1, nothing typed.
    ev!.reset();
    const from = h.out.length;
    await h.c.onReset('');
    expect(h.out.slice(from).join('\n')).not.toContain('>>> ');
    expect(h.prompts.at(-1)).toBe('first-socket 1/5 > ');
    await h.cmd('run');
    ev!.reset();
    await h.c.onReset('lesson');
    expect(h.text()).toContain('Your sockets are closed and your variables are gone, so the lesson starts again from step 1.');
    expect(h.prompts.at(-1)).toBe('first-socket 1/5 > ');
    expect(ev!.space.sockets.size).toBe(0);
  });

  it('.reset starts the open lesson again; unknown ids and no lesson are explained', async () => {
    const h = harness();
    expect(await h.cmd('hint')).toBe('No lesson is open. Type .lessons to see them, .lesson ID to open one.');
    expect(await h.c.open('nope')).toBe(false);
    expect(h.text()).toContain('There is no lesson "nope".');
    expect(await h.c.open('udp-reciever')).toBe(false);
    expect(h.text()).toContain('There is no lesson "udp-reciever" — did you mean udp-receiver?');
    await h.cmd('lesson', 'first-socket');
    await h.cmd('run');
    ev!.reset();
    await h.c.onReset();
    expect(h.text()).toContain('Your sockets are closed and your variables are gone, so step 2/5 starts again from scratch.');
    expect(h.text()).toContain('Retype step 1 for you? [Y/n] n (no terminal to answer on: nothing is typed for you)');
    expect(h.prompts.at(-1)).toBe('first-socket 1/5 > ');
    expect(await h.cmd('lessons')).toContain('first-socket');
  });

  it('speaks Chinese', async () => {
    setLang('zh');
    const h = harness();
    await h.c.open('first-socket');
    expect(h.text()).toContain('第 1/5 步 · 创建一个 TCP 套接字');
    for (let i = 0; i < 5; i++) await h.cmd('run');
    expect(h.text()).toContain('✔ 查询主机名，然后关闭 UDP 套接字');
    expect(h.text()).toContain('课程完成');
  });
});
