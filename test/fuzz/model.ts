// The fuzzer's vocabulary: hostile argument values and socket calls, each of which can be written
// as Python source (for python3) and turned into JavaScript values (for socklab, in-process).
// Nothing here resolves a name or reaches beyond loopback: hosts are numeric, '', 'localhost'
// (from /etc/hosts) or carry a NUL; AF_UNIX paths live under a per-run temp dir.
import fc from 'fast-check';

/** A Python value the fuzzer passes as an argument. */
export type Value =
  | { k: 'int'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'none' }
  | { k: 'bool'; v: boolean }
  | { k: 'str'; v: string }
  | { k: 'bytes'; v: number[] }
  | { k: 'bytearray'; n: number }
  | { k: 'tuple'; items: Value[] }
  | { k: 'list' }
  | { k: 'path'; name: string }
  | { k: 'addrOf'; slot: number }
  | { k: 'const'; name: string };

/** One step of a sequence: make a socket in a slot, call a method on a slot, or a module function. */
export type Op =
  | { kind: 'new'; slot: number; args: Value[] }
  | { kind: 'call'; slot: number; method: string; args: Value[] }
  | { kind: 'module'; fn: string; args: Value[] };

export const SLOTS = 3;

const int = (v: bigint | number): Value => ({ k: 'int', v: BigInt(v) });
const float = (v: number): Value => ({ k: 'float', v });
const str = (v: string): Value => ({ k: 'str', v });
const none: Value = { k: 'none' };
const constant = (name: string): Value => ({ k: 'const', name });

const hostileInts = [0, 1, -1, 2, 5, 2n ** 31n, 2n ** 32n, 2n ** 40n, 2n ** 63n, -(2n ** 63n), 2n ** 64n, 65536].map(int);
// (No 1e300 here: a JS number that large is an int to socklab, and a float to Python.)
const hostileFloats = [1.5, NaN, Infinity, -Infinity, -0.5].map(float);
// Strings that an AF_UNIX socket takes as paths must not create files: a directory that is not there.
const hostileOthers: Value[] = [none, { k: 'bool', v: true }, str(''), str('/no-such-dir/a'), str('/no-such-dir/a\0b'), { k: 'bytes', v: [] }, { k: 'bytes', v: [120] }, { k: 'list' }];
/** Anything at all: the argument a learner should not have passed. */
const anyValue = fc.constantFrom(...hostileInts, ...hostileFloats, ...hostileOthers);

const hosts: Value[] = ['127.0.0.1', '::1', '', 'localhost', '0.0.0.0', '127.0.0.1\0x'].map(str);
// No fixed port: one bound and connected by an earlier sequence (on either side) stays in TIME_WAIT.
const ports: Value[] = [int(0), int(65536), int(-1), str('80'), float(1.5)];
const ipAddress = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...hosts), fc.constantFrom(...ports)).map(([h, p]): Value => ({ k: 'tuple', items: [h, p] })) },
  { weight: 3, arbitrary: fc.nat(SLOTS - 1).map((slot): Value => ({ k: 'addrOf', slot })) },
  { weight: 1, arbitrary: fc.constantFrom<Value>({ k: 'tuple', items: [str('127.0.0.1')] }, { k: 'tuple', items: [str('::1'), int(0), int(0), int(0)] }, { k: 'tuple', items: [{ k: 'bytes', v: [...Buffer.from('127.0.0.1')] }, int(0)] }) },
);
const unixAddress = fc.constantFrom<Value>({ k: 'path', name: 'a' }, { k: 'path', name: 'b' }, str(''), str('\0socklab-fuzz'), { k: 'bytes', v: [] });
const address = fc.oneof({ weight: 6, arbitrary: ipAddress }, { weight: 2, arbitrary: unixAddress }, { weight: 1, arbitrary: anyValue });

const size = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(int(0), int(1), int(16), int(1024), int(65536)) }, { weight: 2, arbitrary: anyValue });
const data = fc.oneof({ weight: 3, arbitrary: fc.constantFrom<Value>({ k: 'bytes', v: [104, 105] }, { k: 'bytes', v: [] }, { k: 'bytearray', n: 3 }) }, { weight: 1, arbitrary: anyValue });
// Timeouts that cannot block for long (None and big values would make both sides hang alike).
const timeout = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(float(0.01), int(0), float(0.02)) }, { weight: 2, arbitrary: fc.constantFrom(float(NaN), float(Infinity), float(-Infinity), float(1e300), int(-1), str('x'), { k: 'bytes', v: [] } as Value, int(2n ** 63n)) });
const blockingFlag = fc.constantFrom<Value>({ k: 'bool', v: false }, int(0), none, str('x'), float(1.5));
const level = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(constant('SOL_SOCKET'), constant('IPPROTO_TCP')) }, { weight: 1, arbitrary: anyValue });
const option = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(constant('SO_REUSEADDR'), constant('SO_TYPE'), constant('SO_ERROR'), constant('SO_RCVBUF'), constant('TCP_NODELAY')) }, { weight: 1, arbitrary: anyValue });
const optValue = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(int(1), int(0), { k: 'bytes', v: [1, 0, 0, 0] } as Value) }, { weight: 2, arbitrary: anyValue });
const family = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(constant('AF_INET'), constant('AF_INET6'), constant('AF_UNIX')) }, { weight: 1, arbitrary: anyValue });
const sockType = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(constant('SOCK_STREAM'), constant('SOCK_DGRAM')) }, { weight: 1, arbitrary: anyValue });
const how = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(constant('SHUT_RD'), constant('SHUT_WR'), constant('SHUT_RDWR')) }, { weight: 1, arbitrary: anyValue });

