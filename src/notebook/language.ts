// What the kernel needs from a cell language (TypeScript through the REPL's evaluator, Python
// through the Python front end): run a cell, answer the front end's questions, reset. Output
// goes through CellIO; dot-commands and lessons are the same for every language (cells.ts).
import type { SocketSpace } from '../socket/index.ts';
import type { MimeBundle } from './display.ts';

/** Where a cell's output goes. */
export interface CellSink {
  stream(name: 'stdout' | 'stderr', text: string): void;
  display(bundle: MimeBundle): void;
}

export interface CellRequest {
  code: string;
  /** Aborted by an interrupt (reason: KeyboardInterrupt). */
  signal: AbortSignal;
  sink: CellSink;
  /** One line from the front end for input(); undefined = no stdin (input() raises EOFError). */
  readLine?: (prompt: string) => Promise<string | undefined>;
  /** The execution count, for the traceback's `Cell In[n]`. */
  count: number;
}

/** A Python exception as the protocol carries it. */
export interface CellError {
  ename: string;
  evalue: string;
  traceback: string[];
}

export type CellResult = { ok: true; value?: MimeBundle } | ({ ok: false } & CellError);

/** Jupyter's is_complete answer; `indent` is what a console puts before the next line. */
export interface Completeness {
  status: 'complete' | 'incomplete' | 'invalid';
  indent?: string;
}

export interface Completion {
  matches: string[];
  cursor_start: number;
  cursor_end: number;
}

/** What a language writes with: the running cell's streams and stdin. */
export interface CellIO {
  write(text: string): void;
  writeErr(text: string): void;
  readLine(prompt: string): Promise<string | undefined>;
  /** What `fn` writes, instead of showing it (inspect's help text). */
  capture(fn: () => void): string;
}

export interface CellLanguage {
  /** The language of the cells, as the lessons name it (which of a step's codes they show and type). */
  readonly codeLanguage: 'typescript' | 'python';
  readonly space: SocketSpace;
  run(code: string, request: CellRequest): Promise<CellResult>;
  isComplete(code: string): Promise<Completeness>;
  complete(code: string, cursor: number): Completion;
  inspect(code: string, cursor: number): string | undefined;
  /** A learner variable, for the lessons' `variable` checks. */
  lookup(name: string): { defined: boolean; value?: unknown };
  /**
   * The interrupt button: true when the running cell's own handler took it (Python's
   * signal.signal(SIGINT, f)); otherwise the kernel raises KeyboardInterrupt in the cell.
   */
  interrupt?(): boolean;
  /** `.reset`: every socket closed, the learner's names forgotten. */
  reset(): void;
  dispose(): void;
}
