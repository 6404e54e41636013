// A script's statement that is a call the rewrite awaits by name (`shutdown`, `join`, `write`, ...)
// but that returns undefined must not be taken for a socket call's Promise. Before any socket call
// had answered at once, the last-answered marker was undefined too, and `s.shutdown(SHUT_WR)` as
// a statement raised "TypeError: Cannot read properties of undefined (reading 'catch')".
// Each test file runs in a fresh process (vitest forks), so the marker starts unset here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../../src/run.ts';
import { isSocketCall } from '../../src/socket/socket.ts';

const dir = mkdtempSync(join(tmpdir(), 'socklab-box-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const _SCRIPT = `const srv = socket.socket(AF_INET, SOCK_STREAM);
srv.bind(['127.0.0.1', 0]);
srv.listen(1);
const c = socket.socket(AF_INET, SOCK_STREAM);
await c.connect(srv.getsockname());
c.shutdown(SHUT_WR);
const [conn] = await srv.accept();
print(conn.recv(10).length);
conn.close();
c.close();
srv.close();
print('done');
`;

describe('a boxed call that returns undefined', () => {
  it('is not a socket call', () => {
    expect(isSocketCall(undefined)).toBe(false);
  });

  it('runs as a statement before any socket call answered at once', async () => {
    const file = join(dir, 'shutdown.js');
    writeFileSync(file, _SCRIPT);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (c: Buffer) => (out += c.toString()));
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await runScript(file, { stdout, stderr });
    expect({ code, out, err }).toEqual({ code: 0, out: '0\ndone\n', err: '' });
  });
});
