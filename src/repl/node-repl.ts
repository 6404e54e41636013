// What socklab touches inside node's REPLServer beyond its typed API, in one place: the members
// readline and REPLServer expose without typings, the buffered (unfinished) entry, and Tab
// completion for TERM=dumb, where readline inserts a tab instead of completing.
import type { REPLServer as _REPLServer } from 'node:repl';

export type NodeEval = (code: string, context: object, file: string, cb: (err: Error | null, result?: unknown) => void) => void;

export type ReplServer = Omit<_REPLServer, 'eval'> & {
  eval: NodeEval;
  _ttyWrite(d: string | undefined, key: { ctrl?: boolean; name?: string } | undefined): void;
  _onLine(line: string): void;
  _initialPrompt: string;
  _refreshLine(): void;
  _domain: NodeJS.EventEmitter;
  clearLine(): void;
  line: string;
  cursor: number;
  editorMode: boolean;
  lines: unknown[] & { level?: unknown[] };
  last: unknown;
  /** readline's history, newest first, and how many entries it keeps. */
  history: string[];
  historySize: number;
  completer(text: string, cb: (err: unknown, result?: [string[], string]) => void): void;
};

/** The lines of an unfinished multi-line entry ('' when there is none). */
export function bufferedCommand(r: ReplServer): string {
  const symbol = Object.getOwnPropertySymbols(r).find((s) => s.description === 'bufferedCommand');
  return symbol ? String((r as unknown as Record<symbol, unknown>)[symbol] ?? '') : '';
}

/** Tab on a dumb terminal: one match is completed in place, several are listed under the line. */
export function completeOnDumbTerminal(r: ReplServer, write: (s: string) => void): void {
  r.completer(r.line.slice(0, r.cursor), (err, result) => {
    if (err || !result) return;
    const [completions, completeOn] = result;
    const items = [...new Set(completions.filter((x) => x !== ''))];
    if (items.length === 0) return;
    let common = items[0]!;
    for (const item of items) while (!item.startsWith(common)) common = common.slice(0, -1);
    const add = common.slice(completeOn.length);
    if (add) {
      r.line = r.line.slice(0, r.cursor) + add + r.line.slice(r.cursor);
      r.cursor += add.length;
      write(add);
      return;
    }
    if (items.length > 1) write(`\n${items.join('  ')}\n${r.getPrompt()}${r.line}`);
  });
}
