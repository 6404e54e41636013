// The line rewriter, table-driven: what the learner types → the JavaScript that runs.
import { describe, expect, it } from 'vitest';
import { pythonBytesValues, pythonPrepass } from '../../../src/lang/typescript/python-habits.ts';
import { rewriteLine } from '../../../src/lang/typescript/rewrite.ts';

const A = (body: string) => `(async () => { ${body}\n})()`;
const W = (call: string) => `__sl_unbox(await __sl_box(${call}))`;
const TURN = 'if (__sl_due()) await __sl_yield(); ';

const cases: Array<[string, string, { tuples?: boolean; unpacking?: boolean; kwargs?: boolean } ?]> = [
  // implicit await, where the call stands
  ['data = s.recv(1024)', A(`void (data = ${W('s.recv(1024)')})`)],
  ['s.recv(1024)', A(`return { value: (${W('s.recv(1024)')}) }`)],
  ['s.recv(10).decode()', A(`return { value: (${W('s.recv(10)')}.decode()) }`)],
  ['print(s.recv(10))', A(`return { value: (print(${W('s.recv(10)')})) }`)],
  ['conn.send(conn.recv(1024))', A(`return { value: (${W(`conn.send(${W('conn.recv(1024)')})`)}) }`)],
  ['msg = input("A: >> ")', A(`void (msg = ${W('input("A: >> ")')})`)],
  ['sleep(0.1)', A(`return { value: (${W('sleep(0.1)')}) }`)],
  ['socket.create_connection(["127.0.0.1", 80])', A(`return { value: (${W('socket.create_connection(["127.0.0.1", 80])')}) }`)],
  // every loop gives the event loop a turn (the line's and async functions'), or checks for Ctrl+C (synchronous functions)
  ['while (true) {}', A(`while (true) { ${TURN}}`)],
  ['for (;;) n++', A(`for (;;) { ${TURN}n++ }`)],
  ['do x++; while (x < 3)', A(`do { ${TURN}x++; } while (x < 3)`)],
  ['for (const k in o) {}', A(`for (const k in o) { ${TURN}}`)],
  ['function f() { while (x) g() }', 'function f() { while (__sl_truth((x))) { __sl_check(); g() } }'],
  ['async function f() { for (const x of y) { await x } }', `async function f() { for (const x of y) { ${TURN}await x } }`],
  ['class K { m() { for (;;) {} } }', 'void (K = class K { m() { for (;;) { __sl_check(); } } })'],
  // declarations become globals, and survive the async wrapper
  ['const [conn, addr] = s.accept()', A(`void ([conn, addr] = ${W('s.accept()')})`)],
  ['let x = 1', 'void (x = 1)'],
  ['let x', 'void (x = undefined)'],
  ['var a = 1, b', 'globalThis.a = globalThis.a; globalThis.b = globalThis.b; void (a = 1, b = undefined)'],
  ['var C = ((C2) => C2)(C || {})', 'globalThis.C = globalThis.C; void (C = ((C2) => C2)(C || {}))'],
  ['var [p, {q}] = s.recvfrom(1)', A(`globalThis.p = globalThis.p; globalThis.q = globalThis.q; void ([p, {q}] = ${W('s.recvfrom(1)')})`)],
  ['const {a} = o;', 'void ({a} = o);'],
  ['class A {}', 'void (A = class A {})'],
  ['x = 5', 'void (x = 5)'],
  // loops and blocks are awaited in place; their own declarations stay block-scoped
  ['while (true) { const d = s.recv(1024); if (!d.length) break; print(d) }',
    A(`while (true) { ${TURN}const d = ${W('s.recv(1024)')}; if (!d.length) break; print(d) }`)],
  ['for (let i=0;i<3;i++) { c.send(b("x")) }', A(`for (let i=0;i<3;i++) { ${TURN}${W('c.send(b("x"))')} }`)],
  // function and class bodies are left alone (the learner writes async/await there)
  ['async function f() { return s.recv(1) }', 'async function f() { return s.recv(1) }'],
  ['function g() {}; s.recv(1)', A(`globalThis.g = g; function g() {}; return { value: (${W('s.recv(1)')}) }`)],
  ['f = () => s.recv(1)', 'void (f = () => s.recv(1))'],
  ['class K { m() { return s.recv(1) } }', 'void (K = class K { m() { return s.recv(1) } })'],
  // an explicit await is kept as typed
  ['x = await s.recv(1)', A('void (x = __sl_unbox(await __sl_box(s.recv(1))))')], // boxed as typed too: what it raises is raised at the await
  ['await p', A('return { value: (await p) }')],
  // a statement-initial call stays safe from ASI
  ['print(1)\ns.recv(3)', A(`print(1)\nreturn { value: (${W('s.recv(3)')}) }`)],
  ['const x = s.recv(1) // done', A(`void (x = ${W('s.recv(1)')}) // done`)],
  // Python keyword arguments: bound by kwcall in socket API calls, an assignment (and a note) elsewhere
  ["print('a', end='')", "__sl_kwcall(undefined, print, 'a', __sl_kw('end', ''))"],
  ["data.decode(encoding='gbk')", "__sl_kwcall(data, 'decode', __sl_kw('encoding', 'gbk'))"],
  ["srv = socket.create_server(('', 0), backlog=5)", "void (srv = __sl_kwcall(socket, 'create_server', ['', 0], __sl_kw('backlog', 5)))", { tuples: true }],
  ['f(x=1)', 'f(x=1)', { kwargs: true }],
  ['socket.socket(family=2, 1)', 'socket.socket(family=2, 1)', { kwargs: true }],
  // A learner's function called as a statement, not awaited and not the line's value: a background task
  ['for (;;) { [c, a] = s.accept(); handle(c, a) }', A(`for (;;) { ${TURN}[c, a] = ${W('s.accept()')}; __sl_detach(() => handle(c, a)) }`)],
  ['handle(c).catch(print); 1', '__sl_detach(() => handle(c).catch(print)); 1'],
  ['handle(c)', 'handle(c)'],
  ['function f() { g() }', 'function f() { g() }'],
  // printf-style formatting on a string literal
  ["print('%s:%d' % (host, port))", "print(__sl_pct('%s:%d' , [host, port], true))"],
  ["msg = '%s' % data", "void (msg = __sl_pct('%s' , data))"],
  ['n % 2', 'n % 2'],
  // Python tuples
  ["s.bind(('0.0.0.0', 9999))", "s.bind(['0.0.0.0', 9999])", { tuples: true }],
  ["addr = ('127.0.0.1', 9999)", "void (addr = ['127.0.0.1', 9999])", { tuples: true }],
  ["s.sendto(b('hi'), ('127.0.0.1', 9999))", A(`return { value: (${W("s.sendto(b('hi'), ['127.0.0.1', 9999])")}) }`), { tuples: true }],
  ['data, addr = s.recvfrom(1024)', A(`void ([data, addr] = ${W('s.recvfrom(1024)')})`), { unpacking: true }],
  ['while (1) { conn, addr = s.accept() }', A(`while (1) { ${TURN}void ([conn, addr] = ${W('s.accept()')}) }`), { unpacking: true }],
  ["host, port = ('127.0.0.1', 9999)", "void ([host, port] = ['127.0.0.1', 9999])", { tuples: true, unpacking: true }],
  ["x = [('a', 1), ('b', 2)]", "void (x = [['a', 1], ['b', 2]])", { tuples: true }],
  ["t = (('a', 1), 2)", "void (t = [['a', 1], 2])", { tuples: true }],
  ['f((1))', 'f((1))'],
  // object literals, as node's REPL reads them
  ['{a: 1}', '({a: 1})\n'],
  ['{ let q = 1 }', '{ let q = 1 }'],
  ['s', 's'],
];

