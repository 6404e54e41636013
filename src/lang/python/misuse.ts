// The SyntaxErrors CPython reports on code Lezer parses without an error: an assignment to
// something that is not a name, an attribute or a subscript (`1 = x`, `f() = 1`, `x++`'s cousin
// `1 += 1`, `del f()`), and argument lists out of order (`f(a=1, 2)`, `f(a=1, a=2)`,
// `def f(a=1, b)`). The wording and the spans are CPython 3.11's (Grammar/python.gram's invalid_*
// rules, _PyPegen_get_expr_name, compile.c), checked against python3.
import { misuseCandidates } from './descent.ts';
import type { SourceInfo } from './parse.ts';
import type { PyNode } from './syntax.ts';
import { PySyntaxError } from './runtime/exceptions.ts';

function _at(info: SourceInfo, from: number, to: number, message: string, caret?: number): PySyntaxError {
  const before = info.source.slice(0, from);
  const line = before.split('\n').length;
  const col = from - (before.lastIndexOf('\n') + 1);
  const text = info.lines[line - 1] ?? '';
  const e = new PySyntaxError(message, info.filename, line, col + 1, text);
  Object.defineProperty(e, 'caretLength', { value: caret ?? Math.max(1, Math.min(to - from, text.length - col)) });
  return e;
}

const _PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', '*', '**']);

/** The elements of a tuple, list or parenthesized target, a `*` kept before its operand. */
function _elements(node: PyNode): PyNode[][] {
  const items: PyNode[][] = [[]];
  for (const c of node.children) {
    if (c.name === ',') items.push([]);
    else if (c.name === '*' || !_PUNCTUATION.has(c.name)) items[items.length - 1]!.push(c);
  }
  return items.filter((i) => i.length > 0);
}

/** _PyPegen_get_expr_name: what CPython calls an expression that cannot be assigned to. */
function _exprName(info: SourceInfo, node: PyNode): string {
  const text = info.source.slice(node.from, node.to);
  switch (node.name) {
    case 'CallExpression': return 'function call';
    case 'None': return 'None';
    case 'Boolean': return text;
    case 'Ellipsis': return 'ellipsis';
    case 'FormatString': return 'f-string expression';
    case 'ContinuedString': return node.children.some((c) => c.name === 'FormatString') ? 'f-string expression' : 'literal';
    case 'LambdaExpression': return 'lambda';
    case 'ConditionalExpression': return 'conditional expression';
    case 'ArrayComprehensionExpression': return 'list comprehension';
    case 'SetComprehensionExpression': return 'set comprehension';
    case 'DictionaryComprehensionExpression': return 'dict comprehension';
    case 'ComprehensionExpression': return 'generator expression';
    case 'DictionaryExpression': return 'dict literal';
    case 'SetExpression': return 'set display';
    case 'TupleExpression': return 'tuple';
    case 'ArrayExpression': return 'list';
    case 'AwaitExpression': return 'await expression';
    case 'YieldExpression': return 'yield expression';
    case 'NamedExpression': return 'named expression';
    case 'BinaryExpression': return _isComparison(node) ? 'comparison' : 'expression';
    case 'Number': case 'String': return 'literal';
    default: return 'expression';
  }
}

function _isComparison(node: PyNode): boolean {
  return node.children.some((c) => c.name === 'CompareOp' || c.name === 'in' || c.name === 'is' || c.name === 'not');
}

/** Whether CPython's bitwise_or rule covers it: no comparison, `not`, and/or, lambda or `x if y else z`. */
function _isBitwiseOr(node: PyNode): boolean {
  if (node.name === 'BinaryExpression') return !_isComparison(node) && !node.children.some((c) => c.name === 'and' || c.name === 'or');
  if (node.name === 'UnaryExpression') return node.firstChild?.name !== 'not';
  return node.name !== 'LambdaExpression' && node.name !== 'ConditionalExpression';
}

/** The first part of a target that cannot be assigned to (or deleted), looking into tuples and lists. */
function _invalidTarget(node: PyNode): PyNode | undefined {
  switch (node.name) {
    case 'VariableName':
    case 'MemberExpression':
      return undefined;
    case 'TupleExpression':
    case 'ArrayExpression':
    case 'ParenthesizedExpression':
      for (const item of _elements(node)) {
        const bad = _invalidTarget(item[item.length - 1]!);
        if (bad) return bad;
      }
      return undefined;
    default:
      return node;
  }
}

/** A target (its nodes, `a, f()` being several) as one span, for the assignment's checks. */
interface _Target {
  nodes: PyNode[];
  from: number;
  to: number;
}

