// The catalogues are lists of sections that t() searches in order, making each the first time it
// searches it (src/i18n/index.ts): a key in two sections would show the first one's text, so every
// key is in exactly one.
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en/index.ts';
import { zh } from '../src/i18n/zh/index.ts';
import { t } from '../src/i18n/index.ts';

describe('the message catalogues', () => {
  it.each([['en', en], ['zh', zh]] as const)('%s has every key in one section only', (_, sections) => {
    const keys = sections.flatMap((s) => Object.keys(s()));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('both languages have the same keys', () => {
    expect(zh.flatMap((s) => Object.keys(s())).sort()).toEqual(en.flatMap((s) => Object.keys(s())).sort());
  });

  it('finds a key of any section, in either language, with its placeholders filled in', () => {
    expect(t('cli.badLang', { lang: 'fr' }, 'en')).toContain('fr');
    expect(t('cli.badLang', { lang: 'fr' }, 'zh')).toContain('fr');
    expect(t('cli.badLang', { lang: 'fr' }, 'zh')).not.toBe(t('cli.badLang', { lang: 'fr' }, 'en'));
    expect(t('pyrepl.nowPython', {}, 'en')).toMatch(/^Python mode: /); // the seventh section's
    expect(t('lessons.where.step', { n: 2, id: 'bind' }, 'en')).toBe('step 2 (bind)'); // the last section's, made by this lookup
  });
});
