// fd 0 when a line reader owns it. `socklab run` reads input() through node's readline, which
// takes stdin's bytes as they come: poll(2) on fd 0 would then say nothing about the lines a
// program has yet to read (a file's are all buffered at once). While a reader is registered here,
// select() and selectors count fd 0 as readable when the reader holds a line or the end of input
// (what a CPython program would read next), and otherwise wait for its next input event beside
// the real fds.

export interface BufferedInput {
  /** A line (or the end of input) is buffered: the next readline() will not wait. */
  ready(): boolean;
  /** Resolves at the reader's next line or end of input; rejects when `signal` aborts. */
  next(signal: AbortSignal): Promise<void>;
}

let _input: BufferedInput | undefined;

/** Makes `input` fd 0's readiness until the returned function is called. */
export function bufferStandardInput(input: BufferedInput): () => void {
  _input = input;
  return () => {
    if (_input === input) _input = undefined;
  };
}

/** The reader that owns fd 0, if any. */
export function standardInput(): BufferedInput | undefined {
  return _input;
}
