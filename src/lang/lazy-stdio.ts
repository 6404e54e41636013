// process.stdout and process.stderr for `socklab run`, made by the first write. Node makes each
// on first access, and on a terminal that loads tty, net and stream (~8 ms of a start's CPU each
// time, BENCHMARKS.md "perfstart6"): a program that prints nothing, or nothing to stderr, never
// needs them. Writes stay synchronous and in order: the stream is node's own once made.

/** What the script runners write to: a stream, or a stand-in that makes the stream on first use. */
export interface TextWriter {
  write(text: string): unknown;
}

/** Writes to process[name], made on the first write; `made` sees the stream then (an error listener). */
export function lazyStdio(name: 'stdout' | 'stderr', made?: (stream: NodeJS.WriteStream) => void): TextWriter {
  let stream: NodeJS.WriteStream | undefined;
  return {
    write(text) {
      if (!stream) {
        stream = process[name];
        made?.(stream);
      }
      return stream.write(text);
    },
  };
}
