// threading, _thread and multiprocessing as tasks on the event loop. Names, reprs and messages
// are what python3 3.11 prints for the same calls; blocking work is real loopback socket I/O.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configureModules, type ModuleNote } from '../../src/modules/environment.ts';
import { multiprocessing } from '../../src/modules/multiprocessing.ts';
import { _thread } from '../../src/modules/thread.ts';
import { _shutdown, threading } from '../../src/modules/threading.ts';
import { b } from '../../src/socket/bytes.ts';
import { withCancel } from '../../src/socket/cancel.ts';
import { KeyboardInterrupt } from '../../src/socket/exceptions.ts';
import { repr } from '../../src/socket/format.ts';
import { closeAll, tcpPair } from './loopback.ts';

let stderr = '';
let notes: ModuleNote[] = [];
beforeEach(() => {
  stderr = '';
  notes = [];
  configureModules({ writeErr: (text) => void (stderr += text), note: (n) => void notes.push(n) });
});
afterEach(async () => {
  closeAll();
  await _shutdown();
  configureModules({});
});

function outcome(f: () => unknown): string {
  try {
    return repr(f());
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

describe('Thread', () => {
  it('runs its target as a task: a blocking recv in it blocks only that task', async () => {
    const { client, server } = await tcpPair();
    const got: string[] = [];
    const reader = threading.Thread({ target: async (n: number) => got.push((await server.recv(n)).decode()), args: [1024] });
    reader.start();
    expect(reader.is_alive()).toBe(true);
    // The main task goes on while the thread waits in recv().
    await client.sendall(b('hi'));
    await reader.join();
    expect(got).toEqual(['hi']);
    expect(reader.is_alive()).toBe(false);
  });

  it('names, daemon, ident and repr as CPython', async () => {
    function work(): void {}
    const t = new threading.Thread(undefined, work);
    expect(t.name).toMatch(/^Thread-\d+ \(work\)$/);
    expect([t.daemon, t.ident]).toEqual([false, undefined]);
    expect(repr(t)).toBe(`<Thread(${t.name}, initial)>`);
    t.start();
    await t.join();
    expect(repr(t)).toMatch(/^<Thread\(Thread-\d+ \(work\), stopped \d+\)>$/);
    expect(threading.Thread({ name: 'w', daemon: true }).daemon).toBe(true);
    expect(threading.Thread().name).toMatch(/^Thread-\d+$/);
    expect(repr(threading.main_thread())).toMatch(/^<_MainThread\(MainThread, started \d+\)>$/);
    expect(threading.current_thread()).toBe(threading.main_thread());
  });

  it("raises CPython's errors for misuse", async () => {
    const t = threading.Thread({ target: () => undefined });
    expect(outcome(() => threading.Thread({ group: 1 }))).toBe('AssertionError: group argument must be None for now');
    await expect(t.join()).rejects.toThrow('cannot join thread before it is started');
    t.start();
    expect(outcome(() => t.start())).toBe('RuntimeError: threads can only be started once');
    expect(outcome(() => { t.daemon = true; })).toBe('RuntimeError: cannot set daemon status of active thread');
    await expect(threading.current_thread().join()).rejects.toThrow('cannot join current thread');
    expect(outcome(() => threading.Thread({ target: () => 0, colour: 'red' }))).toBe("TypeError: Thread.__init__() got an unexpected keyword argument 'colour'");
  });

  it('knows which thread is running, and counts the live ones', async () => {
    const seen: string[] = [];
    const gate = threading.Event();
    const t = threading.Thread({ name: 'worker', target: async () => { seen.push(threading.current_thread().name); await gate.wait(); } });
    t.start();
    await new Promise((r) => setTimeout(r, 10));
    expect(threading.active_count()).toBe(2);
    expect(threading.enumerate().map((x) => x.name)).toEqual(['MainThread', 'worker']);
    gate.set();
    await t.join();
    expect(seen).toEqual(['worker']);
    expect(threading.active_count()).toBe(1);
  });

  it('an error in a thread is reported as CPython does, and the program goes on', async () => {
    const t = threading.Thread({ target: function boom() { throw new RangeError('x'); } });
    t.start();
    await t.join();
    expect(stderr).toBe(`Exception in thread ${t.name}:\nRangeError: x\n`);
    expect(t.name).toMatch(/\(boom\)$/);
  });

  it('a subclass overrides run() and kwargs reach the target as an options object', async () => {
    const got: unknown[] = [];
    class Worker extends threading.Thread {
      override async run() {
        got.push('run');
      }
    }
    const w = new Worker();
    w.start();
    await w.join();
    const t = threading.Thread({ target: (a: number, kw: { b: number }) => got.push(a, kw.b), args: [1], kwargs: { b: 3 } });
    t.start();
    await t.join();
    expect(got).toEqual(['run', 1, 3]);
    expect(repr(w)).toMatch(/^<Worker\(Thread-\d+, stopped \d+\)>$/);
  });

  it('join(timeout) returns None after the timeout while the thread still runs', async () => {
    const gate = threading.Event();
    const t = threading.Thread({ target: () => gate.wait() });
    t.start();
    expect(await t.join(0.02)).toBeUndefined();
    expect(t.is_alive()).toBe(true);
    gate.set();
    await t.join();
    expect(t.is_alive()).toBe(false);
  });

  it("a thread runs outside the line's cancel scope; the main wait is cancelled", async () => {
    const { server } = await tcpPair();
    const controller = new AbortController();
    let t!: InstanceType<typeof threading.Thread>;
    const main = withCancel(controller.signal, () => {
      t = threading.Thread({ target: () => server.recv(10), daemon: true });
      t.start();
      return threading.Event().wait();
    });
    controller.abort(new KeyboardInterrupt());
    await expect(main).rejects.toBeInstanceOf(KeyboardInterrupt);
    await new Promise((r) => setTimeout(r, 10));
    expect(t.is_alive()).toBe(true);
    server.close();
    await t.join();
    expect(stderr).toContain('OSError: [Errno 9] Bad file descriptor');
  });
});

describe('Lock, RLock, Event, Condition, Semaphore', () => {
  it('Lock: acquire/release, contention, timeouts and messages', async () => {
    const l = threading.Lock();
    expect(repr(l)).toMatch(/^<unlocked _thread\.lock object at 0x[0-9a-f]+>$/);
    expect([await l.acquire(), l.locked(), await l.acquire(false), await l.acquire(true, 0.01)]).toEqual([true, true, false, false]);
    const order: string[] = [];
    const t = threading.Thread({ target: async () => { await l.acquire(); order.push('thread'); l.release(); } });
    t.start();
    await new Promise((r) => setTimeout(r, 5));
    order.push('main');
    l.release();
    await t.join();
    expect(order).toEqual(['main', 'thread']);
    expect(outcome(() => l.release())).toBe('RuntimeError: release unlocked lock');
    await expect(l.acquire(false, 1)).rejects.toThrow("can't specify a timeout for a non-blocking call");
    await expect(l.acquire(true, -2)).rejects.toThrow('timeout value must be positive');
  });

  it('RLock: re-entered by its owner, released only by it', async () => {
    const r = threading.RLock();
    expect([await r.acquire(), await r.acquire()]).toEqual([true, true]);
    expect(repr(r)).toMatch(/^<locked _thread\.RLock object owner=\d+ count=2 at 0x/);
    let other: unknown;
    const t = threading.Thread({ target: async () => { other = outcome(() => r.release()); } });
    t.start();
    await t.join();
    expect(other).toBe('RuntimeError: cannot release un-acquired lock');
    r.release();
    r.release();
    expect(outcome(() => r.release())).toBe('RuntimeError: cannot release un-acquired lock');
  });

  it('Event: wait returns the flag, with and without a timeout', async () => {
    const e = threading.Event();
    expect([e.is_set(), await e.wait(0.01)]).toEqual([false, false]);
    setTimeout(() => e.set(), 5);
    expect(await e.wait()).toBe(true);
  });

  it('Condition: wait needs the lock; notify wakes a waiter', async () => {
    const c = threading.Condition();
    await expect(c.wait(0.01)).rejects.toThrow('cannot wait on un-acquired lock');
    expect(outcome(() => c.notify())).toBe('RuntimeError: cannot notify on un-acquired lock');
    const items: number[] = [];
    const consumer = threading.Thread({ target: async () => {
      await c.acquire();
      const ok = await c.wait_for(() => items.length > 0, 2);
      c.release();
      return ok;
    } });
    consumer.start();
    await new Promise((r) => setTimeout(r, 5));
    await c.acquire();
    items.push(1);
    c.notify();
    c.release();
    await consumer.join();
    expect(consumer.is_alive()).toBe(false);
  });

  it('Semaphore and BoundedSemaphore', async () => {
    const s = threading.Semaphore(2);
    expect([await s.acquire(), await s.acquire(), await s.acquire(true, 0.01)]).toEqual([true, true, false]);
    expect(outcome(() => threading.BoundedSemaphore(1).release())).toBe('ValueError: Semaphore released too many times');
  });
});

describe('_thread and multiprocessing', () => {
  it('_thread.start_new_thread runs function(*args) and reports errors as CPython', async () => {
    const got: number[] = [];
    const ident = _thread.start_new_thread((a: number) => { got.push(a); }, [7]);
    expect(typeof ident).toBe('number');
    function boom(): never {
      throw new RangeError('bad');
    }
    _thread.start_new_thread(boom, []);
    await new Promise((r) => setTimeout(r, 10));
    expect(got).toEqual([7]);
    expect(stderr).toMatch(/^Exception ignored in thread started by: .*boom.*\nRangeError: bad\n$/);
    expect(outcome(() => _thread.start_new_thread(boom, 1 as never))).toBe('TypeError: 2nd arg must be a tuple');
    expect(outcome(() => _thread.start_new_thread(boom, [], [] as never))).toBe('TypeError: optional 3rd arg must be a dictionary');
  });

  it('Process runs its target as a task, says so once, and keeps exitcode', async () => {
    const { client, server } = await tcpPair();
    const p = multiprocessing.Process({ target: async (conn: typeof server) => conn.sendall(b('from child')), args: [server] });
    expect(repr(p)).toMatch(/^<Process name='Process-\d+' parent=\d+ initial>$/);
    expect([p.pid, p.exitcode, p.is_alive()]).toEqual([undefined, undefined, false]);
    p.start();
    expect(typeof p.pid).toBe('number');
    expect((await client.recv(100)).decode()).toBe('from child');
    await p.join();
    expect(p.exitcode).toBe(0);
    const q = multiprocessing.Process({ target: () => { throw new RangeError('x'); } });
    q.start();
    await q.join();
    expect(q.exitcode).toBe(1);
    expect(stderr).toBe(`Process ${q.name}:\nRangeError: x\n`);
    expect(notes).toEqual(['multiprocessing']);
    expect(outcome(() => p.start())).toBe('AssertionError: cannot start a process twice');
  });
});
