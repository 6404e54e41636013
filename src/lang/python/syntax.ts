// The parsed program as plain objects (made by descent.ts, or by one walk of Lezer's tree), for the passes
// that read it (check.ts, emit.ts). Lezer's own SyntaxNode is made afresh by every `firstChild`
// and `nextSibling` (a search in the packed buffer and an allocation each time), and check and
// emit ask for the same children again and again. In a fresh process those getters are also
// what V8 keeps compiling with TurboFan and throwing away ("Bailed out due to dependency change",
// `node --trace-opt`): a first translation spent more on that than on emitting.
import type { Tree, TreeBuffer } from '@lezer/common';

/** What PyNode reads of a node's type: Lezer's NodeType, or descent.ts's stand-in for it. */
export interface PyNodeType {
  readonly name: string;
  /** Whether the type has this name or is in this group (NodeType.is). */
  is(name: string): boolean;
}

/** The children of every node without any (frozen: a caller that changed it would change them all). */
const _NO_CHILDREN: PyNode[] = Object.freeze([]) as unknown as PyNode[];

/** A node with the part of Lezer's SyntaxNode interface the translator reads. */
export class PyNode {
  // Fields are `declare`d and set in the constructor, in the order class fields gave them: a class
  // field is defined by a separate initializer function, one DefineOwnProperty per field, and a
  // first translation makes tens of thousands of nodes in cold (interpreted) code.
  declare readonly type: PyNodeType;
  declare readonly name: string;
  declare readonly from: number;
  declare readonly to: number;
  declare readonly parent: PyNode | null;
  /** The children without comments (shared: callers read it, never change it). */
  declare children: PyNode[];
  /** Every child, comments included, in Lezer's order (firstChild, nextSibling, …). */
  private declare _all: PyNode[];
  private declare _index: number;

  constructor(type: PyNodeType, name: string, from: number, to: number, parent: PyNode | null) {
    this.type = type;
    this.name = name;
    this.from = from;
    this.to = to;
    this.parent = parent;
    // A token (most nodes) keeps the shared empty array; _adopt gives a node its own.
    this.children = _NO_CHILDREN;
    this._all = _NO_CHILDREN;
    this._index = 0;
  }

  get firstChild(): PyNode | null {
    return this._all[0] ?? null;
  }

  get lastChild(): PyNode | null {
    return this._all[this._all.length - 1] ?? null;
  }

  get nextSibling(): PyNode | null {
    return this.parent?._all[this._index + 1] ?? null;
  }

  get prevSibling(): PyNode | null {
    return this._index > 0 ? this.parent!._all[this._index - 1]! : null;
  }

  /** The first child of that type or group, as SyntaxNode.getChild. */
  getChild(type: string): PyNode | null {
    return this._all.find((c) => c.type.is(type)) ?? null;
  }

  /** Every child of that type or group, as SyntaxNode.getChildren. */
  getChildren(type: string): PyNode[] {
    return this._all.filter((c) => c.type.is(type));
  }

  /** @internal (syntaxOf) */
  static _replace(parent: PyNode, old: PyNode, replacement: PyNode): void {
    replacement._index = old._index;
    parent._all[old._index] = replacement;
    if (parent.children !== parent._all) parent.children[parent.children.indexOf(old)] = replacement;
  }

  /** @internal (relaxed.ts) Moves every node of the subtree: its offsets through `map`. */
  static _remap(node: PyNode, map: (pos: number) => number): void {
    const n = node as { from: number; to: number };
    n.from = map(n.from);
    n.to = map(n.to);
    for (const c of node._all) PyNode._remap(c, map);
  }

  /** @internal (relaxed.ts) `replacement` takes `old`'s place among its parent's children. */
  static _graft(old: PyNode, replacement: PyNode): void {
    const parent = old.parent!;
    (replacement as { parent: PyNode | null }).parent = parent;
    PyNode._replace(parent, old, replacement);
  }

