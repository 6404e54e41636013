// The REPL's history file, instead of node's setupHistory: node keeps 30 entries, rewrites the
// file in place (a shorter history left the old file's tail behind, seen as garbage on arrow-up)
// and each session overwrites the other's lines. Here, as Python's readline: 1,000 entries;
// every write re-reads the file and puts this session's new lines on top of what is there now
// (so two sessions keep each other's lines), then writes a temporary file and renames it over
// the old one (a reader never sees half a file). The format stays node's: one entry per line,
// newest first, so existing files keep working.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const HISTORY_SIZE = 1_000;

export interface HistoryFile {
  /** The entries saved so far, newest first (for the line editor). */
  readonly entries: string[];
  /** Saves `entry` (just typed) with whatever other sessions saved meanwhile. */
  add(entry: string): void;
}

/**
 * Opens the history at `path`. `warn(reason)` is called once, the first time the file cannot be
 * read or written; the session then keeps its history in memory only.
 */
export function openHistory(path: string, warn: (reason: string) => void): HistoryFile {
  let broken = false;
  const fail = (e: unknown) => {
    if (!broken) warn((e as NodeJS.ErrnoException).code ?? String((e as Error).message ?? e));
    broken = true;
  };
  const read = (): string[] => {
    try {
      return _parse(readFileSync(path, 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      return [];
    }
  };

  let entries: string[] = [];
  try {
    mkdirSync(dirname(path), { recursive: true });
    entries = read();
  } catch (e) {
    fail(e);
  }
  const pending: string[] = []; // typed since the last successful write, oldest first
  let last = entries[0];
  return {
    entries,
    add(entry: string): void {
      if (broken || entry.trim() === '' || entry === last) return; // readline repeats a repeated line
      last = entry;
      pending.push(entry);
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        const merged = [...pending].reverse().concat(read()).slice(0, HISTORY_SIZE);
        writeFileSync(tmp, `${merged.join('\n')}\n`, { mode: 0o600 });
        renameSync(tmp, path);
        pending.length = 0;
      } catch (e) {
        try {
          rmSync(tmp, { force: true });
        } catch {
          // nothing was written
        }
        fail(e);
      }
    },
  };
}

function _parse(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '').slice(0, HISTORY_SIZE);
}
