// Progress under the config directory, and the choice of ports.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { choosePorts, fillPorts, freePort, isPortFree, portPolicyFromEnv } from '../../src/lessons/ports.ts';
import { setLang } from '../../src/i18n/index.ts';
import { configDir, ProgressStore } from '../../src/lessons/progress.ts';
import { createSocketModule } from '../../src/socket/index.ts';

describe('ProgressStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'socklab-progress-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the step and finished lessons across instances', () => {
    const a = new ProgressStore(dir);
    expect(a.get('udp-receiver')).toBeUndefined();
    a.setStep('udp-receiver', 2);
    a.finish('first-socket');
    const b = new ProgressStore(dir);
    expect(b.get('udp-receiver')).toEqual({ step: 2, finished: false });
    expect(b.get('first-socket')).toMatchObject({ step: 0, finished: true });
    expect(b.finished()).toEqual(new Set(['first-socket']));
    b.setStep('first-socket', 1); // reopened after finishing: still finished
    expect(new ProgressStore(dir).get('first-socket')).toMatchObject({ step: 1, finished: true });
    expect(JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')).format_version).toBe(1);
  });

  it('keeps a damaged file as progress.json.bak, says so once, and starts afresh', () => {
    writeFileSync(join(dir, 'progress.json'), '{ not json');
    const warnings: string[] = [];
    const store = new ProgressStore(dir, (m) => warnings.push(m));
    expect(store.finished()).toEqual(new Set());
    store.setStep('x', 1);
    store.setStep('x', 2);
    expect(new ProgressStore(dir).get('x')?.step).toBe(2);
    expect(readFileSync(join(dir, 'progress.json.bak'), 'utf8')).toBe('{ not json');
    expect(warnings).toEqual([
      `Your lesson progress in ${join(dir, 'progress.json')} was damaged (not the JSON socklab writes); it is kept as ${join(dir, 'progress.json.bak')} and progress starts afresh.`,
    ]);
    expect(readdirSync(dir).sort()).toEqual(['progress.json', 'progress.json.bak']);
  });

  it('keeps the progress of two sessions: each write reads the file again and changes one lesson', () => {
    const a = new ProgressStore(dir);
    const b = new ProgressStore(dir);
    expect(a.get('x')).toBeUndefined();
    expect(b.get('y')).toBeUndefined(); // both have read the (empty) file
    a.setStep('x', 3);
    b.setStep('y', 4);
    b.finish('z');
    a.setStep('z', 1); // a never saw z finished: it stays finished
    const c = new ProgressStore(dir);
    expect(c.get('x')).toEqual({ step: 3, finished: false });
    expect(c.get('y')).toEqual({ step: 4, finished: false });
    expect(c.get('z')).toMatchObject({ step: 1, finished: true });
  });

  it('keeps the progress of two socklab processes writing at the same time', async () => {
    // Both start writing at the same moment, once both have started up.
    const start = Date.now() + 3_000;
    const child = (id: string) => new Promise<number | null>((resolve) => {
      const script = `import { ProgressStore } from './src/lessons/progress.ts';
        const s = new ProgressStore(${JSON.stringify(dir)});
        s.get('${id}');
        while (Date.now() < ${start});
        for (let i = 1; i <= 200; i++) s.setStep(${JSON.stringify(id)}, i);`;
      spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'ignore' }).on('exit', resolve);
    });
    expect(await Promise.all([child('p'), child('q')])).toEqual([0, 0]);
    const store = new ProgressStore(dir);
    expect(store.get('p')?.step).toBe(200);
    expect(store.get('q')?.step).toBe(200);
    expect(readdirSync(dir)).toEqual(['progress.json']);
  }, 30_000);

  it("removes the temporary file a killed session left, and keeps a live session's", () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // has exited
    writeFileSync(join(dir, `progress.json.${dead}.tmp`), '{');
    writeFileSync(join(dir, `progress.json.${process.ppid}.tmp`), '{');
    new ProgressStore(dir).setStep('x', 1);
    expect(readdirSync(dir).sort()).toEqual(['progress.json', `progress.json.${process.ppid}.tmp`]);
  });

  it('never overwrites a file it cannot read, says so once, and leaves no temporary file', () => {
    mkdirSync(join(dir, 'progress.json')); // EISDIR on every read
    const warnings: string[] = [];
    const store = new ProgressStore(dir, (m) => warnings.push(m));
    expect(store.get('x')).toBeUndefined();
    store.setStep('x', 1);
    store.setStep('x', 2);
    expect(store.get('x')?.step).toBe(2); // this session still knows
    expect(warnings).toEqual([`Your lesson progress in ${join(dir, 'progress.json')} cannot be read (EISDIR), so this session does not change it: what you do now is not saved.`]);
    expect(readdirSync(dir)).toEqual(['progress.json']);
  });

  it('says once, in Chinese too, that progress cannot be saved, and the session still knows the step', () => {
    writeFileSync(join(dir, 'file'), '');
    const warnings: string[] = [];
    setLang('zh');
    try {
      const store = new ProgressStore(join(dir, 'file', 'socklab'), (m) => warnings.push(m));
      store.setStep('x', 2);
      store.finish('y');
      expect(store.get('x')?.step).toBe(2);
      expect(store.finished()).toEqual(new Set(['y']));
    } finally {
      setLang('en');
    }
    expect(warnings).toEqual([`无法把课程进度保存到 ${join(dir, 'file', 'socklab', 'progress.json')}（ENOTDIR）：课程可以继续，但下次不会记得你学到了哪里。`]);
  });

  it('lives in SOCKLAB_CONFIG_DIR, else $XDG_CONFIG_HOME/socklab, else ~/.config/socklab', () => {
    expect(configDir({ SOCKLAB_CONFIG_DIR: '/t/x', XDG_CONFIG_HOME: '/y' })).toBe('/t/x');
    expect(configDir({ XDG_CONFIG_HOME: '/y' })).toBe('/y/socklab');
    expect(configDir({ HOME: '/h' })).toMatch(/\.config\/socklab$/);
  });
});

