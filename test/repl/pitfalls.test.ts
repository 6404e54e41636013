// Python habits that JavaScript would read silently otherwise, as a learner types them: each gets
// Python's error or a note with the form that works. The expected Python texts were printed by
// python3 3.11 on this machine.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.ts';
import { closestName } from '../../src/lang/suggestions.ts';
import { startStreamRepl, type StreamRepl } from './harness.ts';

let repl: StreamRepl | undefined;

afterEach(async () => {
  await repl?.close();
  repl = undefined;
  setLang('en');
});

describe('bytes compared and tested as in Python', () => {
  it('notes once that == compares bytes by identity, with the form that compares contents', async () => {
    repl = await startStreamRepl();
    expect(await repl.run("b'quit' == b'quit'")).toBe(
      "Note: == and === compare bytes by identity in JavaScript, so b'quit' == b'quit' is false. Compare the contents: data.equals(b'quit') (or data.decode() === 'quit').\nFalse\n");
    expect(await repl.run("data = b'quit'")).toBe('');
    expect(await repl.run("data !== b'quit'")).toBe('True\n'); // the note is said once
    expect(await repl.run("data.equals(b'quit')")).toBe('True\n');
    expect(await repl.run("data == \"b'quit'\"")).toBe('True\n'); // JavaScript's answer is kept
  });

  it('notes that b\'\' is true in JavaScript when bytes are tested for truth', async () => {
    repl = await startStreamRepl();
    await repl.run("data = b''");
    expect(await repl.run("if (!data) print('empty')")).toMatch(/^Note: in JavaScript every bytes value is true, even the empty b''.*len\(data\) === 0/);
    expect(await repl.run("if (len(data) === 0) print('empty')")).toBe('empty\n');
    expect(await repl.run("while (data) { print('never'); break }")).toBe('never\n'); // once per kind
  });

  it('says it in Chinese too', async () => {
    repl = await startStreamRepl({ lang: 'zh' });
    expect(await repl.run("b'a' === b'a'")).toMatch(/^提示：在 JavaScript 里，== 和 === 比较的是 bytes 是不是同一个对象.*data\.equals\(b'quit'\)/);
  });

  it('tells a loop that keeps receiving b\'\' that the peer has closed', async () => {
    repl = await startStreamRepl();
    await repl.run('[a, c] = socket.socketpair()');
    await repl.run('c.close()');
    const out = await repl.run('for (let i = 0; i < 5; i++) { data = a.recv(1024) }');
    expect(out).toBe("Note: recv() keeps returning b'': the other side has closed the connection, and from now on every recv() returns b'' at once. Leave the loop when len(data) === 0, then close the socket.\n");
    expect(await repl.run('data')).toBe("b''\n");
  });
});

describe('bytes with + and %', () => {
  it.each([
    ["b'Hello, %s!' % b'Jack'", "b'Hello, Jack!'\n"],
    ["b'%d %r %a %x %c %5s|%-4b|' % (5, b'q', 'é', 255, 65, b'ab', b'c')", "b\"5 b'q' '\\\\xe9' ff A    ab|c   |\"\n"],
    ["b'Hello, %s!' % 'Jack'", "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'\n"],
    ["b'%s' % (b'a', b'b')", 'TypeError: not all arguments converted during bytes formatting\n'],
    ["b'ab' + b'cd'", "b'abcd'\n"],
    ["b'a' + 'x'", "TypeError: can't concat str to bytes\nHint: bytes only join with bytes: data + 'x'.encode() (or data.decode() + 'x' for text).\n"],
    ["b'a' + 1", "TypeError: can't concat int to bytes\n"],
    ["1 + b'a'", "TypeError: unsupported operand type(s) for +: 'int' and 'bytes'\n"],
    ["'Jack:' + b'hi'", "TypeError: can only concatenate str (not \"bytes\") to str\nHint: decode the bytes first: 'Jack:' + data.decode() (or use a template: `Jack:${data.decode()}`).\n"],
    ["String(b'hi') + `/${b('hi')}/${[b('x')]}`", "\"b'hi'/b'hi'/b'x'\"\n"],
    ["'n' + 1 + 2", "'n12'\n"],
  ])('%s', async (line, expected) => {
    repl = await startStreamRepl();
    expect(await repl.run(line)).toBe(expected);
  });

  it('appends bytes to bytes with +=, as Python does', async () => {
    repl = await startStreamRepl();
    await repl.run("buf = b''");
    await repl.run("for (const part of [b'ab', b'cd']) buf += part");
    expect(await repl.run('buf')).toBe("b'abcd'\n");
    expect(await repl.run("msg = 'x'; msg += b'y'")).toBe('TypeError: can only concatenate str (not "bytes") to str\nHint: decode the bytes first: \'Jack:\' + data.decode() (or use a template: `Jack:${data.decode()}`).\n');
  });
});

