// The checkpoint engine: evaluates a step's checks against the learner's socket space, its event
// log since the step began, and (only when a check asks for it) one read of /proc/net. Each
// check says what it wants in one phrase and, when it fails, what is missing in one sentence
// ("your TCP socket is bound to 0.0.0.0:9999 but not listening yet"). Evaluation runs after
// every REPL line, so it stays cheap: one describeSocket() per socket; the TCP state of an open
// socket comes from getsockopt(TCP_INFO) (one system call), and /proc/net is read (once per
// evaluation) only for the states of closed sockets (FIN_WAIT2, TIME_WAIT), which have no fd.
// Reading /proc/net/tcp costs time in proportion to every TCP socket on the machine: 4 ms with
// 3,000 TIME_WAIT rows.
import { CONSTANTS, KernelSnapshot, sysGetsockoptInt, TCP_STATES, type KernelState, type ProcNetTable } from '../kernel/index.ts';
import {
  describeSocket, formatException, isTuple, pyTypeName, reprBytes, Socket, type LoggedEvent, type PyAddress, type SocketInfo, type SocketSpace,
} from '../socket/index.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { eventsSince, type SocketHistory } from './history.ts';
import { fillPorts, portNumber } from './ports.ts';
import type { AddressPattern, Check, PySocketState, SocketSelector, TcpState, VariableType } from './schema.ts';

/** Everything a check may look at. */
export interface CheckContext {
  /** The learner's sockets. */
  space: SocketSpace;
  history: SocketHistory;
  /** The learner space's `seq` when the step began: event checks look only after it. */
  since: number;
  /** The lesson's peers' sockets, and their `seq` when the step began. */
  peerSpace?: SocketSpace;
  peerSince?: number;
  /** Port name → number in use. */
  ports: Record<string, number>;
  /** Looks up a learner variable; absent where variables cannot be seen. */
  variable?: (name: string) => { defined: boolean; value?: unknown };
}

/** One check's verdict: `want` says what it asks for, `why` (when it fails) what is missing. */
export interface CheckOutcome {
  check: Check;
  ok: boolean;
  want: string;
  why?: string;
}

const { SOCK_STREAM, SOCK_DGRAM, AF_INET, AF_INET6, AF_UNIX, IPPROTO_TCP } = CONSTANTS;
/** <netinet/tcp.h> TCP_INFO; the first byte of struct tcp_info is tcpi_state, numbered as in /proc/net/tcp. */
const _TCP_INFO = 11;

/** The kernel's TCP state of an open fd, from getsockopt(TCP_INFO) (no /proc read). */
function _tcpState(fd: number): KernelState | undefined {
  const r = sysGetsockoptInt(fd, IPPROTO_TCP, _TCP_INFO);
  if (typeof r !== 'number') return undefined;
  return TCP_STATES[r & 0xff] || undefined;
}

/** Whether `checks` look at kernel state, which changes without socket events. */
export function needsKernel(checks: readonly Check[]): boolean {
  return checks.some((c) => c.kind === 'kernel_state');
}

/** Evaluates every check; the results are in the checks' order. */
export function evaluateChecks(checks: readonly Check[], ctx: CheckContext): CheckOutcome[] {
  const ev = new _Evaluation(ctx);
  return checks.map((c) => ev.evaluate(c));
}

/** True when every outcome passed. */
export function allPassed(outcomes: readonly CheckOutcome[]): boolean {
  return outcomes.every((o) => o.ok);
}

// ---- formatting helpers --------------------------------------------------------------------

function _addr(a: PyAddress | undefined): string {
  if (a === undefined) return '—';
  if (Array.isArray(a)) {
    const [host, port] = a as readonly [string, number];
    return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  }
  if (typeof a === 'string') return a === '' ? t('lessons.sock.unnamed') : a;
  return reprBytes(a as Uint8Array);
}

function _wantAddr(p: AddressPattern, ports: Record<string, number>): string {
  const [host, ref] = p;
  const port = ref === 'any' ? undefined : portNumber(ref, ports);
  const anyHost = host === 'any';
  const h = host === '' ? '0.0.0.0' : host;
  if (anyHost && port === undefined) return t('lessons.addr.any');
  if (anyHost) return t('lessons.addr.port', { port: String(port) });
  if (port === undefined) return t('lessons.addr.host', { host: h });
  return `${h}:${port}`;
}

