// A bytes object that recv() returned is the learner's to keep: as in CPython (where each recv
// makes a new bytes object), later reads on this socket or any other must never change it,
// whichever of recv's buffer paths it came through (a shared pool for small reads, a copy out of
// the 16 KiB scratch buffer, a large buffer handed over whole, a large buffer mostly empty and
// copied). Every stream byte is a function of its position, so a chunk overwritten by any later
// read no longer matches.
import { afterEach, describe, expect, it } from 'vitest';
import { CONSTANTS, createSocketModule, type Socket } from '../../src/socket/index.ts';

const { AF_INET, SOCK_DGRAM, SOCK_STREAM } = CONSTANTS;
const { module: socket, space } = createSocketModule();
afterEach(() => space.closeAll());

const _byteAt = (k: number, salt: number) => (k * 7 + (k >> 9) + salt * 31) & 255;

function _stream(length: number, salt: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let k = 0; k < length; k++) out[k] = _byteAt(k, salt);
  return out;
}

/** The first offset where `chunk` (starting at stream offset `at`) differs from the stream, or -1. */
function _mismatch(chunk: Uint8Array, at: number, salt: number): number {
  for (let i = 0; i < chunk.length; i++) if (chunk[i] !== _byteAt(at + i, salt)) return at + i;
  return -1;
}

async function _connectedPair(): Promise<[Socket, Socket]> {
  const server = socket.socket(AF_INET, SOCK_STREAM);
  server.bind(['127.0.0.1', 0]);
  server.listen(1);
  const client = socket.socket(AF_INET, SOCK_STREAM);
  await client.connect(server.getsockname());
  const [conn] = await server.accept();
  server.close();
  return [client, conn];
}

/** Receives `total` bytes with recv(size), keeping every chunk with its stream offset. */
async function _receiveAll(conn: Socket, size: number, total: number): Promise<{ chunk: Uint8Array; at: number }[]> {
  const kept: { chunk: Uint8Array; at: number }[] = [];
  // Bounded: every recv returns at least one byte until the sender is done.
  for (let at = 0; at < total && kept.length < total;) {
    const chunk = await conn.recv(size);
    if (chunk.length === 0) break;
    kept.push({ chunk, at });
    at += chunk.length;
  }
  return kept;
}

describe('bytes returned by recv are never changed by later reads', () => {
  // 1..4 KiB: the small-data pool; 5000 and 16 KiB: copied out of the scratch buffer; 20,000 and
  // 64 KiB: a large buffer handed over (or copied when the read filled less than half of it);
  // 200,000: a buffer of the read's own.
  it.each([1, 100, 4096, 5000, 16384, 20000, 65536, 200000])('recv(%i) chunks stay as they arrived', async (size) => {
    const [client, conn] = await _connectedPair();
    const total = Math.min(2 * 1024 * 1024, size * 400);
    const payload = _stream(total, size);
    const sending = client.sendall(payload).then(() => client.shutdown(CONSTANTS.SHUT_WR));
    const kept = await _receiveAll(conn, size, total);
    await sending;
    // More reads after the last kept chunk, on this socket and a second connection.
    const [c2, conn2] = await _connectedPair();
    const more = Math.min(256 * 1024, size * 100);
    await c2.sendall(_stream(more, 99));
    c2.shutdown(CONSTANTS.SHUT_WR);
    await _receiveAll(conn2, size, more);
    expect(await conn.recv(size)).toHaveLength(0);

    expect(kept.reduce((n, k) => n + k.chunk.length, 0)).toBe(total);
    for (const { chunk, at } of kept) {
      expect(_mismatch(chunk, at, size)).toBe(-1);
      // The same memory seen through .buffer, as a learner's own view of it would see it.
      expect(_mismatch(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length), at, size)).toBe(-1);
    }
  });

  it('recvfrom() datagrams stay as they arrived after later datagrams', async () => {
    const rx = socket.socket(AF_INET, SOCK_DGRAM);
    rx.bind(['127.0.0.1', 0]);
    const tx = socket.socket(AF_INET, SOCK_DGRAM);
    const sizes = [1, 3000, 4096, 9000, 16384, 30000, 60000, 65000, 12];
    const kept: Uint8Array[] = [];
    for (const [i, n] of sizes.entries()) {
      await tx.sendto(_stream(n, i), rx.getsockname());
      const [data] = await rx.recvfrom(65536);
      kept.push(data);
    }
    for (const [i, n] of sizes.entries()) {
      expect(kept[i]).toHaveLength(n);
      expect(_mismatch(kept[i]!, 0, i)).toBe(-1);
    }
  });
});