describe('ports', () => {
  const { module } = createSocketModule();
  const held: { close(): void }[] = [];
  afterEach(() => {
    for (const s of held.splice(0)) s.close();
  });

  it("takes free ports below the kernel's ephemeral range, so no one's connect() can take them first", () => {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    for (let i = 0; i < 5; i++) {
      const port = freePort();
      expect(port).toBeLessThan(low);
      expect(isPortFree(port)).toBe(true);
    }
  });

  it('keeps a free preferred port and moves a busy one to a free neighbour', () => {
    const free = freePort();
    const busy = module.socket(2, 2);
    held.push(busy);
    busy.bind(['127.0.0.1', 0]);
    const busyPort = (busy.getsockname() as readonly [string, number])[1];
    expect(isPortFree(busyPort)).toBe(false);
    const chosen = choosePorts({ a: free, b: busyPort });
    expect(chosen.values.a).toBe(free);
    expect(chosen.values.b).not.toBe(busyPort);
    expect(isPortFree(chosen.values.b!)).toBe(true);
    expect(chosen.moved).toEqual([{ name: 'b', from: busyPort, to: chosen.values.b }]);
  });

  it('gives distinct free ports in ephemeral mode', () => {
    const chosen = choosePorts({ a: 9999, b: 9999 }, 'ephemeral');
    expect(chosen.values.a).not.toBe(chosen.values.b);
    expect(chosen.moved).toHaveLength(2);
    expect(portPolicyFromEnv({ SOCKLAB_LESSON_PORTS: 'ephemeral' })).toBe('ephemeral');
    expect(portPolicyFromEnv({})).toBe('preferred');
  });

  it('fills only the names it knows', () => {
    expect(fillPorts("s.bind(['', {port}]); if (x) {y}", { port: 10000 })).toBe("s.bind(['', 10000]); if (x) {y}");
  });
});
