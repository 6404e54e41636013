// Load generator for the 1,000-connection benchmark (raw node:net, its own process): opens N
// connections at once, each sends SIZE bytes of its own (its number, repeated), waits for them to
// come back, then closes. A connection counts as ok only if it got back exactly what it sent, so
// an echo that mixes up two clients' data shows up as `wrong`. Prints {seconds, ok, failed,
// wrong, errors} with the time from the first connect to the last close.
// Usage: load_conn.mjs PORT N SIZE
import net from 'node:net';

const port = Number(process.argv[2]);
const count = Number(process.argv[3]);
const size = Number(process.argv[4]);
const errors = {};
let closed = 0;
let ok = 0;
let wrong = 0;
const t0 = performance.now();
for (let i = 0; i < count; i++) {
  const message = Buffer.alloc(size, `${i}:`);
  const c = net.connect(port, '127.0.0.1');
  const got = [];
  let n = 0;
  c.on('connect', () => c.write(message));
  c.on('data', (data) => {
    got.push(data);
    n += data.length;
    if (n >= size) c.end();
  });
  c.on('error', (e) => {
    errors[e.code ?? e.message] = (errors[e.code ?? e.message] ?? 0) + 1;
  });
  c.on('close', () => {
    if (Buffer.concat(got).equals(message)) ok++;
    else if (n > 0) wrong++;
    if (++closed === count) {
      const seconds = (performance.now() - t0) / 1000;
      console.log(JSON.stringify({ seconds, ok, failed: count - ok, wrong, errors }));
    }
  });
}
