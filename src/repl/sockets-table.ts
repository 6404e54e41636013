// `.sockets`: one row per socket of the space, what Python knows about it next to what the
// kernel knows (one read of /proc/net for the whole table). Closed TCP sockets whose connection
// still lingers in the kernel (TIME_WAIT, FIN_WAIT2, ...) are listed too: that is where
// "Address already in use" comes from.
import { FAMILY_NAMES, KernelSnapshot, TYPE_NAMES, type KernelSocket } from '../kernel/index.ts';
import { describeSocket, type PyAddress, type Socket, type SocketInfo, type SocketSpace } from '../socket/index.ts';
import { colors } from '../colors.ts';
import { t } from '../i18n/index.ts';
import { displayWidth as _width } from '../display-width.ts';
import { wrapText } from '../wrap.ts';

export interface SocketRow {
  fd: string;
  kind: string;
  laddr: string;
  raddr: string;
  state: string;
  kernel: string;
  recvQ: string;
}

/** `127.0.0.1:9999`, `[::1]:9999`, a unix path, or `-`. */
export function formatAddress(addr: PyAddress | undefined): string {
  if (addr === undefined) return '-';
  if (typeof addr === 'string') return addr === '' ? '-' : addr;
  if (addr instanceof Uint8Array) return Buffer.from(addr).toString('latin1') || '-';
  const [host, port] = addr;
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function _hostPort(addr: PyAddress | undefined): { host: string; port: number } | undefined {
  if (addr === undefined || typeof addr === 'string' || addr instanceof Uint8Array) return undefined;
  return { host: addr[0], port: addr[1] };
}

function _kind(info: SocketInfo): string {
  const family = FAMILY_NAMES.get(info.family) ?? String(info.family);
  const type = TYPE_NAMES.get(info.type) ?? String(info.type);
  return `${family}/${type}`;
}

/**
 * Bytes not yet read. In CLOSE_WAIT the kernel's Recv-Q counts the peer's FIN as one byte until
 * recv() has returned b'' (tcp_recvmsg moves copied_seq past the FIN only then), so a queue of 1
 * there is the FIN, not data.
 */
function _waiting(kernel: KernelSocket | undefined): string {
  if (!kernel) return '-';
  if (kernel.state === 'CLOSE_WAIT' && kernel.recvQ > 0) return `${kernel.recvQ - 1} + FIN`;
  return String(kernel.recvQ);
}

function _row(info: SocketInfo, kernel: KernelSocket | undefined, fd: string): SocketRow {
  return {
    fd,
    kind: _kind(info),
    laddr: formatAddress(info.laddr),
    raddr: formatAddress(info.raddr),
    state: info.state,
    kernel: kernel?.state ?? '-',
    recvQ: _waiting(kernel),
  };
}

/** The rows of the table: open sockets first, then closed ones the kernel still remembers. */
export function socketRows(space: SocketSpace, snapshot = new KernelSnapshot()): SocketRow[] {
  const rows: SocketRow[] = [];
  for (const sock of space.sockets) {
    const info = describeSocket(sock);
    rows.push(_row(info, info.fd >= 0 ? snapshot.forFd(info.fd) : undefined, String(info.fd)));
  }
  const seen = new Set<Socket>(space.sockets);
  for (let i = space.log.length - 1; i >= 0; i--) {
    const event = space.log[i]!;
    if (event.kind !== 'closed' || seen.has(event.sock)) continue;
    seen.add(event.sock);
    const info = describeSocket(event.sock);
    const local = _hostPort(info.laddr);
    const remote = _hostPort(info.raddr);
    if (!local || !remote || remote.port === 0) continue;
    const lingering = snapshot.byAddress(local, remote).find((r) => r.inode === 0 || r.state === 'TIME_WAIT');
    if (lingering) rows.push(_row(info, lingering, '-'));
  }
  return rows;
}

/**
 * The table as text, coloured when colour is on. When its lines would be wider than `width`
 * (the terminal's columns), each socket is shown as a block of `name: value` lines instead.
 */
export function formatSocketTable(space: SocketSpace, snapshot?: KernelSnapshot, width = Infinity, none = t('repl.sockets.none')): string {
  const rows = socketRows(space, snapshot);
  if (rows.length === 0) return none;
  const c = colors();
  const header: SocketRow = {
    fd: t('repl.sockets.fd'),
    kind: t('repl.sockets.kind'),
    laddr: t('repl.sockets.laddr'),
    raddr: t('repl.sockets.raddr'),
    state: t('repl.sockets.state'),
    kernel: t('repl.sockets.kernel'),
    recvQ: t('repl.sockets.recvQ'),
  };
  const columns = Object.keys(header) as Array<keyof SocketRow>;
  const widths = columns.map((col) => Math.max(...[header, ...rows].map((r) => _width(r[col]))));
  const fin = rows.some((r) => r.recvQ.endsWith('FIN'));
  const narrow = Number.isFinite(width) ? width - 1 : undefined;
  const footer = [t('repl.sockets.footer'), ...(fin ? [t('pitfall.sockets.fin')] : [])].map((text) => c.dim(wrapText(text, narrow)));
  if (widths.reduce((a, b) => a + b, 0) + 2 * (columns.length - 1) > width) {
    const label = Math.max(...columns.map((col) => _width(header[col])));
    const blocks = rows.map((r) => columns.map((col) => `${c.bold(_pad(`${header[col]}:`, label + 1))} ${r[col]}`).join('\n'));
    return [...blocks, ...footer].join('\n\n');
  }
  const line = (r: SocketRow, paint: (col: keyof SocketRow, text: string) => string) =>
    columns.map((col, i) => paint(col, _pad(r[col], widths[i]!))).join('  ').trimEnd();
  const out = [line(header, (_col, text) => c.bold(text))];
  for (const r of rows) {
    out.push(line(r, (col, text) => {
      if (col === 'state') return r.state === 'closed' ? c.dim(text) : c.cyan(text);
      if (col === 'kernel') return r.kernel === 'TIME_WAIT' || r.kernel === 'CLOSE_WAIT' ? c.yellow(text) : c.green(text);
      if (col === 'recvQ' && r.recvQ !== '0' && r.recvQ !== '-') return c.magenta(text);
      return text;
    }));
  }
  out.push(...footer);
  return out.join('\n');
}

function _pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - _width(s)));
}