describe('rewriteLine', () => {
  it.each(cases)('%s', (input, code, flags) => {
    const r = rewriteLine(input);
    expect(r.code).toBe(code);
    expect(r.tuples).toBe(flags?.tuples ?? false);
    expect(r.unpacking).toBe(flags?.unpacking ?? false);
    expect(r.kwargs).toBe(flags?.kwargs ?? false);
    expect(r.async).toBe(code.startsWith('(async () =>'));
  });

  it('throws a SyntaxError for what is not JavaScript', () => {
    expect(() => rewriteLine('def f(x):')).toThrow(SyntaxError);
  });
});

describe('pythonPrepass', () => {
  it.each([
    ["s.send(b'hello')", 's.send(__sl_b("hello"))'],
    ['s.send(b"it\'s")', 's.send(__sl_b("it\'s"))'],
    ["b'\\xe4\\xbd\\xa0'", '__sl_b([228, 189, 160])'],
    ["b'a\\nb'", '__sl_b("a\\nb")'],
    ["rb'\\n'", '__sl_b("\\\\n")'],
    ["'b' + b'x'", "'b' + __sl_b(\"x\")"],
    ["\"b'x'\"", "\"b'x'\""],
    ["// b'x'", "// b'x'"],
    ["verb'x'", "verb'x'"],
    ['`b${x}`', '`b${x}`'],
    // f-strings: fields through Python's str()/repr(), {{ }} braces, .Nf; other specs stay (JavaScript's error)
    ["print(f'from {addr}: {data.decode()}')", 'print(`from ${__sl_str(addr)}: ${__sl_str(data.decode())}`)'],
    ['f"{x!r} {{b}} {d[\'k\']} {y:.2f}"', "`${__sl_repr(x)} {b} ${__sl_str(d['k'])} ${Number(y).toFixed(2)}`"],
    ["f'`${a}`'", '`\\`\\$${__sl_str(a)}\\``'],
    ["f'{x:>10}'", "f'{x:>10}'"],
    ["elf'x'", "elf'x'"],
  ])('%s → %s', (input, expected) => {
    expect(pythonPrepass(input).code).toBe(expected);
  });

  it('drops Python import lines of the socket module and says so', () => {
    expect(pythonPrepass('import socket')).toEqual({ code: '', droppedImport: true, missingModules: [], bytesLiteral: false });
    expect(pythonPrepass('from socket import *\nx = 1').code).toBe('\nx = 1');
    expect(pythonPrepass('from socket import socket, AF_INET').droppedImport).toBe(true);
    expect(pythonPrepass('import os').droppedImport).toBe(true);
    expect(pythonPrepass('import socket, os').droppedImport).toBe(true);
    expect(pythonPrepass('import time').droppedImport).toBe(true);
    expect(pythonPrepass('import json, sys as system\nfrom asyncio import run\nimport os.path')).toEqual(
      { code: '\n\n', droppedImport: true, missingModules: ['json', 'sys', 'asyncio'], bytesLiteral: false });
    // The modules of src/modules are preloaded too, and their names are bound where asked for.
    expect(pythonPrepass('import threading, struct as st')).toEqual({ code: 'var st = struct;', droppedImport: true, missingModules: [], bytesLiteral: false });
    expect(pythonPrepass('from threading import Thread, Lock as L').code).toBe('var { Thread, Lock: L } = threading;');
    expect(pythonPrepass('from select import (select)').code).toBe('var { select } = select;');
    expect(pythonPrepass('from struct import *').code).toMatch(/^var \{ pack, pack_into, unpack, .*\} = struct;$/);
    expect(pythonPrepass("import fs from 'node:fs'").code).toBe("import fs from 'node:fs'");
  });

  it('decodes Python bytes escapes', () => {
    expect(pythonBytesValues('\\x00\\t\\101\\\\\\q')).toEqual([0, 9, 65, 0x5c, 0x5c, 0x71]);
    expect(pythonBytesValues('你')).toEqual([0xe4, 0xbd, 0xa0]);
  });
});

describe('background calls', () => {
  it('does not run a call that awaits in its arguments as a background task (the arrow could not await)', () => {
    const r = rewriteLine('show(await f())\nprint(1)');
    expect(r.code).not.toContain('__sl_detach');
    expect(rewriteLine('show(x)\nprint(1)').code).toContain('__sl_detach(() => show(x))');
  });
});

describe('bytes literals inside template literals', () => {
  it("converts b'' in a template's ${...} and leaves the template's own text alone", () => {
    expect(pythonPrepass("`a ${b'x'} b'lit' \\${b'no'} ${`in ${b'y'}`}`").code).toBe("`a ${__sl_b(\"x\")} b'lit' \\${b'no'} ${`in ${__sl_b(\"y\")}`}`");
  });
});
