// The lesson format, format_version 1: what a file in lessons/ may contain, each field explained
// where it is declared. A lesson is data: nothing here is executed except a step's `code` (or `python`), and
// only when the learner asks for it (`.run`) or the course linter runs it. loader.ts turns YAML
// into these types and reports every mistake with its file, line and fix; lessons/README.md is
// the same documentation for authors, with examples.

/** The only format this loader reads. Bump it (and keep reading 1) when a field changes meaning. */
export const FORMAT_VERSION = 1;

/** A text in both languages of socklab. Both are required: learners read one or the other. */
export interface Text {
  /** English. */
  en: string;
  /** Simplified Chinese. */
  zh: string;
}

/**
 * Ports the lesson uses, by name: `{ port: 9999 }`. The number is the port the tutorial uses;
 * when it is busy on the learner's machine (or in tests) the lesson moves to a free port and
 * says so. Write `{port}` (the name in braces) in texts, hints and code wherever the port
 * appears, and the name (`port`) in checks and peers, so the moved port is used everywhere.
 */
export type PortMap = Record<string, number>;

/**
 * A host in a check: `any` matches every host; `''` and `0.0.0.0` both mean INADDR_ANY (what
 * `bind(('', port))` gives); otherwise an IP address such as `127.0.0.1`.
 */
export type HostPattern = string;

/** A port in a check or peer: a number, a name from `ports`, or `any` (in checks only). */
export type PortRef = number | string;

/** An address in a check: `[host, port]`, e.g. `[any, port]` or `[127.0.0.1, any]`. */
export type AddressPattern = readonly [HostPattern, PortRef];

/** Python's socket states, as describeSocket() reports them. */
export type PySocketState = 'created' | 'bound' | 'listening' | 'connecting' | 'connected' | 'closed';

/** The kernel's TCP states as /proc/net/tcp names them (UDP: UNCONNECTED or ESTABLISHED). */
export type TcpState =
  | 'LISTEN' | 'SYN_SENT' | 'SYN_RECV' | 'ESTABLISHED' | 'FIN_WAIT1' | 'FIN_WAIT2' | 'CLOSE_WAIT'
  | 'CLOSING' | 'LAST_ACK' | 'TIME_WAIT' | 'CLOSE' | 'UNCONNECTED';

/**
 * Which of the learner's sockets a check is about. Every field is optional; a socket matches
 * when it has all the given ones. An empty selector matches any socket.
 */
export interface SocketSelector {
  /** `AF_INET`, `AF_INET6` or `AF_UNIX` (or the number). */
  family?: number;
  /** `SOCK_STREAM` (TCP) or `SOCK_DGRAM` (UDP) (or the number). */
  type?: number;
  /** Python-side state, or a list meaning any of them. Closed sockets match only `closed`. */
  state?: readonly PySocketState[];
  /** Local address (getsockname()). */
  laddr?: AddressPattern;
  /** Remote address (getpeername()). */
  raddr?: AddressPattern;
  /** gettimeout(): a number of seconds, or `none` for blocking mode (written `timeout: none`). */
  timeout?: number | null;
  /** getblocking(). */
  blocking?: boolean;
  /** SO_REUSEADDR was set with setsockopt(). */
  reuseaddr?: boolean;
  /** The socket came out of accept() (true) or was made by socket() (false). */
  accepted?: boolean;
}

/**
 * A checkpoint: one fact about the learner's sockets. A step passes when all its checks hold.
 * In YAML each check is a map with one key naming its kind, e.g. `- socket: {type: SOCK_DGRAM}`.
 * Event checks (`learner_received`, `learner_sent`, `peer_received`, `caught`) look only at what
 * happened since the step began, so a step never passes because of an earlier step.
 */
