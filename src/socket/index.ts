export { CONSTANTS } from '../kernel/index.ts';
export { createSocketModule, type SocketModule, type SocketType, type AddrInfoTuple } from './module.ts';
export { createGlobals, sleep, type Globals, type GlobalsOptions } from './globals.ts';
export { Socket, answeredAtOnce, describeSocket, isSocketCall, keepUnobservedError, SOCKET_CALL, type SocketInfo, type SocketCall } from './socket.ts';
export { SocketSpace, type SocketEvent, type SocketEventKind, type LoggedEvent, type SocketState } from './space.ts';
export { withCancel, withCancelAtStart, runTask, currentSignal, currentTask } from './cancel.ts';
export { fromSockAddr, toSockAddr, type PyAddress } from './address.ts';
export * from './exceptions.ts';
export * from './values.ts';