describe("CPython's errors for Python habits", () => {
  it("answers a top-level break with CPython's SyntaxError and reads the next line normally", async () => {
    repl = await startStreamRepl();
    expect(await repl.run('break')).toBe("SyntaxError: 'break' outside loop\nHint: break and continue only work inside a loop typed as one input, for example: while (true) { ...; if (len(data) === 0) break }.\n");
    expect(await repl.run('1 + 1')).toBe('2\n');
    expect(await repl.run('continue')).toMatch(/^SyntaxError: 'continue' not properly in loop\n/);
    expect(await repl.run('6 * 7')).toBe('42\n');
  });

  it.each([
    ['SOCKE_DGRAM', "NameError: name 'SOCKE_DGRAM' is not defined. Did you mean: 'SOCK_DGRAM'?\n"],
    ['AF_INT', "NameError: name 'AF_INT' is not defined. Did you mean: 'AF_INET'?\n"],
    ['prnt(1)', "NameError: name 'prnt' is not defined. Did you mean: 'print'?\n"],
    ['soket', "NameError: name 'soket' is not defined. Did you mean: 'socket'?\n"],
    ["s.clsoe()", "AttributeError: 'socket' object has no attribute 'clsoe'. Did you mean: 'close'?\n"],
    ["s.sendal(b'x')", "AttributeError: 'socket' object has no attribute 'sendal'. Did you mean: 'sendall'?\n"],
    ['s.lisen(5)', "AttributeError: 'socket' object has no attribute 'lisen'. Did you mean: 'listen'?\n"],
    ['socket.socke()', "AttributeError: module 'socket' has no attribute 'socke'. Did you mean: 'socket'?\n"],
    ['pass', "NameError: name 'pass' is not defined\nHint: pass is Python's empty statement; JavaScript needs nothing there: write an empty block {} (or leave the line out).\n"],
    ["raw_input('name: ')", "NameError: name 'raw_input' is not defined\nHint: raw_input() is Python 2's name for input(): write input('prompt: ').\n"],
    ['print "x"', "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\nHint: print is a function in Python 3 and in JavaScript: print(\"x\").\n"],
    ['conn', "NameError: name 'conn' is not defined\nHint: conn has no value yet. Assign it first, for example: conn, addr = server.accept()\n"],
  ])('%s', async (line, expected) => {
    repl = await startStreamRepl();
    await repl.run('s = socket.socket()');
    expect(await repl.run(line)).toBe(expected);
  });

  it("keeps Python's error lines verbatim and gives the hints in Chinese", async () => {
    repl = await startStreamRepl({ lang: 'zh' });
    expect(await repl.run("'Jack:' + b'hi'")).toBe("TypeError: can only concatenate str (not \"bytes\") to str\n建议：先把 bytes 解码：'Jack:' + data.decode()（或者用模板字符串：`Jack:${data.decode()}`）。\n");
    expect(await repl.run('pass')).toMatch(/^NameError: name 'pass' is not defined\n建议：pass 是 Python 的空语句/);
    expect(await repl.run('break')).toMatch(/^SyntaxError: 'break' outside loop\n建议：break 和 continue 只能用在同一次输入的循环里/);
  });

  it('suggests as CPython 3.11 does (Levenshtein, case flips cost half)', () => {
    const names = ['SOCK_STREAM', 'SOCK_DGRAM', 'socketpair', 'gethostname', 'gethostbyname', 'recv', 'recv_into', 'recvfrom'];
    expect(closestName('SOCK_STREM', names)).toBe('SOCK_STREAM');
    expect(closestName('sock_stream', names)).toBeUndefined(); // python3: no suggestion
    expect(closestName('gethostnam', names)).toBe('gethostname');
    expect(closestName('recv_int', names)).toBe('recv_into');
    expect(closestName('reciev', names)).toBe('recv');
    expect(closestName('x', Array.from({ length: 750 }, (_, i) => `x${i}`))).toBeUndefined(); // too many candidates
  });
});

