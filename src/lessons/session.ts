// One run of one lesson: its ports, the step the learner is on, the peers that play the other
// end, and the checkpoint context. The REPL controller and the course linter both drive a
// session, so what the linter verifies is exactly what a learner gets.
import { createSocketModule, type LoggedEvent, type SocketSpace } from '../socket/index.ts';
import { getLang } from '../i18n/index.ts';
import { allPassed, evaluateChecks, needsKernel, type CheckContext, type CheckOutcome } from './checks.ts';
import { SocketHistory } from './history.ts';
import { startPeer, type RunningPeer } from './peers/index.ts';
import { choosePorts, fillPorts, type ChosenPorts, type PortPolicy } from './ports.ts';
import type { Lesson, PeerSpec, Step, StepPeer, Text } from './schema.ts';
import { clientPorts } from './flow.ts';
import { showLanguage, stepCode, type CodeLanguage } from './languages.ts';

export interface SessionOptions {
  /** The learner's socket space. */
  space: SocketSpace;
  ports?: PortPolicy;
  /** Where peers' messages go (timeouts, a connection closed early). */
  report(message: string): void;
  /** Looks up a learner variable (default: a global, as the REPL's evaluator defines them). */
  variable?: CheckContext['variable'];
  /** The language of the learner's lines, asked each time (default: TypeScript). */
  language?: () => CodeLanguage;
}

/** The REPL runs learner lines in the global scope, so a learner's variables are globals. */
function _globalVariable(name: string): { defined: boolean; value?: unknown } {
  const g = globalThis as Record<string, unknown>;
  return name in g ? { defined: true, value: g[name] } : { defined: false };
}

interface _LivePeer {
  /** The last step index it lives through. */
  until: number;
  spec: PeerSpec;
  running: RunningPeer;
}

export class LessonSession {
  readonly ports: ChosenPorts;
  readonly history: SocketHistory;
  /** The peers' own sockets: never the learner's space, so they stay out of the socket table. */
  readonly peerSpace: SocketSpace;
  readonly #peerModule;
  readonly #options: SessionOptions;
  #index = 0;
  #since = 0;
  #peerSince = 0;
  #peers: _LivePeer[] = [];
  #closed = false;

  constructor(readonly lesson: Lesson, options: SessionOptions) {
    this.#options = options;
    this.ports = choosePorts(lesson.ports, options.ports ?? 'preferred');
    this.history = new SocketHistory(options.space);
    const peers = createSocketModule();
    this.#peerModule = peers.module;
    this.peerSpace = peers.space;
  }

  get space(): SocketSpace {
    return this.#options.space;
  }

  get index(): number {
    return this.#index;
  }

  get step(): Step {
    return this.lesson.steps[this.#index]!;
  }

  get isLast(): boolean {
    return this.#index === this.lesson.steps.length - 1;
  }

  /** The language of the learner's lines now. */
  get language(): CodeLanguage {
    return this.#options.language?.() ?? 'typescript';
  }

  /**
   * A lesson text in the learner's language, with the ports filled in and, where it names a
   * line in both code languages, the learner's code language first.
   */
  text(text: Text): string {
    return showLanguage(fillPorts(text[getLang()], this.ports.values), this.language);
  }

  /** The step's code inputs in the learner's code language, with the ports filled in. */
  code(step: Step = this.step): string[] {
    return stepCode(step, this.language).map((c) => fillPorts(c, this.ports.values));
  }

  /** The step's `input` lines with the ports filled in: what input() answers when nobody types. */
  answers(step: Step = this.step): string[] {
    return step.input.map((line) => fillPorts(line, this.ports.values));
  }

  /** Makes step `index` current: event checks start looking from now; peers start and stop. */
  begin(index: number): void {
    this.#index = index;
    this.#since = this.space.seq;
    this.#peerSince = this.peerSpace.seq;
    for (const p of this.#peers.filter((p) => p.until < index)) p.running.stop();
    this.#peers = this.#peers.filter((p) => p.until >= index);
    const peer = this.step.peer;
    if (peer) {
      const until = peer.until === undefined ? index : this.lesson.steps.findIndex((s) => s.id === peer.until);
      this.#peers.push({ until, spec: peer.spec, running: this.#start(peer) });
    }
  }

  /** The ports where the lesson's running clients connect: a learner socket must listen there. */
  listenPortsNeeded(): number[] {
    return clientPorts(this.#peers.map((p) => p.spec), this.ports.values);
  }

  evaluate(): CheckOutcome[] {
    return evaluateChecks(this.step.checks, this.#context());
  }

  passes(): boolean {
    return allPassed(this.evaluate());
  }

  /**
   * Evaluates until the step passes or `ms` pass, re-evaluating after any socket event of the
   * learner or the peers (a peer's receive, a close) and every 20 ms for kernel states, which
   * change without events (FIN_WAIT1 → FIN_WAIT2 → TIME_WAIT). With `idleMs`, it also stops
   * once that long has passed without an event.
   */
  async settle(ms: number, idleMs = Infinity): Promise<CheckOutcome[]> {
    let outcomes = this.evaluate();
    if (allPassed(outcomes) || ms <= 0) return outcomes;
    const deadline = performance.now() + ms;
    const kernel = needsKernel(this.step.checks);
    let lastEvent = performance.now();
    while (!allPassed(outcomes) && performance.now() < deadline && !this.#closed) {
      const wait = Math.min(kernel ? 20 : 100, idleMs, deadline - performance.now());
      if (await this.#nextEvent(wait)) lastEvent = performance.now();
      else if (performance.now() - lastEvent >= idleMs) break;
      outcomes = this.evaluate();
    }
    return outcomes;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const p of this.#peers) p.running.stop();
    this.#peers = [];
    this.history.dispose();
  }

  #context(): CheckContext {
    return {
      space: this.space,
      history: this.history,
      since: this.#since,
      peerSpace: this.peerSpace,
      peerSince: this.#peerSince,
      ports: this.ports.values,
      variable: this.#options.variable ?? _globalVariable,
    };
  }

  #start(peer: StepPeer): RunningPeer {
    return startPeer(peer.spec, {
      module: this.#peerModule,
      learner: this.space,
      timeout: peer.timeout,
      report: (m) => this.#options.report(m),
    }, this.ports.values);
  }

  /** Resolves at the next socket event of either side (true), or after `ms` (false). */
  #nextEvent(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (happened: boolean) => {
        clearTimeout(timer);
        this.space.off('event', onEvent);
        this.peerSpace.off('event', onEvent);
        resolve(happened);
      };
      // Let the event's own handlers (and the socket call that emitted it) finish first.
      const onEvent = (_e: LoggedEvent) => setImmediate(() => done(true));
      const timer = setTimeout(() => done(false), Math.max(0, ms));
      this.space.on('event', onEvent);
      this.peerSpace.on('event', onEvent);
    });
  }
}