function _targetError(info: SourceInfo, target: _Target, only: boolean, value: PyNode | undefined): PySyntaxError | undefined {
  const items: PyNode[][] = [[]];
  for (const n of target.nodes) {
    if (n.name === ',') items.push([]);
    else items[items.length - 1]!.push(n);
  }
  const bare = items.length === 1 ? items[0]! : undefined;
  if (bare && bare[0]?.name === '*') return _at(info, target.from, target.to, 'starred assignment target must be in a list or tuple');
  for (const item of items) {
    const operand = item[item.length - 1];
    if (!operand) continue;
    const bad = _invalidTarget(operand);
    if (!bad) continue;
    const name = _exprName(info, bad);
    // invalid_named_expression: `a = b` where a comparison was meant, when nothing but the value
    // follows (no second `=`) and the target is not a display CPython's rule leaves out.
    const here = only && bad === operand && item === items[items.length - 1] && _isBitwiseOr(bad)
      && !['TupleExpression', 'ArrayExpression', 'ComprehensionExpression', 'None', 'Boolean'].includes(bad.name)
      && value !== undefined && _isBitwiseOr(value) && value.name !== 'LambdaExpression';
    return _at(info, bad.from, bad.to, here ? `cannot assign to ${name} here. Maybe you meant '==' instead of '='?` : `cannot assign to ${name}`);
  }
  return undefined;
}

/** `1 = x`, `f() = 1`, `a, f() = 1, 2`, `*x = 1`. */
function _assignment(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  if (node.children.some((c) => c.name === 'TypeDef')) return undefined;
  const parts: PyNode[][] = [[]];
  for (const c of node.children) {
    if (c.name === 'AssignOp') parts.push([]);
    else parts[parts.length - 1]!.push(c);
  }
  const value = parts[parts.length - 1]!;
  const targets = parts.slice(0, -1);
  for (let i = 0; i < targets.length; i++) {
    const nodes = targets[i]!;
    if (nodes.length === 0) continue;
    const target = { nodes, from: nodes[0]!.from, to: nodes[nodes.length - 1]!.to };
    const e = _targetError(info, target, targets.length === 1, value[0]);
    if (e) return e;
  }
  return undefined;
}

/** `1 += 1`: only a name, an attribute or a subscript. */
function _augmented(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  const target = node.firstChild;
  if (!target || target.name === 'VariableName' || target.name === 'MemberExpression') return undefined;
  return _at(info, target.from, target.to, `'${_exprName(info, target)}' is an illegal expression for augmented assignment`);
}

/** `del f()`. */
function _delete(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  for (const c of node.children) {
    if (c.name === 'del' || c.name === ',') continue;
    const bad = _invalidTarget(c);
    if (bad) return _at(info, bad.from, bad.to, `cannot delete ${_exprName(info, bad)}`);
  }
  return undefined;
}

/** `for f() in x:` */
function _forTarget(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  const nodes: PyNode[] = [];
  for (const c of node.children.slice(1)) {
    if (c.name === 'in') break;
    nodes.push(c);
  }
  if (nodes.length === 0) return undefined;
  return _targetError(info, { nodes, from: nodes[0]!.from, to: nodes[nodes.length - 1]!.to }, false, undefined);
}

/** One argument of a call: its nodes between commas. */
function _arguments(list: PyNode): PyNode[][] {
  const items: PyNode[][] = [[]];
  for (const c of list.children) {
    if (c.name === '(' || c.name === ')') continue;
    if (c.name === ',') items.push([]);
    else items[items.length - 1]!.push(c);
  }
  return items.filter((i) => i.length > 0);
}

/** `f(a=1, 2)`, `f(**k, 2)`, `f(**k, *a)`, `f(a=1, a=2)`. */
function _call(info: SourceInfo, list: PyNode): PySyntaxError | undefined {
  let keyword = false;
  let keywordUnpacking = false;
  const close = list.lastChild?.name === ')' ? list.lastChild : undefined;
  const items = _arguments(list);
  for (const item of items) {
    const first = item[0]!;
    const isKeyword = first.name === 'VariableName' && item[1]?.name === 'AssignOp';
    if (first.name === '**') keywordUnpacking = true;
    else if (isKeyword) keyword = true;
    else if (first.name === '*') {
      if (keywordUnpacking) return _at(info, first.from, first.to, 'iterable argument unpacking follows keyword argument unpacking');
    } else if ((keyword || keywordUnpacking) && item.length === 1 && close) {
      // _PyPegen_arguments_parsing_error raises at the last token read: the closing parenthesis.
      const message = keywordUnpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument';
      return _at(info, close.from, close.to, message);
    }
  }
  return undefined;
}

