// How lesson texts look in the terminal: `backticks` in code colour, lines indented by four
// spaces as code blocks, steps under a numbered heading. Colour follows colors() (off for
// NO_COLOR, TERM=dumb, CI, pipes).
import { colors } from '../colors.ts';
import { terminalColumns, wrapText } from '../wrap.ts';
import { t } from '../i18n/index.ts';
import type { CheckOutcome } from './checks.ts';
import type { CodeLanguage } from './schema.ts';

/** A lesson text with its inline code and code blocks coloured. */
export function renderText(text: string): string {
  const c = colors();
  const columns = terminalColumns();
  // Wrapped by hand at ~88 columns: a narrower terminal gets it rewrapped (one column spare).
  return wrapText(text, columns === undefined ? undefined : columns - 1)
    .split('\n')
    .map((line) => (/^ {4}/.test(line) ? c.cyan(line) : line.replace(/`([^`]+)`/g, (_w, code: string) => c.cyan(code))))
    .join('\n');
}

/** "Step 2/6 · Bind to port 9999" and the step's text. */
export function renderStep(n: number, total: number, title: string, text: string): string {
  const c = colors();
  return `${c.bold(t('lessons.ui.stepHeading', { n, total, title }))}\n${renderText(text)}`;
}

/**
 * The step's code, as `.show` prints it. In Python a compound statement is followed by an empty
 * line, as it is typed at CPython's REPL (the empty line after `...` runs it), so it can be pasted.
 */
export function renderCode(inputs: readonly string[], language: CodeLanguage = 'typescript'): string {
  const c = colors();
  const lines = inputs.flatMap((input, i) => {
    const block = input.split('\n').map((line) => `    ${c.cyan(line)}`);
    return language === 'python' && input.includes('\n') && i < inputs.length - 1 ? [...block, ''] : block;
  });
  return lines.join('\n');
}

/**
 * `text` with its control characters written as escapes (`\x00`, `\x1b`), as Python's repr
 * writes them: a check's own data (`exact: "\0\0\0\x05apple"`) shown, never sent to the terminal.
 */
export function visible(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** One line per check: ✔ what it wants, or ✘ what it wants — why not. */
export function renderOutcomes(outcomes: readonly CheckOutcome[]): string {
  const c = colors();
  return outcomes
    .map((o) => (o.ok ? `  ${c.green('✔')} ${visible(o.want)}` : `  ${c.red('✘')} ${visible(o.want)} ${c.dim('—')} ${visible(o.why ?? '')}`))
    .join('\n');
}

/** English sentences made from parts start with a capital. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