export type Check =
  /** A socket with all of these properties exists (`state: closed` also looks at closed ones). */
  | { kind: 'socket'; line: number; socket: SocketSelector }
  /**
   * The kernel's TCP state of a learner's socket that matches `socket` is one of `states`.
   * TIME_WAIT belongs to a closed socket: it is found by the closed socket's last addresses.
   * Written `kernel_state: LISTEN` or `kernel_state: {state: TIME_WAIT, laddr: [any, port]}`.
   */
  | { kind: 'kernel_state'; line: number; states: readonly TcpState[]; socket: SocketSelector }
  /**
   * The learner's sockets received data since the step began: `text` is contained in what one
   * socket received (all its recv calls joined, decoded as UTF-8); `exact` is what one single
   * recv/recvfrom call returned; `calls` is how many receive calls returned data, at least;
   * `empty: true` means a recv returned b'' (the other side closed). In `text` (here and in
   * `learner_sent`/`peer_received`) `{port}` placeholders are the lesson's chosen ports.
   */
  | { kind: 'learner_received'; line: number; text?: string; exact?: string; calls?: number; empty?: boolean }
  /**
   * The learner's sockets sent data since the step began: containing `text` (joined per socket),
   * exactly `exact` in one call, or data in at least `calls` calls.
   */
  | { kind: 'learner_sent'; line: number; text?: string; exact?: string; calls?: number }
  /**
   * The lesson's peer received data since the step began: containing `text` (joined per socket),
   * or in at least `calls` receive calls (`calls: 1`: "the peer got your reply, whatever it says"),
   * or on at least `clients` of its connections (each containing `text`, when given): "every
   * one of the lesson's three clients got an answer" is `peer_received: {clients: 3}`.
   * Written `peer_received: hello server` or `peer_received: {calls: 1}`.
   */
  | { kind: 'peer_received'; line: number; text?: string; calls?: number; clients?: number }
  /**
   * A socket call raised this exception class, or a subclass of it (`caught: OSError`); with
   * `errno`, only an error with that errno counts (`caught: {error: OSError, errno: 98}`), so
   * that EBADF from a closed socket does not pass a step about EADDRINUSE.
   */
  | { kind: 'caught'; line: number; error: string; errno?: number }
  /** The learner opened at least one socket in this lesson and none is open now. */
  | { kind: 'all_closed'; line: number }
  /** Exactly `count` (or at least `at_least`) open sockets match `socket`. */
  | { kind: 'socket_count'; line: number; count?: number; at_least?: number; socket: SocketSelector }
  /** A variable of the learner's is defined, with a value of this Python type (optional). */
  | { kind: 'variable'; line: number; name: string; type?: VariableType };

export type CheckKind = Check['kind'];

/** Python type names a `variable` check can ask for. */
export type VariableType = 'bytes' | 'str' | 'int' | 'float' | 'bool' | 'None' | 'tuple' | 'list' | 'socket' | 'function';

/**
 * The language of the learner's lines: socklab's TypeScript dialect of Python's API (`code:`)
 * or Python itself (`python:`).
 */
export type CodeLanguage = 'typescript' | 'python';

/** What the lesson's side of the conversation does in a step. Peers use loopback only. */
export type PeerSpec =
  /**
   * Waits until a learner's UDP socket is bound to `to`, then sends each of `messages` to it as
   * one datagram, back to back.
   */
  | { kind: 'udp-sender'; to: PortRef; messages: readonly string[] }
  /**
   * Binds 127.0.0.1:`port` at once and answers every datagram to whoever sent it: with the
   * datagram itself, or with `reply` when given, where `{addr}` is the sender's address as a
   * Python receiver would print it (`('127.0.0.1', 54321)`) — "QQ user B saw you come from here".
   */
  | { kind: 'udp-echo'; port: PortRef; reply?: string }
  /**
   * "QQ user B": waits until a learner's UDP socket is bound to `to`, sends `messages[0]`, then
   * answers each datagram from the learner with the next message. It stops after sending the
   * last message or when the learner sends `quit`.
   */
  | { kind: 'udp-chat'; to: PortRef; messages: readonly string[] }
  /**
   * `clients` TCP clients at once (default 1). When a learner's socket listens on `to` they
   * connect one after another in number order (the accept queue is first come, first served,
   * so `accept()` returns client 1 first); each, once connected, for each of `messages` sends
   * it and (if `expect_reply`, the default) reads one reply. `{n}` in a message is the client's
   * number (1, 2, ...). Then, by `then`: `close` (default) closes; `wait` reads until the
   * learner closes, then closes (so the learner closes first); `hold` keeps the connection open
   * until the step ends.
   */
  | { kind: 'tcp-client'; to: PortRef; messages: readonly string[]; clients: number; expect_reply: boolean; then: 'close' | 'wait' | 'hold' }
  /**
   * Listens on 127.0.0.1:`port` at once; for every connection reads one message and answers
   * `reply` (or echoes it when there is no reply). Then, by `then`: `close` (default), `wait`
   * (until the learner closes) or `hold`.
   */
  | { kind: 'tcp-server'; port: PortRef; reply?: string; then: 'close' | 'wait' | 'hold' };