function _kindOf(info: Pick<SocketInfo, 'family' | 'type'>): string {
  if (info.family === AF_UNIX) return info.type === SOCK_DGRAM ? 'Unix (SOCK_DGRAM)' : 'Unix';
  if (info.type === SOCK_STREAM) return 'TCP';
  if (info.type === SOCK_DGRAM) return 'UDP';
  return '';
}

function _typeName(type: number): string {
  return type === SOCK_STREAM ? 'TCP (SOCK_STREAM)' : type === SOCK_DGRAM ? 'UDP (SOCK_DGRAM)' : String(type);
}

function _familyName(family: number): string {
  return family === AF_INET ? 'AF_INET' : family === AF_INET6 ? 'AF_INET6' : family === AF_UNIX ? 'AF_UNIX' : String(family);
}

function _timeoutText(x: number | null): string {
  return x === null ? t('lessons.sock.timeoutNone') : String(x);
}

function _states(states: readonly PySocketState[]): string {
  return states.map((s) => t(`lessons.state.${s}` as MessageKey)).join(t('lessons.or'));
}

/** Quotes a text as Python's repr would pick: double quotes when it holds a single quote. */
function _quote(text: string): string {
  return text.includes("'") && !text.includes('"') ? `"${text}"` : `'${text}'`;
}

function _short(data: Uint8Array): string {
  const r = reprBytes(data.length > 60 ? data.subarray(data.length - 60) : data);
  return data.length > 60 ? `…${r}` : r;
}

const _utf8 = new TextDecoder('utf-8');

/** Describes a selector as a noun phrase: "a UDP socket (bound, local address port 9999)". */
function _describeSelector(sel: SocketSelector, ports: Record<string, number>): string {
  const parts: string[] = [];
  if (sel.family !== undefined) parts.push(_familyName(sel.family));
  if (sel.state) parts.push(_states(sel.state));
  if (sel.laddr) parts.push(t('lessons.want.laddr', { addr: _wantAddr(sel.laddr, ports) }));
  if (sel.raddr) parts.push(t('lessons.want.raddr', { addr: _wantAddr(sel.raddr, ports) }));
  if (sel.timeout !== undefined) parts.push(t('lessons.want.timeout', { timeout: _timeoutText(sel.timeout) }));
  if (sel.blocking !== undefined) parts.push(t(sel.blocking ? 'lessons.want.blocking' : 'lessons.want.nonblocking'));
  if (sel.reuseaddr !== undefined) parts.push(t(sel.reuseaddr ? 'lessons.want.reuseaddr' : 'lessons.want.noReuseaddr'));
  if (sel.accepted !== undefined) parts.push(t(sel.accepted ? 'lessons.want.accepted' : 'lessons.want.notAccepted'));
  const kind = sel.type === undefined ? '' : _kindOf({ family: sel.family ?? AF_INET, type: sel.type });
  const key = kind ? (parts.length > 0 ? 'lessons.want.socketWith' : 'lessons.want.socket') : parts.length > 0 ? 'lessons.want.anySocketWith' : 'lessons.want.anySocket';
  return t(key, { kind, parts: parts.join(t('lessons.comma')) });
}

// ---- evaluation ----------------------------------------------------------------------------

interface _Candidate {
  sock: Socket;
  info: SocketInfo;
}

class _Evaluation {
  readonly #infos = new Map<Socket, SocketInfo>();
  readonly #snapshots = new Map<ProcNetTable, KernelSnapshot>();
  #events: LoggedEvent[] | undefined;

  constructor(readonly ctx: CheckContext) {}

  info(sock: Socket): SocketInfo {
    let info = this.#infos.get(sock);
    if (!info) {
      info = describeSocket(sock);
      this.#infos.set(sock, info);
    }
    return info;
  }

  /** One read of one /proc/net table per evaluation, on first use. */
  kernel(table: ProcNetTable): KernelSnapshot {
    let snap = this.#snapshots.get(table);
    if (!snap) {
      snap = new KernelSnapshot([table]);
      this.#snapshots.set(table, snap);
    }
    return snap;
  }

