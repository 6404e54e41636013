// The translator's last pass: a checked Python tree → JavaScript that calls the runtime (`py.*`).
// The output is meant to be read (`socklab translate`): one JS statement per Python statement
// where possible, helpers named for what they do (py.truthy, py.eq, py.getattr, py.call), every
// call awaited (so a blocking recv() blocks only its own task, like a Python thread) and every
// loop giving the event loop a turn (py.due(), py.turn()). Module-level names are left undeclared: the
// runner resolves them in the session's globals (`with (globals)`), so they persist across REPL
// inputs; function locals are `let`s.
import { numberSource, splitLiteral } from './literals.ts';
import { identifier } from './tokens.ts';
import { boundReads } from './unbound.ts';
// The tree as plain objects (syntax.ts), read through the SyntaxNode names the passes were written with.
import type { PyNode as SyntaxNode } from './syntax.ts';

/** Whether a class statement's arguments are `metaclass=ABCMeta` (or `abc.ABCMeta`) alone. */
export function isAbcMetaclass(source: string, args: readonly SyntaxNode[]): boolean {
  const text = (n: SyntaxNode): string => source.slice(n.from, n.to);
  return args.length === 3 && text(args[0]!) === 'metaclass' && args[1]!.name === 'AssignOp' && /^(abc\.)?ABCMeta$/.test(text(args[2]!));
}

/** One line of output and the Python line it came from (for tracebacks). */
export interface EmittedLine {
  text: string;
  pyLine: number;
  /** The expressions on this line a traceback can point at (CPython 3.11's `^^^^` markers). */
  spans?: ExprSpan[];
}

/**
 * A Python expression that can fail (a call, a subscript, a binary operation, an attribute), at
 * the JS columns (1-based) where V8's stack reports it: the `await` before a call in an async
 * frame, the helper's name (`py.call`, `py.getitem`) where it throws. Columns in the Python line
 * are 0-based characters; `endCol` stops at the end of the first line of a multi-line expression.
 */
export interface ExprSpan {
  jsCols: number[];
  line: number;
  col: number;
  endCol: number;
  /** BinOp and Subscript: where CPython's `~` turns into `^` and back, relative to col. */
  anchors?: [number, number];
  /** `obj.name(...)`: the attribute's own range, shown for an AttributeError on `name`. */
  attr?: { name: string; col: number; endCol: number };
}

export interface Emitted {
  lines: EmittedLine[];
  /** Names assigned at module level (for completion and `translate`'s declarations). */
  globals: string[];
  /**
   * Names read where no function of their own binds them: module names, else builtins (for
   * `translate`, which imports the builtins a program uses). A closure's name may be in it too.
   */
  free: string[];
}

export interface EmitOptions {
  /**
   * 'single': the REPL's mode, where an expression statement's value is shown. 'eval': eval()'s,
   * one expression whose value the module function returns.
   */
  mode: 'exec' | 'single' | 'eval';
  /**
   * eval()'s and exec()'s code: its module-level names are those of the namespace it is run in
   * (the dicts given, a function's variables), so `del name` there deletes through the with-scope
   * the code runs in (sloppy `delete name`, which its Proxy answers) and not from the session's globals.
   * A name that a comprehension or function in it reads from module level is a global
   * (LOAD_GLOBAL), read from `$globals`, the given globals, never from the locals or the caller's frame.
   */
  ownNamespace?: boolean;
}

const _JS_RESERVED = new Set(('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in '
  + 'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private '
  + 'protected public await arguments eval undefined NaN Infinity py').split(' '));

/** A Python name as a JS identifier: JS keywords (and `py`, the runtime) get a trailing `_`. */
export function jsName(name: string): string {
  return _JS_RESERVED.has(name) || name.startsWith('$') || name.endsWith('_') && _JS_RESERVED.has(name.replace(/_+$/, '')) ? `${name}_` : name;
}

/** The Python name of an emitted JS identifier. */
export function pyName(js: string): string {
  const base = js.slice(0, -1);
  return js.endsWith('_') && (jsName(base) === js) ? base : js;
}

