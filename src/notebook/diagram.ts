// What a learner would rather look at than read: for every TCP socket, the kernel states its
// connection went through (LISTEN → SYN_RECV → ESTABLISHED → CLOSE_WAIT → LAST_ACK …) and the
// segments of its handshake, data and close as a sequence between the learner's socket and the
// peer. Read from the socket space's event log (what the learner's calls did) and confirmed by
// the kernel's own state now (/proc/net/tcp), which also shows what happened without a call:
// the peer's FIN turning FIN_WAIT2 into TIME_WAIT. Drawn as text here (the terminal's
// `.diagram`) and as SVG in svg.ts (the notebook).
import { CONSTANTS, KernelSnapshot, type KernelState } from '../kernel/index.ts';
import { describeSocket, type Socket, type SocketSpace } from '../socket/index.ts';
import { t } from '../i18n/index.ts';
import { formatAddress } from '../repl/sockets-table.ts';

/** A segment on the wire: `out` goes from the learner's socket to the peer. */
export interface Segment {
  dir: 'out' | 'in';
  label: string;
}

export interface ConnectionStory {
  title: string;
  /** Kernel TCP states, oldest first (starting at CLOSED). */
  states: string[];
  /** Empty for a listening socket. */
  segments: Segment[];
}

// A bulk transfer would draw hundreds of arrows: the first few say enough.
const _MAX_DATA_SEGMENTS = 6;

/** One story per TCP socket that listened, connected or was accepted, in creation order. */
export function connectionStories(space: SocketSpace, snapshot = new KernelSnapshot(['tcp', 'tcp6'])): ConnectionStory[] {
  const order: Socket[] = [];
  const seen = new Set<Socket>();
  for (const ev of space.log) {
    const sock = ev.kind === 'accepted' ? ev.conn : ev.sock;
    if (!sock || seen.has(sock)) continue;
    if (ev.kind === 'listening' || ev.kind === 'connected' || ev.kind === 'accepted') {
      seen.add(sock);
      order.push(sock);
    }
  }
  return order.filter((s) => s.type === CONSTANTS.SOCK_STREAM && s.family !== CONSTANTS.AF_UNIX).map((s) => _story(space, s, snapshot));
}

function _story(space: SocketSpace, sock: Socket, snapshot: KernelSnapshot): ConnectionStory {
  const states = ['CLOSED'];
  const segments: Segment[] = [];
  const last = () => states[states.length - 1]!;
  const go = (state: string) => {
    if (last() !== state) states.push(state);
  };
  let data = 0;
  const dataSegment = (dir: Segment['dir'], n: number) => {
    data++;
    if (data <= _MAX_DATA_SEGMENTS) segments.push({ dir, label: t('notebook.diagram.data', { n }) });
    else if (data === _MAX_DATA_SEGMENTS + 1) segments.push({ dir, label: '…' });
  };
  let finSent = false;
  const sendFin = () => {
    if (finSent) return;
    finSent = true;
    segments.push({ dir: 'out', label: 'FIN' }, { dir: 'in', label: 'ACK' });
    if (last() === 'CLOSE_WAIT') {
      go('LAST_ACK');
    } else {
      go('FIN_WAIT1');
      go('FIN_WAIT2');
    }
  };
  let listener = false;
  for (const ev of space.log) {
    if (ev.kind === 'accepted' && ev.conn === sock) {
      ['LISTEN', 'SYN_RECV', 'ESTABLISHED'].forEach(go);
      segments.push({ dir: 'in', label: 'SYN' }, { dir: 'out', label: 'SYN+ACK' }, { dir: 'in', label: 'ACK' });
      continue;
    }
    if (ev.sock !== sock) continue;
    switch (ev.kind) {
      case 'listening':
        listener = true;
        go('LISTEN');
        break;
      case 'connected':
        ['SYN_SENT', 'ESTABLISHED'].forEach(go);
        segments.push({ dir: 'out', label: 'SYN' }, { dir: 'in', label: 'SYN+ACK' }, { dir: 'out', label: 'ACK' });
        break;
      case 'sent':
        if (!listener) dataSegment('out', ev.data.length);
        break;
      case 'received':
        if (ev.data.length > 0) dataSegment('in', ev.data.length);
        else if (last() === 'ESTABLISHED' || last() === 'FIN_WAIT2') _peerFin(segments, go, last() === 'FIN_WAIT2');
        break;
      case 'shutdown':
        if (ev.how !== CONSTANTS.SHUT_RD && !listener) sendFin();
        break;
      case 'closed':
        if (listener) go('CLOSED');
        else if (last() !== 'CLOSED') sendFin();
        break;
    }
  }
  const info = describeSocket(sock);
  const now = _kernelState(info.fd, info.laddr, info.raddr, snapshot);
  if (!listener) {
    if (now === 'TIME_WAIT' && last() === 'FIN_WAIT2') _peerFin(segments, go, true);
    else if (now === 'CLOSE_WAIT' && last() === 'ESTABLISHED') _peerFin(segments, go, false);
    else if (now === undefined && info.state === 'closed' && (last() === 'LAST_ACK' || last() === 'TIME_WAIT')) go('CLOSED');
    // A state the path already went through is the kernel's lag (an ACK still on its way), not news.
    else if (now !== undefined && !states.includes(now) && !['UNKNOWN', 'CONNECTED', 'UNCONNECTED'].includes(now)) go(now);
  }
  const fd = info.fd >= 0 ? String(info.fd) : '-';
  const title = listener
    ? t('notebook.diagram.listener', { fd, laddr: formatAddress(info.laddr) })
    : t('notebook.diagram.connection', { fd, laddr: formatAddress(info.laddr), raddr: formatAddress(info.raddr) });
  return { title, states, segments: listener ? [] : segments };
}

