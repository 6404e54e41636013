// The user's language and the message catalogues. Every text socklab itself prints comes from
// here; Python's own error lines are not translated (learners search for them verbatim).
import { en, type Messages } from './en/index.ts';
import { zh } from './zh/index.ts';

export type Lang = 'en' | 'zh';
export type MessageKey = keyof Messages;

/** A section of a catalogue: made by the first lookup that searches it (src/i18n/en/index.ts). */
type _Section = () => Readonly<Record<string, string>>;

/** Each language's catalogue: its sections, in which every key is in exactly one. */
const _catalogues: Record<Lang, readonly _Section[]> = { en, zh };
const _made = new Map<_Section, Readonly<Record<string, string>>>();
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
  const template = (_template(_catalogues[lang], key) ?? _template(_catalogues.en, key))!;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function _template(sections: readonly _Section[], key: string): string | undefined {
  for (const make of sections) {
    let section = _made.get(make);
    if (section === undefined) _made.set(make, (section = make()));
    const template = section[key];
    if (template !== undefined) return template;
  }
  return undefined;
}
