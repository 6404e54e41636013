// Lookup tables for the two linear scans that dominate a cold Lezer parse.
//
// A process's first Lezer parse runs without TurboFan (first-lezer-parse.ts), so Lezer's parser
// runs as Sparkplug code, where every array read and every `==` is a call into V8. Two of its
// loops scan a list for every token or reduction: `TokenCache.addActions` walks the whole action
// list of the parse state (46 entries per call on average for the translate benchmark's 313
// lines, 127,000 in all) and `LRParser.getGoto` walks the list of states of a goto group (24 per
// reduction, 129,000 in all). Here each becomes one probe of an open-addressing hash table keyed by
// (state, token) or (state, term), with the same answer in the same order.
//
// The tables depend only on the grammar. scripts/build.mjs builds them once, from the very
// @lezer/python it bundles, into dist/lezer-python-tables.bin; a process without that file (vitest,
// tsx) builds them itself on its first parse. Either way a header of the grammar's table sizes is
// checked against the parser in hand, and a mismatch means Lezer's own scans are used.
import { readFileSync } from 'node:fs';
import type { LRParser } from '@lezer/lr';

// Lezer's encoding (@lezer/lr's constants: Seq, ParseState).
const _SEQ_END = 0xffff;
const _SEQ_NEXT = 1;
const _SEQ_OTHER = 2;
const _STATE_ACTIONS = 1;
const _STATE_SKIP = 2;
const _STATE_SIZE = 6;

const _EMPTY = -1;
const _FORMAT = 0x5a4c5431; // "ZLT1"
const _HEADER = 10;

/** The parts of Lezer's parser the tables read and replace (its @internal members). */
interface _ParserInternals {
  data: Readonly<Uint16Array>;
  goto: Readonly<Uint16Array>;
  states: Readonly<Uint32Array>;
  getGoto(state: number, term: number, loose?: boolean): number;
}

interface _TokenCacheInternals {
  putAction(action: number, token: number, end: number, index: number): number;
  addActions(stack: { state: number }, token: number, end: number, index: number): number;
}

const _pair = (data: Readonly<Uint16Array>, at: number): number => data[at]! | (data[at + 1]! << 16);

/** A power-of-two capacity at least twice `n`, as its log2. */
function _bits(n: number): number {
  let bits = 4;
  while (1 << bits < n * 2) bits++;
  return bits;
}

const _slot = (key: number, bits: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - bits);

/** Open addressing, linear probing: [key, value] pairs, keys non-negative, `_EMPTY` for none. */
function _hashTable(entries: Map<number, number>): { bits: number; slots: Int32Array } {
  const bits = _bits(entries.size);
  const mask = (1 << bits) - 1;
  const slots = new Int32Array(2 << bits).fill(_EMPTY);
  for (const [key, value] of entries) {
    let at = _slot(key, bits);
    while (slots[at * 2] !== _EMPTY) at = (at + 1) & mask;
    slots[at * 2] = key;
    slots[at * 2 + 1] = value;
  }
  return { bits, slots };
}

function _signature(p: _ParserInternals): number[] {
  return [p.data.length, p.goto.length, p.states.length, p.goto[0]!];
}

/**
 * The tables for `parser`, as one Int32Array: a header (format, the grammar's sizes, the tables'
 * sizes), the goto table, the last group's target per term (getGoto's `loose` answer), the action
 * table, then per (state, set) the `Seq.Other` action.
 */
