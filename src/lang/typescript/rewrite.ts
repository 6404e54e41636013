// The line rewriter: turns what a learner types into JavaScript that behaves the way the
// Python they are copying behaves, by inserting text at acorn node ranges (the rest of the line
// is kept byte for byte, so errors point at what was typed).
//
//  - Implicit await (mongosh's async rewriter, reduced): in the line's own code (loops and blocks
//    included, function and class bodies excluded) a call that may return a socket-API Promise,
//    `s.recv(1024)`, becomes `__sl_unbox(await __sl_box(s.recv(1024)))`. __sl_box hands the
//    value back untouched unless it is a socket-API Promise, so only those are awaited and a
//    learner's own Promise stays a Promise. A line with a top-level await runs in an async
//    function that resolves to `{ value }` (the value of its last expression statement).
//  - Top-level declarations become assignments to globals, `const [c, a] = x` →
//    `void ([c, a] = x)`, so they survive into later lines even in async lines, can be typed
//    again (a lesson step re-run), and `.reset` can delete them. Like Python, an assignment
//    prints nothing.
//  - Python tuples: `s.bind(('0.0.0.0', 9999))` is a comma expression in JavaScript and would
//    bind port 9999 of nothing; a parenthesised comma expression where a value is expected
//    becomes an array, and `data, addr = s.recvfrom(1024)` becomes `[data, addr] = ...`.
//  - Python keyword arguments: `create_connection(addr, timeout=5)` would assign the global
//    `timeout`; in a call to the socket API (by name) each `name=value` becomes
//    `__sl_kw('name', value)` and the call `__sl_kwcall(target, 'method', ...)`, which binds
//    them as CPython does (kwargs.ts). Elsewhere they keep JavaScript's meaning, with a note.
//  - printf-style formatting: `'%s:%d' % (host, port)` is NaN in JavaScript; with a string
//    literal on the left it becomes `__sl_pct('%s:%d', [host, port], true)`.
//  - Python's meaning where JavaScript's differs silently (pitfalls.ts has the run-time half):
//    bytes compared with ==/===, bytes tested for truth, `+` with bytes, `%` on a bytes literal,
//    and a blocking call without await inside a function (a note when it is defined, a warning
//    when the line ends while it still waits). A top-level break/continue is CPython's SyntaxError.
//  - Background calls: `handle(conn, addr)` as a statement in a line's loop (not awaited, not
//    the line's value) starts a task the way Python starts a thread; it runs as
//    `__sl_detach(() => handle(conn, addr))`, so Ctrl+C on the line does not cancel it.
//  - Loops: every loop body starts with a turn check. In the line's own code and in async
//    functions, `if (__sl_due()) await __sl_yield();` gives the event loop a macrotask turn
//    every few milliseconds, so a loop that never waits (`while (true) {}`, a recv loop getting
//    b'' at once, which only runs microtasks) leaves Ctrl+C, peers and handlers running. In a
//    synchronous function, where no await is possible, `__sl_check();` looks for Ctrl+C and
//    raises KeyboardInterrupt (evaluate.ts says how).
import { parse, type AnyNode, type CallExpression, type Expression, type Node, type Pattern, type Program, type SpreadElement, type Super } from 'acorn';
import { base, recursive, type RecursiveVisitors } from 'acorn-walk';
import { AWAITED_MODULE_CALLS } from '../../modules/index.ts';
import { KEYWORD_CALLS } from './kwargs.ts';
import { ADD, BYTES_PERCENT, CMP, DROP, NOTE, TEMPORARY, TRACK, TRUTH } from './pitfalls.ts';
import { BYTES_LITERAL } from './python-habits.ts';

/** Global names of the boxing helpers the rewritten code calls (installed by the evaluator). */
export const BOX = '__sl_box';
export const UNBOX = '__sl_unbox';
/** Global name of Python's `'%s' % x` string formatting (percent.ts). */
export const PERCENT = '__sl_pct';
/** Global name of the helper that runs a call in the background, out of the line's Ctrl+C scope. */
export const DETACH = '__sl_detach';
/** Global names of the keyword-argument helpers (kwargs.ts). */
export const KW = '__sl_kw';
export const KWCALL = '__sl_kwcall';
/** Global names of the loop turn checks (evaluate.ts). */
export const LOOP_DUE = '__sl_due';
export const LOOP_YIELD = '__sl_yield';
export const LOOP_CHECK = '__sl_check';

