// getaddrinfo(3) through libc, synchronously (numeric hosts, /etc/hosts names for bind) or on
// the threadpool (DNS may take seconds and must not block the event loop); getnameinfo(3) on the
// threadpool too (a reverse lookup may ask DNS).
import { libc } from './libc.ts';
import { packSockAddr, unpackSockAddr, type SockAddr } from './sockaddr.ts';
import { EAI } from './platform.ts';

export interface AddrInfoHints {
  family?: number;
  socktype?: number;
  protocol?: number;
  flags?: number;
}

export interface AddrInfo {
  family: number;
  socktype: number;
  protocol: number;
  canonname: string;
  addr: SockAddr;
}

/** A failed lookup: `code` is the EAI_* value, `errno` is set for EAI_SYSTEM. */
export interface AddrInfoFailure {
  code: number;
  errno: number;
}

function _hints(h: AddrInfoHints) {
  return {
    ai_flags: h.flags ?? 0,
    ai_family: h.family ?? 0,
    ai_socktype: h.socktype ?? 0,
    ai_protocol: h.protocol ?? 0,
    ai_addrlen: 0,
    ai_addr: null,
    ai_canonname: null,
    ai_next: null,
  };
}

function _walk(head: unknown): AddrInfo[] {
  const { koffi, addrinfo } = libc();
  const out: AddrInfo[] = [];
  let node = head;
  try {
    while (node) {
      const ai = koffi.decode(node, addrinfo) as {
        ai_family: number; ai_socktype: number; ai_protocol: number; ai_addrlen: number;
        ai_addr: unknown; ai_canonname: string | null; ai_next: unknown;
      };
      const raw = Uint8Array.from(koffi.decode(ai.ai_addr, 'uint8_t', ai.ai_addrlen) as number[]);
      const addr = unpackSockAddr(raw, ai.ai_addrlen);
      if (addr) {
        out.push({ family: ai.ai_family, socktype: ai.ai_socktype, protocol: ai.ai_protocol, canonname: ai.ai_canonname ?? '', addr });
      }
      node = ai.ai_next;
    }
  } finally {
    if (head) libc().freeaddrinfo(head);
  }
  return out;
}

export function getaddrinfoSync(host: string | null, service: string | null, hints: AddrInfoHints = {}): AddrInfo[] | AddrInfoFailure {
  const res: unknown[] = [null];
  const code = libc().getaddrinfo(host, service, _hints(hints), res);
  if (code !== 0) return { code, errno: code === EAI.EAI_SYSTEM ? libc().errno() : 0 };
  return _walk(res[0]);
}

export function getaddrinfoAsync(host: string | null, service: string | null, hints: AddrInfoHints = {}): Promise<AddrInfo[] | AddrInfoFailure> {
  return new Promise((resolve, reject) => {
    const res: unknown[] = [null];
    libc().getaddrinfo.async(host, service, _hints(hints), res, (err: unknown, code: number) => {
      if (err) return reject(err);
      if (code !== 0) return resolve({ code, errno: code === EAI.EAI_SYSTEM ? libc().errno() : 0 });
      try {
        resolve(_walk(res[0]));
      } catch (e) {
        reject(e);
      }
    });
  });
}

export function isAddrInfoFailure(x: AddrInfo[] | AddrInfoFailure): x is AddrInfoFailure {
  return !Array.isArray(x);
}

// <netdb.h>'s NI_MAXHOST and NI_MAXSERV, the buffers CPython's getnameinfo() passes.
const _NI_MAXHOST = 1025;
const _NI_MAXSERV = 32;

/** getnameinfo(3) of an address: its host and service as names (or numbers, by `flags`: NI_*). */
export function getnameinfoAsync(addr: SockAddr, flags: number): Promise<{ host: string; service: string } | AddrInfoFailure> {
  const sa = packSockAddr(addr);
  const host = Buffer.alloc(_NI_MAXHOST);
  const service = Buffer.alloc(_NI_MAXSERV);
  const text = (b: Buffer) => b.subarray(0, Math.max(0, b.indexOf(0))).toString('utf8');
  return new Promise((resolve, reject) => {
    libc().getnameinfo.async(sa, sa.length, host, host.length, service, service.length, flags, (err: unknown, code: number) => {
      if (err) return reject(err);
      if (code !== 0) return resolve({ code, errno: code === EAI.EAI_SYSTEM ? libc().errno() : 0 });
      resolve({ host: text(host), service: text(service) });
    });
  });
}
