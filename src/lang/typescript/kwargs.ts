// Python keyword arguments typed into the REPL. In JavaScript `create_connection(addr, timeout=5)`
// is an assignment to a global `timeout` (which is socket.timeout) and passes 5 by position.
// rewrite.ts turns a keyword argument to a socket API call into `kw('timeout', 5)` and the call
// into `kwcall(target, 'name', ...args)`; here the call finds the function it is really calling
// and binds the keywords as CPython does, with CPython's TypeError messages.
import { bytes, pyTypeName, Socket } from '../../socket/index.ts';
import { NO_KEYWORDS_FUNCTIONS, NO_KEYWORDS_METHODS } from '../../socket/keywords.ts';

/** One `name=value` keyword argument, as rewrite.ts passes it. */
export class Kwarg {
  constructor(readonly name: string, readonly value: unknown) {}
}

export function kw(name: string, value: unknown): Kwarg {
  return new Kwarg(name, value);
}

/** How a function takes keywords; `label` is how CPython names it in messages. */
type _Signature =
  | { kind: 'none'; label: string }
  /** Every parameter can also be passed by name; `style` picks CPython's wording. */
  | { kind: 'params'; label: string; params: readonly string[]; style: 'def' | 'builtin' }
  /** create_server(address, *, family, backlog, ...): keywords become the options object. */
  | { kind: 'options'; label: string; params: readonly string[]; options: readonly string[] }
  | { kind: 'print' };

/** The Python names (of socket's functions) and the print with options that a learner calls. */
export interface KwargTargets {
  globals: Record<string, unknown>;
  printWith(options: { sep?: string; end?: string }, args: readonly unknown[]): undefined;
}

/** The names rewrite.ts treats as keyword-taking calls (the rest keep JavaScript's meaning). */
export const KEYWORD_CALLS: ReadonlySet<string> = new Set([
  'socket', 'create_connection', 'create_server', 'getaddrinfo', 'socketpair', 'fromfd', 'decode', 'encode',
  'print', 'input', 'sleep', 'str', 'int', 'float', 'accept', 'close', 'detach', 'recv_into', 'recvfrom_into',
  ...Object.keys(NO_KEYWORDS_METHODS), ...Object.keys(NO_KEYWORDS_FUNCTIONS),
]);

function _signatures(targets: KwargTargets): Map<unknown, _Signature> {
  const sigs = new Map<unknown, _Signature>();
  const proto = Socket.prototype as unknown as Record<string, unknown>;
  for (const [name, label] of Object.entries(NO_KEYWORDS_METHODS)) sigs.set(proto[name], { kind: 'none', label });
  for (const name of ['accept', 'close', 'detach']) sigs.set(proto[name], { kind: 'params', label: `socket.${name}()`, params: [], style: 'def' });
  sigs.set(proto.recv_into, { kind: 'params', label: 'recv_into()', params: ['buffer', 'nbytes', 'flags'], style: 'builtin' });
  sigs.set(proto.recvfrom_into, { kind: 'params', label: 'recvfrom_into()', params: ['buffer', 'nbytes', 'flags'], style: 'builtin' });

  const module = targets.globals.socket as Record<string, unknown>;
  const def = (name: string, params: string[]) => sigs.set(module[name], { kind: 'params', label: `${name}()`, params, style: 'def' });
  const init: _Signature = { kind: 'params', label: 'socket.__init__()', params: ['family', 'type', 'proto', 'fileno'], style: 'def' };
  sigs.set(module.socket, init);
  sigs.set(module, init); // socket(...) after `from socket import *`
  def('create_connection', ['address', 'timeout', 'source_address']);
  def('getaddrinfo', ['host', 'port', 'family', 'type', 'proto', 'flags']);
  def('socketpair', ['family', 'type', 'proto']);
  def('fromfd', ['fd', 'family', 'type', 'proto']);
  sigs.set(module.create_server, { kind: 'options', label: 'create_server()', params: ['address'], options: ['family', 'backlog', 'reuse_port', 'dualstack_ipv6'] });
  for (const [name, label] of Object.entries(NO_KEYWORDS_FUNCTIONS)) sigs.set(module[name], { kind: 'none', label });

  sigs.set((bytes.prototype as unknown as Record<string, unknown>).decode, { kind: 'params', label: 'decode()', params: ['encoding', 'errors'], style: 'builtin' });
  sigs.set((String.prototype as unknown as Record<string, unknown>).encode, { kind: 'params', label: 'encode()', params: ['encoding', 'errors'], style: 'builtin' });
  sigs.set(targets.globals.print, { kind: 'print' });
  sigs.set(targets.globals.input, { kind: 'none', label: 'input()' });
  sigs.set(targets.globals.str, { kind: 'params', label: 'str()', params: ['object', 'encoding', 'errors'], style: 'builtin' });
  sigs.set(targets.globals.int, { kind: 'params', label: 'int()', params: ['', 'base'], style: 'builtin' }); // x is positional-only
  sigs.set(targets.globals.float, { kind: 'none', label: 'float()' });
  sigs.set(targets.globals.sleep, { kind: 'none', label: 'time.sleep()' });
  sigs.delete(undefined);
  return sigs;
}