/**
 * Calls awaited where they stand: Python's blocking socket methods and module functions, plus
 * input() and sleep(), and the blocking calls of src/modules (select, join, readline, ...). Matched by name (`s.recv`, `socket.getaddrinfo`, `input`); the runtime
 * check in __sl_box decides whether a value is really awaited.
 */
export const AWAITED_CALLS: ReadonlySet<string> = new Set([
  'accept', 'connect', 'connect_ex', 'recv', 'recvfrom', 'recv_into', 'recvfrom_into', 'send',
  'sendall', 'sendto', 'input', 'sleep', 'create_connection', 'getaddrinfo', 'gethostbyname',
  'gethostbyname_ex', ...AWAITED_MODULE_CALLS,
]);

export interface Rewritten {
  /** JavaScript to run as a sloppy-mode script in the global scope. */
  code: string;
  /** The code evaluates to a Promise of `{ value }` (the line awaits something). */
  async: boolean;
  /** A Python tuple or `a, b = ...` was turned into an array. */
  tuples: boolean;
  /** A Python unpacking assignment `a, b = x` became `[a, b] = x`. */
  unpacking: boolean;
  /** A `name=value` argument was left as JavaScript reads it: an assignment (not a socket API call). */
  kwargs: boolean;
}

const _PARSE_OPTIONS = {
  ecmaVersion: 'latest',
  sourceType: 'script',
  allowAwaitOutsideFunction: true,
  allowHashBang: false,
  preserveParens: true,
} as const;

/** Parses `source` as a REPL line; throws acorn's SyntaxError when it is not JavaScript. */
export function parseLine(source: string): Program {
  return parse(source, _PARSE_OPTIONS);
}

/**
 * Rewrites one REPL input (a line, or the lines of a multi-line entry). Throws acorn's
 * SyntaxError when `source` is not JavaScript.
 */