  /** @internal (descent.ts) A node made after its children, which it adopts. */
  static _made(type: PyNodeType, from: number, to: number, kids: readonly PyNode[]): PyNode {
    const node = new PyNode(type, type.name, from, to, null);
    // Indexed: in cold code a for-of makes an iterator and a result object per element.
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i]!;
      (kid as { parent: PyNode | null }).parent = node;
      PyNode._adopt(node, kid);
    }
    return node;
  }

  /** @internal (descent.ts) Comments put among the children of `parent`, in source order. */
  static _addComments(parent: PyNode, comments: readonly PyNode[]): void {
    // Both in source order: merged as a stable sort by `from` would order them (a child before a
    // comment at the same position), without a comparator call per pair in cold code.
    const old = parent._all;
    const all: PyNode[] = [];
    let i = 0;
    let j = 0;
    while (i < old.length || j < comments.length) {
      const c = j === comments.length || (i < old.length && old[i]!.from <= comments[j]!.from) ? old[i++]! : comments[j++]!;
      (c as { parent: PyNode | null }).parent = parent;
      c._index = all.length;
      all.push(c);
    }
    parent.children = old.filter((c) => c.name !== 'Comment');
    parent._all = all;
  }

  /** @internal (syntaxOf) `count` of parent's children from `first` on (comments counted) become one node's. */
  static _group(parent: PyNode, first: number, count: number, type: PyNodeType): PyNode {
    const kids = parent._all.splice(first, count);
    const node = new PyNode(type, type.name, kids[0]!.from, kids[kids.length - 1]!.to, parent);
    for (const kid of kids) {
      (kid as { parent: PyNode | null }).parent = node;
      PyNode._adopt(node, kid);
    }
    parent._all.splice(first, 0, node);
    parent._all.forEach((c, i) => (c._index = i));
    if (parent.children !== parent._all) parent.children = parent._all.filter((c) => c.name !== 'Comment');
    return node;
  }

  /** @internal (syntaxOf) */
  static _adopt(parent: PyNode, child: PyNode): void {
    if (parent._all === _NO_CHILDREN) {
      parent._all = [];
      parent.children = parent._all;
    }
    child._index = parent._all.length;
    parent._all.push(child);
    if (child.name === 'Comment') {
      if (parent.children === parent._all) parent.children = parent._all.slice(0, -1);
    } else if (parent.children !== parent._all) {
      parent.children.push(child);
    }
  }
}

const _built = new WeakMap<Tree, PyNode>();

/** The top node (Script) of `tree` as PyNodes; built on the first call, the same object after. */
export function syntaxOf(tree: Tree): PyNode {
  let top = _built.get(tree);
  if (!top) {
    top = new PyNode(tree.type, tree.type.name, 0, tree.length, null);
    _addChildren(tree, 0, top);
    _bindNotTighter(top);
    _built.set(tree, top);
  }
  return top;
}

/**
 * The children of `tree` (at `offset`) under `parent`, read from Lezer's own structure rather
 * than through a TreeCursor (several calls per node): what SyntaxNode shows, as its nextChild
 * finds it. An anonymous Tree (a repetition) is looked through, its children going to `parent`;
 * a TreeBuffer's top-level nodes are children of `parent` too.
 */
function _addChildren(tree: Tree, offset: number, parent: PyNode): void {
  for (let i = 0; i < tree.children.length; i++) {
    const child = tree.children[i]!;
    const start = offset + tree.positions[i]!;
    // Not `instanceof TreeBuffer`: parse.ts require()s Lezer (its CommonJS build), and a value
    // imported here would be the ES build's class, a different one (under vitest and tsx, and
    // in the bundle, which then held both builds of @lezer/common).
    if ('buffer' in child) {
      _addBuffer(child, start, parent);
    } else if (child.type.isAnonymous) {
      _addChildren(child, start, parent);
    } else {
      const node = new PyNode(child.type, child.type.name, start, start + child.length, parent);
      PyNode._adopt(parent, node);
      _addChildren(child, start, node);
    }
  }
}

/** A TreeBuffer's nodes: four numbers each (type, start, end, end of its subtree), parents first. */
function _addBuffer(buffer: TreeBuffer, offset: number, parent: PyNode): void {
  const data = buffer.buffer;
  const types = buffer.set.types;
  const ends: number[] = [];
  let current = parent;
  for (let i = 0; i < data.length; i += 4) {
    while (ends.length > 0 && i >= ends[ends.length - 1]!) {
      ends.pop();
      current = current.parent!;
    }
    const type = types[data[i]!]!;
    const node = new PyNode(type, type.name, offset + data[i + 1]!, offset + data[i + 2]!, current);
    PyNode._adopt(current, node);
    const end = data[i + 3]!;
    if (end > i + 4) {
      ends.push(end);
      current = node;
    }
  }
}

