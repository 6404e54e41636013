// Reads lesson files (YAML) into the types of schema.ts. The YAML tree is walked node by node
// (parseDocument + LineCounter) rather than converted to plain objects first, so that every
// problem names the file, the line and the fix: `lessons/udp-receiver.yaml:14: step 2 has no
// "zh" text — add zh: under text:`. Problems are collected, not thrown one at a time, so an
// author sees them all at once.
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Pair, type YAMLMap } from 'yaml';
import { CONSTANTS } from '../kernel/platform.ts';
import { EXCEPTION_CLASSES } from '../socket/exceptions.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { pythonInputs } from './languages.ts';
import {
  FORMAT_VERSION, type AddressPattern, type Check, type Lesson, type PeerSpec, type PortMap,
  type PySocketState, type SocketSelector, type Step, type StepPeer, type TcpState, type Text, type VariableType,
} from './schema.ts';

/** One thing wrong in a lesson file. `message` says what and how to fix it. */
export interface LessonProblem {
  file: string;
  line: number;
  message: string;
}

/** `lessons/x.yaml:14: message` — the form editors and terminals make clickable; line 0 is the whole file. */
export function formatProblem(p: LessonProblem): string {
  return p.line > 0 ? `${p.file}:${p.line}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Thrown by loadLesson(): the file could not be read as a lesson; carries every problem. */
export class LessonFileError extends Error {
  constructor(readonly problems: readonly LessonProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'LessonFileError';
  }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PORT_NAME = /^[a-z_][a-z0-9_]*$/;
const PY_STATES: readonly PySocketState[] = ['created', 'bound', 'listening', 'connecting', 'connected', 'closed'];
const TCP_STATES: readonly TcpState[] = [
  'LISTEN', 'SYN_SENT', 'SYN_RECV', 'ESTABLISHED', 'FIN_WAIT1', 'FIN_WAIT2', 'CLOSE_WAIT', 'CLOSING',
  'LAST_ACK', 'TIME_WAIT', 'CLOSE', 'UNCONNECTED',
];
const VARIABLE_TYPES: readonly VariableType[] = ['bytes', 'str', 'int', 'float', 'bool', 'None', 'tuple', 'list', 'socket', 'function'];
const ERROR_NAMES = [...Object.keys(EXCEPTION_CLASSES), 'TypeError', 'gaierror', 'herror'];
const CHECK_KINDS = ['socket', 'kernel_state', 'learner_received', 'learner_sent', 'peer_received', 'caught', 'all_closed', 'socket_count', 'variable'] as const;
const PEER_KINDS = ['udp-sender', 'udp-echo', 'udp-chat', 'tcp-client', 'tcp-server'] as const;
const SELECTOR_KEYS = ['family', 'type', 'state', 'laddr', 'raddr', 'timeout', 'blocking', 'reuseaddr', 'accepted'];

/** The lessons/ folder of this installation (next to package.json), from src/ or dist/. */
export function lessonsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      if (readdirSync(join(dir, 'lessons')).some((f) => f.endsWith('.yaml')) && readdirSync(dir).includes('package.json')) {
        return join(dir, 'lessons');
      }
    } catch {
      // not here: look one level up
    }
    dir = dirname(dir);
  }
  return resolve('lessons');
}

/** The path as an author would type it: relative to the working directory when inside it. */
function _displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/**
 * Parses one lesson's YAML. `file` is used in messages and must be named `<id>.yaml`. Every
 * text and code comes out with its control characters and terminal escape sequences removed
 * (`warnings` says where), so that no lesson can drive the learner's terminal; the data the
 * checks and peers compare or send (`exact: "\0\0\0\x05apple"`) stays as written.
 */
export function parseLesson(source: string, file: string): { lesson?: Lesson; problems: LessonProblem[]; warnings: LessonProblem[] } {
  const r = new _Reader(_displayPath(file), source);
  const lesson = r.lesson(basename(file).replace(/\.ya?ml$/, ''));
  return r.problems.length === 0 && lesson ? { lesson, problems: [], warnings: r.warnings } : { problems: r.problems, warnings: r.warnings };
}

/** Loads one lesson file; throws LessonFileError with every problem found. */
export function loadLesson(file: string): Lesson {
  const read = readLessonFile(file);
  if ('why' in read) throw new LessonFileError([_unreadable(file, read)]);
  const { lesson, problems } = parseLesson(read.source, file);
  if (!lesson) throw new LessonFileError(problems);
  return lesson;
}

/**
 * The text of a lesson file, or why it cannot be read. Opened without blocking, so a FIFO named
 * x.yaml cannot hang the course; only a regular file is read; the bytes must be UTF-8.
 */
export function readLessonFile(path: string): { source: string } | { why: string; line?: number } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { why: _openFailure(path, e as NodeJS.ErrnoException) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { why: t('lessons.load.notAFile', { kind: _kind(stat) }) };
    const bytes = readFileSync(fd);
    const source = bytes.toString('utf8');
    if (!Buffer.from(source, 'utf8').equals(bytes)) return { why: t('lessons.load.notUtf8'), line: _firstBadUtf8Line(bytes) };
    return { source };
  } catch (e) {
    return { why: _openFailure(path, e as NodeJS.ErrnoException) };
  } finally {
    closeSync(fd);
  }
}

/** `lessons/x.yaml: cannot read: why`, or `lessons/x.yaml:4: why` when one line is to blame. */
function _unreadable(path: string, read: { why: string; line?: number }): LessonProblem {
  return { file: _displayPath(path), line: read.line ?? 0, message: read.line ? read.why : t('lessons.load.cannotRead', { why: read.why }) };
}

function _kind(stat: Stats): string {
  const kind = stat.isDirectory() ? 'directory' : stat.isFIFO() ? 'fifo' : stat.isSocket() ? 'socket' : 'device';
  return t(`lessons.load.kind.${kind}`);
}

function _openFailure(path: string, e: NodeJS.ErrnoException): string {
  if (e.code === 'ENOENT') {
    try {
      return t('lessons.load.danglingLink', { target: readlinkSync(path) });
    } catch {
      // not a link: the file went away between readdir and open
    }
  }
  if (e.code === 'EACCES') return t('lessons.load.noPermission', { file: _displayPath(path) });
  if (e.code === 'EMFILE' || e.code === 'ENFILE') return t('lessons.load.tooManyFiles', { code: e.code });
  return `${e.code ?? ''} ${e.message}`.trim();
}

/** The 1-based line of the first byte sequence that is not UTF-8. */
function _firstBadUtf8Line(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const part = bytes.subarray(start, i);
    if (!Buffer.from(part.toString('utf8'), 'utf8').equals(part)) return line;
    line++;
    start = i + 1;
  }
  return line;
}

/** Loads every `*.yaml` in `dir`, sorted by `order` then id; problems of broken files are collected. */
export function loadCourse(dir: string = lessonsDir()): { lessons: Lesson[]; problems: LessonProblem[]; warnings: LessonProblem[] } {
  const lessons: Lesson[] = [];
  const problems: LessonProblem[] = [];
  const warnings: LessonProblem[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : _openFailure(dir, e as NodeJS.ErrnoException);
    problems.push({ file: _displayPath(dir), line: 0, message: why ? t('lessons.load.cannotRead', { why }) : t('lessons.load.noDir', { dir }) });
  }
  for (const f of files) {
    const path = join(dir, f);
    const read = readLessonFile(path);
    if ('why' in read) {
      problems.push(_unreadable(path, read));
      continue;
    }
    const parsed = parseLesson(read.source, path);
    if (parsed.lesson) lessons.push(parsed.lesson);
    problems.push(...parsed.problems);
    warnings.push(...parsed.warnings);
  }
  const seen = new Set<string>();
  for (const l of lessons) {
    if (seen.has(l.id)) problems.push({ file: l.file, line: 1, message: t('lessons.load.duplicateLesson', { id: l.id }) });
    seen.add(l.id);
  }
  lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { lessons, problems, warnings };
}

/** Levenshtein distance, for "did you mean" suggestions on misspelt keys. */
function _distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The choice nearest to a misspelt word ("did you mean …?"), if one is near enough. */
export function closestName(word: string, choices: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of choices) {
    const d = _distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) { best = c; bestD = d; }
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** The tags a lesson may carry: YAML's own for texts, numbers, booleans, null, lists and maps. */
const _PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((x) => `tag:yaml.org,2002:${x}`));

/**
 * `text` without terminal escape sequences (CSI, OSC, DCS and the other ESC and C1 forms) and
 * without control characters other than newline and tab.
 */
export function stripControls(text: string): string {
  return text
    .replace(/(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?/g, '')
    .replace(/(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?/g, '')
    .replace(/\x1b[\x20-\x2f]*[\x30-\x7e]?/g, '')
    .replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
}

/** Walks the YAML tree, collecting problems with their lines. */
class _Reader {
  readonly problems: LessonProblem[] = [];
  readonly #lines = new LineCounter();
  readonly #doc;
  #ports: PortMap = {};

  readonly warnings: LessonProblem[] = [];

  constructor(readonly file: string, source: string) {
    this.#doc = parseDocument(source, { lineCounter: this.#lines, prettyErrors: false, uniqueKeys: true });
    for (const e of this.#doc.errors) {
      const line = e.linePos?.[0]?.line ?? this.#lines.linePos(e.pos[0]).line;
      this.problems.push({ file, line, message: t('lessons.load.yamlSyntax', { error: e.message.split('\n')[0] ?? '' }) });
    }
    if (this.problems.length === 0) this.#plainData();
  }

  /**
   * A lesson is plain data: aliases (`*t`) and tags (`!pwn`) are reported as what they are, not
   * later as a missing text or a wrong type.
   */
  #plainData(): void {
    visit(this.#doc, {
      Alias: (_key, node) => {
        this.problem(this.line(node), 'lessons.load.alias', { alias: `*${node.source}` });
      },
      Node: (_key, node) => {
        if (node.tag && !_PLAIN_TAGS.has(node.tag)) this.problem(this.line(node), 'lessons.load.tag', { tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') });
      },
    });
  }

  /** A string the terminal will show (a text, the code): without control characters. */
  shown(value: string, node: unknown): string {
    const clean = stripControls(value);
    if (clean !== value) this.warnings.push({ file: this.file, line: this.line(node), message: t('lessons.load.controlChars') });
    return clean;
  }

  problem(line: number, key: MessageKey, params: Record<string, string | number> = {}): void {
    this.problems.push({ file: this.file, line, message: t(key, params) });
  }

  line(node: unknown): number {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? this.#lines.linePos(range[0]).line : 1;
  }

  /** The map's entries by key; reports unknown keys (with a suggestion) and non-maps. */
  entries(node: unknown, where: string, known: readonly string[], ownerLine: number): Map<string, Pair<unknown, unknown>> | undefined {
    if (!isMap(node)) {
      this.problem(node ? this.line(node) : ownerLine, 'lessons.load.notMap', { where });
      return undefined;
    }
    const out = new Map<string, Pair<unknown, unknown>>();
    for (const pair of (node as YAMLMap<unknown, unknown>).items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!known.includes(key)) {
        const guess = closestName(key, known);
        this.problem(this.line(pair.key), guess ? 'lessons.load.unknownKeyGuess' : 'lessons.load.unknownKey', { key, where, guess: guess ?? '', known: known.join(', ') });
        continue;
      }
      out.set(key, pair);
    }
    return out;
  }

  /** The line of a pair's value, or of its key when the value is empty. */
  pairLine(pair: Pair<unknown, unknown>): number {
    return this.line(pair.value ?? pair.key);
  }

  scalar(pair: Pair<unknown, unknown> | undefined): unknown {
    return isScalar(pair?.value) ? pair.value.value : undefined;
  }

  string(pair: Pair<unknown, unknown> | undefined, where: string, key: string): string | undefined {
    const v = this.scalar(pair);
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (pair) this.problem(this.pairLine(pair), 'lessons.load.notString', { where, key });
    return undefined;
  }

  /** `{en, zh}`; a missing language is reported as `<where> has no "zh" text — add zh: under <key>:`. */
  text(pair: Pair<unknown, unknown> | undefined, where: string, key: string, ownerLine: number, required = true): Text | undefined {
    if (!pair) {
      if (required) this.problem(ownerLine, 'lessons.load.missingText', { where, key });
      return undefined;
    }
    return this.textNode(pair.value, where, key, this.line(pair.key));
  }

  textNode(node: unknown, where: string, key: string, keyLine: number): Text | undefined {
    const e = this.entries(node, `${where} → ${key}`, ['en', 'zh'], keyLine);
    if (!e) return undefined;
    const out: Partial<Text> = {};
    for (const lang of ['en', 'zh'] as const) {
      const p = e.get(lang);
      const v = this.scalar(p);
      if (typeof v === 'string' && v.trim() !== '') out[lang] = this.shown(v, p?.value).replace(/\s+$/, '');
      else this.problem(p ? this.pairLine(p) : keyLine, 'lessons.load.missingLang', { where, lang, key });
    }
    return out.en !== undefined && out.zh !== undefined ? (out as Text) : undefined;
  }

  lesson(fileId: string): Lesson | undefined {
    const root = this.#doc.contents;
    if (this.problems.length > 0) return undefined;
    const where = t('lessons.where.lesson');
    const e = this.entries(root, where, ['format_version', 'id', 'title', 'intro', 'summary', 'ports', 'order', 'steps'], 1);
    if (!e) return undefined;

    const fv = e.get('format_version');
    if (!fv) this.problem(1, 'lessons.load.noFormatVersion', { version: FORMAT_VERSION });
    else if (this.scalar(fv) !== FORMAT_VERSION) this.problem(this.pairLine(fv), 'lessons.load.badFormatVersion', { got: String(this.scalar(fv)), version: FORMAT_VERSION });

    const idPair = e.get('id');
    const id = this.string(idPair, where, 'id');
    if (!idPair) this.problem(1, 'lessons.load.noId', { id: fileId });
    else if (id !== undefined && !ID.test(id)) this.problem(this.pairLine(idPair), 'lessons.load.badId', { id });
    else if (id !== undefined && id !== fileId) this.problem(this.pairLine(idPair), 'lessons.load.idNotFile', { id, file: fileId });

    const title = this.text(e.get('title'), where, 'title', 1);
    const intro = this.text(e.get('intro'), where, 'intro', 1);
    const summary = this.text(e.get('summary'), where, 'summary', 1, false);
    this.#ports = this.ports(e.get('ports'));

    let order = 100;
    const orderPair = e.get('order');
    if (orderPair) {
      const v = this.scalar(orderPair);
      if (typeof v === 'number' && Number.isFinite(v)) order = v;
      else this.problem(this.pairLine(orderPair), 'lessons.load.notNumber', { where, key: 'order' });
    }

    const stepsPair = e.get('steps');
    const steps: Step[] = [];
    if (!stepsPair) this.problem(1, 'lessons.load.noSteps');
    else if (!isSeq(stepsPair.value) || stepsPair.value.items.length === 0) this.problem(this.pairLine(stepsPair), 'lessons.load.noSteps');
    else {
      stepsPair.value.items.forEach((node, i) => {
        const step = this.step(node, i + 1);
        if (step) steps.push(step);
      });
      this.stepLinks(steps);
    }

    if (this.problems.length > 0 || !id || !title || !intro) return undefined;
    return { format_version: FORMAT_VERSION, id, title, intro, ...(summary && { summary }), ports: this.#ports, order, steps, file: this.file };
  }

  ports(pair: Pair<unknown, unknown> | undefined): PortMap {
    const out: PortMap = {};
    if (!pair) return out;
    if (!isMap(pair.value)) {
      this.problem(this.pairLine(pair), 'lessons.load.badPorts');
      return out;
    }
    for (const p of (pair.value as YAMLMap<unknown, unknown>).items) {
      const name = isScalar(p.key) ? String(p.key.value) : '';
      const value = isScalar(p.value) ? p.value.value : undefined;
      if (!PORT_NAME.test(name)) this.problem(this.line(p.key), 'lessons.load.badPortName', { name });
      else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) this.problem(this.pairLine(p), 'lessons.load.badPortNumber', { name });
      else out[name] = value;
    }
    return out;
  }

  step(node: unknown, n: number): Step | undefined {
    const line = this.line(node);
    const idGuess = isMap(node) ? String((node as YAMLMap<unknown, unknown>).get('id') ?? n) : String(n);
    const where = t('lessons.where.step', { n, id: idGuess });
    const e = this.entries(node, where, ['id', 'title', 'text', 'code', 'python', 'hints', 'checks', 'peer', 'input'], line);
    if (!e) return undefined;
    const before = this.problems.length;

    const idPair = e.get('id');
    const id = this.string(idPair, where, 'id');
    if (!idPair) this.problem(line, 'lessons.load.stepNoId', { where });
    else if (id !== undefined && !ID.test(id)) this.problem(this.pairLine(idPair), 'lessons.load.badStepId', { where, id });

    const title = this.text(e.get('title'), where, 'title', line);
    const text = this.text(e.get('text'), where, 'text', line);
    const code = this.code(e.get('code'), where, line);
    const python = this.python(e.get('python'), where, line);

    const hints: Text[] = [];
    const hintsPair = e.get('hints');
    if (hintsPair) {
      if (!isSeq(hintsPair.value)) this.problem(this.pairLine(hintsPair), 'lessons.load.hintsNotList', { where });
      else {
        hintsPair.value.items.forEach((h, i) => {
          const ht = this.textNode(h, where, `hints[${i + 1}]`, this.line(h));
          if (ht) hints.push(ht);
        });
      }
    }

    const checks: Check[] = [];
    const checksPair = e.get('checks');
    if (!checksPair || !isSeq(checksPair.value) || checksPair.value.items.length === 0) {
      this.problem(checksPair ? this.pairLine(checksPair) : line, 'lessons.load.noChecks', { where });
    } else {
      checksPair.value.items.forEach((c, i) => {
        const check = this.check(c, t('lessons.where.check', { n: i + 1, step: where }));
        if (check) checks.push(check);
      });
    }

    const peerPair = e.get('peer');
    const peer = peerPair ? this.peer(peerPair, where) : undefined;

    const input: string[] = [];
    const inputPair = e.get('input');
    if (inputPair) {
      const v = inputPair.value;
      if (isSeq(v) && v.items.length > 0 && v.items.every((x) => isScalar(x) && x.value !== null)) input.push(...v.items.map((x) => String((x as { value: unknown }).value)));
      else this.problem(this.pairLine(inputPair), 'lessons.load.badInput', { where });
    }

    if (this.problems.length > before || !id || !title || !text || !code || !python) return undefined;
    return { id, title, text, code, python, hints, checks, ...(peer && { peer }), input, line };
  }

  /** Step ids are unique; `peer.until` names a later step. */
  stepLinks(steps: readonly Step[]): void {
    const ids = steps.map((s) => s.id);
    steps.forEach((s, i) => {
      if (ids.indexOf(s.id) !== i) this.problem(s.line, 'lessons.load.duplicateStep', { id: s.id });
      const until = s.peer?.until;
      if (until !== undefined && !ids.slice(i + 1).includes(until)) {
        this.problem(s.peer!.line, 'lessons.load.badUntil', { until, where: t('lessons.where.step', { n: i + 1, id: s.id }), later: ids.slice(i + 1).join(', ') || '—' });
      }
    });
  }

  code(pair: Pair<unknown, unknown> | undefined, where: string, line: number): string[] | undefined {
    const lines = (text: string) => text.split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() !== '');
    return this.inputs(pair, where, line, lines, 'lessons.load.noCode', 'lessons.load.badCode');
  }

  /** `python:` is shaped like `code:`, but a text splits into inputs as CPython's REPL runs them. */
  python(pair: Pair<unknown, unknown> | undefined, where: string, line: number): string[] | undefined {
    return this.inputs(pair, where, line, pythonInputs, 'lessons.load.noPython', 'lessons.load.badPython');
  }

  /** A step's inputs: a text split by `split`, or a list of inputs. */
  inputs(pair: Pair<unknown, unknown> | undefined, where: string, line: number, split: (text: string) => string[], missing: MessageKey, bad: MessageKey): string[] | undefined {
    if (!pair) {
      this.problem(line, missing, { where });
      return undefined;
    }
    const v = pair.value;
    if (isScalar(v) && typeof v.value === 'string' && v.value.trim() !== '') return split(this.shown(v.value, v));
    if (isSeq(v) && v.items.length > 0 && v.items.every((x) => isScalar(x) && typeof x.value === 'string' && x.value.trim() !== '')) {
      return v.items.map((x) => this.shown(String((x as { value: string }).value), x).replace(/\s+$/, ''));
    }
    this.problem(this.pairLine(pair), bad, { where });
    return undefined;
  }

  check(node: unknown, where: string): Check | undefined {
    const line = this.line(node);
    if (!isMap(node) || (node as YAMLMap<unknown, unknown>).items.length !== 1) {
      this.problem(line, 'lessons.load.checkShape', { where, kinds: CHECK_KINDS.join(', ') });
      return undefined;
    }
    const pair = (node as YAMLMap<unknown, unknown>).items[0]!;
    const kind = isScalar(pair.key) ? String(pair.key.value) : '';
    const v = pair.value;
    const scalar = isScalar(v) ? v.value : undefined;
    switch (kind) {
      case 'socket': {
        const socket = this.selector(v, where, line, []);
        return socket && { kind, line, socket };
      }
      case 'kernel_state': {
        if (isScalar(v) || isSeq(v)) {
          const states = this.tcpStates(v, where);
          return states && { kind, line, states, socket: {} };
        }
        const e = this.entries(v, where, ['state', ...SELECTOR_KEYS], line);
        const statePair = e?.get('state');
        if (e && !statePair) this.problem(line, 'lessons.load.kernelNoState', { where, states: TCP_STATES.join(', ') });
        const states = statePair ? this.tcpStates(statePair.value, where) : undefined;
        const socket = this.selector(v, where, line, ['state']);
        return states && socket && { kind, line, states, socket };
      }
      case 'learner_received':
      case 'learner_sent':
      case 'peer_received': {
        if (typeof scalar === 'string' || typeof scalar === 'number') return { kind, line, text: String(scalar) } as Check;
        const keys = kind === 'learner_received' ? ['text', 'exact', 'calls', 'empty'] : kind === 'learner_sent' ? ['text', 'exact', 'calls'] : ['text', 'calls', 'clients'];
        const e = this.entries(v, where, keys, line);
        if (!e) return undefined;
        if (e.size === 0) {
          this.problem(line, 'lessons.load.emptyCheck', { where, keys: keys.join(', ') });
          return undefined;
        }
        const out: Record<string, unknown> = { kind, line };
        for (const [k, p] of e) {
          const x = this.scalar(p);
          if ((k === 'text' || k === 'exact') && (typeof x === 'string' || typeof x === 'number')) out[k] = String(x);
          else if ((k === 'calls' || k === 'clients') && typeof x === 'number' && Number.isInteger(x) && x > 0) out[k] = x;
          else if (k === 'empty' && x === true) out[k] = true;
          else this.problem(this.pairLine(p), 'lessons.load.badCheckField', { where, key: k });
        }
        return out as unknown as Check;
      }
      case 'caught': {
        // `caught: OSError`, or `caught: {error: OSError, errno: 98}` when only that errno will do.
        let name: unknown = scalar;
        let errno: number | undefined;
        if (isMap(v)) {
          const e = this.entries(v, where, ['error', 'errno'], line);
          if (!e) return undefined;
          const errPair = e.get('error');
          name = errPair ? this.scalar(errPair) : undefined;
          const errnoPair = e.get('errno');
          if (errnoPair) {
            const n = this.scalar(errnoPair);
            if (typeof n === 'number' && Number.isInteger(n)) errno = n;
            else {
              this.problem(this.pairLine(errnoPair), 'lessons.load.badCheckField', { where, key: 'errno' });
              return undefined;
            }
          }
        }
        const error = typeof name === 'string' ? name : undefined;
        if (!error || !ERROR_NAMES.includes(error)) {
          const guess = error ? closestName(error, ERROR_NAMES) : undefined;
          this.problem(this.line(v ?? node), guess ? 'lessons.load.badErrorGuess' : 'lessons.load.badError', { where, error: String(name), guess: guess ?? '' });
          return undefined;
        }
        return { kind, line, error, ...(errno !== undefined && { errno }) };
      }
      case 'all_closed':
        if (scalar !== true) {
          this.problem(line, 'lessons.load.allClosedTrue', { where });
          return undefined;
        }
        return { kind, line };
      case 'socket_count': {
        if (typeof scalar === 'number') {
          if (Number.isInteger(scalar) && scalar >= 0) return { kind, line, count: scalar, socket: {} };
          this.problem(line, 'lessons.load.badCount', { where });
          return undefined;
        }
        const e = this.entries(v, where, ['count', 'at_least', ...SELECTOR_KEYS], line);
        if (!e) return undefined;
        const count = this.scalar(e.get('count'));
        const atLeast = this.scalar(e.get('at_least'));
        const ok = (x: unknown) => x === undefined || (typeof x === 'number' && Number.isInteger(x) && x >= 0);
        if ((count === undefined) === (atLeast === undefined) || !ok(count) || !ok(atLeast)) {
          this.problem(line, 'lessons.load.badCount', { where });
          return undefined;
        }
        const socket = this.selector(v, where, line, ['count', 'at_least']);
        return socket && { kind, line, ...(count !== undefined && { count: count as number }), ...(atLeast !== undefined && { at_least: atLeast as number }), socket };
      }
      case 'variable': {
        if (typeof scalar === 'string' && /^[A-Za-z_$][\w$]*$/.test(scalar)) return { kind, line, name: scalar };
        const e = this.entries(v, where, ['name', 'type'], line);
        const name = this.scalar(e?.get('name'));
        const type = this.scalar(e?.get('type'));
        if (typeof name !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(name)) {
          this.problem(line, 'lessons.load.badVariable', { where });
          return undefined;
        }
        if (type !== undefined && !VARIABLE_TYPES.includes(type as VariableType)) {
          this.problem(line, 'lessons.load.badVariableType', { where, types: VARIABLE_TYPES.join(', ') });
          return undefined;
        }
        return { kind, line, name, ...(type !== undefined && { type: type as VariableType }) };
      }
      default: {
        const guess = closestName(kind, CHECK_KINDS);
        this.problem(this.line(pair.key), guess ? 'lessons.load.unknownCheckGuess' : 'lessons.load.unknownCheck', { where, kind, guess: guess ?? '', kinds: CHECK_KINDS.join(', ') });
        return undefined;
      }
    }
  }

  tcpStates(node: unknown, where: string): TcpState[] | undefined {
    const items = isSeq(node) ? node.items : [node];
    const out: TcpState[] = [];
    for (const item of items) {
      const v = isScalar(item) ? String(item.value) : '';
      if (TCP_STATES.includes(v as TcpState)) out.push(v as TcpState);
      else {
        this.problem(this.line(item), 'lessons.load.badTcpState', { where, state: v, states: TCP_STATES.join(', ') });
        return undefined;
      }
    }
    return out.length > 0 ? out : undefined;
  }

  selector(node: unknown, where: string, line: number, extra: readonly string[]): SocketSelector | undefined {
    if (node === null || (isScalar(node) && node.value === null)) return {};
    const e = this.entries(node, where, [...SELECTOR_KEYS, ...extra], line);
    if (!e) return undefined;
    const before = this.problems.length;
    const out: { -readonly [K in keyof SocketSelector]: SocketSelector[K] } = {};
    for (const [key, pair] of e) {
      if (extra.includes(key)) continue; // read by the check that owns the key
      const v = this.scalar(pair);
      const at = this.pairLine(pair);
      switch (key) {
        case 'family':
        case 'type': {
          const prefix = key === 'family' ? 'AF_' : 'SOCK_';
          const value = typeof v === 'number' ? v : typeof v === 'string' && v.startsWith(prefix) ? (CONSTANTS as Record<string, unknown>)[v] : undefined;
          if (typeof value === 'number') out[key] = value;
          else this.problem(at, 'lessons.load.badConstant', { where, key, prefix });
          break;
        }
        case 'state': {
          const items = isSeq(pair.value) ? pair.value.items.map((x) => (isScalar(x) ? x.value : undefined)) : [v];
          if (items.length > 0 && items.every((x) => PY_STATES.includes(x as PySocketState))) out.state = items as PySocketState[];
          else this.problem(at, 'lessons.load.badPyState', { where, states: PY_STATES.join(', ') });
          break;
        }
        case 'laddr':
        case 'raddr': {
          const addr = this.address(pair, where, key);
          if (addr) out[key] = addr;
          break;
        }
        case 'timeout':
          if (v === null || v === 'none' || v === 'None') out.timeout = null;
          else if (typeof v === 'number' && v >= 0) out.timeout = v;
          else this.problem(at, 'lessons.load.badTimeout', { where });
          break;
        case 'blocking':
        case 'reuseaddr':
        case 'accepted':
          if (typeof v === 'boolean') out[key] = v;
          else this.problem(at, 'lessons.load.notBool', { where, key });
          break;
      }
    }
    return this.problems.length > before ? undefined : out;
  }

  address(pair: Pair<unknown, unknown>, where: string, key: string): AddressPattern | undefined {
    const v = pair.value;
    if (isSeq(v) && v.items.length === 2 && v.items.every(isScalar)) {
      const [h, p] = v.items.map((x) => (x as { value: unknown }).value);
      const host = h === null ? '' : String(h);
      const port = p === 'any' ? 'any' : this.portRef(p, this.line(v.items[1]), where);
      if (port !== undefined) return [host, port];
      return undefined;
    }
    this.problem(this.pairLine(pair), 'lessons.load.badAddress', { where, key });
    return undefined;
  }

  /** A port in a check or peer: a number, or a name declared under `ports:`. */
  portRef(v: unknown, line: number, where: string): number | string | undefined {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 65535) return v;
    if (typeof v === 'string') {
      const name = v.replace(/^\{(.*)\}$/, '$1');
      if (name in this.#ports) return name;
    }
    this.problem(line, 'lessons.load.unknownPort', { where, port: String(v), names: Object.keys(this.#ports).join(', ') || '—' });
    return undefined;
  }

  peer(pair: Pair<unknown, unknown>, stepWhere: string): StepPeer | undefined {
    const where = t('lessons.where.peer', { step: stepWhere });
    const line = this.line(pair.key);
    const kindNode = isMap(pair.value) ? (pair.value as YAMLMap<unknown, unknown>).get('kind') : undefined;
    const kind = typeof kindNode === 'string' ? kindNode : '';
    if (!(PEER_KINDS as readonly string[]).includes(kind)) {
      const guess = kind ? closestName(kind, PEER_KINDS) : undefined;
      this.problem(line, guess ? 'lessons.load.badPeerKindGuess' : 'lessons.load.badPeerKind', { where, kind, guess: guess ?? '', kinds: PEER_KINDS.join(', ') });
      return undefined;
    }
    const keys: Record<string, string[]> = {
      'udp-sender': ['to', 'messages'],
      'udp-echo': ['port', 'reply'],
      'udp-chat': ['to', 'messages'],
      'tcp-client': ['to', 'messages', 'clients', 'expect_reply', 'then'],
      'tcp-server': ['port', 'reply', 'then'],
    };
    const e = this.entries(pair.value, where, ['kind', 'timeout', 'until', ...keys[kind]!], line);
    if (!e) return undefined;
    const before = this.problems.length;
    const port = (k: 'to' | 'port') => {
      const p = e.get(k);
      if (!p) {
        this.problem(line, 'lessons.load.peerNeeds', { where, key: k });
        return undefined;
      }
      return this.portRef(this.scalar(p), this.pairLine(p), where);
    };
    const messages = (required: boolean): string[] => {
      const p = e.get('messages');
      if (!p) {
        if (required) this.problem(line, 'lessons.load.peerNeeds', { where, key: 'messages' });
        return [];
      }
      if (isSeq(p.value) && p.value.items.length > 0 && p.value.items.every((x) => isScalar(x) && x.value !== null)) {
        return p.value.items.map((x) => String((x as { value: unknown }).value));
      }
      this.problem(this.pairLine(p), 'lessons.load.badMessages', { where });
      return [];
    };
    const then = (): 'close' | 'wait' | 'hold' => {
      const v = this.scalar(e.get('then')) ?? 'close';
      if (v === 'close' || v === 'wait' || v === 'hold') return v;
      this.problem(this.pairLine(e.get('then')!), 'lessons.load.badThen', { where });
      return 'close';
    };
    let spec: PeerSpec | undefined;
    switch (kind) {
      case 'udp-sender':
      case 'udp-chat': {
        const to = port('to');
        const m = messages(true);
        if (to !== undefined) spec = { kind, to, messages: m };
        break;
      }
      case 'udp-echo': {
        const p = port('port');
        const reply = e.get('reply') ? this.string(e.get('reply'), where, 'reply') : undefined;
        if (p !== undefined) spec = { kind, port: p, ...(reply !== undefined && { reply }) };
        break;
      }
      case 'tcp-client': {
        const to = port('to');
        const m = messages(false);
        const clients = this.scalar(e.get('clients')) ?? 1;
        if (typeof clients !== 'number' || !Number.isInteger(clients) || clients < 1 || clients > 100) {
          this.problem(this.pairLine(e.get('clients')!), 'lessons.load.badClients', { where });
        }
        const expect = this.scalar(e.get('expect_reply')) ?? true;
        if (typeof expect !== 'boolean') this.problem(this.pairLine(e.get('expect_reply')!), 'lessons.load.notBool', { where, key: 'expect_reply' });
        if (to !== undefined) spec = { kind, to, messages: m, clients: Number(clients), expect_reply: expect !== false, then: then() };
        break;
      }
      case 'tcp-server': {
        const p = port('port');
        const reply = e.get('reply') ? this.string(e.get('reply'), where, 'reply') : undefined;
        if (p !== undefined) spec = { kind, port: p, ...(reply !== undefined && { reply }), then: then() };
        break;
      }
    }
    let timeout = 30;
    const tp = e.get('timeout');
    if (tp) {
      const v = this.scalar(tp);
      if (typeof v === 'number' && v > 0) timeout = v;
      else this.problem(this.pairLine(tp), 'lessons.load.notNumber', { where, key: 'timeout' });
    }
    const until = e.get('until') ? this.string(e.get('until'), where, 'until') : undefined;
    if (!spec || this.problems.length > before) return undefined;
    return { spec, timeout, ...(until !== undefined && { until }), line };
  }
}
