// The Python value layer in one import: bytes, tuples, repr/str/print formatting, type names.
export { b, bytes, installStringEncode, reprBytes, toBytesLike } from './bytes.ts';
export type { BytesLike, BytesSource } from './bytes.ts';
export { decode, encode, lookupCodecName } from './encodings.ts';
export { formatException, formatPrintArgs, pyRepr, repr, str } from './format.ts';
export { pyTypeName } from './pytype.ts';
export { percentFormat } from './percent.ts';
export { isTuple, tuple } from './tuple.ts';
