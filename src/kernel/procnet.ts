// The kernel's own view of sockets, from /proc/net/{tcp,tcp6,udp,udp6,unix}: the TCP state
// (LISTEN, ESTABLISHED, TIME_WAIT, ...) and the bytes waiting in the queues. A socket is
// matched by inode (/proc/self/fd/N -> socket:[inode]); TIME_WAIT sockets have no fd and
// inode 0, so they are found by their local and remote address instead.
import { readFileSync, readlinkSync } from 'node:fs';

export const TCP_STATES = [
  '', 'ESTABLISHED', 'SYN_SENT', 'SYN_RECV', 'FIN_WAIT1', 'FIN_WAIT2', 'TIME_WAIT', 'CLOSE',
  'CLOSE_WAIT', 'LAST_ACK', 'LISTEN', 'CLOSING', 'NEW_SYN_RECV',
] as const;

export type KernelState = Exclude<(typeof TCP_STATES)[number], ''> | 'UNCONNECTED' | 'CONNECTED' | 'UNKNOWN';

export type ProcNetTable = 'tcp' | 'tcp6' | 'udp' | 'udp6' | 'unix';

export interface KernelSocket {
  table: ProcNetTable;
  state: KernelState;
  inode: number;
  /** Bytes waiting to be read (Recv-Q); for a LISTEN socket, connections waiting for accept(). */
  recvQ: number;
  /** Bytes sent but not yet acknowledged (Send-Q). */
  sendQ: number;
  local?: { host: string; port: number };
  remote?: { host: string; port: number };
  path?: string;
}

/** The inode of the socket behind an fd of this process, or undefined if it is not a socket. */
export function socketInode(fd: number): number | undefined {
  try {
    const link = readlinkSync(`/proc/self/fd/${fd}`);
    const m = /^socket:\[(\d+)\]$/.exec(link);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

function _hexIPv4(hex: string): string {
  // The kernel prints the address as one u32 in host (little-endian) order.
  const n = parseInt(hex, 16);
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24].join('.');
}

function _hexIPv6(hex: string): string {
  const bytes: number[] = [];
  for (let w = 0; w < 4; w++) {
    const word = hex.slice(w * 8, w * 8 + 8);
    for (let i = 3; i >= 0; i--) bytes.push(parseInt(word.slice(i * 2, i * 2 + 2), 16));
  }
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  // Compress the longest run of zero groups, as inet_ntop does.
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== '0') { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen && j - i > 1) { best = i; bestLen = j - i; }
    i = j;
  }
  if (best === -1) return groups.join(':');
  const v4mapped = best === 0 && bestLen === 5 && groups[5] === 'ffff';
  if (v4mapped) return `::ffff:${bytes.slice(12).join('.')}`;
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

function _endpoint(text: string, v6: boolean): { host: string; port: number } {
  const [hex = '', port = '0'] = text.split(':');
  return { host: v6 ? _hexIPv6(hex) : _hexIPv4(hex), port: parseInt(port, 16) };
}

function _readInet(table: Exclude<ProcNetTable, 'unix'>): KernelSocket[] {
  let text: string;
  try {
    text = readFileSync(`/proc/net/${table}`, 'latin1');
  } catch {
    return [];
  }
  const v6 = table.endsWith('6');
  const tcp = table.startsWith('tcp');
  const rows: KernelSocket[] = [];
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const cols = lines[i]!.trim().split(/\s+/);
    if (cols.length < 10) continue;
    const st = parseInt(cols[3] ?? '0', 16);
    const [tx = '0', rx = '0'] = (cols[4] ?? '0:0').split(':');
    let state: KernelState = TCP_STATES[st] || 'UNKNOWN';
    if (!tcp) state = st === 1 ? 'ESTABLISHED' : 'UNCONNECTED';
    rows.push({
      table,
      state,
      inode: Number(cols[9]),
      recvQ: parseInt(rx, 16),
      sendQ: parseInt(tx, 16),
      local: _endpoint(cols[1] ?? '', v6),
      remote: _endpoint(cols[2] ?? '', v6),
    });
  }
  return rows;
}

function _readUnix(): KernelSocket[] {
  let text: string;
  try {
    text = readFileSync('/proc/net/unix', 'utf8');
  } catch {
    return [];
  }
  const rows: KernelSocket[] = [];
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const cols = lines[i]!.trim().split(/\s+/);
    if (cols.length < 7) continue;
    const flags = parseInt(cols[3] ?? '0', 16);
    const st = parseInt(cols[5] ?? '0', 16);
    // __SO_ACCEPTCON (1 << 16) marks a listening socket; St 03 is SS_CONNECTED.
    const state: KernelState = flags & 0x10000 ? 'LISTEN' : st === 3 ? 'CONNECTED' : 'UNCONNECTED';
    const path = cols[7];
    rows.push({ table: 'unix', state, inode: Number(cols[6]), recvQ: 0, sendQ: 0, ...(path !== undefined && { path }) });
  }
  return rows;
}

/** One read of every table: use it when asking about many sockets at once. */
export class KernelSnapshot {
  readonly rows: KernelSocket[];
  readonly #byInode = new Map<number, KernelSocket>();

  constructor(tables: readonly ProcNetTable[] = ['tcp', 'tcp6', 'udp', 'udp6', 'unix']) {
    this.rows = tables.flatMap((t) => (t === 'unix' ? _readUnix() : _readInet(t)));
    for (const row of this.rows) if (row.inode !== 0) this.#byInode.set(row.inode, row);
  }

  /** The kernel's row for an fd of this process. */
  forFd(fd: number): KernelSocket | undefined {
    const inode = socketInode(fd);
    return inode === undefined ? undefined : this.#byInode.get(inode);
  }

  /** TCP rows (TIME_WAIT ones included) with this local and, if given, remote address. */
  byAddress(local: { host: string; port: number }, remote?: { host: string; port: number }): KernelSocket[] {
    return this.rows.filter(
      (r) =>
        (r.table === 'tcp' || r.table === 'tcp6') &&
        r.local?.port === local.port &&
        _sameHost(r.local.host, local.host) &&
        (!remote || (r.remote?.port === remote.port && _sameHost(r.remote.host, remote.host))),
    );
  }
}

function _sameHost(a: string, b: string): boolean {
  return a === b || a === `::ffff:${b}` || b === `::ffff:${a}`;
}

/** The kernel's row for one fd (reads only the tables that can hold it). */
export function kernelSocketForFd(fd: number, tables?: readonly ProcNetTable[]): KernelSocket | undefined {
  return new KernelSnapshot(tables).forFd(fd);
}
