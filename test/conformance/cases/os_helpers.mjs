// The os functions tutorials use around AF_UNIX sockets: path.exists, unlink/remove and their errors, path.join, getpid.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, str(e).replaceAll(tmp, 'TMP')); }
}

const tmp = mkdtempSync(`${tmpdir()}/socklab-`);
const path = os.path.join(tmp, 'server.sock');
try {
  print('exists before bind', os.path.exists(path));
  const s = socket.socket(AF_UNIX, SOCK_STREAM);
  s.bind(path);
  print('exists after bind', os.path.exists(path));
  s.close();
  print('exists after close', os.path.exists(path));
  attempt('rebind without unlink', () => socket.socket(AF_UNIX, SOCK_STREAM).bind(path));
  if (os.path.exists(path)) os.unlink(path);
  print('exists after unlink', os.path.exists(path));
  attempt('unlink again', () => os.unlink(path));
  attempt('remove missing', () => os.remove(path));
  attempt('unlink int', () => os.unlink(5));
  attempt('exists empty', () => os.path.exists(''));
  let e = null;
  try {
    os.unlink(path);
  } catch (err) {
    e = err;
  }
  print('errno', e.errno, 'strerror', e.strerror, 'filename', e.filename.replaceAll(tmp, 'TMP'), 'args', e.args);
  print('join', os.path.join('a', 'b'), os.path.join('a/', 'b'), os.path.join('a', '/b', 'c'), repr(os.path.join('a', '')));
  attempt('join int', () => os.path.join('a', 5));
  print('getpid is a positive int', Number.isInteger(os.getpid()) && os.getpid() > 0);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
