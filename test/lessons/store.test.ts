// Progress under the config directory, and the choice of ports.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { choosePorts, fillPorts, freePort, isPortFree, portPolicyFromEnv } from '../../src/lessons/ports.ts';
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

  it('treats a damaged file as no progress', () => {
    writeFileSync(join(dir, 'progress.json'), '{ not json');
    const store = new ProgressStore(dir);
    expect(store.finished()).toEqual(new Set());
    store.setStep('x', 1);
    expect(new ProgressStore(dir).get('x')?.step).toBe(1);
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