/** Binds positional and keyword arguments to `params` as CPython does, or throws its TypeError. */
function _bind(sig: Extract<_Signature, { kind: 'params' | 'options' }>, positional: unknown[], keywords: Kwarg[]): unknown[] {
  const args: unknown[] = [...positional];
  const style = sig.kind === 'params' ? sig.style : 'def';
  for (const { name, value } of keywords) {
    const at = sig.params.indexOf(name);
    if (at < 0) {
      throw new TypeError(style === 'builtin'
        ? `'${name}' is an invalid keyword argument for ${sig.label}`
        : `${sig.label} got an unexpected keyword argument '${name}'`);
    }
    if (at < positional.length) {
      throw new TypeError(style === 'builtin'
        ? `argument for ${sig.label} given by name ('${name}') and position (${at + 1})`
        : `${sig.label} got multiple values for argument '${name}'`);
    }
    args[at] = value;
  }
  // A gap left by a skipped parameter takes its default, as undefined does in JavaScript.
  return Array.from({ length: args.length }, (_, i) => args[i]);
}

/** Makes the `kwcall` the rewritten lines call. */
export function createKwcall(targets: KwargTargets) {
  let signatures: Map<unknown, _Signature> | undefined;
  return function kwcall(target: unknown, key: unknown, ...args: unknown[]): unknown {
    const method = typeof key === 'string';
    const self = method ? target : undefined;
    const fn = method ? (target as Record<string, unknown>)[key] : key;
    if (typeof fn !== 'function') {
      throw new TypeError(`${method ? key : 'value'} is not a function`);
    }
    const positional = args.filter((a) => !(a instanceof Kwarg));
    const keywords = args.filter((a): a is Kwarg => a instanceof Kwarg);
    signatures ??= _signatures(targets);
    const sig = signatures.get(fn);
    if (!sig) return Reflect.apply(fn, self, [...positional, ...keywords.map((k) => k.value)]); // not ours: JavaScript's meaning
    switch (sig.kind) {
      case 'none':
        if (keywords.length) throw new TypeError(`${sig.label} takes no keyword arguments`);
        return Reflect.apply(fn, self, positional);
      case 'params':
        if (sig.style === 'builtin' && keywords.length > sig.params.length) {
          throw new TypeError(`${sig.label} takes at most ${sig.params.length} keyword argument${sig.params.length === 1 ? '' : 's'} (${keywords.length} given)`);
        }
        return Reflect.apply(fn, self, _bind(sig, positional, keywords));
      case 'options': {
        const options: Record<string, unknown> = {};
        const named: Kwarg[] = [];
        for (const k of keywords) {
          if (sig.options.includes(k.name)) options[k.name] = k.value;
          else named.push(k);
        }
        const bound = _bind(sig, positional.slice(0, sig.params.length), named);
        return Reflect.apply(fn, self, [...bound, ...(keywords.length > named.length ? [options] : positional.slice(sig.params.length))]);
      }
      case 'print': {
        const options: { sep?: string; end?: string } = {};
        for (const { name, value } of keywords) {
          if (name === 'flush') continue; // the REPL writes at once anyway
          if (name !== 'sep' && name !== 'end') throw new TypeError(`'${name}' is an invalid keyword argument for print()`);
          if (value === undefined || value === null) continue; // None: the default
          if (typeof value !== 'string') throw new TypeError(`${name} must be None or a string, not ${pyTypeName(value)}`);
          options[name] = value;
        }
        return targets.printWith(options, positional);
      }
    }
  };
}
