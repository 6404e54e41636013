// gettimeout()/getblocking() through every mode change: blocking, non-blocking, timeout.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}
// Python prints float timeouts as 2.0, JavaScript numbers as 2: compare the value, not the type.
function secs(v) {
  return v == null ? 'None' : String(v);
}

function mode(label, s) {
  print(label, 'gettimeout', secs(s.gettimeout()), 'getblocking', s.getblocking());
}

const s = socket.socket();
mode('new', s);
s.settimeout(2);
mode('settimeout(2)', s);
s.settimeout(1.5);
mode('settimeout(1.5)', s);
s.settimeout(0.001);
mode('settimeout(0.001)', s);
s.settimeout(0);
mode('settimeout(0)', s);
s.settimeout(null);
mode('settimeout(None)', s);
s.setblocking(false);
mode('setblocking(False)', s);
s.setblocking(true);
mode('setblocking(True)', s);
s.settimeout(3);
s.setblocking(true);
mode('settimeout(3) then setblocking(True)', s);
s.settimeout(3);
s.setblocking(false);
mode('settimeout(3) then setblocking(False)', s);
attempt('settimeout(-1)', () => s.settimeout(-1));
attempt('settimeout(-0.5)', () => s.settimeout(-0.5));
mode('after failed settimeout', s);
print('setblocking returns', repr(s.setblocking(true)), 'settimeout returns', repr(s.settimeout(1)));
s.close();
