// socket.socket as a class object: `socket.socket.recv` (a method of the C type _socket.socket,
// `<method 'recv' of '_socket.socket' objects>`), `socket.socket.close` (a function of socket.py's
// subclass, `<function socket.close at 0x…>`), `socket.socket.family` (a property), and dir() of
// the class and of a socket, as CPython 3.11 lists them (`python3 -c 'import socket;
// print(dir(socket.socket))'`, copied as data).
import { pyRepr, repr } from '../../../socket/format.ts';
import { Socket } from '../../../socket/socket.ts';
import { PY_CLASS, bindMethod, invoke, isUserInstance } from './call.ts';
import { dunder } from './dunders.ts';
import { DESCRIPTOR_TYPE, classFunction, dataDescriptor, methodDescriptor } from './descriptors.ts';
import { addressOf } from './ids.ts';

export const SOCKET_DIR: readonly string[] = [
  '__class__', '__del__', '__delattr__', '__dir__', '__doc__', '__enter__', '__eq__', '__exit__', '__format__', '__ge__',
  '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__',
  '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__slots__', '__str__',
  '__subclasshook__', '__weakref__', '_accept', '_check_sendfile_params', '_closed', '_decref_socketios', '_io_refs',
  '_real_close', '_sendfile_use_send', '_sendfile_use_sendfile', 'accept', 'bind', 'close', 'connect', 'connect_ex', 'detach',
  'dup', 'family', 'fileno', 'get_inheritable', 'getblocking', 'getpeername', 'getsockname', 'getsockopt', 'gettimeout',
  'listen', 'makefile', 'proto', 'recv', 'recv_into', 'recvfrom', 'recvfrom_into', 'recvmsg', 'recvmsg_into', 'send',
  'sendall', 'sendfile', 'sendmsg', 'sendmsg_afalg', 'sendto', 'set_inheritable', 'setblocking', 'setsockopt', 'settimeout',
  'shutdown', 'timeout', 'type',
];

/** The methods _socket.socket (Modules/socketmodule.c) defines; the socket class of socket.py inherits them. */
const _C_METHODS = new Set([
  'bind', 'connect', 'connect_ex', 'fileno', 'getblocking', 'getpeername', 'getsockname', 'getsockopt', 'gettimeout', 'listen',
  'recv', 'recv_into', 'recvfrom', 'recvfrom_into', 'recvmsg', 'recvmsg_into', 'send', 'sendall', 'sendmsg', 'sendto',
  'setblocking', 'setsockopt', 'settimeout', 'shutdown',
]);

/** The methods socket.py's class socket defines in Python over them. */
const _PY_FUNCTIONS = new Set(['__enter__', '__exit__', '__getstate__', '__init__', '__repr__', 'accept', 'close', 'detach', 'dup', 'get_inheritable', 'makefile', 'sendfile', 'set_inheritable']);

const _DATA: Record<string, ['property' | 'member_descriptor' | 'getset_descriptor', string]> = {
  family: ['property', 'socket'],
  type: ['property', 'socket'],
  proto: ['member_descriptor', '_socket.socket'],
  timeout: ['getset_descriptor', '_socket.socket'],
};

const _isSocket = (x: unknown): boolean => x instanceof Socket;
const _hasMethod = (name: string): boolean => typeof Object.getOwnPropertyDescriptor(Socket.prototype, name)?.value === 'function';

const _attributes = new Map<string, unknown>();

/** The method `name` of the TypeScript class under an instance's Python classes (socket-base.ts's, then Socket's). */
function _socketMethod(obj: object, name: string): Function | undefined {
  let p = Object.getPrototypeOf(obj) as object | null;
  while (p && (p.constructor as unknown as Record<symbol, unknown>)[PY_CLASS]) p = Object.getPrototypeOf(p) as object | null;
  const f = (p as Record<string, unknown> | null)?.[name];
  return typeof f === 'function' ? f : undefined;
}

/**
 * `socket.socket.name`, or undefined when socklab's sockets have no such attribute. A method
 * called through it reads the method off its first argument, as `s.recv(1024)` would.
 */
export function socketClassAttribute(name: string, getattr: (obj: unknown, name: string) => unknown): unknown {
  const known = _attributes.get(name);
  if (known !== undefined) return known;
  const call = (args: unknown[], kw: Record<string, unknown> | undefined): unknown => {
    // A Python subclass's instance: socket's own method, not the subclass's override of it
    // (`socket.socket.__init__(self, …)` in the subclass's own __init__).
    const own = isUserInstance(args[0]) ? _socketMethod(args[0] as object, name) : undefined;
    const f = own !== undefined ? bindMethod(own, args[0]) : getattr(args[0], name);
    // A class's __getattr__ answered (its result deferred, dunders.ts): called once it is there.
    if (f === undefined) return dunder()!.then((g) => invoke(g, undefined, args.slice(1), kw));
    return invoke(f, undefined, args.slice(1), kw);
  };
  let made: unknown;
  if (_C_METHODS.has(name) && _hasMethod(name)) made = methodDescriptor('_socket.socket', 'socket', name, false, _isSocket, call);
  else if (_PY_FUNCTIONS.has(name) && (_hasMethod(name) || name === '__init__')) made = classFunction('socket', name, call);
  else if (Object.hasOwn(_DATA, name)) made = dataDescriptor(_DATA[name]![0], _DATA[name]![1], name);
  if (made !== undefined) _attributes.set(name, made);
  return made;
}

/**
 * A socket's method, bound (`s.recv`), as CPython shows it: a C method is a builtin method
 * (`<built-in method recv of socket object at 0x…>`, type builtin_function_or_method), one of
 * socket.py's a bound method (`<bound method socket.close of <socket.socket …>>`, the socket's
 * repr as it is when shown).
 */
export function showAsSocketMethod(bound: Function, name: string, self: Socket): void {
  if (_C_METHODS.has(name)) {
    Object.defineProperty(bound, pyRepr, { value: () => `<built-in method ${name} of socket object at ${addressOf(self)}>` });
    Object.defineProperty(bound, DESCRIPTOR_TYPE, { value: 'builtin_function_or_method' });
  } else if (_PY_FUNCTIONS.has(name)) {
    Object.defineProperty(bound, pyRepr, { value: () => `<bound method socket.${name} of ${repr(self)}>` });
  }
}
