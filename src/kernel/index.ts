export { libc, UnsupportedPlatformError } from './libc.ts';
export { CONSTANTS, ERRNO, EAI, FAMILY_NAMES, TYPE_NAMES, POLL, SUPPORTED } from './platform.ts';
export { packSockAddr, unpackSockAddr, parseNumericHost, formatNumericHost, type SockAddr } from './sockaddr.ts';
export * from './syscalls.ts';
export { getaddrinfoSync, getaddrinfoAsync, isAddrInfoFailure, type AddrInfo, type AddrInfoFailure, type AddrInfoHints } from './resolve.ts';
export { poller, PollFailure, type WaitResult } from './poller.ts';
export { KernelSnapshot, kernelSocketForFd, socketInode, TCP_STATES, type KernelSocket, type KernelState, type ProcNetTable } from './procnet.ts';
export { allowAloneWaits, BriefStart, BriefWait, waitSlice, waitsAlone } from './brief-wait.ts';
export { setDeadlineTimer } from './deadline-timer.ts';
