// detach() hands the fd over: the socket object reports fd -1 and [closed], and the fd itself stays open.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}
import { closeSync } from 'node:fs';

// Node's fs.closeSync reports EBADF as its own error; translate to Python's os.close() outcome.
function osClose(fd) {
  try {
    closeSync(fd);
  } catch (e) {
    if (e.code === 'EBADF') throw new OSError(9, 'Bad file descriptor');
    throw e;
  }
}

const s = socket.socket();
s.bind(['127.0.0.1', 0]);
const before = s.fileno();
const fd = s.detach();
print('detach returned the fd', fd === before, fd >= 0);
print('fileno', s.fileno());
print(repr(s));
attempt('getsockname after detach', () => s.getsockname());
attempt('close after detach', () => s.close());
// The fd is still a live socket: closing it through the OS works exactly once.
attempt('os close', () => osClose(fd));
attempt('os close again', () => osClose(fd));
