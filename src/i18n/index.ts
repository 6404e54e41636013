// The user's language and the message catalogues. Every text socklab itself prints comes from
// here; Python's own error lines are not translated (learners search for them verbatim).
import { en, type Messages } from './en/index.ts';
import { zh } from './zh/index.ts';

export type Lang = 'en' | 'zh';
export type MessageKey = keyof Messages;

/** Each language's catalogue: its sections, in which every key is in exactly one. */
const _catalogues: Record<Lang, readonly Readonly<Record<string, string>>[]> = { en, zh };
let _lang: Lang = detectLang();

/** English or Simplified Chinese from LC_ALL, LC_MESSAGES or LANG (the POSIX order). */
export function detectLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(value) ? 'zh' : 'en';
}

export function setLang(lang: Lang): void {
  _lang = lang;
}

export function getLang(): Lang {
  return _lang;
}

export function isLang(x: string): x is Lang {
  return x === 'en' || x === 'zh';
}

/** The message `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}, lang: Lang = _lang): string {
  const template = (_template(_catalogues[lang], key) ?? _template(en, key))!;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function _template(sections: readonly Readonly<Record<string, string>>[], key: string): string | undefined {
  for (const section of sections) {
    const template = section[key];
    if (template !== undefined) return template;
  }
  return undefined;
}