const _BINARY: Record<string, string> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow',
  '|': 'bitor', '&': 'bitand', '^': 'bitxor', '<<': 'lshift', '>>': 'rshift', '@': 'matmul',
};
/** Augmented assignments that change a set in place (runtime/ops.ts). */
const _INPLACE: Record<string, string> = { '|': 'ior', '&': 'iand', '-': 'isub', '^': 'ixor' };
const _COMPARE: Record<string, string> = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' };
/** The operators with a dunder method a Python class can define (runtime/dunders.ts). */
const _DUNDER_OPS = new Set(['add', 'iadd', 'sub', 'isub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'bitor', 'bitand', 'bitxor']);

interface Scope {
  kind: 'module' | 'function' | 'class';
  locals: Set<string>;
  temps: number;
  tempNames: string[];
  /** The handler variables of enclosing except clauses (for a bare `raise`). */
  handlers: string[];
  /**
   * A function's locals that can lose their value again (`del x`, the end of `except E as x:`):
   * reading one goes through py.local, which raises UnboundLocalError once it has none.
   */
  unbindable: Set<string>;
  /** In a def's body: where a read finds its local surely bound (unbound.ts); any other read goes through py.local. */
  boundReads?: Set<number>;
  /** A function's parameters, in order (the first of locals()). */
  params: string[];
  /** The scope this one is inside (a def's or lambda's), and the body it emits. */
  outer?: Scope;
  body?: SyntaxNode;
  /** The enclosing functions' variables the body reads (its free variables), once asked for (_freeVariables). */
  free?: string[];
}

/** asyncio's coroutine functions a program most often calls, forgetting the await. */
const _ASYNCIO_COROUTINES = ['sleep', 'wait_for', 'open_connection', 'start_server', 'drain', 'wait_closed'];

/** A node's children without comments: one array, made once (syntax.ts); read it, never change it. */
export function children(node: SyntaxNode): SyntaxNode[] {
  return node.children;
}

/**
 * Whether a comprehension is asynchronous: an `async for` or an `await` in it, or in a list, set or
 * dict comprehension of it (not in its lambdas, nor in a generator expression, which is an object of its own).
 */
export function isAsyncComprehension(node: SyntaxNode): boolean {
  const walk = (n: SyntaxNode, top: boolean): boolean => {
    if (n.name === 'LambdaExpression' || n.name === 'FunctionDefinition' || n.name === 'ClassDefinition') return false;
    if (!top && n.name === 'ComprehensionExpression') return false;
    if (n.name === 'AwaitExpression') return true;
    if (n.name === 'async' && n.parent !== null && n.parent.name.endsWith('ComprehensionExpression')) return true;
    return n.children.some((c) => walk(c, false));
  };
  if (!node.name.endsWith('ComprehensionExpression')) return false;
  return walk(node, true);
}

/** `yield x`, `yield from g`, or a bare `yield` (parse.ts has Lezer read it as the name `yield`). */
export const isYield = (node: SyntaxNode, source: string): boolean =>
  node.name === 'YieldStatement' || node.name === 'YieldExpression'
  || (node.name === 'VariableName' && node.to - node.from === 5 && source.startsWith('yield', node.from));

/** [\w$] by char code. */
function _isWordCode(c: number): boolean {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 36;
}

/**
 * The length of the match of /([A-Za-z_$][\w$]*) = $/ in `text` before `end` (0 for none): the
 * name a ` = ` ends, without its leading digits.
 */
function _assignedNameLength(text: string, end: number): number {
  if (end < 3 || text.charCodeAt(end - 1) !== 32 || text.charCodeAt(end - 2) !== 61 || text.charCodeAt(end - 3) !== 32) return 0;
  const nameEnd = end - 3;
  let start = nameEnd;
  while (start > 0 && _isWordCode(text.charCodeAt(start - 1))) start--;
  while (start < nameEnd && text.charCodeAt(start) >= 48 && text.charCodeAt(start) <= 57) start++;
  return start < nameEnd ? end - start : 0;
}

/** Statements that raise nothing of their own in an except block (a raise chains itself). */
const _SAFE_IN_HANDLER = new Set(['PassStatement', 'BreakStatement', 'ContinueStatement', 'RaiseStatement']);

/** Calls that read the namespace they are made in: locals(), vars(), dir(). */
const _NAMESPACE_CALLS = new Set(['locals', 'vars', 'dir']);

/** The targets collectLocals looks into for names. */
const _TARGET_GROUPS = new Set(['TupleExpression', 'ArrayExpression', 'ParenthesizedExpression']);

const _STATEMENT_SEPARATORS = new Set([':', ';']);

/** Translates one parsed (and checked) Python source. */
export class Emitter {
  private readonly out: EmittedLine[] = [];
  private depth = 0;
  private scope: Scope;
  private readonly lineStarts: number[] = [0];
  /** Whether the source holds the word `yield` (else no node is a yield: _isGenerator). */
  private readonly _mayYield: boolean;
  /** Whether the source is ASCII only (its names need no NFKC: text()). */
  private readonly _ascii: boolean;
  /**
   * The names of the coroutine functions a call statement may drop unawaited (py.dropped): the
   * source's own `async def`s and asyncio's most used ones. Empty without the word `async`.
   */
  private readonly _coroutineNames: ReadonlySet<string>;
  private readonly moduleNames = new Set<string>();
  private readonly freeNames = new Set<string>();

  constructor(private readonly src: string, private readonly options: EmitOptions = { mode: 'exec' }) {
    this._mayYield = src.includes('yield');
    this._ascii = !/[^\x00-\x7f]/.test(src);
    this._coroutineNames = src.includes('async')
      ? new Set([...src.matchAll(/\basync\s+def\s+(\w+)/g)].map((m) => m[1]!).concat(_ASYNCIO_COROUTINES))
      : new Set();
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    this.scope = this._newScope('module');
  }

  emit(top: SyntaxNode): Emitted {
    const body: EmittedLine[] = [];
    this._withOutput(body, () => {
      for (const stmt of top.children) this.statement(stmt);
    });
    const temps = this.scope.tempNames;
    if (temps.length > 0) this.out.push({ text: `let ${temps.join(', ')};`, pyLine: 1 });
    this.out.push(...body);
    for (const l of this.out) this._placeSpans(l);
    return { lines: this.out, globals: [...this.moduleNames], free: [...this.freeNames] };
  }

  // -------------------------------------------------------------------------------------------
  // Expression positions, for the traceback's markers.

  private readonly _spans: Omit<ExprSpan, 'jsCols'>[] = [];
  /** The variables of the comprehensions being emitted, innermost last (ownNamespace's global reads). */
  private readonly _comprehensionVariables: Set<string>[] = [];

  /**
   * A mark for `node` (the text it goes before must start with `py.` or `await py.`); `anchors`
   * are absolute source positions, `attr` the attribute of a method call.
   */
  private mark(node: SyntaxNode, anchors?: [number, number], attr?: SyntaxNode): string {
    const line = this.lineOf(node.from);
    const lineStart = this.lineStarts[line - 1]!;
    const lineEnd = this.lineStarts[line] !== undefined ? this.lineStarts[line]! - 1 : this.src.length;
    const span: Omit<ExprSpan, 'jsCols'> = { line, col: node.from - lineStart, endCol: Math.min(node.to, lineEnd) - lineStart };
    if (anchors && node.to <= lineEnd) span.anchors = [anchors[0] - node.from, anchors[1] - node.from];
    if (attr && attr.to <= lineEnd) {
      const name = attr.children[2];
      if (name) span.attr = { name: this.text(name), col: attr.from - lineStart, endCol: attr.to - lineStart };
    }
    this._spans.push(span);
    return `\u0001${this._spans.length - 1}\u0002`;
  }

  /** Takes the marks (\u0001id\u0002) out of a finished line and records their spans at the JS columns. */
  private _placeSpans(l: EmittedLine): void {
    const text = l.text;
    let open = text.indexOf('\u0001');
    if (open < 0) return;
    const spans: ExprSpan[] = [];
    const byId = new Map<number, ExprSpan>();
    let out = '';
    let last = 0;
    // A line without a dispatched operation's await mark (most) is scanned for \u0001 alone.
    const awaits = text.includes('\u0003');
    const nextMark = (from: number): number => {
      const a = text.indexOf('\u0001', from);
      if (!awaits) return a;
      const b = text.indexOf('\u0003', from);
      return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    };
    while (open >= 0) {
      const close = text.indexOf('\u0002', open + 1);
      const id = Number(text.slice(open + 1, close));
      out += text.slice(last, open);
      last = close + 1;
      const col = out.length + 1;
      if (text.charCodeAt(open) === 3) {
        // The await of a dispatched operation (_dispatch): one more column of its span.
        byId.get(id)?.jsCols.push(col);
        open = nextMark(last);
        continue;
      }
      // A call is placed at its callee's name; a for-of's destructuring at its target.
      const jsCols = text.startsWith('await py.', last) ? [col, col + 'await py.'.length] : text.startsWith('py.', last) ? [col + 'py.'.length] : [col];
      // A bare name's ReferenceError in `x = name` is reported by V8 at the assignment, at `x`.
      if (jsCols.length === 1 && jsCols[0] === col) {
        const assigned = _assignedNameLength(text, open);
        if (assigned > 0) jsCols.push(col - assigned);
      }
      // The span's fields in the order a spread would give them, without the spread's copy.
      const mark = this._spans[id]!;
      const span: ExprSpan = { line: mark.line, col: mark.col, endCol: mark.endCol } as ExprSpan;
      if (mark.anchors !== undefined) span.anchors = mark.anchors;
      if (mark.attr !== undefined) span.attr = mark.attr;
      span.jsCols = jsCols;
      spans.push(span);
      byId.set(id, span);
      open = nextMark(last);
    }
    l.text = out + text.slice(last);
    l.spans = spans;
  }

  /** A node-like span from the first of `nodes` to the last, for mark(). */
  private _spanOf(nodes: SyntaxNode[]): SyntaxNode {
    return { from: nodes[0]!.from, to: nodes[nodes.length - 1]!.to } as SyntaxNode;
  }

  /** Where CPython's ast puts an operand: inside its parentheses. */
  private _unparen(node: SyntaxNode): SyntaxNode {
    while (node.name === 'ParenthesizedExpression') {
      const inner = node.children.slice(1, -1);
      if (inner.length !== 1) break;
      node = inner[0]!;
    }
    return node;
  }

  /** CPython's anchors of a BinOp (traceback._extract_caret_anchors_from_line_segment). */
  private _binopAnchors(left: SyntaxNode, right: SyntaxNode): [number, number] {
    // Python/traceback.c's extract_anchors_from_expr: the first non-space character after the
    // left operand that is not a closing parenthesis, and one more for a two-character operator.
    const from = this._unparen(left).to;
    const to = this._unparen(right).from;
    let anchors: [number, number] = [from, from + 1];
    for (let i = from; i < to; i++) {
      const c = this.src[i]!;
      if (/\s/.test(c)) continue;
      anchors = [i, i + 1 < to && !/\s/.test(this.src[i + 1]!) ? i + 2 : i + 1];
      if (i + 1 < to && c === ')') continue;
      break;
    }
    return anchors;
  }

  // -------------------------------------------------------------------------------------------
  // Output plumbing.

  /**
   * The free variables of a function's scope: the names its body reads (nested functions' reads
   * too, which pass through it as cells) that are not its own and that an enclosing function binds.
   * A class body between them is no scope for them, as in CPython.
   */
  private _freeVariables(scope: Scope): string[] {
    if (scope.free) return scope.free;
    const read = new Set<string>();
    const walk = (n: SyntaxNode): void => {
      if (n.name === 'VariableName') read.add(this.text(n));
      for (const c of children(n)) walk(c);
    };
    if (scope.body) walk(scope.body);
    const free: string[] = [];
    for (const name of read) {
      if (scope.locals.has(name) || scope.params.includes(name)) continue;
      for (let s = scope.outer; s && s.kind !== 'module'; s = s.outer) {
        if (s.kind === 'function' && (s.locals.has(name) || s.params.includes(name))) {
          free.push(name);
          break;
        }
      }
    }
    scope.free = free;
    return free;
  }

  /**
   * A function's variables in the order its locals() lists them (co_varnames, co_cellvars, then
   * co_freevars): the parameters and the plain locals as they first appear, then the locals an
   * inner function, lambda or comprehension reads (cell variables), by name, as compile.c sorts
   * them, then the enclosing functions' variables it reads (free variables), by name.
   */
  private _localsOrder(scope: Scope): string[] {
    const cells = new Set<string>();
    const walk = (n: SyntaxNode, nested: boolean, shadowed: Set<string>): void => {
      const inner = n.name === 'FunctionDefinition' || n.name === 'LambdaExpression' || n.name.endsWith('ComprehensionExpression');
      let own = shadowed;
      if (inner) {
        own = new Set(shadowed);
        const params = children(n).find((c) => c.name === 'ParamList');
        if (params) for (const c of children(params)) if (c.name === 'VariableName') own.add(this.text(c));
        // A comprehension's own targets: the names between each `for` and its `in`.
        const parts = children(n);
        for (let i = 0; i < parts.length; i++) {
          if (parts[i]!.name !== 'for') continue;
          for (let j = i + 1; j < parts.length && parts[j]!.name !== 'in'; j++) {
            const names: SyntaxNode[] = [];
            const collect = (m: SyntaxNode): void => { if (m.name === 'VariableName') names.push(m); else children(m).forEach(collect); };
            collect(parts[j]!);
            for (const m of names) own.add(this.text(m));
          }
        }
      }
      if (n.name === 'VariableName' && nested && !shadowed.has(this.text(n))) cells.add(this.text(n));
      // A def's name and its parameters' defaults belong to the enclosing scope.
      const defName = n.name === 'FunctionDefinition' ? children(n).find((c) => c.name === 'VariableName') : undefined;
      for (const c of children(n)) {
        const outside = c.name === 'ParamList' || c === defName;
        walk(c, outside ? nested : nested || inner, outside ? shadowed : own);
      }
    };
    if (scope.body) walk(scope.body, false, new Set());
    const plain = [...scope.params, ...[...scope.locals].filter((n) => !cells.has(n))];
    // Then co_freevars, sorted as compile.c sorts them: the enclosing functions' variables it reads.
    const free = scope.kind === 'function' ? [...this._freeVariables(scope)].sort() : [];
    return [...plain, ...[...scope.locals].filter((n) => cells.has(n) && !scope.params.includes(n)).sort(), ...free];
  }

  private _newScope(kind: Scope['kind']): Scope {
    return { kind, locals: new Set(), temps: 0, tempNames: [], handlers: [], unbindable: new Set(), params: [] };
  }

  private _sink: EmittedLine[] | undefined;
  private _withOutput(sink: EmittedLine[], fn: () => void): void {
    const prev = this._sink;
    this._sink = sink;
    try {
      fn();
    } finally {
      this._sink = prev;
    }
  }

  private line(text: string, node: SyntaxNode | number): void {
    const pyLine = typeof node === 'number' ? node : this.lineOf(node.from);
    (this._sink ?? this.out).push({ text: `${'  '.repeat(this.depth)}${text}`, pyLine });
  }

  /** lineOf's last answer (an index of lineStarts): the next position is most often on that line. */
  private _lastLine = 0;

  lineOf(pos: number): number {
    const starts = this.lineStarts;
    const last = this._lastLine;
    if (starts[last]! <= pos && (last + 1 === starts.length || pos < starts[last + 1]!)) return last + 1;
    const found = this._lineIndex(pos);
    this._lastLine = found;
    return found + 1;
  }

  private _lineIndex(pos: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private text(node: SyntaxNode): string {
    const text = this.src.slice(node.from, node.to);
    if (this._mangle !== undefined && text.startsWith('__') && (node.name === 'VariableName' || node.name === 'PropertyName')) return this._mangled(text);
    // identifier() changes non-ASCII names only: an ASCII program skips its test of each name.
    return !this._ascii && (node.name === 'VariableName' || node.name === 'PropertyName') ? identifier(text) : text;
  }

  /**
   * Inside a class, CPython's compiler renames a private name (`__x`, not `__x__`) to `_Class__x`
   * (the class's name without its leading underscores): `self.__sock` is the attribute
   * `_Client__sock`, and a subclass's `self.__sock` is another one.
   */
  private _mangle: string | undefined;

  private _mangled(text: string): string {
    const name = this._ascii ? text : identifier(text);
    return name.endsWith('__') || name.includes('.') ? name : `${this._mangle}${name}`;
  }

  /** A name as written, not mangled: what a def or class inside a class is called (`__name__`). */
  private _ownName(node: SyntaxNode): string {
    const text = this.src.slice(node.from, node.to);
    return this._ascii ? text : identifier(text);
  }

  /** Runs fn with the private names of class `name` mangled (none for a class named only `_`s). */
  private _mangling<T>(name: string, fn: () => T): T {
    const saved = this._mangle;
    const stripped = name.replace(/^_+/, '');
    this._mangle = stripped === '' ? undefined : `_${stripped}`;
    try {
      return fn();
    } finally {
      this._mangle = saved;
    }
  }

  private temp(): string {
    const name = `$${++this.scope.temps}`;
    this.scope.tempNames.push(name);
    return name;
  }

  private block(fn: () => void): void {
    this.depth++;
    try {
      fn();
    } finally {
      this.depth--;
    }
  }

  private body(node: SyntaxNode | undefined): void {
    if (!node) return;
    this.block(() => {
      for (const stmt of node.children) {
        if (_STATEMENT_SEPARATORS.has(stmt.name)) continue;
        this.statement(stmt);
      }
    });
  }

  // -------------------------------------------------------------------------------------------
  // Statements.

  statement(node: SyntaxNode): void {
    switch (node.name) {
      case 'StatementGroup':
        for (const s of node.children) if (s.name !== ';') this.statement(s);
        return;
      case 'ExpressionStatement': return this.expressionStatement(node);
      case 'AssignStatement': return this.assignStatement(node);
      case 'UpdateStatement': return this.updateStatement(node);
      case 'IfStatement': return this.ifStatement(node);
      case 'MatchStatement': return this.matchStatement(node);
      case 'WhileStatement': return this.whileStatement(node);
      case 'ForStatement': return this.forStatement(node);
      case 'FunctionDefinition': return this.functionDefinition(node);
      case 'ClassDefinition': return this.classDefinition(node);
      case 'DecoratedStatement': return this.decoratedStatement(node);
      case 'YieldStatement': this.line(`${this.yieldExpr(node, true)};`, node); return;
      case 'ReturnStatement': {
        const values = node.children.slice(1);
        // `return x`: V8 places a failed lookup of x at the statement's start, so x's mark goes there.
        const value = values.length === 0 ? 'null' : this.expressionList(values);
        const bare = /^(\u0001\d+\u0002)([\w$]+)$/.exec(value);
        this.line(bare ? `${bare[1]}return ${bare[2]};` : `return ${value};`, node);
        return;
      }
      case 'PassStatement': return;
      case 'BreakStatement': this.line(this._breakLabel ? `break ${this._breakLabel};` : 'break;', node); return;
      case 'ContinueStatement': this.line('continue;', node); return;
      case 'ImportStatement': return this.importStatement(node);
      case 'ScopeStatement': return;
      case 'TryStatement': return this.tryStatement(node);
      case 'WithStatement': return this.withStatement(node);
      case 'RaiseStatement': return this.raiseStatement(node);
      case 'DeleteStatement': return this.deleteStatement(node);
      case 'AssertStatement': {
        const [, test, , message] = node.children;
        const msg = message ? `, ${this.expr(message)}` : '';
        this.line(`if (!${this.test(test!)}) throw await py.call(AssertionError${msg});`, node);
        return;
      }
      default:
        throw new Error(`emit: unexpected ${node.name}`);
    }
  }

  private expressionStatement(node: SyntaxNode): void {
    const parts = node.children;
    const expr = parts[0]!;
    if (parts.length === 1 && expr.name === 'String' && this.options.mode === 'exec') {
      // A docstring. The module's is its __doc__ (a function's or class's goes to its _qualArg).
      const top = node.parent;
      const doc = top?.name === 'Script' && top.children[0] === node ? this._docstring(top) : undefined;
      if (doc !== undefined) this.line(`${this.bind('__doc__')} = ${doc};`, node);
      return;
    }
    // `f(), g()` is a tuple: both run, and the REPL shows (f(), g()).
    const js = this.expressionList(parts, true);
    if (this.options.mode === 'single' && this.scope.kind === 'module' && this.depth === 0) {
      this.line(`py.displayhook(${js});`, node);
    } else if (this.options.mode === 'eval' && this.scope.kind === 'module' && this.depth === 0) {
      this.line(`return ${js};`, node);
    } else if (this._coroutineNames.size > 0 && parts.length === 1 && this._callsCoroutineName(expr)) {
      // `main()` without await: the coroutine is dropped here, where CPython warns that it was never awaited.
      const line = this.lineOf(node.from);
      const text = this.src.slice(this.lineStarts[line - 1]!, this.lineStarts[line] ?? this.src.length).trim();
      this.line(`py.dropped(${js}, ${line}, ${JSON.stringify(text)});`, node);
    } else {
      this.line(`${js};`, node);
    }
  }

  /** Whether `expr` is a call of a name (`f()`, `obj.f()`) that _coroutineNames holds. */
  private _callsCoroutineName(expr: SyntaxNode): boolean {
    if (expr.name !== 'CallExpression') return false;
    const callee = expr.children[0]!;
    const name = callee.name === 'VariableName' ? callee : callee.name === 'MemberExpression' ? callee.children[2] : undefined;
    return name?.name === 'PropertyName' || name?.name === 'VariableName' ? this._coroutineNames.has(this.text(name)) : false;
  }

  /** `a = b = value`, `x, y = pair`, `obj.attr = v`, `d[k] = v`. */
  private assignStatement(node: SyntaxNode): void {
    const parts = node.children.filter((c) => c.name !== 'TypeDef');
    const sections: SyntaxNode[][] = [[]];
    for (const c of parts) {
      if (c.name === 'AssignOp') sections.push([]);
      else sections[sections.length - 1]!.push(c);
    }
    const valueNodes = sections.pop()!;
    if (sections.length === 0) return this._classAnnotation(node, valueNodes); // an annotation alone: `x: int`
    let value = this.expressionList(valueNodes, true);
    if (sections.length > 1) {
      const t = this.temp();
      this.line(`${t} = ${value};`, node);
      value = t;
    }
    for (const targets of sections) this.assign(targets, value, node);
    this._classAnnotation(node, sections[0]!);
  }

  /**
   * `name: T` or `name: T = v` in a class body: T is evaluated and kept in the class's
   * __annotations__, in order, as CPython's class body does (@dataclass reads its fields there).
   */
  private _classAnnotation(node: SyntaxNode, targets: SyntaxNode[]): void {
    const typeDef = children(node).find((c) => c.name === 'TypeDef');
    const t = targets.length === 1 ? targets[0]! : undefined;
    if (!typeDef || t?.name !== 'VariableName' || this._classAttribute(this.text(t)) === undefined) return;
    const annotation = children(typeDef).find((c) => c.name !== ':');
    if (!annotation) return;
    this.line(`py.annotate(${this._classBody!.target}, '${this.text(t)}', ${this.expr(annotation)});`, node);
  }

  private _targetList(nodes: SyntaxNode[]): SyntaxNode[] {
    return nodes.filter((n) => n.name !== ',');
  }

  /** Assigns `value` (JS source) to the Python target(s) `nodes`. */
  private assign(nodes: SyntaxNode[], value: string, at: SyntaxNode): void {
    const targets = this._targetList(nodes);
    if (targets.length === 1 && nodes.length === 1) {
      const t = targets[0]!;
      if (t.name === 'ParenthesizedExpression') return this.assign(t.children.slice(1, -1), value, at);
      if (t.name === 'TupleExpression' || t.name === 'ArrayExpression') return this.assign(t.children.slice(1, -1), value, at);
      return this.line(`${this.assignOne(t, value)};`, at);
    }
    // Unpacking.
    const items: { node: SyntaxNode; starred: boolean }[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      if (n.name === ',') continue;
      if (n.name === '*') {
        items.push({ node: nodes[++i]!, starred: true });
        continue;
      }
      items.push({ node: n, starred: false });
    }
    const star = items.findIndex((i) => i.starred);
    // A traceback marks the targets (`a, b = 1`: cannot unpack non-iterable int object).
    const mark = this.mark(this._spanOf(nodes));
    const unpacked = this._dispatch(star < 0
      ? `${mark}py.unpack(${value}, ${items.length})`
      : `${mark}py.unpackStarred(${value}, ${star}, ${items.length - star - 1})`);
    if (items.every((i) => i.node.name === 'VariableName')) {
      this.line(`[${items.map((i) => this.name(i.node)).join(', ')}] = ${unpacked};`, at);
      return;
    }
    const t = this.temp();
    this.line(`${t} = ${unpacked};`, at);
    items.forEach((item, i) => this.assign([item.node], `${t}[${i}]`, at));
  }

  /** One simple target: a name, an attribute or a subscript. */
  private assignOne(t: SyntaxNode, value: string): string {
    if (t.name === 'VariableName') {
      // `y = x`: V8 places a failed lookup of x at the statement's start, so x's mark goes there.
      const bare = /^(\u0001\d+\u0002)([\w$]+)$/.exec(value);
      // A class attribute's target is not a plain name: the value keeps its mark (py.setattr's argument).
      if (this._classAttribute(this.text(t)) !== undefined) return `py.setattr(${this._classBody!.target}, '${this.text(t)}', ${value})`;
      return bare ? `${bare[1]}${this.name(t)} = ${bare[2]}` : `${this.name(t)} = ${value}`;
    }
    if (t.name === 'MemberExpression') {
      const parts = t.children;
      const obj = this.expr(parts[0]!);
      // `?? await`: a property's setter may run (runtime/descriptors.ts). Its error marks the target.
      if (parts[1]?.name === '.') {
        const mark = this.mark(t);
        return `${mark}py.setattr(${obj}, '${this.text(parts[2]!)}', ${value}) ?? \u0003${mark.slice(1)}await py.dunder()`;
      }
      return `py.setitem(${obj}, ${this.subscript(parts.slice(2, -1))}, ${value}) ?? await py.dunder()`;
    }
    throw new Error(`emit: cannot assign to ${t.name}`);
  }

  private updateStatement(node: SyntaxNode): void {
    const [target, op, ...rest] = node.children;
    const o = this.text(op!).slice(0, -1);
    const fn = o === '+' ? 'iadd' : _INPLACE[o] ?? _BINARY[o];
    // `a *= b` is `a * b`, whose TypeError names `*=` (runtime/ops.ts inPlace); iadd and the set
    // operators' in-place versions name theirs.
    const apply = (current: string, value: string): string => (o === '+' || o in _INPLACE ? `py.${fn}(${current}, ${value})` : `py.inPlace('${o}', py.${fn}, ${current}, ${value})`);
    const value = this.expressionList(rest);
    if (target!.name === 'VariableName') {
      const n = this.name(target!);
      const local = this.scope.kind === 'function' && this.scope.locals.has(this.text(target!)) && !this.scope.boundReads?.has(target!.from);
      const inClass = this._classAttribute(this.text(target!)) !== undefined;
      // A local or global's error (UnboundLocalError, NameError) points at the name (^^^^^).
      const current = inClass ? this.expr(target!) : `${this.mark(target!)}${local ? `py.local(${n}, '${this.text(target!)}')` : n}`;
      this.line(`${n} = ${this._dispatch(apply(current, value), fn!)};`, node);
      return;
    }
    const parts = target!.children;
    const obj = this.temp();
    this.line(`${obj} = ${this.expr(parts[0]!)};`, node);
    if (parts[1]?.name === '.') {
      const attr = this.text(parts[2]!);
      this.line(`py.setattr(${obj}, '${attr}', ${this._dispatch(apply(this._dispatch(`py.getattr(${obj}, '${attr}')`), value), fn!)}) ?? await py.dunder();`, node);
    } else {
      const key = this.temp();
      this.line(`${key} = ${this.subscript(parts.slice(2, -1))};`, node);
      this.line(`py.setitem(${obj}, ${key}, ${this._dispatch(apply(this._dispatch(`py.getitem(${obj}, ${key})`), value), fn!)}) ?? await py.dunder();`, node);
    }
  }

  private ifStatement(node: SyntaxNode): void {
    const parts = node.children;
    let first = true;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.name === 'if' || p.name === 'elif') {
        const test = this.test(parts[i + 1]!);
        this.line(first ? `if (${test}) {` : `} else if (${test}) {`, p);
        this.body(parts[i + 2]);
        first = false;
        i += 2;
      } else if (p.name === 'else') {
        this.line('} else {', p);
        this.body(parts[i + 1]);
        i++;
      }
    }
    this.line('}', node);
  }

  /**
   * `match subject:` (PEP 634): the subject evaluated once, then each `case` in turn, as an
   * if/else-if chain over its pattern's condition (patternTest) and its guard.
   */
  private matchStatement(node: SyntaxNode): void {
    const parts = children(node);
    const subject = this.temp();
    this.line(`${subject} = ${this.expressionList(parts.slice(1, -1))};`, node);
    const clauses = children(parts[parts.length - 1]!).filter((c) => c.name === 'MatchClause');
    clauses.forEach((clause, i) => {
      const [, pattern, ...rest] = children(clause);
      const guard = rest.find((c) => c.name === 'Guard');
      let test = this.patternTest(pattern!, subject);
      if (guard) test = `${test} && ${this.test(children(guard)[1]!)}`;
      // A last `case _:` is the chain's else.
      if (test === 'true' && i > 0) this.line('} else {', clause);
      else this.line(`${i === 0 ? '' : '} else '}if (${test}) {`, clause);
      this.body(rest.find((c) => c.name === 'Body'));
    });
    if (clauses.length > 0) this.line('}', node);
  }

  /** A pattern as a JS condition on `subject` (JS source, evaluated as often as it is read), binding its captures. */
  private patternTest(p: SyntaxNode, subject: string): string {
    const parts = children(p);
    const bind = (name: SyntaxNode, value: string): string => `(${this.assignOne(name, value)}, true)`;
    switch (p.name) {
      case 'CapturePattern':
        return this.text(parts[0]!) === '_' ? 'true' : bind(parts[0]!, subject);
      case 'LiteralPattern': {
        const v = parts[0]!;
        // None, True and False compare by identity; numbers and strings by ==.
        if (v.name === 'None') return `(${subject} === null)`;
        if (v.name === 'Boolean') return `(${subject} === ${this.text(v) === 'True'})`;
        const value = v.name === 'ArithOp' ? this._dispatch(`py.neg(${this.expr(parts[1]!)})`) : this.expr(v);
        return this._dispatch(`py.eq(${subject}, ${value})`);
      }
      case 'AttributePattern':
        return this._dispatch(`py.eq(${subject}, ${this._patternValue(p)})`);
      case 'OrPattern':
        return `(${parts.filter((c) => c.name !== 'LogicOp').map((c) => this.patternTest(c, subject)).join(' || ')})`;
      case 'AsPattern':
        return `(${this.patternTest(parts[0]!, subject)} && ${bind(parts[parts.length - 1]!, subject)})`;
      case 'SequencePattern': {
        // `[]` and `()`: Lezer's empty LiteralPattern (parse.ts _onlyEmptyPatterns) is no item.
        const items = parts.slice(1, -1).filter((c) => c.name !== ',' && !(c.name === 'LiteralPattern' && c.from === c.to));
        // `(p)` is p itself; `(p,)` and `[p]` are sequences.
        if (parts[0]!.name === '(' && items.length === 1 && !parts.some((c) => c.name === ',')) return this.patternTest(items[0]!, subject);
        const star = items.findIndex((c) => c.name === 'StarPattern');
        const t = this.temp();
        const tests = [`(${t} = py.matchSequence(${subject}, ${star < 0 ? items.length : items.length - 1}, ${star >= 0})) !== null`];
        items.forEach((item, i) => {
          if (i === star) {
            const capture = children(item)[1]!;
            const name = children(capture)[0]!;
            const after = items.length - 1 - i;
            if (this.text(name) !== '_') tests.push(bind(name, after === 0 ? `${t}.slice(${i})` : `${t}.slice(${i}, ${t}.length - ${after})`));
            return;
          }
          const at = star >= 0 && i > star ? `${t}[${t}.length - ${items.length - i}]` : `${t}[${i}]`;
          tests.push(this.patternTest(item, at));
        });
        return `(${tests.join(' && ')})`;
      }
      case 'MappingPattern': {
        const inner = parts.slice(1).filter((c) => c.name !== ',' && c.name !== '}' && c.name !== '⚠');
        const keys: string[] = [];
        const values: SyntaxNode[] = [];
        let rest: SyntaxNode | undefined;
        for (let i = 0; i < inner.length; i++) {
          if (inner[i]!.name === '**') {
            rest = children(inner[++i]!)[0];
            continue;
          }
          keys.push(inner[i]!.name === 'AttributePattern' ? this._patternValue(inner[i]!) : this.expr(children(inner[i]!)[0]!));
          values.push(inner[i + 2]!);
          i += 2;
        }
        const t = this.temp();
        const k = this.temp();
        const tests = [`(${t} = py.matchMapping(${subject}, ${k} = [${keys.join(', ')}])) !== null`];
        values.forEach((v, i) => tests.push(this.patternTest(v, `${t}[${i}]`)));
        if (rest) tests.push(bind(rest, `py.matchRest(${subject}, ${k})`));
        return `(${tests.join(' && ')})`;
      }
      case 'ClassPattern': {
        const [cls, argList] = parts;
        const args = children(argList!).slice(1).filter((c) => !['(', ')', ',', '⚠'].includes(c.name) && !(c.name === 'LiteralPattern' && c.from === c.to));
        const positional = args.filter((a) => a.name !== 'KeywordPattern');
        const keywords = args.filter((a) => a.name === 'KeywordPattern');
        const clsJs = cls!.name === 'AttributePattern' ? this._patternValue(cls!) : this.expr(cls!);
        const t = this.temp();
        const names = keywords.map((k) => `'${this.text(children(k)[0]!)}'`);
        const tests = [`(${t} = ${this.mark(p)}await py.matchClass(${subject}, ${clsJs}, ${positional.length}, [${names.join(', ')}])) !== null`];
        [...positional, ...keywords.map((k) => children(k)[1]!)].forEach((a, i) => tests.push(this.patternTest(a, `${t}[${i}]`)));
        return `(${tests.join(' && ')})`;
      }
      default:
        throw new Error(`emit: cannot match with ${p.name}`);
    }
  }

  /** A value pattern's dotted name (`socket.AF_INET`, `Color.RED`) as JS. */
  private _patternValue(p: SyntaxNode): string {
    const parts = children(p);
    let js = this.expr(parts[0]!);
    for (let i = 2; i < parts.length; i += 2) js = this._dispatch(`py.getattr(${js}, '${this.text(parts[i]!)}')`);
    return js;
  }

  private _loopElse(node: SyntaxNode, parts: SyntaxNode[], loop: (broke: string | undefined) => void): void {
    const elseAt = parts.findIndex((p) => p.name === 'else');
    if (elseAt < 0) return loop(undefined);
    const label = this.temp();
    this.line(`${label}: {`, node);
    this.block(() => {
      loop(label);
      this.line('// the loop ended without break:', parts[elseAt]!);
      for (const s of parts[elseAt + 1]!.children) if (s.name !== ':') this.statement(s);
    });
    this.line('}', node);
  }

  private whileStatement(node: SyntaxNode): void {
    const parts = node.children;
    this._loopElse(node, parts, (label) => {
      this.line(`while (${this.test(parts[1]!)}) {`, node);
      this.loopBody(parts[2]!, label);
      this.line('}', node);
    });
  }

  private forStatement(node: SyntaxNode): void {
    const parts = node.children;
    const inAt = parts.findIndex((p) => p.name === 'in');
    const isAsync = parts[0]!.name === 'async';
    const targets = parts.slice(isAsync ? 2 : 1, inAt);
    const bodyAt = parts.findIndex((p, i) => i > inAt && p.name === 'Body');
    const iterable = this.expressionList(parts.slice(inAt + 1, bodyAt));
    if (isAsync) return this._asyncFor(node, parts, targets, iterable, bodyAt);
    this._loopElse(node, parts, (label) => {
      this.line(`for await (${this.forTarget(targets, iterable, false)}) {`, node);
      this.loopBody(parts[bodyAt]!, label);
      this.line('}', node);
    });
  }

  /** `async for x in it:` — __aiter__ once, then each awaited __anext__() until StopAsyncIteration (py.anext's py.DONE). */
  private _asyncFor(node: SyntaxNode, parts: SyntaxNode[], targets: SyntaxNode[], iterable: string, bodyAt: number): void {
    const it = this.temp();
    const item = this.temp();
    this.line(`${it} = await py.aiter(${iterable});`, node);
    this._loopElse(node, parts, (label) => {
      this.line('for (;;) {', node);
      this.block(() => {
        this.line(`${item} = yield* py.anext(${it});`, node);
        this.line(`if (${item} === py.DONE) break;`, node);
        this.assign(targets, item, node);
      });
      this.loopBody(parts[bodyAt]!, label);
      this.line('}', node);
    });
  }

  /** The head of a for-of: `x of py.iter(xs)` or `[k, v] of py.iterUnpack(xs, 2)`. */
  private forTarget(targets: SyntaxNode[], iterable: string, declare: boolean, iterMark = ''): string {
    const names = this._targetList(targets);
    let inner = names;
    if (names.length === 1 && (names[0]!.name === 'TupleExpression' || names[0]!.name === 'ParenthesizedExpression')) {
      inner = this._targetList(names[0]!.children.slice(1, -1));
    }
    const kw = declare ? 'const ' : '';
    // A comprehension's own variables (declare) are not the module's: no `let` for them up top.
    const bound = (n: SyntaxNode) => declare ? jsName(this.text(n)) : this.name(n);
    if (inner.length === 1 && targets.length === 1 && inner[0] === names[0]) {
      if (names[0]!.name === 'VariableName') return `${kw}${bound(names[0]!)} of ${iterMark}py.iter(${iterable})`;
    }
    if (inner.every((n) => n.name === 'VariableName')) {
      const mark = this.mark(this._spanOf(targets));
      // A name bound twice (`for _, _ in pairs`) keeps its last item, as CPython stores left to
      // right: its earlier places are holes, which a declaration needs (`const [_, _]` is an error).
      const names = inner.map(bound);
      const places = declare ? names.map((name, i) => (names.indexOf(name, i + 1) < 0 ? name : '')) : names;
      return `${kw}${mark}[${places.join(', ')}] of ${iterMark}py.iterUnpack(${iterable}, ${inner.length})`;
    }
    // Nested or attribute targets: bind each item through assign().
    const item = this.temp();
    this._pendingTarget = { targets, item };
    return `${item} of ${iterMark}py.iter(${iterable})`;
  }

  private _pendingTarget: { targets: SyntaxNode[]; item: string } | undefined;

  /** The class body being emitted: its class, the names it defines, the scope its expressions are in. */
  /**
   * The class body being emitted: its names, and those bound before the statement at hand. Once
   * the body has taken its namespace (`l = locals()`), `announced` is what the namespace was last
   * told it holds; the later statements tell it more (py.classBound), as the dict CPython's
   * locals() returns there fills up as the body runs.
   */
  private _classBody: { target: string; names: Set<string>; scope: Scope; qualname: string; bound: string[]; announced?: string[] } | undefined;

  /** What the __qualname__ of a def or lambda here starts with: `outer.<locals>.`, `A.` (PEP 3155). */
  private _qualPrefix = '';

  /** Emits inside a function or class whose qualname is `qualname`: `inner` defined there is `qualname.inner`. */
  private _within<T>(prefix: string, emit: () => T): T {
    const saved = this._qualPrefix;
    this._qualPrefix = prefix;
    try {
      return emit();
    } finally {
      this._qualPrefix = saved;
    }
  }

  /**
   * py.def's qualname argument: only when it is not just the function's name (pass '' for a def,
   * whose function is anonymous), then the docstring and the defaults' values when there are any.
   */
  private _qualArg(qualname: string, name: string, doc?: string, defaults = ''): string {
    if (defaults !== '') return `, ${JSON.stringify(qualname).replaceAll('"', "'")}, ${doc ?? 'void 0'}, ${defaults}`;
    if (doc !== undefined) return `, ${JSON.stringify(qualname).replaceAll('"', "'")}, ${doc}`;
    return qualname === name ? '' : `, ${JSON.stringify(qualname).replaceAll('"', "'")}`;
  }

  /** The JS string of a body's docstring (a plain string as its first statement: `__doc__`), if it has one. */
  private _docstring(body: SyntaxNode): string | undefined {
    const first = body.children.find((s) => s.name !== ':');
    if (first?.name !== 'ExpressionStatement') return undefined;
    const parts = first.children;
    if (parts.length !== 1 || (parts[0]!.name !== 'String' && parts[0]!.name !== 'ContinuedString')) return undefined;
    const js = this.string(parts[0]!);
    return /^["']/.test(js) ? js : undefined;
  }

  private loopBody(body: SyntaxNode, label: string | undefined): void {
    const pending = this._pendingTarget;
    this._pendingTarget = undefined;
    this.block(() => {
      this.line('if (py.due()) await py.turn();', body);
      if (pending) this.assign(pending.targets, pending.item, body);
      const prevLabel = this._breakLabel;
      this._breakLabel = label;
      try {
        for (const s of body.children) if (s.name !== ':') this.statement(s);
      } finally {
        this._breakLabel = prevLabel;
      }
    });
  }

  private _breakLabel: string | undefined;

  /** Parameter list → [JS parameters, the spec py.def records]. */
  /**
   * A parameter list. `early`: non-constant defaults are evaluated where the def is, into
   * $defaults (see _withDefaults); `methodDefaults`: a method's are read from that array, which
   * the class body fills where the def stands (their expressions are left in `nodes`).
   */
  private params(list: SyntaxNode | undefined, skipFirst: boolean, early = false, methodDefaults?: { array: () => string; nodes: SyntaxNode[] }): { js: string[]; spec: string[]; names: string[]; defaults: string[]; values: string } {
    const js: string[] = [];
    const spec: string[] = [];
    const names: string[] = [];
    const defaults: string[] = [];
    // Each default's value as the function reads it, for __defaults__ and __kwdefaults__.
    const values: string[] = [];
    if (!list) return { js, spec, names, defaults, values: '' };
    const parts = list.children.filter((p) => p.name !== '(' && p.name !== ')');
    let star = '';
    let skipped = !skipFirst;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.name === ',' || p.name === '/') continue;
      if (p.name === '*' || p.name === '**') {
        const next = parts[i + 1];
        if (next?.name === 'VariableName') {
          const n = this.text(next);
          js.push(jsName(n));
          names.push(n);
          spec.push(`${p.name}${n}`);
          i++;
        } else {
          spec.push('*');
        }
        star = p.name;
        continue;
      }
      if (p.name === 'VariableName') {
        const n = this.text(p);
        let typeSkip = 0;
        if (parts[i + 1]?.name === 'TypeDef') typeSkip = 1;
        const hasDefault = parts[i + 1 + typeSkip]?.name === 'AssignOp';
        if (!skipped) {
          skipped = true;
          names.push(n);
          i += typeSkip;
          continue;
        }
        names.push(n);
        if (hasDefault) {
          const dflt = parts[i + 2 + typeSkip]!;
          // Python evaluates a default once, where the def is (`lambda i=i: ...` in a loop keeps
          // each i; `def f(x=[])` shares one list): anything but a constant goes through
          // $defaults, evaluated when the function is made (see _withDefaults).
          let value: string;
          if (!early && !methodDefaults || this._isConstant(dflt)) value = this.expr(dflt);
          else if (methodDefaults) {
            value = `${methodDefaults.array()}[${methodDefaults.nodes.length}]`;
            methodDefaults.nodes.push(dflt);
          } else {
            value = `$defaults[${defaults.length}]`;
            defaults.push(this.expr(dflt));
          }
          js.push(`${jsName(n)} = ${value}`);
          values.push(`${/^[A-Za-z_$][\w$]*$/.test(n) ? n : JSON.stringify(n)}: ${value}`);
          spec.push(`${n}=`);
          i += 2 + typeSkip;
        } else {
          js.push(jsName(n));
          spec.push(n);
          i += typeSkip;
        }
      }
    }
    void star;
    return { js, spec, names, defaults, values: values.length > 0 ? `() => ({ ${values.join(', ')} })` : '' };
  }

  private _isConstant(node: SyntaxNode): boolean {
    if (['Number', 'None', 'Boolean'].includes(node.name)) return true;
    if (node.name === 'String') return !splitLiteral(this.text(node)).format;
    const parts = node.children;
    return node.name === 'UnaryExpression' && parts[1]?.name === 'Number';
  }

  /** A function made with its non-constant defaults evaluated now: `(($defaults) => fn)([…])`. */
  private _withDefaults(fn: string, defaults: string[], close = ''): [string, string] {
    if (defaults.length === 0) return [fn, close];
    return [`(($defaults) => ${fn}`, `${close})([${defaults.join(', ')}])`];
  }

  /**
   * Names a function body assigns (its locals), minus `global` / `nonlocal` ones; those that `del`
   * or the end of an except clause can unbind go into `unbindable` as well.
   */
  private collectLocals(body: SyntaxNode, params: string[], unbindable = new Set<string>()): Set<string> {
    const assigned = new Set<string>();
    const declared = new Set<string>();
    const addTargets = (n: SyntaxNode): void => {
      if (n.name === 'VariableName') assigned.add(this.text(n));
      else if (_TARGET_GROUPS.has(n.name)) for (const c of n.children) addTargets(c);
    };
    const walk = (n: SyntaxNode): void => {
      // A token: none of the statements below (the most common node: return before the switch).
      if (n.children.length === 0) return;
      switch (n.name) {
        case 'FunctionDefinition':
        case 'ClassDefinition': {
          const name = n.children.find((c) => c.name === 'VariableName');
          if (name) assigned.add(this.text(name));
          return;
        }
        case 'LambdaExpression':
          return;
        // A comprehension's variables are its own, but what `:=` binds in it is the function's (PEP 572).
        case 'ArrayComprehensionExpression':
        case 'DictionaryComprehensionExpression':
        case 'SetComprehensionExpression':
        case 'ComprehensionExpression':
          for (const name of this._namedTargets(n)) assigned.add(name);
          return;
        case 'NamedExpression':
          assigned.add(this.text(n.firstChild!));
          break;
        // What a match statement's patterns capture.
        case 'CapturePattern':
          if (this.text(n.firstChild!) !== '_') assigned.add(this.text(n.firstChild!));
          return;
        case 'AsPattern': {
          const parts = children(n);
          assigned.add(this.text(parts[parts.length - 1]!));
          break;
        }
        case 'ScopeStatement':
          for (const c of n.children) if (c.name === 'VariableName') declared.add(this.text(c));
          return;
        case 'AssignStatement': {
          const parts = n.children;
          let lastOp = parts.length - 1;
          while (lastOp >= 0 && parts[lastOp]!.name !== 'AssignOp') lastOp--;
          // slice(0, -1) of the map's lastIndexOf: all but the last part when there is no AssignOp.
          const end = lastOp < 0 ? parts.length - 1 : lastOp;
          for (let i = 0; i < end; i++) addTargets(parts[i]!);
          break;
        }
        case 'UpdateStatement':
          addTargets(n.children[0]!);
          break;
        case 'ForStatement': {
          const parts = n.children;
          parts.slice(1, parts.findIndex((p) => p.name === 'in')).forEach(addTargets);
          break;
        }
        case 'WithStatement':
        case 'TryStatement': {
          const parts = n.children;
          parts.forEach((p, i) => {
            if (p.name === 'as' && parts[i + 1]) addTargets(parts[i + 1]!);
            if (p.name === 'as' && n.name === 'TryStatement' && parts[i + 1]?.name === 'VariableName') unbindable.add(this.text(parts[i + 1]!));
          });
          break;
        }
        case 'ImportStatement': {
          for (const name of this.importBindings(n)) assigned.add(name.bound);
          return;
        }
        case 'DeleteStatement':
          n.children.forEach(addTargets);
          for (const c of n.children) if (c.name === 'VariableName') unbindable.add(this.text(c));
          break;
      }
      // Indexed: in cold code a for-of makes an iterator and a result object per child.
      const kids = n.children;
      for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    };
    walk(body);
    for (const p of params) assigned.delete(p);
    for (const d of declared) {
      assigned.delete(d);
      unbindable.delete(d);
    }
    return assigned;
  }

  /** The names `:=` binds in the scope `node` is in: in it and in its comprehensions, not in its lambdas. */
  private _namedTargets(node: SyntaxNode, into: string[] = []): string[] {
    if (node.name === 'NamedExpression') into.push(this.text(node.firstChild!));
    for (const c of children(node)) {
      if (c.name !== 'LambdaExpression' && c.name !== 'FunctionDefinition' && c.name !== 'ClassDefinition') this._namedTargets(c, into);
    }
    return into;
  }

  /** The JS of a function body, with its locals declared. */
  private functionBody(body: SyntaxNode, params: string[], prologue: string[], kind: Scope['kind'] = 'function'): EmittedLine[] {
    const saved = this.scope;
    const savedDepth = this.depth;
    this.scope = this._newScope(kind);
    this.scope.outer = saved;
    this.scope.body = body;
    this.scope.locals = this.collectLocals(body, params, this.scope.unbindable);
    if (kind === 'function') this.scope.boundReads = boundReads(body, (n) => this.text(n), (n) => this.importBindings(n).map((b) => b.bound));
    this.scope.params = params;
    const lines: EmittedLine[] = [];
    const start = this.lineOf(body.from);
    this.depth = savedDepth + 1;
    this._withOutput(lines, () => {
      for (const s of body.children) if (s.name !== ':') this.statement(s);
    });
    const declared = [...[...this.scope.locals].map(jsName), ...this.scope.tempNames];
    const head: EmittedLine[] = prologue.map((text) => ({ text: `${'  '.repeat(savedDepth + 1)}${text}`, pyLine: start }));
    if (declared.length > 0) head.push({ text: `${'  '.repeat(savedDepth + 1)}let ${declared.join(', ')};`, pyLine: start });
    this.scope = saved;
    this.depth = savedDepth;
    return [...head, ...lines];
  }

  private functionDefinition(node: SyntaxNode, made?: string): void {
    const parts = node.children;
    const nameNode = parts.find((p) => p.name === 'VariableName')!;
    const name = this._ownName(nameNode);
    const list = parts.find((p) => p.name === 'ParamList');
    const body = parts.find((p) => p.name === 'Body')!;
    const { js, spec, names, defaults, values } = this.params(list, false, true);
    // An `async def` is a JS async generator too, marked so a call makes a coroutine (runtime/call.ts def).
    const isAsync = parts[0]!.name === 'async';
    // An `async def` whose body yields is an asynchronous generator (runtime/generator.ts PyAsyncGenerator).
    const asyncGen = isAsync && this._isGenerator(body);
    if (isAsync) spec.push(asyncGen ? '/asyncgen' : '/coroutine');
    const qualname = this._qualPrefix + name;
    const free = this._freeSuper(spec, names);
    const lines = this._asyncGenBody(asyncGen, () => this._withSuper(free.cls, free, () => this._within(`${qualname}.<locals>.`, () => this.functionBody(body, names, []))));
    const target = made ?? this.name(nameNode);
    // An anonymous function, named by py.def: a named function expression would bind its own name
    // in its body, where Python's `f` is the module's (or enclosing function's) f, the py.def.
    // A def whose body yields is a generator function: a JS async generator (runtime/generator.ts).
    const star = isAsync || this._isGenerator(body) ? '*' : '';
    const [open, close] = this._withDefaults(`py.def(async function${star} (${js.join(', ')}) {`, defaults);
    this.line(`${target} = ${open}`, node);
    (this._sink ?? this.out).push(...lines);
    this.line(`}, ${JSON.stringify(spec).replaceAll('"', "'")}${this._qualArg(qualname, '', this._docstring(body), values)})${close};`, node);
  }

  private classDefinition(node: SyntaxNode, made?: string): void {
    const parts = node.children;
    const nameNode = parts.find((p) => p.name === 'VariableName')!;
    // The class's own name (`class __Inner` in a class is bound as `_Outer__Inner`, named `__Inner`).
    const own = this._ownName(nameNode);
    const name = jsName(own);
    const args = parts.find((p) => p.name === 'ArgList');
    let bases = args ? args.children.filter((c) => !['(', ')', ','].includes(c.name)) : [];
    // `metaclass=ABCMeta`: the class is an abc.ABC (ABCMeta stands for ABC as a base, stdlib/abc.ts).
    if (isAbcMetaclass(this.src, bases)) bases = [bases[2]!];
    // `class Echo(Plugin, name='echo')`: the keywords are __init_subclass__'s (py.classMade).
    const keywords: string[] = [];
    let metaclass: string | undefined;
    bases = bases.filter((b, i, all) => {
      if (b.name === 'VariableName' && b.nextSibling?.name === 'AssignOp' && this.text(b) === 'metaclass') {
        metaclass = this.expr(all[i + 2]!);
        return false;
      }
      if (b.name === 'VariableName' && b.nextSibling?.name === 'AssignOp') {
        keywords.push(`${JSON.stringify(this._ownName(b))}: ${this.expr(all[i + 2]!)}`);
        return false;
      }
      return !(b.name === 'AssignOp' || all[i - 1]?.name === 'AssignOp');
    });
    const base = bases.map((b) => this.expr(b)).join(', ');
    const body = parts.find((p) => p.name === 'Body')!;
    const target = made ?? this.name(nameNode);
    const classQual = this._qualPrefix + own;
    // Its bases and the name it is bound to are the enclosing scope's; its body's private names are its own.
    this._mangling(own, () => this._classBodyOf(node, { name, base, bases, keywords, metaclass, body, target, classQual }));
  }

  private _classBodyOf(node: SyntaxNode, header: { name: string; base: string; bases: SyntaxNode[]; keywords: string[]; metaclass?: string; body: SyntaxNode; target: string; classQual: string }): void {
    const { name, base, bases, keywords, metaclass, body, target, classQual } = header;
    this.line(`${target} = py.defineClass(class ${name} extends py.base(${base}) {`, node);
    const specs: string[] = [];
    const docs: string[] = [];
    const methodValues: string[] = [];
    const classDoc = this._docstring(body);
    if (classDoc !== undefined) docs.push(`'': ${classDoc}`);
    const after: [SyntaxNode, string, SyntaxNode[]][] = [];
    this.block(() => {
      for (const stmt of body.children) {
        if (stmt.name === 'FunctionDefinition') {
          const ps = stmt.children;
          const mnode = ps.find((p) => p.name === 'VariableName')!;
          const mname = this.text(mnode);
          const list = ps.find((p) => p.name === 'ParamList');
          // Python evaluates a method's defaults once, when the class body reaches the def.
          let array = '';
          const methodDefaults = { array: () => (array ||= this.temp()), nodes: [] as SyntaxNode[] };
          const { js, spec, names, values } = this.params(list, true, false, methodDefaults);
          if (values !== '') methodValues.push(`${JSON.stringify(mname).replaceAll('"', "'")}: ${values}`);
          if (array) after.push([stmt, array, methodDefaults.nodes]);
          const self = names[0];
          const mbody = ps.find((p) => p.name === 'Body')!;
          const isAsync = ps[0]!.name === 'async';
          const asyncGen = isAsync && this._isGenerator(mbody);
          if (isAsync) spec.push(asyncGen ? '/asyncgen' : '/coroutine');
          // A method's own super() is JS's `super`; a def nested in it finds the class by its name (the class expression's own binding).
          const lines = this._asyncGenBody(asyncGen, () => this._withSuper(name, self ? undefined : { cls: name, self: undefined },
            () => this._within(`${classQual}.${this._ownName(mnode)}.<locals>.`, () => this.functionBody(mbody, names, self ? [`const ${jsName(self)} = this;`] : [])), self));
          const star = isAsync || this._isGenerator(mbody) ? '*' : '';
          // A JS class's `constructor` is its constructor: the method is written `$constructor` (runtime/call.ts defineClass).
          const key = mname === 'constructor' ? "'$constructor'" : jsName(mname) === mname ? mname : `'${mname}'`;
          this.line(`async ${star}${key}(${js.join(', ')}) {`, stmt);
          (this._sink ?? this.out).push(...lines);
          this.line('}', stmt);
          // `def run():` in a class, self forgotten: calling it on an instance is CPython's TypeError.
          const noSelf = !list || !list.children.some((p) => p.name === 'VariableName' || p.name === '*' || p.name === '**');
          specs.push(`${mname}: ${JSON.stringify(noSelf ? ['/noself'] : spec).replaceAll('"', "'")}`);
          const doc = this._docstring(mbody);
          if (doc !== undefined) docs.push(`${JSON.stringify(mname).replaceAll('"', "'")}: ${doc}`);
        } else if (stmt.name !== ':' && stmt.name !== 'PassStatement' && !(classDoc !== undefined && stmt === body.children.find((s) => s.name !== ':'))) {
          // Any other statement (an assignment, if, for, a nested class) runs in the class body, in order.
          after.push([stmt, '', []]);
        }
      }
    });
    const docArg = docs.length > 0 ? `{ ${docs.join(', ')} }` : undefined;
    const valuesArg = methodValues.length > 0 ? `{ ${methodValues.join(', ')} }` : '';
    this.line(`}, { ${specs.join(', ')} }${this._qualArg(classQual, name, docArg, valuesArg)});`, node);
    // A base's hook finishes the class once its body has run (an Enum's members: runtime/call.ts classMade).
    // With `metaclass=Meta` the class is what Meta(name, bases, namespace) returns (runtime/metaclass.ts).
    const finish = () => {
      const kwArg = keywords.length > 0 ? `, { ${keywords.join(', ')} }` : '';
      if (metaclass !== undefined) this.line(`${target} = await py.classMade(${target}${kwArg || ', {}'}, ${metaclass});`, node);
      else if (bases.length > 0 || keywords.length > 0) this.line(`await py.classMade(${target}${kwArg});`, node);
    };
    if (after.length === 0) return finish();
    // The class body's statements run in a function named for the class, so an error there has
    // CPython's two frames: `line N, in <module>` at `class B:`, then `line M, in B`.
    this.line(`await (async function $class_${name}() {`, node);
    // The names the body binds (assignments, for targets, imports, nested defs and classes): the class's attributes.
    const names = this.collectLocals(body, []);
    const savedBody = this._classBody;
    // The names each statement finds bound before it, in the order the body binds them: locals() there.
    const boundBefore = new Map<SyntaxNode, string[]>();
    const bound: string[] = [];
    for (const stmt of body.children) {
      boundBefore.set(stmt, [...bound]);
      const defined = stmt.name === 'FunctionDefinition' || stmt.name === 'ClassDefinition'
        ? [this.text(stmt.children.find((c) => c.name === 'VariableName')!)]
        : this.collectLocals(stmt, []);
      for (const n of defined) if (!bound.includes(n)) bound.push(n);
    }
    this._classBody = { target, names, scope: this.scope, qualname: classQual, bound: [] };
    const announce = (names: string[], at: SyntaxNode) => {
      const body = this._classBody!;
      if (body.announced === undefined || body.announced.length === names.length) return;
      body.announced = names;
      this.line(`py.classBound(${target}, ${JSON.stringify(names).replaceAll('"', "'")});`, at);
    };
    this.block(() => {
      for (const [stmt, array, defaults] of after) {
        this._classBody!.bound = boundBefore.get(stmt) ?? [];
        announce(this._classBody!.bound, stmt);
        if (stmt.name === 'FunctionDefinition') {
          const values = this._within(`${classQual}.`, () => defaults.map((d) => this.expr(d)));
          this.line(`${array} = [${values.join(', ')}];`, stmt);
          continue;
        }
        this._within(`${classQual}.`, () => this.statement(stmt));
      }
      announce(bound, node);
    });
    this._classBody = savedBody;
    this.line('})();', node);
    // Methods are made before the body's other statements run: its __dict__ order is the body's.
    if (after.some(([stmt]) => stmt.name !== 'FunctionDefinition')) this.line(`py.classDefined(${target}, ${JSON.stringify(bound).replaceAll('"', "'")});`, node);
    finish();
  }

  /**
   * `@d1 @d2(arg) def f` (or class): as CPython's compiler does it, the decorator expressions
   * evaluated top-down, then the function made (its defaults), then the decorators called on it
   * bottom-up, each call's error shown at its decorator's line (`@d2(arg)`, marked `d2(arg)`).
   * In a class body this runs with the body's statements: the result is the class's attribute.
   */
  private decoratedStatement(node: SyntaxNode): void {
    const parts = node.children;
    const decorators = parts.filter((p) => p.name === 'Decorator');
    const def = parts[parts.length - 1]!;
    const decos = decorators.map((d) => {
      const t = this.temp();
      this.line(`${t} = ${this.decorator(d)};`, d);
      return t;
    });
    const made = this.temp();
    if (def.name === 'ClassDefinition') this.classDefinition(def, made);
    else this.functionDefinition(def, made);
    const target = this.name(def.children.find((p) => p.name === 'VariableName')!);
    for (let i = decorators.length - 1; i >= 0; i--) {
      const d = decorators[i]!;
      const expr = d.children.slice(1);
      const applied = `${this.mark(this._spanOf(expr))}await py.call(${decos[i]}, ${made})`;
      this.line(`${i === 0 ? target : made} = ${applied};`, d);
    }
  }

  /** A decorator's expression: a dotted name (`functools.wraps`), maybe called (`@app.route('/')`). */
  private decorator(node: SyntaxNode): string {
    const parts = node.children.slice(1);
    let js = this.expr(parts[0]!);
    for (let i = 1; i < parts.length; i++) {
      const p = parts[i]!;
      const span = this._spanOf([parts[0]!, p]);
      if (p.name === '.') {
        const attr = parts[++i]!;
        js = this._dispatch(`${this.mark(this._spanOf([parts[0]!, attr]))}py.getattr(${js}, '${this.text(attr)}')`);
      } else if (p.name === 'ArgList') {
        const args = this.args(p);
        js = `(${this.mark(span)}await py.call(${js}${args ? `, ${args}` : ''}))`;
      }
    }
    return js;
  }

  /** Whether the def being emitted is an asynchronous generator (its `yield v` hands v to py.agenValue). */
  private _inAsyncGen = false;

  private _asyncGenBody<T>(asyncGen: boolean, emit: () => T): T {
    const saved = this._inAsyncGen;
    this._inAsyncGen = asyncGen;
    try {
      return emit();
    } finally {
      this._inAsyncGen = saved;
    }
  }

  /** Whether a def's body yields (not counting the defs, classes and lambdas inside it: check.ts refuses a lambda's). */
  private _isGenerator(body: SyntaxNode): boolean {
    // Every yield node's text starts with `yield`: a program without the word has no generator.
    if (!this._mayYield) return false;
    const walk = (n: SyntaxNode): boolean => {
      if (n.name === 'FunctionDefinition' || n.name === 'ClassDefinition' || n.name === 'LambdaExpression') return false;
      if (isYield(n, this.src)) return true;
      return n.children.some(walk);
    };
    return body.children.some(walk);
  }

  /**
   * `yield x` (a tuple for `yield a, b`), a bare `yield` (None), `yield from it` (JS's `yield*`,
   * which passes send()'s values on and is the inner generator's return value): the value is
   * what send() gave, None for next(). As a statement, the value is not kept.
   */
  private yieldExpr(node: SyntaxNode, statement = false): string {
    const wrap = (js: string): string => (statement ? js : `((${js}) ?? null)`);
    if (node.name === 'VariableName') return wrap(this._inAsyncGen ? 'yield py.agenValue(null)' : 'yield null');
    const parts = node.children.slice(1);
    if (parts[0]?.name === 'from') return wrap(`yield* py.iter(${this.expr(parts[1]!)})`);
    // An async generator's item is marked apart from the Futures its awaits yield to the Task.
    if (this._inAsyncGen) return wrap(`yield py.agenValue(${parts.length === 0 ? 'null' : this.expressionList(parts)})`);
    return wrap(parts.length === 0 ? 'yield null' : `yield ${this.expressionList(parts)}`);
  }

  /** The names an import statement binds, and what to bind them to. */
  importBindings(node: SyntaxNode): { bound: string; module: string; attr?: string; star?: boolean }[] {
    const parts = node.children;
    const out: { bound: string; module: string; attr?: string; star?: boolean }[] = [];
    if (parts[0]?.name === 'import') {
      // import a.b as c, d
      let i = 1;
      while (i < parts.length) {
        let dotted = this.text(parts[i]!);
        i++;
        while (parts[i]?.name === '.') {
          dotted += `.${this.text(parts[i + 1]!)}`;
          i += 2;
        }
        if (parts[i]?.name === 'as') {
          out.push({ bound: this.text(parts[i + 1]!), module: dotted, attr: '' });
          i += 2;
        } else {
          // `import a.b` loads a.b (and a), and binds a.
          out.push({ bound: dotted.split('.')[0]!, module: dotted, attr: undefined });
        }
        if (parts[i]?.name === ',') i++;
      }
      return out;
    }
    // from m import a as b, c / from m import *
    const importAt = parts.findIndex((p) => p.name === 'import');
    const module = parts.slice(1, importAt).map((p) => this.text(p)).join('');
    const names = parts.slice(importAt + 1).filter((p) => !['(', ')', ','].includes(p.name));
    for (let i = 0; i < names.length; i++) {
      const n = names[i]!;
      if (n.name === '*') {
        out.push({ bound: '*', module, star: true });
        continue;
      }
      const attr = this.text(n);
      if (names[i + 1]?.name === 'as') {
        out.push({ bound: this.text(names[i + 2]!), module, attr });
        i += 2;
      } else {
        out.push({ bound: attr, module, attr });
      }
    }
    return out;
  }

  private importStatement(node: SyntaxNode): void {
    for (const b of this.importBindings(node)) {
      if (b.star) {
        this.line(`await py.importStar('${b.module}');`, node);
      } else if (b.attr === undefined) {
        this.line(`${this.bind(b.bound)} = await py.importModule('${b.module}');`, node);
      } else if (b.attr === '') {
        this.line(`${this.bind(b.bound)} = await py.importModule('${b.module}', true);`, node);
      } else {
        this.line(`${this.bind(b.bound)} = await py.importFrom('${b.module}', '${b.attr}');`, node);
      }
    }
  }

  private tryStatement(node: SyntaxNode): void {
    const parts = node.children;
    const handlers: { type?: SyntaxNode; as?: SyntaxNode; body: SyntaxNode; at: SyntaxNode }[] = [];
    let elseBody: SyntaxNode | undefined;
    let finallyBody: SyntaxNode | undefined;
    // `except*` (PEP 654): every handler is one (check.ts), and each takes its part of the group.
    let star = false;
    for (let i = 2; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.name === 'except') {
        let j = i + 1;
        const h: { type?: SyntaxNode; as?: SyntaxNode; body: SyntaxNode; at: SyntaxNode } = { body: p, at: p };
        if (parts[j]?.name === '*') {
          star = true;
          j++;
        }
        if (parts[j]?.name !== 'Body') h.type = parts[j++]!;
        if (parts[j]?.name === 'as') {
          h.as = parts[j + 1]!;
          j += 2;
        }
        h.body = parts[j]!;
        handlers.push(h);
        i = j;
      } else if (p.name === 'else') {
        elseBody = parts[++i];
      } else if (p.name === 'finally') {
        finallyBody = parts[++i];
      }
    }
    const ok = elseBody ? this.temp() : undefined;
    const emitTry = (): void => {
      if (ok) this.line(`${ok} = false;`, node);
      this.line('try {', node);
      this.block(() => {
        for (const s of parts[1]!.children) if (s.name !== ':') this.statement(s);
        if (ok) this.line(`${ok} = true;`, node);
      });
      if (star) {
        this._starHandlers(node, handlers);
      } else if (handlers.length > 0) {
        const e = this.temp();
        this.line(`} catch (${e}) {`, handlers[0]!.at);
        this.block(() => {
          this.line(`${e} = py.caught(${e});`, handlers[0]!.at);
          // sys.exc_info() is `e` until the handler ends, however it ends (runtime/handling.ts).
          this.line('try {', handlers[0]!.at);
          handlers.forEach((h, i) => {
            const cond = h.type ? `py.matches(${e}, ${this.expr(h.type)})` : 'true';
            this.line(`${i === 0 ? 'if' : '} else if'} (${cond}) {`, h.at);
            this.block(() => {
              if (h.as) this.line(`${this.name(h.as)} = ${e};`, h.at);
              this.scope.handlers.push(e);
              const body = h.body.children.filter((s) => s.name !== ':');
              // An error inside the handler (not a raise: py.raise chains those itself) has the
              // handled one as its __context__: "During handling of the above exception, …".
              const guard = !body.every((s) => _SAFE_IN_HANDLER.has(s.name));
              const during = guard ? this.temp() : '';
              // CPython ends `except E as x:` with `x = None; del x` however the block ends.
              const unbind = h.as?.name === 'VariableName' ? this._unbind(h.as) : undefined;
              const wrap = guard || unbind !== undefined;
              if (wrap) this.line('try {', h.body);
              try {
                if (wrap) this.block(() => body.forEach((s) => this.statement(s)));
                else body.forEach((s) => this.statement(s));
              } finally {
                this.scope.handlers.pop();
              }
              const caught = guard ? ` catch (${during}) { throw py.duringHandling(${during}, ${e}); }` : '';
              if (wrap) this.line(`}${caught}${unbind ? ` finally { ${unbind} }` : ''}`, h.body);
            });
          });
          if (handlers.every((h) => h.type)) {
            this.line('} else {', node);
            this.block(() => this.line(`throw ${e};`, node));
          }
          this.line('}', node);
          this.line(`} finally { py.handled(${e}); }`, node);
        });
      }
      if (handlers.length === 0 && !finallyBody) this.line('} finally {', node);
      else if (handlers.length > 0) this.line('}', node);
      else this.line('} catch ($e) { throw $e; }', node);
      if (elseBody) {
        this.line(`if (${ok}) {`, elseBody);
        this.body(elseBody);
        this.line('}', elseBody);
      }
    };
    if (finallyBody) {
      this.line('try {', node);
      this.block(emitTry);
      this.line('} finally {', finallyBody);
      this.body(finallyBody);
      this.line('}', finallyBody);
    } else {
      emitTry();
    }
  }

  /**
   * `except* T as eg:` handlers (PEP 654): each takes the part of the exception group its types
   * match (split), a naked exception wrapped in a group; what their bodies raise and the part no
   * handler took are raised on together (runtime/index.ts py.starReraise, CPython's
   * _PyExc_PrepReraiseStar).
   */
  private _starHandlers(node: SyntaxNode, handlers: { type?: SyntaxNode; as?: SyntaxNode; body: SyntaxNode; at: SyntaxNode }[]): void {
    const e = this.temp();
    const rest = this.temp();
    const raised = this.temp();
    this.line(`} catch (${e}) {`, handlers[0]!.at);
    this.block(() => {
      this.line(`${e} = py.caught(${e});`, handlers[0]!.at);
      this.line('try {', handlers[0]!.at);
      this.block(() => {
        this.line(`${rest} = ${e};`, node);
        this.line(`${raised} = [];`, node);
        for (const h of handlers) {
          const match = this.temp();
          this.line(`[${match}, ${rest}] = await py.starSplit(${rest}, ${this.expr(h.type!)});`, h.at);
          this.line(`if (${match} !== null) {`, h.at);
          this.block(() => {
            if (h.as) this.line(`${this.name(h.as)} = ${match};`, h.at);
            const during = this.temp();
            this.line('try {', h.body);
            this.scope.handlers.push(match);
            try {
              this.block(() => h.body.children.filter((st) => st.name !== ':').forEach((st) => this.statement(st)));
            } finally {
              this.scope.handlers.pop();
            }
            const unbind = h.as?.name === 'VariableName' ? this._unbind(h.as) : undefined;
            this.line(`} catch (${during}) { ${raised}.push(py.starRaised(${during}, ${match})); }${unbind ? ` finally { ${unbind} }` : ''}`, h.body);
          });
          this.line('}', h.at);
        }
        this.line(`${raised}.push(${rest});`, node);
        this.line(`${rest} = py.starReraise(${e}, ${raised});`, node);
        this.line(`if (${rest} !== null) throw ${rest};`, node);
      });
      this.line(`} finally { py.handled(${e}); }`, node);
    });
  }

  private withStatement(node: SyntaxNode): void {
    const parts = node.children;
    const items: { expr: SyntaxNode; target?: SyntaxNode }[] = [];
    // `async with`: __aenter__ and __aexit__, awaited (runtime/index.ts py.aenter, py.aexit).
    const isAsync = parts[0]!.name === 'async';
    let i = isAsync ? 2 : 1;
    while (i < parts.length && parts[i]!.name !== 'Body') {
      const item: { expr: SyntaxNode; target?: SyntaxNode } = { expr: parts[i]! };
      i++;
      if (parts[i]?.name === 'as') {
        item.target = parts[i + 1]!;
        i += 2;
      }
      items.push(item);
      if (parts[i]?.name === ',') i++;
    }
    const body = parts[i]!;
    const open = (k: number): void => {
      if (k === items.length) {
        for (const s of body.children) if (s.name !== ':') this.statement(s);
        return;
      }
      const item = items[k]!;
      const cm = this.temp();
      const ok = this.temp();
      this.line(`${cm} = ${this.expr(item.expr)};`, item.expr);
      const entered = isAsync ? `(yield* py.aenter(${cm}))` : `await py.enter(${cm})`;
      if (item.target) this.assign([item.target], entered, item.expr);
      else this.line(`${entered};`, item.expr);
      this.line(`${ok} = true;`, item.expr);
      this.line('try {', item.expr);
      this.block(() => open(k + 1));
      this.line(`} catch ($e) {`, item.expr);
      this.block(() => {
        this.line(`${ok} = false;`, item.expr);
        this.line(isAsync ? `if (!(yield* py.aexit(${cm}, $e))) throw $e;` : `if (!(await py.exit(${cm}, $e))) throw $e;`, item.expr);
      });
      this.line(`} finally {`, item.expr);
      this.block(() => this.line(isAsync ? `if (${ok}) yield* py.aexit(${cm}, null);` : `if (${ok}) await py.exit(${cm}, null);`, item.expr));
      this.line('}', item.expr);
    };
    open(0);
  }

  private raiseStatement(node: SyntaxNode): void {
    const parts = node.children;
    if (parts.length === 1) {
      const current = this.scope.handlers[this.scope.handlers.length - 1];
      this.line(current ? `throw ${current};` : 'throw py.reraise();', node);
      return;
    }
    const fromAt = parts.findIndex((p) => p.name === 'from');
    // CPython points a raise at the whole statement, also when the exception is made by a call
    // there (`raise ValueError(...)`, whose JS stack is taken inside that call).
    const exc = this.expr(parts[1]!).replace(/^\(\u0001\d+\u0002await /, () => `(${this.mark(node)}await `);
    const current = this.scope.handlers[this.scope.handlers.length - 1];
    const cause = fromAt > 0 ? `, ${this.expr(parts[fromAt + 1]!)}` : current ? ', void 0' : '';
    this.line(`throw ${this.mark(node)}await py.raise(${exc}${cause}${current ? `, ${current}` : ''});`, node);
  }

  private deleteStatement(node: SyntaxNode): void {
    for (const t of node.children.slice(1)) {
      if (t.name === ',') continue;
      if (t.name === 'VariableName') {
        const cls = this._classAttribute(this.text(t));
        if (cls !== undefined) this.line(`py.delClassLocal(${this._classBody!.target}, '${this.text(t)}');`, node);
        else if (this.scope.kind !== 'module') this.line(`${this.name(t)} = void 0;`, node);
        else this.line(this.options.ownNamespace ? `delete ${this.name(t)};` : `py.delglobal('${this.text(t)}');`, node);
        continue;
      }
      const parts = t.children;
      const obj = this.expr(parts[0]!);
      if (parts[1]?.name === '.') this.line(`${this._dispatch(`py.delattr(${obj}, '${this.text(parts[2]!)}')`)};`, node);
      else this.line(`${this._dispatch(`py.delitem(${obj}, ${this.subscript(parts.slice(2, -1))})`)};`, node);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Expressions.

  /** The statement that unbinds a name without failing (`x = None; del x`): a global goes, a local is reset. */
  private _unbind(node: SyntaxNode): string {
    const cls = this._classAttribute(this.text(node));
    if (cls !== undefined) return `delete ${cls};`;
    if (this.scope.kind !== 'module') return `${this.name(node)} = void 0;`;
    return this.options.ownNamespace ? `${this.name(node)} = null; delete ${this.name(node)};` : `py.unbindGlobal('${this.text(node)}');`;
  }

  private name(node: SyntaxNode): string {
    const n = this.text(node);
    return this.bind(n);
  }

  private bind(n: string): string {
    const cls = this._classAttribute(n);
    if (cls !== undefined) return cls;
    if (this.scope.kind === 'module') this.moduleNames.add(n);
    return jsName(n);
  }

  /**
   * Whether a read of `n` in a comprehension or function is of a global (LOAD_GLOBAL): no
   * comprehension around it and no enclosing function binds it. Module-level code itself and a
   * class body read through the namespace's locals (LOAD_NAME).
   */
  private _readsGlobal(n: string): boolean {
    if (this._comprehensionVariables.some((names) => names.has(n))) return false;
    if (this.scope.kind === 'module') return this._comprehensionVariables.length > 0;
    if (this.scope.kind === 'class' && this._comprehensionVariables.length === 0) return false;
    for (let s: Scope | undefined = this.scope; s !== undefined; s = s.outer) {
      if (s.kind === 'function' && (s.locals.has(n) || s.params.includes(n))) return false;
    }
    return true;
  }

  /** The names a target list binds (`x`, `k, v`, `(a, *rest)`). */
  private _targetNames(targets: SyntaxNode[], into = new Set<string>()): Set<string> {
    for (const t of targets) {
      if (t.name === 'VariableName') into.add(this.text(t));
      else if (t.name !== 'MemberExpression') this._targetNames(children(t), into);
    }
    return into;
  }

  /** A name the class body being emitted binds: the class's attribute (`K.prototype["n"]`), as a JS target. */
  private _classAttribute(n: string): string | undefined {
    const body = this._classBody;
    if (!body || body.scope !== this.scope || !body.names.has(n)) return undefined;
    return `${body.target}.prototype[${JSON.stringify(n)}]`;
  }

  /** `a, b` (a tuple) or a single expression. */
  expressionList(nodes: SyntaxNode[], top = false): string {
    const items = nodes.filter((n) => n.name !== ',');
    if (items.length === 1 && nodes.length === 1) return this.expr(items[0]!, top);
    return `py.tuple(${this.elements(nodes)})`;
  }

  /** Items of a list/tuple/set display, with `*x` spread. */
  private elements(nodes: SyntaxNode[]): string {
    const out: string[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      if (n.name === ',') continue;
      if (n.name === '*') {
        out.push(this._spread(this.expr(nodes[++i]!)));
        continue;
      }
      out.push(this.expr(n));
    }
    return out.join(', ');
  }

  /** A JS boolean for a Python condition: comparisons as they are, anything else through py.truthy. */
  test(node: SyntaxNode): string {
    if (node.name === 'Boolean') return this.text(node) === 'True' ? 'true' : 'false';
    if (node.name === 'Number' && this.text(node) === '1') return 'true';
    if (node.name === 'ParenthesizedExpression') {
      const inner = node.children.slice(1, -1);
      if (inner.length === 1) return this.test(inner[0]!);
    }
    if (node.name === 'UnaryExpression' && node.children[0]!.name === 'not') return `!${this.test(node.children[1]!)}`;
    if (node.name === 'BinaryExpression') {
      const [a, op, b] = node.children;
      if (op!.name === 'and') return `(${this.test(a!)} && ${this.test(b!)})`;
      if (op!.name === 'or') return `(${this.test(a!)} || ${this.test(b!)})`;
      if (this._isComparison(node)) return this.expr(node);
    }
    return this._dispatch(`py.truthy(${this.expr(node)})`);
  }

  /**
   * Whether a generator expression runs lazily (py.genexp): as a call's argument (`any(f(x) for x
   * in xs)`), bound to a name, looped over or returned. Elsewhere (`a, b = (…)`, `*(…)`, `x in (…)`)
   * the synchronous code around it takes its items at once, as a list made on the spot.
   */
  private _lazyGenexp(node: SyntaxNode): boolean {
    const parent = node.parent;
    if (node.prevSibling?.name === '*') return false;
    if (node.name === 'ArgList' || parent?.name === 'ArgList' || parent?.name === 'ForStatement' || parent?.name === 'ReturnStatement') return true;
    if (parent?.name !== 'AssignStatement') return false;
    const parts = parent.children;
    return parts.length === 3 && parts[0]!.name === 'VariableName' && parts[2]!.from === node.from;
  }

  /** A literal the compiler folds to a constant: _isConstant's, and tuples of those. */
  private _isFoldedConstant(node: SyntaxNode): boolean {
    if (node.name !== 'ParenthesizedExpression' && node.name !== 'TupleExpression') return this._isConstant(node);
    return node.children.slice(1, -1).every((n) => n.name === ',' || this._isFoldedConstant(n));
  }

  private _isComparison(node: SyntaxNode): boolean {
    if (node.name !== 'BinaryExpression') return false;
    const op = node.children[1]!;
    return op.name === 'CompareOp' || op.name === 'in' || op.name === 'is' || (op.name === 'not' && node.children[2]?.name === 'in');
  }

  expr(node: SyntaxNode, top = false): string {
    switch (node.name) {
      case 'VariableName': {
        const n = this.text(node);
        // A bare `yield` (parse.ts): no name is spelt so.
        if (n === 'yield') return this.yieldExpr(node);
        // In a class body a name the body defines is the class's once set (LOAD_NAME), else the enclosing one.
        const body = this._classBody;
        if (!this.scope.locals.has(n)) this.freeNames.add(n);
        if (body && body.scope === this.scope && body.names.has(n)) return `py.classLocal(${body.target}, '${n}', () => ${jsName(n)})`;
        if (this.scope.unbindable.has(n)) return `${this.mark(node)}py.local(${jsName(n)}, '${n}')`;
        if (this.options.ownNamespace && this._readsGlobal(n)) return `${this.mark(node)}py.globalName($globals, '${jsName(n)}')`;
        // A global or builtin can be missing: its NameError points at the name (^^^^).
        if (!this.scope.locals.has(n)) return `${this.mark(node)}${jsName(n)}`;
        // A local read before anything surely assigned it: UnboundLocalError if nothing has.
        if (this.scope.boundReads && !this.scope.boundReads.has(node.from)) return `${this.mark(node)}py.local(${jsName(n)}, '${n}')`;
        return jsName(n);
      }
      case 'None': return 'null';
      case 'Ellipsis': return 'py.Ellipsis';
      case 'Boolean': return this.text(node) === 'True' ? 'true' : 'false';
      case 'Number': {
        const n = numberSource(this.text(node));
        return n.float ? `py.float(${n.js})` : n.js;
      }
      case 'String':
      case 'FormatString':
      case 'ContinuedString':
        return this.string(node);
      case 'NamedExpression': {
        // `(data := s.recv(1024))`: the assignment's value is the expression's.
        const [target, , value] = children(node);
        const v = this.expr(value!);
        if (this._classAttribute(this.text(target!)) === undefined) return `(${this.assignOne(target!, v)})`;
        const t = this.temp();
        return `(${t} = ${v}, ${this.assignOne(target!, t)}, ${t})`;
      }
      case 'ParenthesizedExpression': {
        const inner = node.children.slice(1, -1);
        if (inner.length === 1) return this.expr(inner[0]!, top);
        return `py.tuple(${this.elements(inner)})`;
      }
      case 'TupleExpression': return `py.tuple(${this.elements(node.children.slice(1, -1))})`;
      case 'ArrayExpression': return `[${this.elements(node.children.slice(1, -1))}]`;
      case 'SetExpression': {
        const items = node.children.slice(1, -1);
        // CPython compiles a display of more than two constants as a frozenset constant merged into
        // a new set (compile.c starunpack_helper), which can lay it out unlike adding one by one.
        const constant = items.filter((n) => n.name !== ',');
        if (constant.length > 2 && constant.every((n) => this._isFoldedConstant(n))) return `py.constantSet([${this.elements(items)}])`;
        return this._dispatch(`py.set([${this.elements(items)}])`);
      }
      case 'DictionaryExpression': return this.dict(node);
      case 'ArrayComprehensionExpression':
      case 'SetComprehensionExpression':
      case 'DictionaryComprehensionExpression':
      case 'ComprehensionExpression':
        return this.comprehension(node, node.children.slice(1, -1), node.name);
      case 'MemberExpression': {
        const parts = node.children;
        if (parts[1]?.name === '.') {
          const obj = parts[0]!;
          if (this._isSuperCall(obj)) return this._super(this.text(parts[2]!));
          return this._dispatch(`${this.mark(node)}py.getattr(${this.expr(obj)}, '${this.text(parts[2]!)}')`);
        }
        const anchors: [number, number] = [this._unparen(parts[0]!).to, parts[parts.length - 2]!.to + 1];
        return this._dispatch(`${this.mark(node, anchors)}py.getitem(${this.expr(parts[0]!)}, ${this.subscript(parts.slice(2, -1))})`);
      }
      case 'CallExpression': return this.call(node, top);
      case 'UnaryExpression': {
        const [op, arg] = node.children;
        if (op!.name === 'not') return `!${this.test(arg!)}`;
        const o = this.text(op!);
        if (o === '-' && arg!.name === 'Number') {
          const n = numberSource(this.text(arg!));
          if (!n.float) return n.js.startsWith('-') ? n.js.slice(1) : `-${n.js}`;
        }
        return this._dispatch(`py.${o === '-' ? 'neg' : o === '+' ? 'pos' : 'invert'}(${this.expr(arg!)})`);
      }
      case 'BinaryExpression': return this.binary(node);
      case 'ConditionalExpression': {
        const [a, , c, , b] = node.children;
        return `(${this.test(c!)} ? ${this.expr(a!)} : ${this.expr(b!)})`;
      }
      case 'LambdaExpression': return this.lambda(node);
      case 'YieldExpression': return this.yieldExpr(node);
      // `await x`: the coroutine's body delegates to x's __await__ (runtime/index.ts py.await).
      case 'AwaitExpression': return `(yield* py.await(${this.expr(node.children[1]!)}))`;
      default:
        throw new Error(`emit: unexpected ${node.name}`);
    }
  }

  /**
   * An operator a Python class may answer with a dunder method (__eq__, __bool__, __add__, …):
   * py.* returns undefined while that method runs, and its result is awaited (runtime/dunders.ts).
   */
  private _dispatch(js: string, fn?: string): string {
    if (fn !== undefined && !_DUNDER_OPS.has(fn)) return js;
    // A marked operation's method may fail after awaiting: V8 then places the frame at this
    // await, which the mark's second half (\u0003id\u0002) adds to the span's columns.
    const marked = /^\u0001(\d+)\u0002/.exec(js);
    return `(${js} ?? ${marked ? `\u0003${marked[1]}\u0002` : ''}await py.dunder())`;
  }

  /** `*x` in a call or a display: `...py.iter(x)`, whose items a Python class's __iter__ may yield. */
  private _spread(js: string, callee?: SyntaxNode): string {
    const name = callee?.name === 'VariableName' ? `, '${this.text(callee)}'` : '';
    return `...(py.spread(${js}${name}) ?? await py.dunder())`;
  }

  /**
   * `super().name`: in a method, the base class's method through JS's own `super`. A method named
   * as a JS method of the builtin a class extends (a list subclass's `push`, a dict subclass's
   * `get`) is kept apart from the JS one (runtime/call.ts _moveShadowing), so `super[py.SHADOWED]`
   * hands the base's table along; a special method (`__init__`) never is. In a decorated def of a
   * class body (a free function, runtime/property.ts) the class and the def's first parameter say
   * where to look.
   */
  private _super(attr: string): string {
    const free = this._superOf;
    // CPython's zero-argument super() reads the __class__ cell and the function's first positional argument.
    if (free?.self === undefined && free) return `py.superUnavailable('no arguments')`;
    if (free?.cls === undefined && free) return `py.superUnavailable('__class__ cell not found')`;
    if (free) return this._dispatch(`py.superAttribute(${free.cls}, ${free.self}, '${attr}')`);
    const shadowed = attr.startsWith('__') ? '' : ', super[py.SHADOWED]';
    const jsSuper = `py.superMethod(super.${attr}, this, '${attr}'${shadowed})`;
    // An instance of a class with several bases: the next class in its MRO, which JS's `super` (the
    // method's own class's base) may not be (runtime/mro.ts).
    const cls = this._enclosingClass;
    return cls === undefined ? jsSuper : `(this[py.LINEARISED] ? ${this._dispatch(`py.superAttribute(${cls}, this, '${attr}')`)} : ${jsSuper})`;
  }

  /**
   * In a function that is not a JS method (a decorated def of a class body, a def, lambda or
   * comprehension nested in a method): the class (as JS) and the function's first positional
   * parameter, for super(); either may be missing, as CPython's RuntimeError says. Undefined in a
   * JS method, whose super() is JS's `super`.
   */
  private _superOf: { cls: string | undefined; self: string | undefined } | undefined;

  /** The class whose body lexically holds the function being emitted (CPython's `__class__` cell), as JS. */
  private _enclosingClass: string | undefined;

  /** super()'s class and self in a def or lambda with these parameters (`spec[0]` is its first, unless `*args`). */
  private _freeSuper(spec: string[], names: string[]): { cls: string | undefined; self: string | undefined } {
    const classBody = this._classBody?.scope === this.scope ? this._classBody : undefined;
    const first = spec[0] !== undefined && !spec[0].startsWith('*') && names[0] !== undefined ? jsName(names[0]) : undefined;
    return { cls: classBody ? classBody.target : this._enclosingClass, self: first };
  }

  private _withSuper<T>(cls: string | undefined, free: typeof this._superOf, emit: () => T, methodSelf?: string): T {
    const saved = [this._superOf, this._enclosingClass, this._methodSelf] as const;
    this._superOf = free;
    this._enclosingClass = cls;
    this._methodSelf = free === undefined ? methodSelf : undefined;
    try {
      return emit();
    } finally {
      [this._superOf, this._enclosingClass, this._methodSelf] = saved;
    }
  }

  /** The first parameter of the JS method being emitted (`self`), for `super(B, self)`. */
  private _methodSelf: string | undefined;

  /**
   * Whether `node` is a super() that `.name` reads through JS's `super` (_super): `super()`, or in
   * a method `super(B, self)` naming its own class and self, as Python 2's tutorials write it.
   * Any other `super(X, y)` is a super object (runtime/super.ts).
   */
  private _isSuperCall(node: SyntaxNode): boolean {
    if (node.name !== 'CallExpression') return false;
    const [callee, argList] = children(node);
    if (callee!.name !== 'VariableName' || this.text(callee!) !== 'super') return false;
    const args = children(argList!).filter((c) => !['(', ')', ','].includes(c.name));
    if (args.length === 0) return true;
    return args.length === 2 && this._superOf === undefined && this._methodSelf !== undefined
      && args[0]!.name === 'VariableName' && jsName(this.text(args[0]!)) === this._enclosingClass
      && args[1]!.name === 'VariableName' && this.text(args[1]!) === this._methodSelf;
  }

  /** `super()` as a value (`s = super()`, `print(super())`), and `super(X, y)`: a super object. */
  private _superValue(args: string): string {
    if (args) return `py.superObject(${args})`;
    const free = this._superOf;
    if (free?.self === undefined && free) return `py.superUnavailable('no arguments')`;
    if (free?.cls === undefined && free) return `py.superUnavailable('__class__ cell not found')`;
    if (free) return `py.superObject(${free.cls}, ${free.self})`;
    if (this._enclosingClass !== undefined) return `py.superObject(${this._enclosingClass}, this)`;
    return `py.superUnavailable('no arguments')`;
  }

  private binary(node: SyntaxNode): string {
    const parts = node.children;
    const [a, op] = parts;
    if (op!.name === 'and' || op!.name === 'or') {
      const t = this.temp();
      const left = this.expr(a!);
      const right = this.expr(parts[2]!);
      const test = this._dispatch(`py.truthy(${t} = ${left})`);
      return op!.name === 'and' ? `(${test} ? ${right} : ${t})` : `(${test} ? ${t} : ${right})`;
    }
    if (this._isComparison(node)) return this.comparison(node);
    const fn = _BINARY[this.text(op!)];
    return this._dispatch(`${this.mark(node, this._binopAnchors(a!, parts[2]!))}py.${fn}(${this.expr(a!)}, ${this.expr(parts[2]!)})`, fn!);
  }

  /** `a < b < c` is `a < b and b < c` with b evaluated once. */
  private comparison(node: SyntaxNode): string {
    const operands: SyntaxNode[] = [];
    const ops: string[] = [];
    const flatten = (n: SyntaxNode): void => {
      const parts = n.children;
      if (this._isComparison(parts[0]!)) flatten(parts[0]!);
      else operands.push(parts[0]!);
      const opText = parts.slice(1, -1).map((p) => this.text(p)).join(' ');
      ops.push(opText);
      operands.push(parts[parts.length - 1]!);
    };
    flatten(node);
    const simple = (n: SyntaxNode): boolean => ['VariableName', 'Number', 'String', 'None', 'Boolean'].includes(n.name);
    const values: string[] = [this.expr(operands[0]!)];
    const tests: string[] = [];
    for (let i = 0; i < ops.length; i++) {
      const right = operands[i + 1]!;
      let rightJs = this.expr(right);
      let rightUse = rightJs;
      if (i < ops.length - 1 && !simple(right)) {
        const t = this.temp();
        rightUse = `(${t} = ${rightJs})`;
        rightJs = t;
      }
      tests.push(this._compare(ops[i]!, values[i]!, rightUse));
      values.push(rightJs);
    }
    if (tests.length > 1) return `(${tests.join(' && ')})`;
    // A traceback marks the whole comparison (`'<' not supported`, `argument of type 'int' is not iterable`).
    const only = tests[0]!;
    const at = /^!?\(?py\./.exec(only)?.[0].length;
    return at === undefined ? only : `${only.slice(0, at - 3)}${this.mark(node)}${only.slice(at - 3)}`;
  }

  private _compare(op: string, a: string, b: string): string {
    const rich = (js: string): string => this._dispatch(js);
    switch (op) {
      case '==': return rich(`py.eq(${a}, ${b})`);
      case '!=': case '<>': return rich(`py.ne(${a}, ${b})`);
      case 'in': return this._dispatch(`py.contains(${b}, ${a})`);
      case 'not in': return `!${this._dispatch(`py.contains(${b}, ${a})`)}`;
      case 'is': return `py.is(${a}, ${b})`;
      case 'is not': return `!py.is(${a}, ${b})`;
      default: return rich(`py.${_COMPARE[op]}(${a}, ${b})`);
    }
  }

  /** The key of `x[...]`: an index, a slice, or a tuple of them. */
  private subscript(nodes: SyntaxNode[]): string {
    const groups: SyntaxNode[][] = [[]];
    for (const n of nodes) {
      if (n.name === ',') groups.push([]);
      else groups[groups.length - 1]!.push(n);
    }
    if (groups[groups.length - 1]!.length === 0 && groups.length > 1) groups.pop();
    const one = (g: SyntaxNode[]): string => {
      if (!g.some((n) => n.name === ':')) return this.expr(g[0]!);
      const slots: (SyntaxNode | undefined)[] = [undefined];
      for (const n of g) {
        if (n.name === ':') slots.push(undefined);
        else slots[slots.length - 1] = n;
      }
      const [a, b, c] = slots;
      return `py.slice(${a ? this.expr(a) : 'null'}, ${b ? this.expr(b) : 'null'}, ${c ? this.expr(c) : 'null'})`;
    };
    if (groups.length === 1) return one(groups[0]!);
    return `py.tuple(${groups.map(one).join(', ')})`;
  }

  private dict(node: SyntaxNode): string {
    const parts = node.children.slice(1, -1);
    const entries: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.name === ',') continue;
      if (p.name === '**') {
        entries.push(`...(py.items(${this.expr(parts[++i]!)}) ?? await py.dunder())`);
        continue;
      }
      entries.push(`[${this.expr(p)}, ${this.expr(parts[i + 2]!)}]`);
      i += 2;
    }
    return this._dispatch(`py.dict([${entries.join(', ')}])`);
  }

  /**
   * A comprehension as an async function run at once: `[x for x in xs if x]`; a generator
   * expression as an async generator that py.genexp() runs one item at a time.
   */
  private comprehension(node: SyntaxNode, parts: SyntaxNode[], kind: string): string {
    // A comprehension is a function of its own: in a class body, only its first iterable sees the
    // class's names (CPython), and its variables are its own, not class attributes.
    const classBody = this._classBody;
    this._classBody = undefined;
    // Its super() is CPython's too: the comprehension's first argument is the iterator (`.0`).
    const outerSuper = this._superOf;
    const nesting = this._comprehensionVariables.length;
    try {
      return this._withSuper(this._enclosingClass, { cls: this._enclosingClass, self: '$outer' },
        () => this._comprehension(node, parts, kind, classBody, outerSuper));
    } finally {
      this._classBody = classBody;
      this._comprehensionVariables.length = nesting;
    }
  }

  private _comprehension(node: SyntaxNode, parts: SyntaxNode[], kind: string, classBody: typeof this._classBody, outerSuper: typeof this._superOf): string {
    const forAt = parts.findIndex((p) => p.name === 'for');
    const element = parts.slice(0, forAt);
    const clauses: string[] = [];
    // `async for` or `await` in it (or in a comprehension of it): its body awaits as a coroutine does.
    const isAsync = isAsyncComprehension(node);
    const lazy = kind === 'ComprehensionExpression' && (isAsync || this._lazyGenexp(node));
    let outer = '';
    let depth = 0;
    const closers: string[] = [];
    for (let i = forAt; i < parts.length;) {
      const p = parts[i]!;
      if (p.name === 'for') {
        const inAt = parts.findIndex((q, j) => j > i && q.name === 'in');
        let end = inAt + 1;
        while (end < parts.length && parts[end]!.name !== 'for' && parts[end]!.name !== 'if' && parts[end]!.name !== 'async') end++;
        // The first iterable is evaluated where the comprehension is (CPython passes it in).
        if (depth === 0) this._classBody = classBody;
        const innerSuper = this._superOf;
        if (depth === 0) this._superOf = outerSuper;
        let iterable = this.expressionList(parts.slice(inAt + 1, end));
        this._superOf = innerSuper;
        this._classBody = undefined;
        if (depth === 0) {
          [outer, iterable] = [iterable, '$outer'];
          this._comprehensionVariables.push(new Set());
        }
        this._targetNames(parts.slice(i + 1, inAt), this._comprehensionVariables.at(-1));
        const pad = '  '.repeat(depth);
        if (parts[i - 1]?.name === 'async') {
          // `async for`: __aiter__ once (the first one where the comprehension is), then each awaited __anext__;
          // the item is bound by a one-round loop over it (whose `continue` is the clause's next item).
          if (depth === 0) outer = `(await py.aiter(${outer}))`;
          const ai = `$ai${depth}`;
          const ax = `$ax${depth}`;
          clauses.push(`${pad}for (const ${ai} of [${depth === 0 ? '$outer' : `await py.aiter(${iterable})`}]) for (;;) { const ${ax} = yield* py.anext(${ai}); if (${ax} === py.DONE) break;`
            + ` for await (${this.forTarget(parts.slice(i + 1, inAt), `[${ax}]`, true)}) {`);
          closers.push('}}');
        } else {
          // A later clause's iterable that is not iterable: CPython 3.11 underlines the whole comprehension.
          clauses.push(`${pad}for await (${this.forTarget(parts.slice(i + 1, inAt), iterable, true, depth > 0 ? this.mark(node) : '')}) {`);
          if (depth === 0 && isAsync) outer = `py.iter(${outer})`;
          closers.push('}');
        }
        depth++;
        i = end;
      } else if (p.name === 'if') {
        clauses.push(`${'  '.repeat(depth)}if (!${this.test(parts[i + 1]!)}) continue;`);
        i += 2;
      } else {
        i++;
      }
    }
    let push: string;
    let init: string;
    if (kind === 'DictionaryComprehensionExpression') {
      init = 'py.dict()';
      push = `$r.set(${this.expr(element[0]!)}, ${this.expr(element[2]!)});`;
    } else {
      init = kind === 'SetComprehensionExpression' ? 'py.set()' : '[]';
      push = `${kind === 'SetComprehensionExpression' ? '$r.add' : '$r.push'}(${this.expr(element[0]!)});`;
    }
    const close = Array.from({ length: depth }, (_, k) => `${'  '.repeat(depth - k - 1)}${closers[depth - k - 1]}`);
    if (isAsync && lazy) {
      // An asynchronous generator expression: an async generator object, its items marked as an async def's yields.
      return `${this.mark(node)}py.agenexp(async function* $genexpr($outer) { ${clauses.join(' ')} ${'  '.repeat(depth)}yield py.agenValue(${this.expr(element[0]!)}); ${close.join(' ')} }, ${outer}, ${JSON.stringify(`${this._qualPrefix}<genexpr>`).replaceAll('"', "'")})`;
    }
    if (isAsync) {
      // An asynchronous comprehension, in an async def (check.ts): delegated to, so its awaits' Futures reach the Task.
      const name = kind === 'DictionaryComprehensionExpression' ? '$dictcomp' : kind === 'SetComprehensionExpression' ? '$setcomp' : '$listcomp';
      return `(${this.mark(node)}yield* (async function* ${name}($outer) { const $r = ${init}; ${clauses.join(' ')} ${'  '.repeat(depth)}${push} ${close.join(' ')} return $r; })(${outer}))`;
    }
    if (lazy) {
      return `${this.mark(node)}py.genexp(${outer}, async function* $genexpr($outer) { ${clauses.join(' ')} ${'  '.repeat(depth)}yield ${this.expr(element[0]!)}; ${close.join(' ')} })`;
    }
    const name = kind === 'DictionaryComprehensionExpression' ? '$dictcomp' : kind === 'SetComprehensionExpression' ? '$setcomp' : kind === 'ComprehensionExpression' ? '$genexpr' : '$listcomp';
    // Marked where V8 places the frame (the await once it has waited, else the call's argument
    // list): the enclosing frame of an error inside underlines the comprehension, as CPython's does.
    // iter() of the first iterable is called here too (GET_ITER before the call): `[y for y in 5]`
    // fails in the enclosing frame, with no <listcomp> frame.
    return `(${this.mark(node)}await (async function ${name}($outer) { const $r = ${init}; ${clauses.join(' ')} ${'  '.repeat(depth)}${push} ${close.join(' ')} return $r; })${this.mark(node)}(${this.mark(node)}py.iter(${outer})))`;
  }

  private lambda(node: SyntaxNode): string {
    const parts = node.children;
    const list = parts.find((p) => p.name === 'ParamList');
    const body = parts[parts.length - 1]!;
    const { js, spec, names, defaults, values } = this.params(list, false, true);
    const free = this._freeSuper(spec, names);
    const saved = this.scope;
    this.scope = this._newScope('function');
    this.scope.outer = saved;
    this.scope.body = body;
    for (const n of names) this.scope.locals.add(n);
    // `lambda: (x := 1)`: x is the lambda's own variable.
    const named = [...new Set(this._namedTargets(body))].filter((n) => !names.includes(n));
    for (const n of named) this.scope.locals.add(n);
    const qualname = `${this._qualPrefix}<lambda>`;
    const value = this._withSuper(free.cls, free, () => this._within(`${qualname}.<locals>.`, () => this.expr(body)));
    const declared = [...named.map(jsName), ...this.scope.tempNames];
    this.scope = saved;
    const inner = declared.length > 0 ? `{ let ${declared.join(', ')}; return ${value}; }` : value;
    const [open, close] = this._withDefaults(`py.def(async (${js.join(', ')}) => ${inner}, ${JSON.stringify(spec).replaceAll('"', "'")}${this._qualArg(qualname, '', undefined, values)})`, defaults);
    return `${open}${close}`;
  }

  private call(node: SyntaxNode, top: boolean): string {
    const [callee, argList] = children(node);
    const method = callee!.name === 'MemberExpression' && children(callee!)[1]?.name === '.' ? callee! : undefined;
    // `f(*x)`, `o.m(**d)`: the callee is kept in a temporary, so that a TypeError about x or d can
    // name it as CPython's does (`__main__.f() argument after * must be an iterable, not int`).
    const unpacks = children(argList!).some((p) => p.name === '*' || p.name === '**');
    // A name is read again instead (`() => f`).
    const byName = callee!.name === 'VariableName';
    const held = unpacks && !byName ? this.temp() : undefined;
    const memberParts = method ? children(method) : undefined;
    const namer = !unpacks ? undefined : byName ? `() => ${this.expr(callee!)}` : memberParts ? `() => py.getattr(${held}, '${this.text(memberParts[2]!)}')` : `() => ${held}`;
    const args = this.args(argList!, namer);
    const wrap = (s: string): string => {
      const m = this.mark(node, undefined, method);
      return top ? `${m}await ${s}` : `(${m}await ${s})`;
    };
    if (callee!.name === 'MemberExpression') {
      const parts = callee!.children;
      if (parts[1]?.name === '.') {
        const attr = this.text(parts[2]!);
        if (this._isSuperCall(parts[0]!)) return wrap(`py.call(${this._super(attr)}${args ? `, ${args}` : ''})`);
        const obj = held === undefined ? this.expr(parts[0]!) : `(${held} = ${this.expr(parts[0]!)})`;
        return wrap(`py.callMethod(${obj}, '${attr}'${args ? `, ${args}` : ''})`);
      }
    }
    const calleeName = callee!.name === 'VariableName' ? this.text(callee!) : undefined;
    if (calleeName === 'super') return this._superValue(args);
    // locals() (and vars(), dir()) in a function: its variables, which only the call site can see (runtime/namespace.ts).
    const namespaceCall = calleeName !== undefined && _NAMESPACE_CALLS.has(calleeName) ? calleeName : undefined;
    // locals(), vars() and dir() in a class body: the class's namespace so far.
    const classBody = this._classBody?.scope === this.scope ? this._classBody : undefined;
    const classCall = namespaceCall;
    if (classBody && classCall && !args && !classBody.names.has(classCall)) {
      if (classCall !== 'dir') classBody.announced ??= classBody.bound;
      return wrap(`py.callClassLocals(${this.expr(callee!)}, ${classBody.target}, ${JSON.stringify(classBody.bound).replaceAll('"', "'")})`);
    }
    if (namespaceCall && !args && this.scope.kind === 'function' && !this.scope.locals.has(namespaceCall)) {
      const names = this._localsOrder(this.scope).map(jsName);
      return wrap(`py.callLocals(${this.expr(callee!)}, { ${names.join(', ')} })`);
    }
    // eval() and exec() in a class body read and write the class's namespace (runtime/index.ts callInClass).
    if ((calleeName === 'eval' || calleeName === 'exec') && args && classBody && !classBody.names.has(calleeName)) {
      return wrap(`py.callInClass(${this.expr(callee!)}, ${classBody.target}, ${args})`);
    }
    // eval() and exec() in a function read its variables too (runtime/index.ts callInFrame): its
    // locals and the enclosing functions' variables it reads itself, as CPython's frame has them.
    if ((calleeName === 'eval' || calleeName === 'exec') && args && this.scope.kind === 'function' && !this.scope.locals.has(calleeName) && !this.scope.params.includes(calleeName)) {
      const names = [...new Set([...this.scope.params, ...this.scope.locals, ...this._freeVariables(this.scope)])].map(jsName);
      return wrap(`py.callInFrame(${this.expr(callee!)}, { ${names.join(', ')} }, ${args})`);
    }
    const f = held === undefined || memberParts ? this.expr(callee!) : `(${held} = ${this.expr(callee!)})`;
    return wrap(`py.call(${f}${args ? `, ${args}` : ''})`);
  }

  /** A call's arguments: positional, `*xs`, `key=v`, `**d`, or one generator expression. */
  private args(list: SyntaxNode, namer?: string): string {
    const parts = children(list).slice(1, -1);
    if (parts.some((p) => p.name === 'for')) return this.comprehension(list, parts, 'ComprehensionExpression');
    const positional: string[] = [];
    const keywords: string[] = [];
    const dicts: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.name === ',') continue;
      if (p.name === '*') {
        const item = this.expr(parts[++i]!);
        positional.push(namer === undefined ? this._spread(item, list.parent ? children(list.parent)[0] : undefined) : `...(py.spreadFor(${item}, ${namer}) ?? await py.dunder())`);
      } else if (p.name === '**') {
        dicts.push(this.expr(parts[++i]!));
      } else if (p.name === 'VariableName' && parts[i + 1]?.name === 'AssignOp') {
        const key = this._ownName(p);
        keywords.push(`${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${this.expr(parts[i + 2]!)}`);
        i += 2;
      } else {
        positional.push(this.expr(p));
      }
    }
    if (keywords.length > 0 || dicts.length > 0) {
      // `**m` may run m's keys() and __getitem__ (runtime/mapping.ts): then py.kw defers.
      const kw = `py.${namer !== undefined && dicts.length > 0 ? `kwFor(${namer}, ` : 'kw('}{ ${keywords.join(', ')} }${dicts.map((d) => `, ${d}`).join('')})`;
      positional.push(dicts.length > 0 ? `(${kw} ?? await py.dunder())` : kw);
    }
    return positional.join(', ');
  }

  // -------------------------------------------------------------------------------------------
  // Strings.

  private string(node: SyntaxNode): string {
    if (node.name === 'ContinuedString') {
      const parts = node.children.map((p) => ({ node: p, lit: splitLiteral(this.text(p)) }));
      if (parts.every((p) => !p.lit.format)) {
        const value = parts.map((p) => p.lit.value).join('');
        return parts[0]!.lit.bytes ? `py.b(${JSON.stringify(value)})` : JSON.stringify(value);
      }
      return parts.map((p) => this.string(p.node)).join(' + ');
    }
    const lit = splitLiteral(this.text(node));
    if (!lit.format) return lit.bytes ? `py.b(${JSON.stringify(lit.value)})` : JSON.stringify(lit.value);
    return this.fstring(node, lit.raw);
  }

  /** f'...{expr!r:spec}...' as a template literal. */
  private fstring(node: SyntaxNode, raw: boolean): string {
    const text = this.text(node);
    const prefixLen = /^[rRbBuUfF]*('''|"""|'|")/.exec(text)![0].length;
    const quoteLen = prefixLen - (/^[rRbBuUfF]*/.exec(text)![0].length);
    const start = node.from + prefixLen;
    const end = node.to - quoteLen;
    let out = '`';
    let pos = start;
    const literal = (s: string): string => {
      let v = s.replaceAll('{{', '{').replaceAll('}}', '}');
      if (!raw) v = splitLiteral(`'${v.replaceAll("'", "\\'")}'`).value;
      // A template literal reads a carriage return as a newline (ECMA-262's TV of CR and CRLF is LF):
      // f'GET / HTTP/1.1\r\n' keeps its \r only written as an escape. A newline is escaped too, as
      // JSON.stringify writes the other strings: one JS line per statement keeps the traceback's
      // line numbers (f'{x}\n' on line 2 put every later statement one line down).
      return v.replace(/[`\\\r\n]|\$\{/g, (m) => (m === '\r' ? '\\r' : m === '\n' ? '\\n' : `\\${m}`));
    };
    for (const r of node.children.filter((c) => c.name === 'FormatReplacement')) {
      out += literal(this.src.slice(pos, r.from));
      const inner = r.children.filter((c) => c.name !== '{' && c.name !== '}');
      const exprNode = inner[0]!;
      let conversion = '';
      let spec = "''";
      let selfDoc = '';
      for (const c of inner.slice(1)) {
        if (c.name === 'FormatConversion') conversion = this.text(c).slice(1);
        // `{x + 1 = }`: the text shown runs to the conversion, the spec or the brace, spaces included.
        else if (c.name === 'FormatSelfDoc') selfDoc = this.src.slice(r.from + 1, c.to) + /^\s*/.exec(this.src.slice(c.to, r.to))![0];
        else if (c.name === 'FormatSpec') spec = this.formatSpec(c);
      }
      if (selfDoc && !conversion && spec === "''") conversion = 'r';
      out += literal(selfDoc);
      const args = [this.expr(exprNode)];
      if (spec !== "''" || conversion) args.push(spec);
      if (conversion) args.push(`'${conversion}'`);
      out += `\${await py.format(${args.join(', ')})}`;
      pos = r.to;
    }
    out += literal(this.src.slice(pos, end));
    return `${out}\``;
  }

  private formatSpec(node: SyntaxNode): string {
    const nested = node.children.filter((c) => c.name === 'FormatReplacement');
    const from = node.from + 1;
    if (nested.length === 0) return JSON.stringify(this.src.slice(from, node.to));
    let out = '`';
    let pos = from;
    for (const r of nested) {
      out += this.src.slice(pos, r.from).replace(/[`\\]|\$\{/g, (m) => `\\${m}`);
      const e = r.children.find((c) => c.name !== '{' && c.name !== '}')!;
      out += `\${await py.format(${this.expr(e)})}`;
      pos = r.to;
    }
    return `${out}${this.src.slice(pos, node.to).replace(/[`\\]|\$\{/g, (m) => `\\${m}`)}\``;
  }
}