export function rewriteLine(source: string): Rewritten {
  let src = source;
  let program: Program | undefined;
  // As node's REPL does: `{ a: 1 }` is an object literal, not a block.
  if (/^\s*\{/.test(src) && !/;\s*$/.test(src)) {
    const wrapped = `(${src.trim()})\n`;
    try {
      program = parseLine(wrapped);
      src = wrapped;
    } catch {
      program = undefined;
    }
  }
  try {
    program ??= parseLine(src);
  } catch (e) {
    const outside = _breakOutsideLoop(e);
    if (outside) return { code: outside, async: false, tuples: false, unpacking: false, kwargs: false };
    throw e;
  }
  return new _Rewriter(src, program).run();
}

// ---------------------------------------------------------------------------------------------

interface _Edit {
  pos: number;
  text: string;
  close: boolean;
  order: number;
}

/** Insertions and deletions at source positions, applied in one pass (magic-string, tiny). */
class _Edits {
  readonly #edits: _Edit[] = [];
  readonly #deleted: Array<[number, number]> = [];
  #inner = 0;
  #outer = 0;

  /** Text opening a node at `pos`: later calls nest inside earlier ones; `outer` ones outside all. */
  open(pos: number, text: string, outer = false): void {
    this.#edits.push({ pos, text, close: false, order: outer ? --this.#outer : ++this.#inner });
  }

  /** Text closing a node at `pos`, mirroring open(). */
  close(pos: number, text: string, outer = false): void {
    this.#edits.push({ pos, text, close: true, order: outer ? --this.#outer : ++this.#inner });
  }

  replace(start: number, end: number, text: string): void {
    this.#deleted.push([start, end]);
    this.open(start, text);
  }

  get size(): number {
    return this.#edits.length;
  }

  apply(src: string): string {
    const edits = [...this.#edits].sort((a, b) =>
      a.pos - b.pos ||
      (a.close === b.close ? (a.close ? b.order - a.order : a.order - b.order) : a.close ? -1 : 1));
    const deleted = (i: number) => this.#deleted.some(([s, e]) => i >= s && i < e);
    let out = '';
    let k = 0;
    for (let i = 0; i <= src.length; i++) {
      while (k < edits.length && edits[k]!.pos === i) out += edits[k++]!.text;
      if (i < src.length && !deleted(i)) out += src[i];
    }
    return out;
  }
}

interface _State {
  /** Inside a function or class body: no implicit await there. */
  fn: boolean;
  /** The name of the innermost function, when it has one. */
  name?: string;
  /** Inside an async function (await is allowed). */
  async?: boolean;
}

class _Rewriter {
  readonly #src: string;
  readonly #program: Program;
  readonly #edits = new _Edits();
  readonly #awaited = new Set<Node>();
  #awaits = false;
  #tuples = false;
  #unpacking = false;
  #kwargs = false;
  readonly #tupled = new Set<Node>();
  /** Blocking calls inside functions whose Promise is meant to be one (returned, chained with then, ...). */
  readonly #promised = new Set<Node>();
  /** Names given to function expressions by the variable they are assigned to. */
  readonly #functionNames = new Map<Node, string>();
  readonly #missingAwaits: Array<{ fn: string; call: string }> = [];
  /** Calls that are a whole expression statement: nothing can use their value. */
  readonly #statements = new Set<Node>();

  constructor(src: string, program: Program) {
    this.#src = src;
    this.#program = program;
  }

  run(): Rewritten {
    const body = this.#program.body;
    const top = new Set<Node>(body);
    for (const stmt of body) this.#topLevel(stmt);
    recursive<_State>(this.#program, { fn: false }, this.#visitors(top), base);

    const last = body.at(-1);
    const hoisted: string[] = [];
    if (this.#awaits) {
      // The line runs inside an async arrow function: give back its last value, and keep its
      // function declarations global (as node's REPL does for top-level await).
      if (last?.type === 'ExpressionStatement' && !this.#silent(last.expression)) {
        this.#edits.open(last.expression.start, 'return { value: (', true);
        this.#edits.close(last.expression.end, ') }', true);
      }
      for (const stmt of body) {
        if (stmt.type === 'FunctionDeclaration' && stmt.id) hoisted.push(`globalThis.${stmt.id.name} = ${stmt.id.name}; `);
      }
    }
    // `var` is hoisted: its names exist (keeping any value) before the line runs, so an
    // initialiser may mention them, as TypeScript's enums do: `var C = ((C) => ...)(C || {})`.
    const vars = body.flatMap((stmt) => (stmt.type === 'VariableDeclaration' && stmt.kind === 'var' ? stmt.declarations.flatMap((d) => patternNames(d.id)) : []));
    const varHoists = [...new Set(vars)].map((name) => `globalThis.${name} = globalThis.${name}; `).join('');
    let code = this.#edits.size ? this.#edits.apply(this.#src) : this.#src;
    if (this.#awaits) code = `(async () => { ${varHoists}${hoisted.join('')}${code}\n})()`;
    else code = `${varHoists}${code}`;
    code = `${this.#missingAwaitNotes()}${code}`;
    return { code, async: this.#awaits, tuples: this.#tuples, unpacking: this.#unpacking, kwargs: this.#kwargs };
  }

  /** Statements directly in the line: declarations become global assignments. */
  #topLevel(stmt: AnyNode): void {
    const e = this.#edits;
    if (stmt.type === 'VariableDeclaration') {
      const first = stmt.declarations[0];
      const last = stmt.declarations.at(-1);
      if (!first || !last) return;
      e.replace(stmt.start, first.start, 'void (');
      e.close(last.end, ')');
      for (const d of stmt.declarations) if (!d.init) e.close(d.id.end, ' = undefined');
    } else if (stmt.type === 'ClassDeclaration' && stmt.id) {
      e.open(stmt.start, `void (${stmt.id.name} = `);
      e.close(stmt.end, ')');
    }
  }

  /** An expression whose value Python would not print (assignments). */
  #silent(expr: Expression): boolean {
    const inner = this.#unparen(expr);
    return inner.type === 'AssignmentExpression' || this.#pythonUnpacking(inner) !== undefined;
  }

  #unparen(node: Expression): Expression {
    let n = node;
    while (n.type === 'ParenthesizedExpression') n = n.expression;
    return n;
  }

  /** `a, b = x` (Python's tuple unpacking) parsed as the comma expression `a, (b = x)`. */
  #pythonUnpacking(expr: Expression): { names: Expression[]; assign: Expression & { type: 'AssignmentExpression' } } | undefined {
    if (expr.type !== 'SequenceExpression') return undefined;
    const assign = expr.expressions.at(-1);
    if (assign?.type !== 'AssignmentExpression' || assign.operator !== '=') return undefined;
    if (assign.left.type !== 'Identifier' && assign.left.type !== 'MemberExpression') return undefined;
    const names = expr.expressions.slice(0, -1);
    if (!names.every((n) => n.type === 'Identifier' || n.type === 'MemberExpression')) return undefined;
    return { names, assign };
  }

  /** A Python tuple literal `(a, b)` where a value is expected becomes `[a, b]`. */
  #tuple(node: Expression | SpreadElement | Pattern | Super | null | undefined, note = true): void {
    if (node?.type !== 'ParenthesizedExpression' || node.expression.type !== 'SequenceExpression') return;
    if (this.#tupled.has(node)) return; // reached both as an unpacking's value and as an assignment's
    this.#tupled.add(node);
    if (note) this.#tuples = true;
    this.#edits.replace(node.start, node.start + 1, '[');
    this.#edits.replace(node.end - 1, node.end, ']');
    for (const item of node.expression.expressions) this.#tuple(item);
  }

  /** Python keyword arguments `f(a, name=value)`: bound by kwcall for the socket API's calls. */
  #keywords(call: CallExpression): void {
    const isKeyword = (a: Expression | SpreadElement): boolean =>
      a.type === 'AssignmentExpression' && a.operator === '=' && a.left.type === 'Identifier';
    const first = call.arguments.findIndex(isKeyword);
    if (first < 0) return;
    const name = this.#calleeName(call);
    const callee = call.callee;
    const keywords = call.arguments.slice(first);
    const known = name !== undefined && KEYWORD_CALLS.has(name) && !call.optional && keywords.every(isKeyword) &&
      (callee.type === 'Identifier' || (callee.type === 'MemberExpression' && !callee.computed && !callee.optional && callee.object.type !== 'Super'));
    if (!known) {
      this.#kwargs = true;
      return;
    }
    const paren = this.#src.indexOf('(', callee.end);
    if (callee.type === 'MemberExpression') {
      this.#edits.open(call.start, `${KWCALL}(`);
      this.#edits.replace(callee.object.end, paren + 1, `, '${name}', `);
    } else {
      this.#edits.open(call.start, `${KWCALL}(undefined, `);
      this.#edits.replace(paren, paren + 1, ', ');
    }
    for (const arg of keywords) {
      if (arg.type !== 'AssignmentExpression' || arg.left.type !== 'Identifier') continue;
      this.#edits.replace(arg.start, arg.right.start, `${KW}('${arg.left.name}', `);
      this.#edits.close(arg.end, ')');
    }
  }

  /** Starts a loop's body with the turn check (see the header). */
  #loopTurn(body: Node, st: _State): void {
    const check = !st.fn || st.async ? `if (${LOOP_DUE}()) await ${LOOP_YIELD}(); ` : `${LOOP_CHECK}(); `;
    if (!st.fn) this.#awaits = true;
    if (body.type === 'BlockStatement') {
      const spaced = /\s/.test(this.#src[body.start + 1] ?? '');
      this.#edits.open(body.start + 1, spaced ? ` ${check.trimEnd()}` : ` ${check}`);
    } else {
      this.#edits.open(body.start, `{ ${check}`);
      this.#edits.close(body.end, ' }');
    }
  }

  #calleeName(call: CallExpression): string | undefined {
    const callee = call.callee;
    if (callee.type === 'Identifier') return callee.name;
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
    return undefined;
  }

  // ---- Python habits that JavaScript reads silently otherwise (run-time half: pitfalls.ts) -----

  /** Visitors for the statements and expressions that test a value for truth (`if (data)`). */
  #truthTests(loop: (body: Node, st: _State) => void): RecursiveVisitors<_State> {
    const types = ['IfStatement', 'WhileStatement', 'DoWhileStatement', 'ForStatement', 'ConditionalExpression'] as const;
    return Object.fromEntries(types.map((type) => [type, (node: { test?: Expression | null; body?: Node }, st: _State, c: (n: Node, st: _State) => void) => {
      this.#truthTest(node.test);
      if (type !== 'IfStatement' && type !== 'ConditionalExpression') loop(node.body!, st);
      (base[type] as (n: unknown, st: _State, c: unknown) => void)(node, st, c);
    }]));
  }

  /** `if (data)`, `!data`: the tested value goes through __sl_truth, which notes bytes. */
  #truthTest(test: Expression | null | undefined): void {
    if (!test) return;
    const inner = this.#unparen(test);
    if (inner.type === 'Literal' || inner.type === 'BinaryExpression' || inner.type === 'LogicalExpression' || inner.type === 'UnaryExpression') return;
    if (inner.type === 'MemberExpression' && !inner.computed && inner.property.type === 'Identifier' && inner.property.name === 'length') return;
    this.#edits.open(test.start, `${TRUTH}((`);
    this.#edits.close(test.end, '))');
  }

  /** `a == b` through __sl_cmp (notes bytes compared by identity), `a + b` through __sl_add (Python's bytes +). */
  #bytesOperators(node: Expression & { type: 'BinaryExpression' }): void {
    const { operator, left, right } = node;
    const comparison = operator === '==' || operator === '===' || operator === '!=' || operator === '!==';
    if (!comparison && operator !== '+') return;
    if (left.type === 'PrivateIdentifier') return;
    if (comparison ? _cannotBeBytes(left) || _cannotBeBytes(right) : _isLiteral(left) && _isLiteral(right)) return;
    const op = this.#src.indexOf(operator, left.end);
    this.#edits.open(node.start, comparison ? `${CMP}((` : `${ADD}((`);
    this.#edits.replace(op, op + operator.length, comparison ? `), '${operator}', (` : '), (');
    this.#edits.close(node.end, '))');
  }

  /** `buf += data` as `buf = __sl_add(buf, data)` (a plain name only: a member target would be read twice). */
  #appendAssignment(node: Expression & { type: 'AssignmentExpression' }): void {
    if (node.operator !== '+=' || node.left.type !== 'Identifier' || _isLiteral(node.right)) return;
    const op = this.#src.indexOf('+=', node.left.end);
    this.#edits.replace(op, op + 2, `= ${ADD}(${node.left.name}, (`);
    this.#edits.close(node.end, '))');
  }

  /** `b'Hello, %s!' % data`: Python's bytes formatting instead of NaN. */
  #bytesPercent(node: Expression & { type: 'BinaryExpression' }): void {
    const left = node.left;
    if (left.type !== 'CallExpression' || left.callee.type !== 'Identifier' || left.callee.name !== BYTES_LITERAL) return;
    const tuple = node.right.type === 'ParenthesizedExpression' && node.right.expression.type === 'SequenceExpression';
    const op = this.#src.indexOf('%', left.end);
    this.#edits.open(node.start, `${BYTES_PERCENT}(`);
    this.#edits.replace(op, op + 1, ',');
    this.#edits.close(node.end, tuple ? ', true)' : ')');
    this.#tuple(node.right, false);
  }

  /** `socket.socket().getpeername()`: a socket no name holds, closed when the line ends (pitfalls.ts). */
  #temporarySocket(object: Expression): void {
    const call = this.#unparen(object);
    if (call.type !== 'CallExpression') return;
    const callee = call.callee;
    const made = (callee.type === 'Identifier' && callee.name === 'socket') ||
      (callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' && callee.object.name === 'socket' &&
        callee.property.type === 'Identifier' && callee.property.name === 'socket');
    if (!made) return;
    const line = this.#src.slice(0, call.start).split('\n').length;
    this.#edits.open(call.start, `${TEMPORARY}(`);
    this.#edits.close(call.end, `, ${line})`);
  }

  /** `Promise.all([s.recv(1), ...])`: those Promises are meant to be Promises. */
  #promiseCombinator(node: CallExpression): void {
    const callee = node.callee;
    if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || callee.object.name !== 'Promise') return;
    for (const arg of node.arguments) {
      const inner = arg.type === 'SpreadElement' ? arg.argument : arg;
      if (inner.type === 'ArrayExpression') for (const el of inner.elements) if (el && el.type !== 'SpreadElement') this.#promised.add(this.#unparen(el));
    }
  }

  /**
   * A blocking call inside a function with no await (`data = s.recv(1024)` in a handler): noted
   * when the function is defined, and watched (__sl_track) so a call left waiting is said loudly.
   */
  #missingAwait(node: CallExpression, name: string | undefined, st: _State): void {
    if (name === undefined || !AWAITED_CALLS.has(name) || this.#awaited.has(node) || this.#promised.has(node)) return;
    if (node.callee.type === 'Identifier' && !_BLOCKING_GLOBALS.has(name)) return; // a learner's own send(), not the socket's
    const typed = this.#src.slice(node.start, node.end);
    const call = typed.length <= 40 && !typed.includes('__sl_') ? typed : `${this.#src.slice(node.callee.start, node.callee.end)}(...)`;
    const fn = st.name === undefined ? 'function' : `${st.name}()`;
    if (!this.#missingAwaits.some((m) => m.fn === fn && m.call === call)) this.#missingAwaits.push({ fn, call });
    if (this.#statements.has(node) && _RECEIVES.has(name)) {
      this.#edits.open(node.start, `${DROP}(() => `);
      this.#edits.close(node.end, `, ${JSON.stringify(call)})`);
      return;
    }
    this.#edits.open(node.start, `${TRACK}(`);
    this.#edits.close(node.end, `, ${JSON.stringify(call)})`);
  }

  #missingAwaitNotes(): string {
    return this.#missingAwaits.map(({ fn, call }) => `${NOTE}(${JSON.stringify(fn)}, ${JSON.stringify(call)}); `).join('');
  }

  #visitors(top: Set<Node>): RecursiveVisitors<_State> {
    const e = this.#edits;
    const inFunction = { fn: true };
    const inAsyncFunction = { fn: true, async: true };
    const lastStatement = this.#program.body.at(-1);
    const loop = (body: Node, st: _State) => this.#loopTurn(body, st);
    return {
      Function: (node, _st, c) => {
        if (node.type === 'ArrowFunctionExpression' && node.expression) this.#promised.add(this.#unparen(node.body as Expression));
        const name = node.id?.name ?? this.#functionNames.get(node);
        const st: _State = node.async ? { ...inAsyncFunction } : { ...inFunction };
        if (name !== undefined) st.name = name;
        base.Function!(node, st, c);
      },
      ClassBody: (node, _st, c) => base.ClassBody!(node, inFunction, c),
      // A loop both gives the event loop its turns and has its test checked for bytes.
      ...this.#truthTests(loop),
      ForInStatement: (node, st, c) => (loop(node.body, st), base.ForInStatement!(node, st, c)),
      UnaryExpression: (node, st, c) => {
        if (node.operator === '!') this.#truthTest(node.argument);
        base.UnaryExpression!(node, st, c);
      },
      MemberExpression: (node, st, c) => {
        const property = node.property.type === 'Identifier' ? node.property.name : undefined;
        if (property === 'then' || property === 'catch' || property === 'finally') this.#promised.add(this.#unparen(node.object as Expression));
        this.#temporarySocket(node.object as Expression);
        base.MemberExpression!(node, st, c);
      },
      AwaitExpression: (node, st, c) => {
        if (!st.fn) this.#awaits = true;
        const argument = this.#unparen(node.argument);
        this.#awaited.add(argument);
        // `await s.recv(1)` as typed: boxed as the implicit await is, so that what the socket
        // call raises is raised where the code waits (a script's Ctrl+C names that line).
        const name = argument.type === 'CallExpression' ? this.#calleeName(argument) : undefined;
        if (name !== undefined && AWAITED_CALLS.has(name)) {
          e.open(node.start, `${UNBOX}(`);
          e.close(node.end, ')');
          e.open(argument.start, `${BOX}(`);
          e.close(argument.end, ')');
        }
        base.AwaitExpression!(node, st, c);
      },
      ForOfStatement: (node, st, c) => {
        if (node.await && !st.fn) this.#awaits = true;
        loop(node.body, st);
        base.ForOfStatement!(node, st, c);
      },
      CallExpression: (node, st, c) => {
        const name = this.#calleeName(node);
        this.#promiseCombinator(node);
        if (st.fn) this.#missingAwait(node, name, st);
        if (!st.fn && name !== undefined && AWAITED_CALLS.has(name) && !this.#awaited.has(node)) {
          this.#awaits = true;
          e.open(node.start, `${UNBOX}(await ${BOX}(`);
          e.close(node.end, '))');
        }
        this.#keywords(node);
        for (const arg of node.arguments) this.#tuple(arg);
        base.CallExpression!(node, st, c);
      },
      NewExpression: (node, st, c) => {
        for (const arg of node.arguments) this.#tuple(arg);
        base.NewExpression!(node, st, c);
      },
      ExpressionStatement: (node, st, c) => {
        this.#statements.add(this.#unparen(node.expression));
        const unpacking = this.#pythonUnpacking(node.expression);
        if (unpacking) {
          this.#unpacking = true;
          e.open(node.expression.start, 'void ([');
          e.close(unpacking.assign.left.end, ']');
          e.close(node.expression.end, ')');
          this.#tuple(unpacking.assign.right);
        } else if (top.has(node) && this.#silent(node.expression)) {
          e.open(node.expression.start, 'void (');
          e.close(node.expression.end, ')');
        }
        if (!st.fn && node !== lastStatement && _startsTask(node.expression) && !_awaits(node.expression)) {
          e.open(node.expression.start, `${DETACH}(() => `);
          e.close(node.expression.end, ')');
        }
        base.ExpressionStatement!(node, st, c);
      },
      BinaryExpression: (node, st, c) => {
        const left = node.left;
        const literal = (left.type === 'Literal' && typeof left.value === 'string') || left.type === 'TemplateLiteral';
        if (node.operator === '%' && !literal) this.#bytesPercent(node);
        this.#bytesOperators(node);
        if (node.operator === '%' && literal) {
          const tuple = node.right.type === 'ParenthesizedExpression' && node.right.expression.type === 'SequenceExpression';
          const op = this.#src.indexOf('%', left.end);
          e.open(node.start, `${PERCENT}(`);
          e.replace(op, op + 1, ',');
          e.close(node.end, tuple ? ', true)' : ')');
          this.#tuple(node.right, false);
        }
        base.BinaryExpression!(node, st, c);
      },
      AssignmentExpression: (node, st, c) => {
        this.#tuple(node.right);
        this.#appendAssignment(node);
        if (node.left.type === 'Identifier') this.#functionNames.set(node.right, node.left.name);
        base.AssignmentExpression!(node, st, c);
      },
      VariableDeclarator: (node, st, c) => {
        this.#tuple(node.init);
        if (node.init && node.id.type === 'Identifier') this.#functionNames.set(node.init, node.id.name);
        base.VariableDeclarator!(node, st, c);
      },
      ArrayExpression: (node, st, c) => {
        for (const el of node.elements) this.#tuple(el);
        base.ArrayExpression!(node, st, c);
      },
      Property: (node, st, c) => {
        if (node.kind === 'init' && !node.method) this.#tuple(node.value as Expression);
        base.Property!(node, st, c);
      },
      ReturnStatement: (node, st, c) => {
        this.#tuple(node.argument);
        if (node.argument) this.#promised.add(this.#unparen(node.argument));
        base.ReturnStatement!(node, st, c);
      },
    };
  }
}