/** The peer's FIN arrives: CLOSE_WAIT when we have not closed yet, TIME_WAIT after our FIN. */
function _peerFin(segments: Segment[], go: (s: string) => void, afterOurs: boolean): void {
  segments.push({ dir: 'in', label: 'FIN' }, { dir: 'out', label: 'ACK' });
  go(afterOurs ? 'TIME_WAIT' : 'CLOSE_WAIT');
}

/** The kernel's state of the connection now: by fd while open, by address once closed (TIME_WAIT has no fd). */
function _kernelState(fd: number, laddr: unknown, raddr: unknown, snapshot: KernelSnapshot): KernelState | undefined {
  if (fd >= 0) return snapshot.forFd(fd)?.state;
  const local = _hostPort(laddr);
  const remote = _hostPort(raddr);
  if (!local || !remote) return undefined;
  return snapshot.byAddress(local, remote).find((r) => r.inode === 0)?.state;
}

function _hostPort(addr: unknown): { host: string; port: number } | undefined {
  if (!Array.isArray(addr) || typeof addr[0] !== 'string' || typeof addr[1] !== 'number') return undefined;
  return { host: addr[0], port: addr[1] };
}

// ---- text ----------------------------------------------------------------------------------

const _ARROW_WIDTH = 26;

/** The stories as text for a terminal: the state path, then one arrow per segment. */
export function formatDiagram(stories: readonly ConnectionStory[]): string {
  if (stories.length === 0) return t('notebook.diagram.none');
  const you = t('notebook.diagram.you');
  const peer = t('notebook.diagram.peer');
  const blocks = stories.map((s) => {
    const lines = [s.title, `  ${s.states.join(' → ')}`];
    if (s.segments.length > 0) {
      lines.push(`  ${you}${' '.repeat(_ARROW_WIDTH + 2)}${peer}`);
      const pad = ' '.repeat(Math.max(0, _width(you) - 1));
      for (const seg of s.segments) {
        const fill = Math.max(2, _ARROW_WIDTH - _width(seg.label) - 2);
        const left = Math.floor(fill / 2);
        const body = `${'─'.repeat(left)} ${seg.label} ${'─'.repeat(fill - left)}`;
        lines.push(`  ${pad}│${seg.dir === 'out' ? `${body}▶` : `◀${body}`}│`);
      }
    }
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}

function _width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}
