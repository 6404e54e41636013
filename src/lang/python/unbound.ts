// Which reads of a function's locals are sure to find them bound. A local is a `let` declared at
// the top of the emitted function, undefined until assigned: a read that could come before the
// assignment goes through py.local, which raises CPython's UnboundLocalError
// (`count = count + 1` in a function that never said `global count`); a read after a plain
// assignment earlier in the same block, or in a block around it, stays a bare name.
//
// The rule is compile.c's idea, simplified: walking the body in order, a statement binds its
// names for the statements after it in its block; what a compound statement's blocks bind counts
// only inside them (an `if` may not run, a loop may run no times, a `try` may stop anywhere), but
// a `with` item's `as` name is bound for its block and after it.
import type { PyNode } from './syntax.ts';

/** The comprehensions, whose `for` targets are bound inside them only. */
const _COMPREHENSIONS = new Set(['ArrayComprehensionExpression', 'DictionaryComprehensionExpression', 'SetComprehensionExpression', 'ComprehensionExpression']);

const _UNPACKED = new Set(['TupleExpression', 'ArrayExpression', 'ParenthesizedExpression']);

/**
 * The source positions (`from`) of the reads in `body` that find their local bound: VariableName
 * reads, and the target of an augmented assignment. `name` reads a name node's text as the
 * translation does; `imported` lists the names an import statement binds.
 */
export function boundReads(body: PyNode, name: (n: PyNode) => string, imported: (n: PyNode) => string[]): Set<number> {
  const safe = new Set<number>();

  const read = (n: PyNode, bound: ReadonlySet<string>): void => {
    if (n.name === 'VariableName') {
      if (bound.has(name(n))) safe.add(n.from);
      return;
    }
    // A token reads nothing (the most common node: return before the lookups below).
    if (n.children.length === 0) return;
    // A lambda's body is a scope of its own; a comprehension binds its targets inside itself.
    if (n.name === 'LambdaExpression') return;
    if (_COMPREHENSIONS.has(n.name)) {
      const inner = new Set(bound);
      const parts = n.children;
      parts.forEach((p, i) => {
        if (p.name !== 'for') return;
        for (let j = i + 1; j < parts.length && parts[j]!.name !== 'in'; j++) targets(parts[j]!, inner);
      });
      for (const c of parts) read(c, inner);
      return;
    }
    // Indexed: in cold code a for-of makes an iterator and a result object per child.
    const kids = n.children;
    for (let i = 0; i < kids.length; i++) read(kids[i]!, bound);
  };

  /** Adds the names `target` binds to `bound`, after reading what it reads (`a[i]`: a and i). */
  const targets = (target: PyNode, bound: Set<string>): void => {
    if (target.name === 'VariableName') bound.add(name(target));
    else if (_UNPACKED.has(target.name)) for (const c of target.children) targets(c, bound);
    else read(target, bound);
  };

  const block = (node: PyNode | undefined, bound: ReadonlySet<string>, first: PyNode[] = []): void => {
    if (!node) return;
    const inner = new Set(bound);
    for (const t of first) targets(t, inner);
    const statements = node.children;
    for (let i = 0; i < statements.length; i++) statement(statements[i]!, inner);
  };

  const statement = (s: PyNode, bound: Set<string>): void => {
    const parts = s.children;
    switch (s.name) {
      case 'StatementGroup':
        for (const c of parts) statement(c, bound);
        return;
      case 'AssignStatement': {
        // The value first, then the targets from left to right (indexed loops: in cold code a
        // for-of over slices makes two arrays and an iterator result per part).
        let last = parts.length - 1;
        while (last >= 0 && parts[last]!.name !== 'AssignOp') last--;
        for (let i = last + 1; i < parts.length; i++) read(parts[i]!, bound);
        for (let i = 0; i < last; i++) {
          const c = parts[i]!;
          if (c.name !== 'AssignOp' && c.name !== ',' && c.name !== 'TypeDef') targets(c, bound);
        }
        return;
      }
      case 'UpdateStatement': {
        const [target, , ...value] = parts;
        for (const c of value) read(c, bound);
        if (target) {
          read(target, bound);
          targets(target, bound);
        }
        return;
      }
      case 'FunctionDefinition':
      case 'ClassDefinition': {
        // Defaults and bases are read here; the body is a scope of its own.
        for (const c of parts) if (c.name === 'ParamList' || c.name === 'ArgList') read(c, bound);
        const own = parts.find((c) => c.name === 'VariableName');
        if (own) bound.add(name(own));
        return;
      }
      case 'ImportStatement':
        for (const n of imported(s)) bound.add(n);
        return;
      case 'IfStatement':
      case 'WhileStatement':
        for (const c of parts) {
          if (c.name === 'Body') block(c, bound);
          else read(c, bound);
        }
        return;
      case 'ForStatement': {
        const inAt = parts.findIndex((p) => p.name === 'in');
        const bodies = parts.filter((p) => p.name === 'Body');
        for (const c of parts.slice(inAt + 1)) if (c.name !== 'Body') read(c, bound);
        block(bodies[0], bound, parts.slice(1, inAt).filter((p) => p.name !== ','));
        block(bodies[1], bound);
        return;
      }
      case 'WithStatement': {
        // `with open(p) as f:` — f is bound once the statement's block starts, and after it.
        for (let i = 0; i < parts.length; i++) {
          const c = parts[i]!;
          if (c.name === 'Body') block(c, bound);
          else if (c.name === 'as' && parts[i + 1]) targets(parts[++i]!, bound);
          else read(c, bound);
        }
        return;
      }
      default:
        // Any other statement reads what it holds; a block in it (try's) binds only inside itself.
        for (let i = 0; i < parts.length; i++) {
          const c = parts[i]!;
          if (c.name === 'Body') block(c, bound);
          else read(c, bound);
        }
    }
  };

  block(body, new Set());
  return safe;
}
