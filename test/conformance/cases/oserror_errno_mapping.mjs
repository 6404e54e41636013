// OSError(errno, strerror) constructs the PEP 3151 subclass for that errno, as CPython does; str(), args, repr.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

for (const n of [111, 104, 103, 32, 11, 115, 110, 2, 13, 4, 98, 9]) {
  const e = new OSError(n, `message ${n}`);
  print(n, e.name, e.errno, e.strerror, String(e));
}
const plain = new OSError('plain');
print('plain', plain.name, repr(plain.errno), String(plain));
const e = new OSError(111, 'Connection refused');
print('args', e.args, repr(e));
