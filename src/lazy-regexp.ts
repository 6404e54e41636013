// A regular expression made by its first user. V8 parses a regexp literal where it is evaluated,
// and one with Unicode properties (`\p{XID_Continue}`) has ICU list the property's ranges: ~1–2 M
// instructions each. Ten of them at module level cost every `socklab run x.py`, an empty one
// too, ~20 M (BENCHMARKS.md, "perfregex").

/** A getter of the regexp `make` returns, made at the getter's first call and kept. */
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}