const noArgs = fc.constant<Value[]>([]);
/** Each method's usual argument lists; any of them may instead get one argument too many or too few. */
const methods: Record<string, fc.Arbitrary<Value[]>> = {
  bind: fc.tuple(address),
  connect: fc.tuple(address),
  connect_ex: fc.tuple(address),
  listen: fc.oneof(noArgs, fc.tuple(size)),
  accept: noArgs,
  recv: fc.oneof(fc.tuple(size), fc.tuple(size, fc.constantFrom(int(0), constant('MSG_PEEK'), int(2n ** 31n), int(-1), none))),
  recvfrom: fc.tuple(size),
  recv_into: fc.oneof(fc.tuple(fc.constantFrom<Value>({ k: 'bytearray', n: 4 }, { k: 'bytearray', n: 0 }, { k: 'bytes', v: [1] }, none)), fc.tuple(fc.constant<Value>({ k: 'bytearray', n: 4 }), size)),
  send: fc.tuple(data),
  sendall: fc.tuple(data),
  sendto: fc.tuple(data, address),
  shutdown: fc.tuple(how),
  close: noArgs,
  fileno: noArgs,
  getsockname: noArgs,
  getpeername: noArgs,
  setsockopt: fc.oneof(fc.tuple(level, option, optValue), fc.tuple(level, option, fc.constant(none), size)),
  getsockopt: fc.oneof(fc.tuple(level, option), fc.tuple(level, option, size)),
  settimeout: fc.tuple(timeout),
  setblocking: fc.tuple(blockingFlag),
  gettimeout: noArgs,
  getblocking: noArgs,
};

const moduleFunctions: Record<string, fc.Arbitrary<Value[]>> = {
  setdefaulttimeout: fc.tuple(timeout),
  bytes: fc.tuple(fc.oneof(fc.constantFrom(int(0), int(3), int(2n ** 40n), int(-1), int(2n ** 63n)), anyValue)),
  sleep: fc.tuple(fc.constantFrom(float(NaN), float(Infinity), float(1e300), int(-1), str('x'), int(0), none)),
  inet_aton: fc.tuple(fc.constantFrom(str('1.2.3.4'), str('1.2.3.4\0'), str('256.0.0.1'), str(''), int(1))),
  fromfd: fc.tuple(fc.constantFrom(int(-1), int(2n ** 31n), none, str('x')), family, sockType),
};

/** Drops or adds an argument now and then, so arity errors are exercised too. */
function withArity(args: fc.Arbitrary<Value[]>): fc.Arbitrary<Value[]> {
  return fc.tuple(args, fc.integer({ min: 0, max: 9 }), anyValue).map(([list, roll, extra]) => {
    if (roll === 0 && list.length > 0) return list.slice(0, -1);
    if (roll === 1) return [...list, extra];
    return list;
  });
}

const slot = fc.nat(SLOTS - 1);
export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.tuple(slot, family, sockType).map(([s, f, t]): Op => ({ kind: 'new', slot: s, args: [f, t] })) },
  {
    weight: 12,
    arbitrary: fc.tuple(slot, fc.constantFrom(...Object.keys(methods))).chain(([s, method]) =>
      withArity(methods[method] as fc.Arbitrary<Value[]>).map((args): Op => ({ kind: 'call', slot: s, method, args }))),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...Object.keys(moduleFunctions)).chain((fn) =>
      withArity(moduleFunctions[fn] as fc.Arbitrary<Value[]>).map((args): Op => ({ kind: 'module', fn, args }))),
  },
);

/** The sockets every sequence starts with (slot i), then 1 to `maxOps` random steps. */
export const START: readonly (readonly [string, string])[] = [['AF_INET', 'SOCK_STREAM'], ['AF_INET', 'SOCK_DGRAM'], ['AF_UNIX', 'SOCK_STREAM']];

export function sequenceArbitrary(maxOps: number): fc.Arbitrary<Op[]> {
  return fc.array(opArbitrary, { minLength: 1, maxLength: maxOps });
}

// ---- Python source ------------------------------------------------------------------------

function pyStr(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\0/g, '\\x00')}'`;
}

export function toPython(v: Value): string {
  switch (v.k) {
    case 'int': return v.v < 0n ? `(${v.v})` : String(v.v);
    case 'float': return Number.isNaN(v.v) ? "float('nan')" : v.v === Infinity ? "float('inf')" : v.v === -Infinity ? "float('-inf')" : `(${String(v.v).replace('e+', 'e')})`;
    case 'none': return 'None';
    case 'bool': return v.v ? 'True' : 'False';
    case 'str': return pyStr(v.v);
    case 'bytes': return `bytes([${v.v.join(', ')}])`;
    case 'bytearray': return `bytearray(${v.n})`;
    case 'tuple': return `(${v.items.map(toPython).join(', ')}${v.items.length === 1 ? ',' : ''})`;
    case 'list': return '[]';
    case 'path': return `os.path.join(D, ${pyStr(v.name)})`;
    case 'addrOf': return `s[${v.slot}].getsockname()`;
    case 'const': return v.name;
  }
}

export function opToPython(op: Op): string {
  const args = op.args.map(toPython).join(', ');
  switch (op.kind) {
    case 'new': return `new(${op.slot}, ${args})`;
    case 'call': return op.method === 'fileno' ? `s[${op.slot}].fileno(${args}) >= 0` : `s[${op.slot}].${op.method}(${args})`;
    case 'module': return op.fn === 'bytes' ? `bytes(${args})` : op.fn === 'sleep' ? `time.sleep(${args})` : `socket.${op.fn}(${args})`;
  }
}