export function buildLezerTables(parser: LRParser): Int32Array {
  const p = parser as unknown as _ParserInternals;
  const table = p.goto;
  const terms = table[0]!;
  // Keys are (state × 2 + set) × 0x10000 + token in an Int32Array: a grammar too big for them
  // gets no tables (withLezerTables then declines them).
  if (p.states.length / _STATE_SIZE >= 0x4000) return new Int32Array(0);
  // getGoto(state, term): the target of the first group that lists the state; with `loose`, the
  // last group's target when none before it does (Lezer returns it without reading its list).
  const gotos = new Map<number, number>();
  const lastTarget = new Int32Array(terms).fill(-1);
  for (let term = 0; term < terms; term++) {
    for (let pos = table[term + 1]!; ;) {
      const groupTag = table[pos++]!;
      const target = table[pos++]!;
      for (const end = pos + (groupTag >> 1); pos < end; pos++) {
        const key = table[pos]! * 0x10000 + term;
        if (!gotos.has(key)) gotos.set(key, target);
      }
      if (groupTag & 1) {
        lastTarget[term] = target;
        break;
      }
    }
  }
  // addActions(state, token), for the state's actions then its skip actions: every action listed
  // for the token, in list order, then `Seq.Other`'s if none was added yet. The walk is Lezer's own.
  const data = p.data;
  const states = p.states.length / _STATE_SIZE;
  const lists = new Map<number, number[]>();
  const other = new Int32Array(states * 2).fill(-1);
  for (let state = 0; state < states; state++) {
    for (let set = 0; set < 2; set++) {
      for (let i = p.states[state * _STATE_SIZE + (set ? _STATE_SKIP : _STATE_ACTIONS)]!; ; i += 3) {
        if (data[i] === _SEQ_END) {
          if (data[i + 1] === _SEQ_NEXT) {
            i = _pair(data, i + 2);
          } else {
            if (data[i + 1] === _SEQ_OTHER) other[state * 2 + set] = _pair(data, i + 2);
            break;
          }
        }
        const key = (state * 2 + set) * 0x10000 + data[i]!;
        const list = lists.get(key);
        if (list) list.push(_pair(data, i + 1));
        else lists.set(key, [_pair(data, i + 1)]);
      }
    }
  }
  // Python's grammar lists one action per token and state: a grammar with more (GLR splits) gets
  // no tables rather than a second kind of entry no grammar here would test.
  const actions = new Map<number, number>();
  for (const [key, list] of lists) {
    if (list.length !== 1 || list[0]! < 0) return new Int32Array(0);
    actions.set(key, list[0]!);
  }
  const g = _hashTable(gotos);
  const a = _hashTable(actions);
  const header = [_FORMAT, ..._signature(p), g.bits, a.bits, states * 2, 0, 0];
  const out = new Int32Array(_HEADER + g.slots.length + terms + a.slots.length + states * 2);
  out.set(header, 0);
  let at = _HEADER;
  for (const part of [g.slots, lastTarget, a.slots, other]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A parse with the tables: what parse.ts calls instead of `parser.parse`. */
export interface FastParser {
  parse(source: string): ReturnType<LRParser['parse']>;
}

/**
 * `parser` with getGoto and addActions answered from `tables`, or undefined when the tables were
 * built for another grammar (then the caller parses with Lezer's own scans).
 */
export function withLezerTables(parser: LRParser, tables: Int32Array): FastParser | undefined {
  const p = parser as unknown as _ParserInternals;
  const signature = _signature(p);
  if (tables.length < _HEADER || tables[0] !== _FORMAT || signature.some((n, i) => tables[1 + i] !== n)) return undefined;
  const terms = signature[3]!;
  const gBits = tables[5]!;
  const aBits = tables[6]!;
  if (tables.length !== _HEADER + (2 << gBits) + terms + (2 << aBits) + tables[7]!) return undefined;
  const gMask = (1 << gBits) - 1;
  const aMask = (1 << aBits) - 1;
  const gSlots = tables.subarray(_HEADER, _HEADER + (2 << gBits));
  const lastTarget = tables.subarray(_HEADER + gSlots.length, _HEADER + gSlots.length + terms);
  const aStart = _HEADER + gSlots.length + terms;
  const aSlots = tables.subarray(aStart, aStart + (2 << aBits));
  const other = tables.subarray(aStart + aSlots.length, aStart + aSlots.length + tables[7]!);

  // A copy of the parser, so that Lezer's own parser object is left as it is.
  const fast = parser.configure({}) as unknown as _ParserInternals & LRParser;
  fast.getGoto = function getGoto(state: number, term: number, loose = false): number {
    if (term >= terms) return -1;
    const key = state * 0x10000 + term;
    for (let at = _slot(key, gBits); ; at = (at + 1) & gMask) {
      const found = gSlots[at * 2]!;
      if (found === key) return gSlots[at * 2 + 1]!;
      if (found === _EMPTY) return loose ? lastTarget[term]! : -1;
    }
  };
  function addActions(this: _TokenCacheInternals, stack: { state: number }, token: number, end: number, index: number): number {
    const base = stack.state * 2;
    for (let set = 0; set < 2; set++) {
      const key = (base + set) * 0x10000 + token;
      for (let at = _slot(key, aBits); ; at = (at + 1) & aMask) {
        const found = aSlots[at * 2]!;
        if (found === _EMPTY) break;
        if (found !== key) continue;
        index = this.putAction(aSlots[at * 2 + 1]!, token, end, index);
        break;
      }
      if (index === 0 && other[base + set]! >= 0) index = this.putAction(other[base + set]!, token, end, index);
    }
    return index;
  }
  return {
    parse(source: string) {
      const run = fast.startParse(source);
      (run as unknown as { tokens: _TokenCacheInternals }).tokens.addActions = addActions;
      for (;;) {
        const tree = run.advance();
        if (tree) return tree;
      }
    },
  };
}

/** Where scripts/build.mjs writes the tables: beside the bundle, which is this module there. */
export const LEZER_TABLES_FILE = 'lezer-python-tables.bin';

/**
 * `parser` with the tables: read from the file the build wrote beside the bundle, or, where there
 * is none (vitest, tsx), built now; undefined if they do not fit the parser.
 */
export function fastLezerParser(parser: LRParser): FastParser | undefined {
  let tables: Int32Array;
  try {
    const bytes = readFileSync(new URL(`./${LEZER_TABLES_FILE}`, import.meta.url));
    const words = Math.floor(bytes.length / 4);
    // A file this size gets a buffer of its own; a copy only if it were ever unaligned.
    tables = bytes.byteOffset % 4 === 0
      ? new Int32Array(bytes.buffer, bytes.byteOffset, words)
      : new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + words * 4));
  } catch {
    tables = buildLezerTables(parser);
  }
  return withLezerTables(parser, tables);
}
