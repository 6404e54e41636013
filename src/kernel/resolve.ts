// getaddrinfo(3) through libc, synchronously (numeric hosts, /etc/hosts names for bind) or on
// the threadpool (DNS may take seconds and must not block the event loop).
import { libc } from './libc.ts';
import { unpackSockAddr, type SockAddr } from './sockaddr.ts';
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