/** NamedExpression, as syntaxOf makes it of an argument (not in Lezer's Expression group). */
const _NAMED: PyNodeType = { name: 'NamedExpression', is: (name) => name === 'NamedExpression' };

/**
 * Lezer's grammar reads `f(x := v)` as an argument `VariableName AssignOp(:=) value`, beside
 * `f(x=v)`; CPython's is a positional NamedExpression, which the passes know: grouped as one.
 */
function _groupNamedArguments(node: PyNode): void {
  for (let i = 0; i + 2 < node.children.length; i++) {
    const [name, op] = [node.children[i]!, node.children[i + 1]!];
    if (name.name !== 'VariableName' || op.name !== 'AssignOp' || op.to - op.from !== 2) continue;
    const value = node.children[i + 2]!;
    const all = (node as unknown as { _all: PyNode[] })._all;
    PyNode._group(node, all.indexOf(name), all.indexOf(value) - all.indexOf(name) + 1, _NAMED);
  }
}

/**
 * Lezer's Python grammar parses `not a and b` as `not (a and b)`; in Python `not` binds tighter
 * than `and` and `or` (and looser than comparisons: `not a == b` is right as it is). Turns each
 * `not (L and R)` the grammar made into `(not L) and R`, innermost first, with L done again; and
 * groups an argument list's `x := v` (_groupNamedArguments) in the same walk.
 */
function _bindNotTighter(node: PyNode): void {
  const kids = node.children;
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    _bindNotTighter(child);
    const fixed = _awaitOfOperation(notOfBoolOp(child));
    if (fixed !== child) _replaceChild(node, child, fixed);
  }
  if (node.name === 'ArgList') _groupNamedArguments(node);
}

/** @internal (descent.ts) `not (L and R)` as `(not L) and R`, or `u` itself. */
export function notOfBoolOp(u: PyNode): PyNode {
  const [not, operand] = u.children;
  if (u.name !== 'UnaryExpression' || not?.name !== 'not' || operand?.name !== 'BinaryExpression') return u;
  const [left, op, right] = operand.children;
  if (!left || !right || (op?.name !== 'and' && op?.name !== 'or')) return u;
  const negated = new PyNode(u.type, u.name, u.from, left.to, null);
  _adoptAll(negated, [not, left]);
  const boolOp = new PyNode(operand.type, operand.name, u.from, u.to, u.parent);
  _adoptAll(boolOp, [notOfBoolOp(negated), op, right]);
  return boolOp;
}

/**
 * `await a + b`: Lezer's await takes the whole expression after it, CPython's grammar only a primary
 * (await_primary), so `(await a) + b`, `(await a) if c else d`: the await moves down to the leftmost
 * operand of the operation it heads.
 */
function _awaitOfOperation(u: PyNode): PyNode {
  const [kw, operand] = u.children;
  if (u.name !== 'AwaitExpression' || !operand || (operand.name !== 'BinaryExpression' && operand.name !== 'ConditionalExpression')) return u;
  const [left, ...rest] = operand.children;
  if (!left) return u;
  const awaited = new PyNode(u.type, u.name, u.from, left.to, null);
  _adoptAll(awaited, [kw!, left]);
  const operation = new PyNode(operand.type, operand.name, u.from, u.to, u.parent);
  _adoptAll(operation, [_awaitOfOperation(awaited), ...rest]);
  return operation;
}

/** Gives `parent` these children (moved from where they were). */
function _adoptAll(parent: PyNode, children: PyNode[]): void {
  for (const c of children) {
    (c as { parent: PyNode | null }).parent = parent;
    PyNode._adopt(parent, c);
  }
}

function _replaceChild(parent: PyNode, old: PyNode, replacement: PyNode): void {
  (replacement as { parent: PyNode | null }).parent = parent;
  PyNode._replace(parent, old, replacement);
}
