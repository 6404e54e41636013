// The translation cache (src/lang/python/translation-cache.ts) on a real directory: what it stores
// comes back, a broken entry is a miss that the next write repairs, writes are atomic, and the
// directory stays within its limits, dropping the least recently used first.
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TranslationCache, type Translation } from '../../../src/lang/python/translation-cache.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-translations-'));
  dirs.push(dir);
  return join(dir, 'translations');
}

const translation = (text: string): Translation => ({ js: text, lines: [{ text, pyLine: 1 }], globals: ['x'], free: [] });

/** Gives every entry a distinct last use, `age` seconds ago, so the order of use is certain. */
function age(dir: string, file: string, seconds: number): void {
  const when = new Date(Date.now() - seconds * 1000);
  utimesSync(join(dir, file), when, when);
}

describe('the translation cache', () => {
  it('returns what was stored under the same source and options, and nothing for another', () => {
    const dir = tempDir();
    const cache = new TranslationCache(dir, 'b1');
    const key = cache.key('print(1)\n', 'exec true');
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, translation('py.print(1);'));
    expect(cache.get(key)).toEqual(translation('py.print(1);'));
    expect(cache.key('print(1)\n', 'exec false').name).not.toBe(key.name);
    expect(cache.key('print(2)\n', 'exec true').name).not.toBe(key.name);
    expect(new TranslationCache(dir, 'b2').get(key)).toBeUndefined();
    // written through a temporary file renamed into place: none is left behind
    expect(readdirSync(dir)).toEqual([`b1-${key.name}.json`]);
  });

  it('takes an entry of the same name for another text as a miss (two sources of one hash)', () => {
    const dir = tempDir();
    const cache = new TranslationCache(dir, 'b1');
    const key = cache.key('print(1)\n', 'exec true');
    cache.set(key, translation('py.print(1);'));
    const other = { name: key.name, text: 'exec true\0print(2)\n' };
    expect(cache.get(other)).toBeUndefined();
    cache.set(other, translation('py.print(2);'));
    expect(cache.get(other)).toEqual(translation('py.print(2);'));
    expect(cache.get(key)).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"text": "'],
    ['JSON of something else', '[1, 2, 3]'],
    ['an entry of another text', JSON.stringify({ text: 'other', translation: translation('x') })],
    ['a translation without its lines', JSON.stringify({ text: 'K', translation: { globals: [], free: [] } })],
  ])('ignores an entry that is %s, and the next write replaces it', (_what, text) => {
    const dir = tempDir();
    const cache = new TranslationCache(dir, 'b1');
    const key = cache.key('print(1)\n', 'exec true');
    cache.set(key, translation('first'));
    const file = join(dir, `b1-${key.name}.json`);
    writeFileSync(file, text.replace('"K"', JSON.stringify(key.text)));
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, translation('again'));
    expect(cache.get(key)).toEqual(translation('again'));
    expect(JSON.parse(readFileSync(file, 'utf8')).text).toBe(key.text);
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const dir = tempDir();
    const cache = new TranslationCache(dir, 'b1', { maxEntries: 3, maxBytes: 1 << 20 });
    const keys = ['a', 'b', 'c'].map((s) => cache.key(s, 'exec true'));
    keys.forEach((k, i) => {
      cache.set(k, translation(String(i)));
      age(dir, `b1-${k.name}.json`, 100 - i * 10); // a oldest, then b, then c
    });
    expect(cache.get(keys[0]!)).toEqual(translation('0')); // a used now: b is the oldest
    const d = cache.key('d', 'exec true');
    cache.set(d, translation('3'));
    expect(readdirSync(dir).sort()).toEqual([keys[0]!, keys[2]!, d].map((k) => `b1-${k.name}.json`).sort());
  });

  it('keeps at most maxBytes', () => {
    const dir = tempDir();
    const cache = new TranslationCache(dir, 'b1', { maxEntries: 100, maxBytes: 2500 });
    for (let i = 0; i < 5; i++) {
      const k = cache.key(String(i), 'exec true');
      cache.set(k, translation('x'.repeat(500)));
      age(dir, `b1-${k.name}.json`, 100 - i * 10);
    }
    const left = readdirSync(dir);
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(5);
    expect(left).toContain(`b1-${cache.key('4', 'exec true').name}.json`);
  });

  it("removes other bundles' translations when it writes", () => {
    const dir = tempDir();
    const old = new TranslationCache(dir, 'old');
    const k1 = old.key('k1', 'exec true');
    old.set(k1, translation('old'));
    expect(readdirSync(dir)).toEqual([`old-${k1.name}.json`]);
    const now = new TranslationCache(dir, 'new');
    const k2 = now.key('k2', 'exec true');
    now.set(k2, translation('new'));
    expect(readdirSync(dir)).toEqual([`new-${k2.name}.json`]);
  });
});