/** `f(a=1, a=2)`: compile.c's validate_keywords, after the parser. */
function _repeatedKeyword(info: SourceInfo, list: PyNode): PySyntaxError | undefined {
  const seen = new Set<string>();
  for (const item of _arguments(list)) {
    const first = item[0]!;
    if (first.name !== 'VariableName' || item[1]?.name !== 'AssignOp') continue;
    const name = info.source.slice(first.from, first.to);
    if (seen.has(name)) return _at(info, first.from, item[item.length - 1]!.to, `keyword argument repeated: ${name}`);
    seen.add(name);
  }
  return undefined;
}

/** `def f(a=1, b)`, `def f(x, x)`, `def f(*)`. */
function _parameters(info: SourceInfo, list: PyNode): PySyntaxError | undefined {
  const items = _arguments(list);
  let defaulted = false;
  let star = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const first = item[0]!;
    if (first.name === '*' && item.length === 1) {
      const next = items[i + 1];
      if (!next || next[0]!.name === '**') return _at(info, first.from, first.to, 'named arguments must follow bare *');
    }
    if (first.name === '*' || first.name === '**') star = true;
    const hasDefault = item.some((n) => n.name === 'AssignOp');
    if (hasDefault) defaulted = true;
    else if (defaulted && !star && first.name === 'VariableName') {
      return _at(info, first.from, first.to, 'non-default argument follows default argument');
    }
  }
  return undefined;
}

/** `def f(x, x)`: the symbol table's error, after the parser. */
function _duplicateParameter(info: SourceInfo, list: PyNode): PySyntaxError | undefined {
  const names = new Set<string>();
  for (const item of _arguments(list)) {
    const name = item.find((n) => n.name === 'VariableName');
    if (!name) continue;
    const text = info.source.slice(name.from, name.to);
    if (names.has(text)) return _at(info, name.from, name.to, `duplicate argument '${text}' in function definition`);
    names.add(text);
  }
  return undefined;
}

/** `import (socket)`, `import socket,`, `from socket import a,`: the grammar Lezer is lenient about. */
function _import(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  const parts = node.children;
  const paren = parts.find((c) => c.name === '(');
  if (parts[0]?.name === 'import' && paren) return _at(info, paren.from, paren.to, 'invalid syntax');
  const last = parts[parts.length - 1];
  if (last?.name !== ',') return undefined;
  // The caret at the NEWLINE token after the comma.
  const message = parts[0]?.name === 'from' && !paren ? 'trailing comma not allowed without surrounding parentheses' : 'invalid syntax';
  return _at(info, last.to, last.to + 1, message, 1);
}

/** `elif:` with no condition. */
function _elif(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  const parts = node.children;
  for (let i = 0; i < parts.length; i++) {
    const body = parts[i + 1];
    if (parts[i]!.name === 'elif' && body?.name === 'Body') return _at(info, body.from, body.from + 1, 'invalid syntax');
  }
  return undefined;
}

/**
 * CPython's SyntaxError for this node (not its children), or undefined. The parser's errors
 * (`phase` 'parser') come before the compiler's ('compiler') anywhere in the file, as CPython
 * parses the whole file before it compiles any of it.
 */
export function misuse(info: SourceInfo, node: PyNode, phase: 'parser' | 'compiler'): PySyntaxError | undefined {
  const call = node.name === 'ArgList' && node.parent?.name === 'CallExpression';
  if (phase === 'compiler') {
    if (call) return _repeatedKeyword(info, node);
    return node.name === 'ParamList' ? _duplicateParameter(info, node) : undefined;
  }
  switch (node.name) {
    case 'AssignStatement': return _assignment(info, node);
    case 'UpdateStatement': return _augmented(info, node);
    case 'DeleteStatement': return _delete(info, node);
    case 'ForStatement': return _forTarget(info, node);
    case 'ArgList': return call ? _call(info, node) : undefined;
    case 'ParamList': return _parameters(info, node);
    case 'ImportStatement': return _import(info, node);
    case 'IfStatement': return _elif(info, node);
    default: return undefined;
  }
}

/** The first of the parser's errors in the tree under `top`, in source order. */
export function firstParserMisuse(info: SourceInfo, top: PyNode): PySyntaxError | undefined {
  // A tree of descent.ts's: only the nodes that can hold such an error, in the walk's order.
  const candidates = top.parent === null ? misuseCandidates(top) : undefined;
  if (candidates) {
    for (const node of candidates) {
      const found = misuse(info, node, 'parser');
      if (found) return found;
    }
    return undefined;
  }
  const e = misuse(info, top, 'parser');
  if (e) return e;
  for (const c of top.children) {
    const found = firstParserMisuse(info, c);
    if (found) return found;
  }
  return undefined;
}