export type PeerKind = PeerSpec['kind'];

/** A peer as a step declares it: what it does, how long it may wait, how long it lives. */
export interface StepPeer {
  spec: PeerSpec;
  /** Seconds the peer waits for the learner (to bind, listen, reply...) before it says what it is waiting for (it goes on waiting). Default 30. */
  timeout: number;
  /** The id of a later step: the peer keeps running until that step ends. Default: this step. */
  until?: string;
  line: number;
}

export interface Step {
  /** Short, unique in the lesson, lowercase with dashes (`bind`, `recv-reply`). */
  id: string;
  /** One line naming what the step achieves; printed as `✔ title` when it passes. */
  title: Text;
  /**
   * What to do and why, for a beginner. May use `{port}`-style placeholders and `backticks`.
   * A line taught in both languages is written `` `TypeScript form`|`Python form` ``: the
   * learner sees the form of their language first and the other named after it (languages.ts).
   * A paragraph that starts with `[python] ` (or `[typescript] `) is shown only in that language.
   */
  text: Text;
  /**
   * What to type, as the learner would type it in the REPL (our JavaScript dialect of Python's
   * API). Each line is one REPL input; a list gives inputs that span lines (a function).
   * Shown by `.show`, typed by `.run`, run by the linter. Not executed otherwise.
   */
  code: readonly string[];
  /**
   * The same step in Python, as the tutorial writes it and CPython's REPL would take it
   * (`data, addr = s.recvfrom(1024)`, addresses as tuples). Required. A text (`python: |`) is
   * split into REPL inputs as CPython's REPL runs them: a simple statement per line; a compound
   * statement (`while True:` with its indented body and `else:`/`except:` clauses) is one input,
   * ended by the next unindented line or an empty line. A list gives the inputs one by one.
   * Learners in Python mode see it with `.show` and get it typed by `.run`; the linter runs
   * every step in both languages and the same checks must pass.
   */
  python: readonly string[];
  /** Shown one at a time by `.hint`, from the gentlest to the most explicit. */
  hints: readonly Text[];
  /** At least one. The step passes when all hold. */
  checks: readonly Check[];
  /** The lesson's side of the conversation during this step, if any. */
  peer?: StepPeer;
  /**
   * What `input()` returns, line after line, when the course linter runs this step's code (it
   * has no terminal); after these lines, and in steps without `input`, it returns `'quit'`, the
   * word that ends the tutorials' chat loops. `{port}` placeholders are filled in. Only the
   * linter reads it: in the REPL the learner types the lines. Default: none.
   */
  input: readonly string[];
  /** 1-based line of the step in the file (for messages). */
  line: number;
}

export interface Lesson {
  /** Must be 1. */
  format_version: number;
  /** Lowercase with dashes, the same as the file name: `udp-receiver` in `lessons/udp-receiver.yaml`. */
  id: string;
  title: Text;
  /** Printed when the lesson opens: what the learner will build and what they should know first. */
  intro: Text;
  /** Printed after `Lesson complete`: what was learned, what comes next. Optional. */
  summary?: Text;
  /** Ports by name with the tutorial's numbers (see PortMap). Optional. */
  ports: PortMap;
  /** Where the lesson appears in `.lessons` (lower first); ties sort by id. Optional, default 100. */
  order: number;
  steps: readonly Step[];
  /** The file it came from (for messages). */
  file: string;
}