/**
 * A learner's function called as a statement and not awaited: `handle(conn)`, or
 * `handle(conn).catch(print)`. Socket calls (awaited where they stand) are never this.
 */
function _startsTask(expr: Expression): boolean {
  let call: Expression = expr;
  while (call.type === 'CallExpression' && call.callee.type === 'MemberExpression' && call.callee.object.type === 'CallExpression') {
    call = call.callee.object;
  }
  return call.type === 'CallExpression' && call.callee.type === 'Identifier' &&
    !AWAITED_CALLS.has(call.callee.name) && !_SYNC_GLOBALS.has(call.callee.name);
}

/** `show(await x)`: an await of the line's own (not in a nested function); such a call is not a background task. */
function _awaits(expr: Expression): boolean {
  let found = false;
  recursive(expr, undefined, {
    Function: () => {},
    AwaitExpression: () => {
      found = true;
    },
  }, base);
  return found;
}

/** Calls that take data (or a connection) from the kernel: dropping their Promise loses it. */
const _RECEIVES = new Set(['recv', 'recvfrom', 'recv_into', 'recvfrom_into', 'accept']);

/** Blocking calls that are globals (the others are socket methods: `s.recv`). */
const _BLOCKING_GLOBALS = new Set(['input', 'sleep', 'create_connection', 'getaddrinfo', 'gethostbyname', 'gethostbyname_ex']);