describe('a blocking call without await inside a function', () => {
  it('is named when the function is defined and again under the error it causes', async () => {
    repl = await startStreamRepl();
    expect(await repl.run('async function ask() { return int(input()) }')).toBe(
      'Note: in ask(), input() has no await, so it gives a Promise instead of the result. Write await input(), and declare the function async (async function ...).\n');
    repl.send('ask()');
    repl.send('5');
    const out = await repl.run('');
    expect(out).toMatch(/TypeError: int\(\) argument must be a string, a bytes-like object or a real number, not 'coroutine'\nHint: input\(\) in ask\(\) is not awaited/);
  });

  it('is said loudly when the line ends while the call still waits', async () => {
    repl = await startStreamRepl();
    await repl.run('s = socket.socket(AF_INET, SOCK_DGRAM)');
    await repl.run("s.bind(['127.0.0.1', 0])");
    await repl.run('function start() { pending = s.recvfrom(1024) }');
    expect(await repl.run('start()')).toBe(
      'Warning: s.recvfrom(1024) is still waiting in the background: nothing awaited it. It will take the next data that arrives. Put await before it, or type .reset to cancel it.\n');
    expect(await repl.run('async function fine() { return await s.recvfrom(1024) }')).toBe('');
    await repl.run('function r() { const [data, addr] = s.recvfrom(1024); return data }');
    expect(await repl.run('r()')).toMatch(/^(?:Warning: .*\n)?TypeError: cannot unpack non-iterable coroutine object\nHint: s\.recvfrom\(1024\) in r\(\) is not awaited/);
    // a method of the result: CPython's error on a coroutine, never the rewriter's helper name
    await repl.run('function text() { return s.recv(1024).decode() }');
    expect(await repl.run('text()')).toMatch(/^(?:Warning: .*\n)?AttributeError: 'coroutine' object has no attribute 'decode'\nHint: s\.recv\(1024\) in text\(\) is not awaited/);
  });
});

describe('a receive whose result is dropped', () => {
  it('is cancelled when the line ends, so the next datagram goes to the next recvfrom', async () => {
    repl = await startStreamRepl();
    await repl.run("s = socket.socket(AF_INET, SOCK_DGRAM); s.bind(['127.0.0.1', 0])");
    await repl.run('function start() { s.recvfrom(1024) }');
    expect(await repl.run('start()')).toBe(
      'Cancelled s.recvfrom(1024): nothing awaited it, and nothing could use what it received, so it would have taken the next data that arrives. Write await s.recvfrom(1024) (in an async function) and keep its result.\n');
    await repl.run("c = socket.socket(AF_INET, SOCK_DGRAM); c.sendto(b'next', s.getsockname())");
    expect(await repl.run('s.recvfrom(1024)')).toMatch(/^\(b'next', \('127\.0\.0\.1', \d+\)\)\n$/);
    expect(await repl.run("c.sendto(b'again', s.getsockname()); s.recv(1024)")).toBe("b'again'\n"); // no error was kept for the socket
  });
});

describe('.sockets', () => {
  it("says that the one byte waiting on a CLOSE_WAIT socket is the peer's FIN", async () => {
    repl = await startStreamRepl();
    await repl.run("srv = socket.socket(); srv.bind(['127.0.0.1', 0]); srv.listen(1)");
    await repl.run('c = socket.socket(); c.connect(srv.getsockname())');
    await repl.run('[conn, addr] = srv.accept()');
    await repl.run('c.close()');
    const table = await repl.run('.sockets');
    expect(table).toMatch(/CLOSE_WAIT +0 \+ FIN\n/);
    expect(table).toMatch(/N \+ FIN: the peer has closed its side/);
    expect(await repl.run('conn.recv(1024)')).toBe("b''\n");
    expect(await repl.run('.sockets')).toMatch(/CLOSE_WAIT +0\n/);
  });
});

describe('a temporary socket', () => {
  afterEach(() => {
    delete process.env.PYTHONWARNINGS;
  });

  it("is closed when the line ends, as CPython's refcounting closes it, with its ResourceWarning under -W", async () => {
    process.env.PYTHONWARNINGS = 'default';
    repl = await startStreamRepl();
    expect(await repl.run('socket.socket().getpeername()')).toMatch(
      /^<stdin>:1: ResourceWarning: unclosed <socket\.socket fd=\d+, family=2, type=1, proto=0, laddr=\('0\.0\.0\.0', 0\)>\nResourceWarning: Enable tracemalloc to get the object allocation traceback\nOSError: \[Errno 107\] Transport endpoint is not connected\n/);
    expect(await repl.run('.sockets')).toMatch(/^No open sockets/);
  });

  it('is closed silently without -W, and a socket with a name stays open', async () => {
    repl = await startStreamRepl();
    expect(await repl.run('socket.socket(AF_INET, SOCK_DGRAM).getsockname()')).toBe("('0.0.0.0', 0)\n");
    await repl.run('s = socket.socket()');
    expect(await repl.run('s.fileno() > 0')).toBe('True\n');
    expect(await repl.run('.sockets')).toMatch(/^fd .*\n\d+ +AF_INET\/SOCK_STREAM/);
    expect(await repl.run('.sockets')).not.toMatch(/SOCK_DGRAM/);
  });
});
