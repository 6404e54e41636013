// AF_UNIX stream sockets on a path in a fresh temp dir: addresses are str paths, unnamed peers are ''.
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
const path = join(tmp, 'server.sock');
const show = (x) => repr(x).replaceAll(tmp, 'TMP');

try {
  const server = socket.socket(AF_UNIX, SOCK_STREAM);
  print('unbound name', repr(server.getsockname()));
  print(show(server));
  server.bind(path);
  print('bound name', show(server.getsockname()));
  print('path exists', existsSync(path));
  server.listen();
  server.settimeout(2);
  print(show(server));

  const client = socket.socket(AF_UNIX, SOCK_STREAM);
  client.settimeout(2);
  await client.connect(path);
  const [conn, addr] = await server.accept();
  print('accept addr', repr(addr));
  print('client name', repr(client.getsockname()), 'peer', show(client.getpeername()));
  print('conn peer', repr(conn.getpeername()));
  await client.sendall('你好, unix'.encode('utf-8'));
  print('conn got', (await conn.recv(100)).decode('utf-8'));
  await conn.sendall(b('bye'));
  conn.close();
  print('client got', await client.recv(100), await client.recv(100));
  client.close();

  const other = socket.socket(AF_UNIX, SOCK_STREAM);
  attempt('bind existing path', () => other.bind(path));
  server.close();
  // Closing does not remove the file: the path stays taken until unlinked.
  print('path exists after close', existsSync(path));
  await attemptAwait('connect after server closed', () => other.connect(path));
  await attemptAwait('connect missing path', () => other.connect(join(tmp, 'missing.sock')));
  other.close();
  attempt('bind in missing dir', () => socket.socket(AF_UNIX).bind(join(tmp, 'no', 'dir.sock')));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
print('cleaned up', !existsSync(tmp));
