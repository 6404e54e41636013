// Python's traceback module (Lib/traceback.py, CPython 3.11), as a server prints the error of one
// client and goes on serving the others: print_exc() / format_exc() of the exception being
// handled (sys.exc_info(), runtime/handling.ts), print_exception(e) / format_exception(e) of a
// caught one (3.10's one-argument form and the old (type, value, tb) one), format_exception_only(),
// print_stack() / format_stack(). The text is the interpreter's own traceback (session.ts), so
// it is the one an uncaught error would print, from the handler's frame down.
// limit= keeps the outermost frames of each traceback (the innermost of a stack), a negative one
// the others, as StackSummary.extract. Not here: walk_tb/extract_tb and the FrameSummary objects.
import { pyTypeName } from '../../../socket/pytype.ts';
import { makeModule, type HostIO, type PyModule } from '../modules.ts';
import { callMethod } from '../runtime/attributes.ts';
import { argAt, native } from '../runtime/call.ts';
import { noteLines } from '../runtime/exceptions.ts';
import { handledException } from '../runtime/handling.ts';
import * as ops from '../runtime/ops.ts';
import { intValue, isInt, isNone } from '../runtime/values.ts';

/** A Python frame as a traceback names it. */
export interface FrameInfo {
  filename: string;
  line: number;
  name: string;
}

/** What this module and logging read of the running program (session.ts's PROGRAM_FRAMES). */
export interface ProgramFrames {
  /** The traceback of a caught exception (just its last line if it was never raised), ending with a newline. */
  formatCaught: (err: unknown, chain?: boolean) => string;
  /** The innermost Python frame running now. */
  caller: () => FrameInfo | undefined;
  /** The `  File …` entry of every Python frame running now, outermost first. */
  stack: () => string[];
}

/** Where print_*() write: file=, else sys.stderr. */
export function fileWriter(io: HostIO, file: unknown): (text: string) => Promise<void> | void {
  if (file === undefined || isNone(file)) return io.writeErr;
  return async (text) => {
    await callMethod(file, 'write', text);
  };
}

/**
 * The list format_exception() returns: the header, one string per frame (its File line and its
 * source and marker lines), the chain's separators, the exception line.
 */
function _entries(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    const last = out.length - 1;
    if (line.startsWith('    ') && last >= 0 && out[last]!.startsWith('  File ')) out[last] += line;
    else if ((line === '\n' || line.startsWith('The above') || line.startsWith('During handling')) && last >= 0 && /^\n/.test(out[last]!) && !out[last]!.endsWith(':\n\n')) out[last] += line;
    else out.push(line);
  }
  return out;
}

/** A limit= argument: None (every frame) or an int. */
function _limit(value: unknown): number | undefined {
  if (value === undefined || isNone(value)) return undefined;
  if (!isInt(value)) throw new TypeError(`'${pyTypeName(value)}' object cannot be interpreted as an integer`);
  return Number(intValue(value));
}

/**
 * StackSummary.extract's limit over frames in the order it walks them (a traceback outermost
 * first, a stack innermost first): the first `limit`, or the last -limit when it is negative.
 */
function _limited<T>(frames: T[], limit: number | undefined): T[] {
  if (limit === undefined) return frames;
  return limit >= 0 ? frames.slice(0, limit) : frames.slice(Math.max(0, frames.length + limit));
}

/**
 * A formatted exception (and its chain) with `limit` applied to each traceback in it; one whose
 * frames are all left out loses its "Traceback (most recent call last):" line too.
 */
function _limitTraceback(text: string, limit: number | undefined): string {
  if (limit === undefined) return text;
  const entries = _entries(text);
  const out: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry !== 'Traceback (most recent call last):\n') {
      out.push(entry);
      continue;
    }
    const frameEntries: string[] = [];
    while (entries[i + 1]?.startsWith('  File ')) frameEntries.push(entries[++i]!);
    const kept = _limited(frameEntries, limit);
    if (kept.length > 0) out.push(entry, ...kept);
  }
  return out.join('');
}

/** A stack entry as format_stack() gives it: walk_stack's frames have no columns, so no markers. */
function _withoutMarkers(entry: string): string {
  return entry.replace(/^ +[\^~]+\n/gm, '');
}

/** print_exception()'s exception: `exc` alone (3.10+), or `value` of the old (type, value, tb) form. */
function _exceptionOf(a: unknown[], kw: Record<string, unknown> | undefined): unknown {
  const exc = argAt(a, kw, 0, 'exc');
  if (a.length >= 2 || kw?.value !== undefined) return argAt(a, kw, 1, 'value');
  if (exc === undefined) throw new TypeError("print_exception() missing 1 required positional argument: 'exc'");
  return exc;
}

export function createTracebackModule(io: HostIO, frames: ProgramFrames): PyModule {
  const format = (err: unknown, chain: unknown, limit?: unknown): string => {
    if (!(err === undefined || isNone(err) || err instanceof Error)) throw new TypeError(`Exception expected for value, ${pyTypeName(err)} found`);
    return _limitTraceback(frames.formatCaught(err, chain === undefined || ops.truthy(chain)), _limit(limit));
  };
  // print_exc(limit=None, file=None, chain=True), format_exc(limit=None, chain=True).
  const formatExc = (a: unknown[], kw: Record<string, unknown> | undefined, chainAt: number): string => format(handledException(), argAt(a, kw, chainAt, 'chain'), argAt(a, kw, 0, 'limit'));
  // print_stack(f=None, limit=None, file=None), format_stack(f=None, limit=None): the frames
  // outermost first, the innermost `limit` of them.
  const stack = (a: unknown[], kw: Record<string, unknown> | undefined): string[] => {
    const entries = frames.stack().map(_withoutMarkers).reverse();
    return _limited(entries, _limit(argAt(a, kw, 1, 'limit'))).reverse();
  };
  return makeModule('traceback', {
    print_exc: native('print_exc', async (a, kw) => {
      await fileWriter(io, argAt(a, kw, 1, 'file'))(formatExc(a, kw, 2));
      return null;
    }),
    format_exc: native('format_exc', (a, kw) => formatExc(a, kw, 1)),
    // print_exception(exc, /, value, tb, limit=None, file=None, chain=True).
    print_exception: native('print_exception', async (a, kw) => {
      const file = a.length >= 5 ? a[4] : kw?.file;
      await fileWriter(io, file)(format(_exceptionOf(a, kw), kw?.chain, a.length >= 4 ? a[3] : kw?.limit));
      return null;
    }),
    format_exception: native('format_exception', (a, kw) => _entries(format(_exceptionOf(a, kw), kw?.chain, a.length >= 4 ? a[3] : kw?.limit))),
    format_exception_only: native('format_exception_only', (a, kw) => {
      // The exception line, then one item per line of its notes (a non-sequence __notes__: its repr, no newline).
      const exc = _exceptionOf(a, kw);
      const notes = noteLines(exc) ?? [];
      const lines = format(exc, false).split(/(?<=\n)/);
      const noteItems = notes.map((n) => `${n}\n`);
      const own = (exc as Record<string, unknown>).__notes__;
      if (notes.length === 1 && !Array.isArray(own) && typeof own !== 'string') noteItems[0] = notes[0]!;
      return [lines[lines.length - 1 - notes.length] ?? '', ...noteItems];
    }),
    print_stack: native('print_stack', async (a, kw) => {
      await fileWriter(io, argAt(a, kw, 2, 'file'))(stack(a, kw).join(''));
      return null;
    }),
    format_stack: native('format_stack', (a, kw) => stack(a, kw)),
  });
}