  get events(): LoggedEvent[] {
    return (this.#events ??= eventsSince(this.ctx.space, this.ctx.since));
  }

  /** Sockets a selector may match: open ones, plus closed ones when it asks for `closed`. */
  candidates(sel: SocketSelector, includeClosed = false): _Candidate[] {
    const withClosed = includeClosed || sel.state?.includes('closed') === true;
    const out: _Candidate[] = [];
    for (const sock of this.ctx.history.all) {
      if (!withClosed && !this.ctx.space.sockets.has(sock)) continue;
      out.push({ sock, info: this.info(sock) });
    }
    return out;
  }

  /** The first field of `sel` that `c` does not have, or undefined when it matches. */
  mismatch(c: _Candidate, sel: SocketSelector): keyof SocketSelector | undefined {
    const { info } = c;
    if (sel.family !== undefined && info.family !== sel.family) return 'family';
    if (sel.type !== undefined && info.type !== sel.type) return 'type';
    if (sel.state && !sel.state.includes(info.state)) return 'state';
    if (sel.laddr && !this.addrMatches(info.laddr, sel.laddr)) return 'laddr';
    if (sel.raddr && !this.addrMatches(info.raddr, sel.raddr)) return 'raddr';
    if (sel.timeout !== undefined && !(info.timeout === sel.timeout || (info.timeout !== null && sel.timeout !== null && Math.abs(info.timeout - sel.timeout) < 1e-9))) return 'timeout';
    if (sel.blocking !== undefined && (info.timeout !== 0) !== sel.blocking) return 'blocking';
    if (sel.reuseaddr !== undefined && info.reuseAddr !== sel.reuseaddr) return 'reuseaddr';
    if (sel.accepted !== undefined && this.ctx.history.accepted.has(c.sock) !== sel.accepted) return 'accepted';
    return undefined;
  }

  score(c: _Candidate, sel: SocketSelector): number {
    let n = 0;
    for (const key of Object.keys(sel) as (keyof SocketSelector)[]) {
      if (this.mismatch(c, { [key]: sel[key] } as SocketSelector) === undefined) n += key === 'type' || key === 'family' ? 2 : 1;
    }
    return n;
  }

  addrMatches(addr: PyAddress | undefined, [host, ref]: AddressPattern): boolean {
    if (!Array.isArray(addr)) return false;
    const [h, p] = addr as readonly [string, number];
    if (ref !== 'any') {
      const want = portNumber(ref, this.ctx.ports);
      if (want === undefined || p !== want) return false;
    } else if (p === 0) {
      return false; // an unbound socket's 0.0.0.0:0 is no address yet
    }
    if (host === 'any') return true;
    if (host === '' || host === '0.0.0.0') return h === '0.0.0.0';
    if (host === '::') return h === '::';
    return h === host || h === `::ffff:${host}`;
  }

  /** The candidate that matches, else the one closest to matching (latest first on ties). */
  best(sel: SocketSelector, includeClosed = false): { match?: _Candidate; closest?: _Candidate } {
    const cands = this.candidates(sel, includeClosed);
    let closest: _Candidate | undefined;
    let bestScore = -1;
    for (let i = cands.length - 1; i >= 0; i--) {
      const c = cands[i]!;
      if (this.mismatch(c, sel) === undefined) return { match: c };
      const s = this.score(c, sel);
      if (s > bestScore) {
        bestScore = s;
        closest = c;
      }
    }
    return closest ? { closest } : {};
  }

  /** "your UDP socket (fd 3)"; without the kind when the sentence names it anyway. */
  sockName(c: _Candidate, withKind = true): string {
    const kind = withKind ? _kindOf(c.info) : '';
    return t(kind ? 'lessons.sock.your' : 'lessons.sock.yourAny', { kind, fd: c.info.fd >= 0 ? `fd ${c.info.fd}` : t('lessons.sock.closedTag') });
  }

  /** Why `c` does not match `sel`, in one sentence. */
  whyNot(c: _Candidate, sel: SocketSelector): string {
    const field = this.mismatch(c, sel)!;
    const sock = this.sockName(c);
    // A step that wants accept()'s socket: "your listening socket is not connected" would send
    // the learner to connect() it; what is missing is the new socket accept() returns.
    if (sel.accepted === true && !this.ctx.history.accepted.has(c.sock) && field !== 'type' && field !== 'family') return t('lessons.why.notAccepted', { sock });
    const { info } = c;
    const ports = this.ctx.ports;
    switch (field) {
      case 'family':
        return t('lessons.why.family', { sock: this.sockName(c, false), got: _familyName(info.family), want: _familyName(sel.family!) });
      case 'type':
        return t('lessons.why.type', { sock: this.sockName(c, false), got: _typeName(info.type), want: _typeName(sel.type!) });
      case 'state': {
        const want = sel.state!;
        const laddr = _addr(info.laddr);
        if (want.includes('closed')) return t('lessons.why.stillOpen', { sock });
        if (info.state === 'closed') return t('lessons.why.closed', { sock });
        if (want.includes('listening') && info.state === 'bound') return t('lessons.why.boundNotListening', { sock, laddr });
        // A bind step that also accepts a listening socket ([bound, listening]) is about bind.
        if (want.includes('bound') && info.state === 'created') return t('lessons.why.notBound', { sock });
        if (want.includes('listening') && info.state === 'created') return t('lessons.why.notBoundNotListening', { sock });
        if (want.includes('connected') && (info.state === 'created' || info.state === 'bound' || info.state === 'connecting')) return t('lessons.why.notConnected', { sock });
        return t('lessons.why.state', { sock, got: _states([info.state]), want: _states(want) });
      }
      case 'laddr': {
        const a = info.laddr as readonly [string, number] | undefined;
        if (!Array.isArray(a) || a[1] === 0) return t('lessons.why.notBound', { sock });
        return t('lessons.why.laddr', { sock, got: _addr(info.laddr), want: _wantAddr(sel.laddr!, ports) });
      }
      case 'raddr':
        if (!Array.isArray(info.raddr)) return t('lessons.why.notConnected', { sock });
        return t('lessons.why.raddr', { sock, got: _addr(info.raddr), want: _wantAddr(sel.raddr!, ports) });
      case 'timeout':
        return t('lessons.why.timeout', { sock, got: _timeoutText(info.timeout), want: _timeoutText(sel.timeout!) });
      case 'blocking':
        return t(sel.blocking ? 'lessons.why.nonBlocking' : 'lessons.why.blocking', { sock });
      case 'reuseaddr':
        return t(sel.reuseaddr ? 'lessons.why.noReuseaddr' : 'lessons.why.reuseaddr', { sock });
      case 'accepted':
        return t(sel.accepted ? 'lessons.why.notAccepted' : 'lessons.why.accepted', { sock });
      default:
        return t('lessons.why.noSocket');
    }
  }

  /** A selector's failure when nothing matches. */
  whySelector(sel: SocketSelector, includeClosed = false): string {
    const { closest } = this.best(sel, includeClosed);
    if (closest) return this.whyNot(closest, sel);
    if (sel.accepted) return t('lessons.why.notAccepted', { sock: '' });
    return t(sel.state?.includes('closed') ? 'lessons.why.noClosedSocket' : 'lessons.why.noSocket');
  }

  /** The kernel's states of a socket: its own while open; rows found by address once closed. */
  kernelStates(c: _Candidate): KernelState[] {
    const { info } = c;
    if (info.fd >= 0) {
      if (info.family === AF_UNIX) {
        const row = this.kernel('unix').forFd(info.fd);
        return row ? [row.state] : [];
      }
      // A UDP socket is "connected" exactly when it has a peer address (/proc/net/udp says 01).
      if (info.type === SOCK_DGRAM) return [Array.isArray(info.raddr) ? 'ESTABLISHED' : 'UNCONNECTED'];
      const st = _tcpState(info.fd);
      return st ? [st] : [];
    }
    // Closed: only a TCP connection lingers (FIN_WAIT2, TIME_WAIT, LAST_ACK), under its addresses.
    const l = info.laddr;
    const r = info.raddr;
    if (info.type !== SOCK_STREAM || !Array.isArray(l) || !Array.isArray(r)) return [];
    const [lh, lp] = l as readonly [string, number];
    const [rh, rp] = r as readonly [string, number];
    const table: ProcNetTable = info.family === AF_INET6 ? 'tcp6' : 'tcp';
    return this.kernel(table).byAddress({ host: lh, port: lp }, { host: rh, port: rp }).map((row) => row.state);
  }

  evaluate(check: Check): CheckOutcome {
    const ports = this.ctx.ports;
    const out = (ok: boolean, want: string, why?: string): CheckOutcome => (ok ? { check, ok, want } : { check, ok, want, why: why ?? '' });
    switch (check.kind) {
      case 'socket': {
        const want = _describeSelector(check.socket, ports);
        return this.best(check.socket).match ? out(true, want) : out(false, want, this.whySelector(check.socket));
      }
      case 'kernel_state': {
        const states = check.states.join(t('lessons.or'));
        const want = t('lessons.want.kernel', { states, socket: _describeSelector(check.socket, ports) });
        // Kernel states outlive the Python socket (FIN_WAIT2, TIME_WAIT): closed sockets count.
        const cands = this.candidates(check.socket, true).filter((c) => this.mismatch(c, check.socket) === undefined);
        if (cands.length === 0) return out(false, want, this.whySelector(check.socket, true));
        let seen: { c: _Candidate; state: KernelState } | undefined;
        let gone: _Candidate | undefined;
        for (let i = cands.length - 1; i >= 0; i--) {
          const c = cands[i]!;
          const found = this.kernelStates(c);
          if (found.some((s) => check.states.includes(s as TcpState))) return out(true, want);
          if (found[0] && !seen) seen = { c, state: found[0] };
          if (found.length === 0) gone ??= c;
        }
        if (seen) return out(false, want, t('lessons.why.kernelState', { sock: this.sockName(seen.c), got: seen.state, want: states }));
        return out(false, want, t('lessons.why.kernelGone', { sock: this.sockName(gone!), want: states }));
      }
      case 'learner_received':
      case 'learner_sent':
      case 'peer_received': {
        const peer = check.kind === 'peer_received';
        const kind = check.kind === 'learner_sent' ? 'sent' : 'received';
        const events = peer ? (this.ctx.peerSpace ? eventsSince(this.ctx.peerSpace, this.ctx.peerSince ?? 0) : []) : this.events;
        const chunks = events.filter((e): e is Extract<LoggedEvent, { kind: 'received' | 'sent' }> => e.kind === kind);
        const data = chunks.filter((e) => e.data.length > 0);
        const prefix = peer ? 'lessons.peer' : kind === 'received' ? 'lessons.recv' : 'lessons.sent';
        const wants: string[] = [];
        let why: string | undefined;
        const last = data[data.length - 1];
        // What each socket received (or sent), joined: texts may arrive in several pieces.
        const joined = (): string[] => {
          const perSock = new Map<Socket, Uint8Array[]>();
          for (const e of data) perSock.set(e.sock, [...(perSock.get(e.sock) ?? []), e.data]);
          return [...perSock.values()].map((parts) => _utf8.decode(Buffer.concat(parts)));
        };
        // `{port}` in a text is the port the lesson chose, as in the step's own text.
        const wanted = check.text === undefined ? undefined : fillPorts(check.text, this.ctx.ports);
        if (wanted !== undefined) {
          wants.push(t(`${prefix}.wantText` as MessageKey, { text: _quote(wanted) }));
          const ok = joined().some((text) => text.includes(wanted));
          if (!ok) why ??= last ? t(`${prefix}.whyText` as MessageKey, { got: _short(last.data), text: _quote(wanted) }) : t(`${prefix}.whyNothing` as MessageKey);
        }
        if (check.kind !== 'peer_received' && check.exact !== undefined) {
          const exact = new TextEncoder().encode(check.exact);
          const shown = reprBytes(exact);
          wants.push(t(`${prefix}.wantExact` as MessageKey, { data: shown }));
          const ok = data.some((e) => Buffer.compare(Buffer.from(e.data), Buffer.from(exact)) === 0);
          if (!ok) why ??= last ? t(`${prefix}.whyExact` as MessageKey, { got: _short(last.data), data: shown }) : t(`${prefix}.whyNothing` as MessageKey);
        }
        if (check.calls !== undefined) {
          wants.push(t(`${prefix}.wantCalls` as MessageKey, { n: check.calls }));
          if (data.length < check.calls) why ??= data.length === 0 ? t(`${prefix}.whyNothing` as MessageKey) : t(`${prefix}.whyCalls` as MessageKey, { got: data.length, n: check.calls });
        }
        if (check.kind === 'peer_received' && check.clients !== undefined) {
          // Connections, not calls: the lesson's clients each got an answer (a concurrent server).
          wants.push(t('lessons.peer.wantClients', { n: check.clients }));
          const got = joined().filter((text) => wanted === undefined || text.includes(wanted)).length;
          if (got < check.clients) why ??= got === 0 ? t('lessons.peer.whyNothing') : t('lessons.peer.whyClients', { got, n: check.clients });
        }
        if (check.kind === 'learner_received' && check.empty) {
          wants.push(t('lessons.recv.wantEmpty'));
          if (!chunks.some((e) => e.data.length === 0)) why ??= t('lessons.recv.whyEmpty');
        }
        return out(why === undefined, wants.join(t('lessons.comma')), why);
      }
      case 'caught': {
        const error = check.errno === undefined ? check.error : `${check.error} [Errno ${check.errno}]`;
        const want = t('lessons.caught.want', { error });
        const errors = this.events.filter((e): e is Extract<LoggedEvent, { kind: 'error' }> => e.kind === 'error');
        const matches = (e: unknown) => _isA(e, check.error) && (check.errno === undefined || (e as { errno?: unknown }).errno === check.errno);
        if (errors.some((e) => matches(e.error))) return out(true, want);
        const last = errors[errors.length - 1];
        return out(false, want, last ? t('lessons.caught.whyOther', { got: formatException(last.error), error }) : t('lessons.caught.whyNone', { error }));
      }
      case 'all_closed': {
        const want = t('lessons.closed.want');
        const open = this.candidates({});
        if (open.length === 0 && this.ctx.history.all.length > 0) return out(true, want);
        if (open.length === 0) return out(false, want, t('lessons.closed.whyNone'));
        const list = open.map((c) => `fd ${c.info.fd} (${[_kindOf(c.info), _addr(c.info.laddr)].filter(Boolean).join(' ')})`).join(t('lessons.comma'));
        const fd = open[0]!.info.fd;
        return out(false, want, t(open.length === 1 ? 'lessons.closed.whyOne' : 'lessons.closed.whyMany', { n: open.length, list, fd }));
      }
      case 'socket_count': {
        const socket = _describeSelector(check.socket, ports);
        const n = this.candidates(check.socket).filter((c) => this.mismatch(c, check.socket) === undefined).length;
        if (check.count !== undefined) {
          const want = t('lessons.count.wantExact', { n: check.count, socket });
          return n === check.count ? out(true, want) : out(false, want, t(n === 1 ? 'lessons.count.whyOne' : 'lessons.count.why', { got: n, want: check.count }));
        }
        const want = t('lessons.count.wantAtLeast', { n: check.at_least!, socket });
        return n >= check.at_least! ? out(true, want) : out(false, want, t(n === 1 ? 'lessons.count.whyOne' : 'lessons.count.why', { got: n, want: check.at_least! }));
      }
      case 'variable': {
        const want = check.type ? t('lessons.var.wantType', { name: check.name, type: check.type }) : t('lessons.var.want', { name: check.name });
        if (!this.ctx.variable) return out(false, want, t('lessons.var.whyHidden'));
        const v = this.ctx.variable(check.name);
        if (!v.defined) return out(false, want, t('lessons.var.whyUndefined', { name: check.name }));
        if (check.type && !_isType(v.value, check.type)) return out(false, want, t('lessons.var.whyType', { name: check.name, got: pyTypeName(v.value), type: check.type }));
        return out(true, want);
      }
    }
  }
}

/** Whether an error is of the Python class `name` or a subclass (walks the JS prototype chain). */
function _isA(error: unknown, name: string): boolean {
  for (let p = error as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const ctor = (p as { constructor?: { name?: string } }).constructor;
    if (Object.prototype.hasOwnProperty.call(p, 'constructor') && ctor?.name === name) return true;
  }
  return false;
}

function _isType(value: unknown, type: VariableType): boolean {
  switch (type) {
    case 'socket': return value instanceof Socket;
    case 'tuple': return isTuple(value);
    case 'list': return Array.isArray(value) && !isTuple(value);
    case 'None': return value === undefined || value === null;
    default: return pyTypeName(value) === type;
  }
}
