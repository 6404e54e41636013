// socket.getnameinfo() and socket.gethostbyaddr(): an address back to names, as
// Modules/socketmodule.c (CPython 3.11) does it. getnameinfo() reads its sockaddr tuple with
// PyArg "si|II", makes it a sockaddr with a numeric getaddrinfo(3) (so a name is a gaierror, and
// glibc wraps a port past 65535), then asks getnameinfo(3). gethostbyaddr() resolves its
// argument as setipaddr() does and asks for the name that owns the address (/etc/hosts first):
// here getnameinfo(3) with NI_NAMEREQD, which glibc answers through the same gethostbyaddr_r;
// the aliases, which only gethostbyaddr_r lists, are not read.
import { CONSTANTS, EAI, getaddrinfoAsync, getnameinfoAsync, isAddrInfoFailure, parseNumericHost, type SockAddr } from '../kernel/index.ts';
import { asCInt, asIndex, checkArity } from './args.ts';
import { gaiError } from './errno.ts';
import { OSError, OverflowError, herror } from './exceptions.ts';
import { pyTypeName } from './pytype.ts';
import { isTuple, tuple } from './tuple.ts';

const { AF_INET, AF_INET6, SOCK_DGRAM, AI_NUMERICHOST, NI_NAMEREQD } = CONSTANTS;

const _ILLEGAL = 'getnameinfo(): illegal sockaddr argument';

/** PyArg "I": an int, masked to an unsigned C int (no overflow check). */
const _unsignedMask = (x: unknown): number => Number(BigInt(asIndex(x)) & 0xffffffffn);

/** `socket.getnameinfo(sockaddr, flags)` → (host, port) as text. */
export async function getnameinfo(given: number, sockaddr: unknown, flags: unknown): Promise<readonly [string, string]> {
  checkArity('getnameinfo', given, 2, 2, 'exactly');
  const niFlags = asCInt(flags);
  if (!isTuple(sockaddr)) throw new TypeError('getnameinfo() argument 1 must be a tuple');
  if (sockaddr.length < 2 || sockaddr.length > 4 || typeof sockaddr[0] !== 'string') throw new TypeError(_ILLEGAL);
  const host = sockaddr[0];
  const port = asCInt(sockaddr[1]);
  const flowinfo = sockaddr.length > 2 ? _unsignedMask(sockaddr[2]) : 0;
  const scopeId = sockaddr.length > 3 ? _unsignedMask(sockaddr[3]) : 0;
  if (flowinfo > 0xfffff) throw new OverflowError('getnameinfo(): flowinfo must be 0-1048575.');
  const found = await getaddrinfoAsync(host, String(port), { socktype: SOCK_DGRAM, flags: AI_NUMERICHOST });
  if (isAddrInfoFailure(found)) throw gaiError(found.code, found.errno);
  if (found.length > 1) throw new OSError('sockaddr resolved to multiple addresses');
  let addr = found[0]!.addr;
  if (addr.family === AF_INET && sockaddr.length !== 2) throw new OSError('IPv4 sockaddr must be 2 tuple');
  if (addr.family === AF_INET6) addr = { ...addr, flowinfo, scopeId };
  const names = await getnameinfoAsync(addr, niFlags);
  if ('code' in names) throw gaiError(names.code, names.errno);
  return tuple(names.host, names.service) as readonly [string, string];
}

/** setipaddr() for AF_UNSPEC: a numeric address as it is, `<broadcast>`, or a name's first address. */
async function _address(name: string): Promise<SockAddr> {
  // The wildcard: getaddrinfo(NULL, "0", AI_PASSIVE) for any family finds 0.0.0.0 and ::.
  if (name === '') throw new OSError('wildcard resolved to multiple address');
  if (name === '<broadcast>' || name === '255.255.255.255') return { family: AF_INET, host: '255.255.255.255', port: 0 };
  if (parseNumericHost(AF_INET, name)) return { family: AF_INET, host: name, port: 0 };
  if (parseNumericHost(AF_INET6, name)) return { family: AF_INET6, host: name, port: 0, flowinfo: 0, scopeId: 0 };
  const found = await getaddrinfoAsync(name, null, {});
  if (isAddrInfoFailure(found)) throw gaiError(found.code, found.errno);
  const first = found[0];
  if (!first) throw gaiError(EAI.EAI_NONAME);
  return first.addr;
}

/** `socket.gethostbyaddr(ip_address)` → (hostname, aliaslist, ipaddrlist). */
export async function gethostbyaddr(given: number, ip: unknown): Promise<readonly [string, string[], string[]]> {
  checkArity('gethostbyaddr', given, 1, 1, 'exactly');
  let text: string;
  if (typeof ip === 'string') text = ip;
  else if (ArrayBuffer.isView(ip)) text = Buffer.from(ip.buffer, ip.byteOffset, ip.byteLength).toString('latin1');
  else throw new TypeError(`gethostbyaddr() argument 1 must be str, bytes or bytearray, not ${ip === undefined || ip === null ? 'None' : pyTypeName(ip)}`);
  if (text.includes('\0')) throw new TypeError(`gethostbyaddr() argument 1 must be encoded string without null bytes, not ${pyTypeName(ip)}`);
  const addr = await _address(text);
  const names = await getnameinfoAsync(addr, NI_NAMEREQD);
  // h_errno as set_herror() words it: HOST_NOT_FOUND, or TRY_AGAIN when the resolver could not answer.
  if ('code' in names) throw names.code === EAI.EAI_AGAIN ? new herror(2, 'Host name lookup failure') : new herror(1, 'Unknown host');
  const host = 'host' in addr ? addr.host : '';
  return tuple(names.host, [], [host]) as readonly [string, string[], string[]];
}
