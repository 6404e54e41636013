// The connection pictures from real loopback connections: the states each end went through
// and the segments between them, as text (the REPL's .diagram) and SVG (the notebook's).
import { afterEach, describe, expect, it } from 'vitest';
import { createEvaluator, type Evaluator } from '../../src/lang/typescript/evaluate.ts';
import { connectionStories, formatDiagram } from '../../src/notebook/diagram.ts';
import { storySvg } from '../../src/notebook/display.ts';
import { setLang } from '../../src/i18n/index.ts';
import { startStreamRepl, type StreamRepl } from '../repl/harness.ts';

let ev: Evaluator | undefined;
let repl: StreamRepl | undefined;
afterEach(async () => {
  ev?.dispose();
  ev = undefined;
  await repl?.close();
  repl = undefined;
});

async function run(code: string): Promise<unknown> {
  const r = await ev!.evaluate(code);
  if (!r.ok) throw r.error;
  return r.value;
}

describe('connection pictures', () => {
  it('follow a handshake and a four-way close on both ends', async () => {
    setLang('en');
    ev = createEvaluator({ write: () => {}, readLine: async () => undefined });
    await run("srv = socket.socket(AF_INET, SOCK_STREAM); srv.bind(['127.0.0.1', 0]); srv.listen(1)");
    await run('c = socket.socket(AF_INET, SOCK_STREAM); c.connect(srv.getsockname())');
    await run("[conn, addr] = srv.accept(); c.sendall(b'hello')");
    await run('conn.recv(5)');
    await run('c.close()');
    expect(await run('conn.recv(5)')).toHaveLength(0);
    await run('conn.close()');
    const [listener, client, server] = connectionStories(ev.space);
    expect(listener!.states).toEqual(['CLOSED', 'LISTEN']);
    expect(client!.states.slice(0, 5)).toEqual(['CLOSED', 'SYN_SENT', 'ESTABLISHED', 'FIN_WAIT1', 'FIN_WAIT2']);
    expect(client!.segments.slice(0, 4).map((s) => `${s.dir} ${s.label}`)).toEqual(['out SYN', 'in SYN+ACK', 'out ACK', 'out data (5 bytes)']);
    expect(server!.states).toEqual(['CLOSED', 'LISTEN', 'SYN_RECV', 'ESTABLISHED', 'CLOSE_WAIT', 'LAST_ACK', 'CLOSED']);
    expect(server!.segments.map((s) => `${s.dir} ${s.label}`)).toEqual(['in SYN', 'out SYN+ACK', 'in ACK', 'in data (5 bytes)', 'in FIN', 'out ACK', 'out FIN', 'in ACK']);
    const text = formatDiagram([server!]);
    expect(text).toContain('CLOSE_WAIT → LAST_ACK');
    expect(text).toMatch(/│◀─+ SYN ─+│/);
    const svg = storySvg(server!);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('>SYN_RECV</text>');
    await run('srv.close()');
  });

  it('say there is nothing to draw before a connection, in the REPL too (.diagram)', async () => {
    repl = await startStreamRepl({ lang: 'en' });
    expect(await repl.run('.diagram')).toContain('No TCP connection yet');
    await repl.run("srv = socket.socket(AF_INET, SOCK_STREAM); srv.bind(['127.0.0.1', 0]); srv.listen(1)");
    expect(await repl.run('.diagram')).toMatch(/listening on 127\.0\.0\.1:\d+\n {2}CLOSED → LISTEN/);
  });
});
