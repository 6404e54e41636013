// The parsed program as plain objects, built once by one walk of Lezer's tree, for the passes
// that read it (check.ts, emit.ts). Lezer's own SyntaxNode is made afresh by every `firstChild`
// and `nextSibling` (a search in the packed buffer and an allocation each time), and check and
// emit ask for the same children again and again. In a fresh process those getters are also
// what V8 keeps compiling with TurboFan and throwing away ("Bailed out due to dependency change",
// `node --trace-opt`): a first translation spent more on that than on emitting.
import type { NodeType, Tree } from '@lezer/common';

/** A node with the part of Lezer's SyntaxNode interface the translator reads. */
export class PyNode {
  /** The children without comments (shared: callers read it, never change it). */
  children: PyNode[];
  /** Every child, comments included, in Lezer's order (firstChild, nextSibling, …). */
  private readonly _all: PyNode[] = [];
  private _index = 0;

  constructor(
    readonly type: NodeType,
    readonly name: string,
    readonly from: number,
    readonly to: number,
    readonly parent: PyNode | null,
  ) {
    this.children = this._all;
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
  static _adopt(parent: PyNode, child: PyNode): void {
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
  const known = _built.get(tree);
  if (known) return known;
  let top: PyNode | undefined;
  let current: PyNode | null = null;
  // iterate() reports named nodes only (anonymous repeat nodes are walked through), the same
  // nodes SyntaxNode's firstChild / nextSibling give.
  tree.iterate({
    enter: (n) => {
      const node = new PyNode(n.type, n.name, n.from, n.to, current);
      if (current) PyNode._adopt(current, node);
      else top = node;
      current = node;
    },
    leave: () => {
      current = current!.parent;
    },
  });
  _built.set(tree, top!);
  return top!;
}