function _isLiteral(node: Expression | { type: string }): boolean {
  return node.type === 'Literal' || node.type === 'TemplateLiteral';
}

/**
 * A value that is neither bytes nor text: a number, a boolean, null, undefined, an arithmetic
 * result, `x.length`, an element `data[i]` (a byte of bytes is a number), `typeof x`. Comparisons
 * with one are left alone, so a loop over a buffer's bytes runs at JavaScript's speed.
 */
function _cannotBeBytes(node: Expression | { type: string }): boolean {
  const n = node as Expression;
  switch (n.type) {
    case 'Literal': return typeof n.value !== 'string';
    case 'Identifier': return n.name === 'undefined';
    case 'ParenthesizedExpression': return _cannotBeBytes(n.expression);
    case 'MemberExpression': return n.computed || (n.property.type === 'Identifier' && n.property.name === 'length');
    case 'UnaryExpression':
    case 'UpdateExpression': return true;
    case 'BinaryExpression': return n.operator !== '+' && n.operator !== '%';
    default: return false;
  }
}

/** CPython's SyntaxError for a break or continue outside a loop (acorn's "Unsyntactic break"), as code that raises it. */
function _breakOutsideLoop(err: unknown): string | undefined {
  const m = err instanceof SyntaxError ? /^Unsyntactic (break|continue)\b/.exec(err.message) : null;
  if (!m) return undefined;
  const message = m[1] === 'break' ? "'break' outside loop" : "'continue' not properly in loop";
  return `throw new SyntaxError(${JSON.stringify(message)})`;
}

/** socklab's own globals that return at once: nothing to run in the background. */
const _SYNC_GLOBALS = new Set(['print', 'help', 'repr', 'str', 'len', 'int', 'float', 'b', 'bytes']);

/** The names a declaration pattern binds. */
export function patternNames(pattern: Pattern): string[] {
  switch (pattern.type) {
    case 'Identifier': return [pattern.name];
    case 'ObjectPattern': return pattern.properties.flatMap((p) => patternNames(p.type === 'RestElement' ? p.argument : p.value));
    case 'ArrayPattern': return pattern.elements.flatMap((e) => (e ? patternNames(e) : []));
    case 'AssignmentPattern': return patternNames(pattern.left);
    case 'RestElement': return patternNames(pattern.argument);
    default: return [];
  }
}
