// The language of the REPL's lines, TypeScript or Python: the prompt that shows it, and the
// choice remembered between sessions (a file `language` in the config directory, next to the
// lessons' progress).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { configDir } from '../config-dir.ts';

export type Language = 'typescript' | 'python';

/** The primary prompt of Python mode outside a lesson (TypeScript's is `>>> `). */
export const PYTHON_PROMPT = 'py>>> ';

/** Where the choice is kept: $SOCKLAB_CONFIG_DIR or $XDG_CONFIG_HOME/socklab, file `language`. */
export function defaultLanguagePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), 'language');
}

/**
 * The prompt for `base` (the playground's `>>> `, or a lesson's `udp-receiver 2/6 > `) in
 * `language`: Python shows `py>>> `, and a lesson's step ends in Python's `>>> `.
 */
export function promptIn(language: Language, base: string, plain: string): string {
  if (language === 'typescript') return base;
  if (base === plain) return PYTHON_PROMPT;
  return base.replace(/>\s*$/, '>>> ');
}

/** The remembered language, or undefined (none saved, unreadable, or not a language). */
export function readLanguage(path: string): Language | undefined {
  try {
    const saved = readFileSync(path, 'utf8').trim();
    return saved === 'python' || saved === 'typescript' ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the choice; returns the reason it could not be saved (an errno code), or undefined. */
export function saveLanguage(path: string, language: Language): string | undefined {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${language}\n`);
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? String((e as Error).message ?? e);
  }
}
