// AF_UNIX datagram sockets: message boundaries, recvfrom addresses, unbound senders show as None.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'socklab-'));
const aPath = join(tmp, 'a.sock');
const bPath = join(tmp, 'b.sock');
const show = (x) => repr(x).replaceAll(tmp, 'TMP');

try {
  const a = socket.socket(AF_UNIX, SOCK_DGRAM);
  const b_ = socket.socket(AF_UNIX, SOCK_DGRAM);
  print(show(a));
  a.bind(aPath);
  b_.bind(bPath);
  a.settimeout(2);
  b_.settimeout(2);
  print('sendto returns', await a.sendto(b('hello b'), bPath));
  print('b got', show(await b_.recvfrom(100)));
  await b_.sendto(b('hello a'), aPath);
  print('a got', show(await a.recvfrom(100)));
  await a.sendto(b('0123456789'), bPath);
  print('truncated', await b_.recv(4));
  b_.settimeout(0.2);
  await attemptAwait('rest is gone', () => b_.recv(100));

  const anon = socket.socket(AF_UNIX, SOCK_DGRAM);
  await anon.sendto(b('from nobody'), bPath);
  b_.settimeout(2);
  const [data, addr] = await b_.recvfrom(100);
  print('anonymous sender', data, repr(addr));
  await attemptAwait('sendto missing path', () => anon.sendto(b('x'), join(tmp, 'missing.sock')));
  await attemptAwait('send unconnected', () => anon.send(b('x')));
  for (const s of [a, b_, anon]) s.close();
  print(show(a));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
print('cleaned up', !existsSync(tmp));
