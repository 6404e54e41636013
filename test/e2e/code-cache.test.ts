// dist/cli.cjs runs the bundle through V8's code cache (src/start.ts): the first start of a kind
// writes the cache, later starts read it, and a cache that is broken or cannot be written never
// changes what socklab does.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/socklab.js', import.meta.url));
// A copy of dist/ elsewhere finds the externals (koffi, zeromq) through NODE_PATH.
const MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const dirs: string[] = [];

afterEach(() => {
  for (const d of dirs.splice(0)) {
    chmodSync(d, 0o700);
    rmSync(d, { recursive: true, force: true });
  }
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-cache-test-'));
  dirs.push(dir);
  return dir;
}

function socklab(args: string[], cacheDir: string, input = '', bin = BIN): { stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, SOCKLAB_CACHE_DIR: cacheDir, NO_COLOR: '1', TERM: 'dumb', SOCKLAB_CODE_CACHE: '', NODE_PATH: MODULES },
    input,
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(r.status).toBe(0);
  return { stdout: r.stdout, stderr: r.stderr };
}

function caches(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.v8cache')).sort();
}

describe('the code cache of the bundle', () => {
  it('is written by the first start of a kind and read, not rewritten, by the next', () => {
    const work = tempDir();
    const cache = join(tempDir(), 'cache');
    // A learner's module importing another: the bundle's import() goes through the loader.
    writeFileSync(join(work, 'util.mjs'), 'export const answer = 6 * 7;\n');
    const script = join(work, 'main.mjs');
    writeFileSync(script, "import { answer } from './util.mjs';\nprint(answer, typeof socket.socket);\n");

    expect(socklab(['run', script], cache).stdout).toBe('42 function\n');
    const [file, ...more] = caches(cache);
    expect(more).toEqual([]);
    expect(file).toMatch(new RegExp(`^[0-9a-f]{8}-[0-9a-f]{16}-${process.version}-${process.arch}-run-mjs\\.v8cache$`));
    const written = statSync(join(cache, file!)).mtimeMs;
    expect(statSync(join(cache, file!)).size).toBeGreaterThan(1000);

    expect(socklab(['run', script], cache).stdout).toBe('42 function\n');
    expect(statSync(join(cache, file!)).mtimeMs).toBe(written);

    // Another kind of start has a cache of its own.
    const py = join(work, 'hello.py');
    writeFileSync(py, 'print("hello", 5.0)\n');
    expect(socklab(['run', py], cache).stdout).toBe('hello 5.0\n');
    expect(caches(cache).map((f) => f.replace(/^[0-9a-f]{8}-[0-9a-f]{16}-/, ''))).toEqual([
      `${process.version}-${process.arch}-run-mjs.v8cache`,
      `${process.version}-${process.arch}-run-py-translating.v8cache`,
    ]);
  });

  it('a .py start whose translation is cached has a cache of its own, without the translator', () => {
    const work = tempDir();
    const cache = join(tempDir(), 'cache');
    const py = join(work, 'hello.py');
    writeFileSync(py, 'print("hello", 5.0)\n');
    const kinds = () => caches(cache).map((f) => f.replace(/^[0-9a-f]{8}-[0-9a-f]{16}-/, '').replace(`${process.version}-${process.arch}-`, ''));
    expect(socklab(['run', py], cache).stdout).toBe('hello 5.0\n');
    expect(kinds()).toEqual(['run-py-translating.v8cache']);
    // The second run finds its translation: Lezer and the translator never run, nor are in its cache.
    expect(socklab(['run', py], cache).stdout).toBe('hello 5.0\n');
    expect(kinds()).toEqual(['run-py-translating.v8cache', 'run-py.v8cache']);
    const [translating, translated] = caches(cache).map((f) => statSync(join(cache, f)).size);
    expect(translated!).toBeLessThan(translating! - 50_000);
    const written = caches(cache).map((f) => statSync(join(cache, f)).mtimeMs);
    // An edited program is translated again, with the translating start's cache; neither is rewritten.
    writeFileSync(py, 'print("hello", 6.0)\n');
    expect(socklab(['run', py], cache).stdout).toBe('hello 6.0\n');
    expect(socklab(['run', py], cache).stdout).toBe('hello 6.0\n');
    expect(caches(cache).map((f) => statSync(join(cache, f)).mtimeMs)).toEqual(written);
  });

  it('a .py start that translated a program writes a cache the next one reads (the first Lezer parse turns TurboFan off and on)', () => {
    const work = tempDir();
    const cache = join(tempDir(), 'cache');
    // src/lang/python/first-lezer-parse.ts changes V8's flags while Lezer parses (`match` at a
    // statement's start is a soft keyword descent.ts leaves to Lezer): the cache written at exit
    // must carry the flags of a start, or every later start would reject and rewrite it.
    writeFileSync(join(work, 'one.py'), 'def f(x):\n    return x * 2\nmatch = 21\nprint(f(match))\n');
    writeFileSync(join(work, 'two.py'), 'd = {"k": [1, 2]}\nprint(len(d["k"]))\n');
    expect(socklab(['run', join(work, 'one.py')], cache).stdout).toBe('42\n');
    const [file, ...more] = caches(cache);
    expect(more).toEqual([]);
    const written = statSync(join(cache, file!)).mtimeMs;
    expect(socklab(['run', join(work, 'two.py')], cache).stdout).toBe('2\n');
    expect(statSync(join(cache, file!)).mtimeMs).toBe(written);
  });

  it('the REPL writes its cache before the learner leaves', () => {
    const cache = join(tempDir(), 'cache');
    expect(socklab([], cache, '6 * 7\n.exit\n').stdout).toContain('42');
    expect(caches(cache).map((f) => f.replace(/^[0-9a-f]{8}-[0-9a-f]{16}-/, ''))).toEqual([`${process.version}-${process.arch}-repl.v8cache`]);
  });

  it("the REPL's cache holds what ran until its prompt, not what the session ran after it", () => {
    // Every start deserializes the whole cache before its prompt: a session's lines (here the
    // whole Python front end) would make each later prompt wait for code it may never run.
    const size = (input: string) => {
      const cache = join(tempDir(), 'cache');
      socklab([], cache, input);
      const [file] = caches(cache);
      return statSync(join(cache, file!)).size;
    };
    const bare = size('.exit\n');
    const busy = size('.python\nimport socket\nprint(socket.socket())\n.exit\n');
    expect(busy / bare).toBeGreaterThan(0.95);
    expect(busy / bare).toBeLessThan(1.05);
  });

  it("each REPL language has a cache of its own: --python's, then the remembered language's", () => {
    const cache = join(tempDir(), 'cache');
    const config = tempDir();
    const kinds = () => caches(cache).map((f) => f.replace(/^[0-9a-f]{8}-[0-9a-f]{16}-/, ''));
    const repl = (args: string[], input: string) =>
      spawnSync(process.execPath, [BIN, ...args], {
        env: { ...process.env, SOCKLAB_CACHE_DIR: cache, SOCKLAB_CONFIG_DIR: config, NO_COLOR: '1', TERM: 'dumb', SOCKLAB_CODE_CACHE: '' },
        input,
        encoding: 'utf8',
        timeout: 20_000,
      });
    expect(repl(['--python'], 'print(6 * 7)\n.exit\n').stdout).toContain('42');
    expect(kinds()).toEqual([`${process.version}-${process.arch}-repl-py.v8cache`]);
    expect(repl([], '6 * 7\n.exit\n').stdout).toContain('42');
    expect(kinds()).toEqual([`${process.version}-${process.arch}-repl-py.v8cache`, `${process.version}-${process.arch}-repl.v8cache`]);
    // The language a terminal session remembered chooses the cache of a start without --python.
    writeFileSync(join(config, 'language'), 'python\n');
    const pyCache = join(cache, caches(cache).find((f) => f.endsWith('-repl-py.v8cache'))!);
    const written = statSync(pyCache).mtimeMs;
    expect(repl([], '6 * 7\n.exit\n').status).toBe(0);
    expect(statSync(pyCache).mtimeMs).toBe(written);
    expect(kinds().length).toBe(2);
  });

  it('a broken cache is rejected by V8 and replaced; an unwritable directory is no error', () => {
    const work = tempDir();
    const cache = join(tempDir(), 'cache');
    const script = join(work, 'main.mjs');
    writeFileSync(script, 'print(b"ok")\n');
    socklab(['run', script], cache);
    const [file] = caches(cache);
    writeFileSync(join(cache, file!), Buffer.alloc(5000, 0x5a));
    expect(socklab(['run', script], cache).stdout).toBe("b'ok'\n");
    expect(readFileSync(join(cache, file!)).equals(Buffer.alloc(5000, 0x5a))).toBe(false);

    const locked = tempDir();
    chmodSync(locked, 0o500);
    const root = process.getuid?.() === 0; // root writes anyway: then only the output is checked
    const out = socklab(['run', script], join(locked, 'cache'));
    expect(out).toEqual({ stdout: "b'ok'\n", stderr: '' });
    if (!root) expect(readdirSync(locked)).toEqual([]);
  });

  it('builds in two places keep their own caches side by side', () => {
    const work = tempDir();
    const cache = join(tempDir(), 'cache');
    const other = join(tempDir(), 'dist');
    cpSync(DIST, other, { recursive: true });
    writeFileSync(join(other, 'socklab.cjs'), `${readFileSync(join(other, 'socklab.cjs'), 'latin1')}\n// another build\n`, 'latin1');
    const script = join(work, 'main.mjs');
    writeFileSync(script, 'print(6 * 7)\n');

    expect(socklab(['run', script], cache).stdout).toBe('42\n');
    const [here] = caches(cache);
    expect(socklab(['run', script], cache, '', join(other, 'cli.cjs')).stdout).toBe('42\n');
    const both = caches(cache);
    expect(both).toHaveLength(2);
    expect(both).toContain(here);
    const written = statSync(join(cache, here!)).mtimeMs;
    // The first build starts warm again: its cache is still there and not rewritten.
    expect(socklab(['run', script], cache).stdout).toBe('42\n');
    expect(statSync(join(cache, here!)).mtimeMs).toBe(written);
    expect(caches(cache)).toEqual(both);
  });

  it('the bundle is ASCII only: src/start.ts reads it as latin1, where a regexp\'s 课程 would be six characters', () => {
    const bundle = readFileSync(join(DIST, 'socklab.cjs'), 'latin1');
    expect(bundle).toMatch(/^[\x00-\x7f]*$/);
    expect(bundle).toContain('(lesson|\\u8bfe\\u7a0b)'); // src/lessons/controller.ts's `.reset 课程`
  });

  it('a Chinese codec loads iconv-lite from its own file, which the bundle does not hold', () => {
    const work = tempDir();
    const script = join(work, 'gbk.py');
    // Expected outputs from python3 3.11.
    writeFileSync(script, "x = '你好'.encode('gbk')\nprint(x, x.decode('gb2312'), '臺'.encode('big5'), '\\u1e3f'.encode('gb18030'))\n");
    expect(socklab(['run', script], join(tempDir(), 'cache')).stdout).toBe("b'\\xc4\\xe3\\xba\\xc3' 你好 b'\\xbbO' b'\\x815\\xf47'\n");
    expect(readFileSync(join(DIST, 'iconv-lite.cjs'), 'latin1')).toContain('node_modules/iconv-lite/');
    expect(readFileSync(join(DIST, 'socklab.cjs'), 'latin1')).not.toContain('node_modules/iconv-lite/');
  });
});
