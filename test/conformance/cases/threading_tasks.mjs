// threading, _thread and multiprocessing around sockets: a thread per client, names, join, Lock, Event, errors.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const server = socket.socket();
server.bind(['127.0.0.1', 0]);
server.listen();
const replies = new Map();

async function serve_one(conn, tag) {
  const data = await conn.recv(1024);
  replies.set(tag, [threading.current_thread().name, data]);
  await conn.sendall(data.decode().toUpperCase().encode());
  conn.close();
}

const clients = [];
const workers = [];
for (let i = 0; i < 3; i++) {
  const c = await socket.create_connection(server.getsockname(), 2);
  clients.push(c);
  const [conn] = await server.accept();
  conn.settimeout(2);
  const t = threading.Thread({ target: serve_one, args: [conn, i] });
  workers.push(t);
  print('created', t.name, t.daemon, t.ident, t.is_alive());
  t.start();
}
print('alive', threading.active_count());
for (const [i, c] of [...clients].reverse().entries()) await c.sendall(b(`hello ${i}`));
for (const c of clients) {
  print('reply', await c.recv(1024));
  c.close();
}
for (const t of workers) {
  await t.join(2);
  print('joined', t.name, t.is_alive());
}
for (const tag of [...replies.keys()].sort()) print('reply of', tag, replies.get(tag)[0], replies.get(tag)[1]);
print('main', threading.current_thread().name, threading.active_count());

const lock = threading.Lock();
print('lock', await lock.acquire(), lock.locked(), await lock.acquire(false), await lock.acquire(true, 0.01));
lock.release();
attempt('release twice', () => lock.release());
attempt('start twice', () => workers[0].start());
await attemptAwait('join unstarted', () => threading.Thread({ target: print }).join());
attempt('group', () => threading.Thread({ group: 1 }));

const done = threading.Event();
print('event', done.is_set(), await done.wait(0.01));
const seen = [];
_thread.start_new_thread((...a) => { seen.push(...a); done.set(); }, [1, 2]);
print('start_new_thread', await done.wait(2), seen);
attempt('args not tuple', () => _thread.start_new_thread(print, 1));

const counter = [0];
async function count(n) {
  for (let i = 0; i < n; i++) {
    await lock.acquire();
    try { counter[0] += 1; } finally { lock.release(); }
  }
}
const ts = [0, 1, 2, 3].map((i) => threading.Thread({ target: count, args: [100], name: `counter-${i}` }));
for (const t of ts) t.start();
for (const t of ts) await t.join();
print('counted', counter[0], ts.map((t) => t.name));

function child(tag) {
  print('child runs', tag);
}
const p = multiprocessing.Process({ target: child, args: ['p1'] });
print('process', p.name, p.pid, p.exitcode, p.is_alive());
p.start();
await p.join(2);
print('process done', p.exitcode, p.is_alive());
server.close();
