// The REPL's terminal beyond what readline does: Ctrl+C read while the event loop is busy,
// Ctrl+Z that never leaves the terminal in cooked mode, and bracketed paste.
import { closeSync, constants, openSync, readSync } from 'node:fs';
import type { ReadStream } from 'node:tty';

const _CTRL_C = 0x03;

function _isTty(input: NodeJS.ReadableStream): input is ReadStream & { fd: number } {
  return (input as { isTTY?: boolean }).isTTY === true && typeof (input as { fd?: unknown }).fd === 'number';
}

/**
 * Reads the keys typed on `input`'s terminal without the event loop (a loop in a synchronous
 * function keeps it from running). In raw mode Ctrl+C is the byte 0x03: found, it is consumed
 * with what was typed before it (as the terminal driver flushes its input on ^C); the rest goes
 * back to readline once the loop has stopped. Undefined when `input` is not a terminal.
 */
export function interruptKeyReader(input: NodeJS.ReadableStream): { poll(): boolean; close(): void } | undefined {
  if (!_isTty(input)) return undefined;
  let fd: number | undefined;
  const buffer = Buffer.alloc(4096);
  return {
    poll(): boolean {
      try {
        // A second, non-blocking description of the same terminal: fd 0 itself may block.
        fd ??= openSync(`/proc/self/fd/${input.fd}`, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
        const n = readSync(fd, buffer, 0, buffer.length, null);
        if (n <= 0) return false;
        const typed = Buffer.from(buffer.subarray(0, n));
        const last = typed.lastIndexOf(_CTRL_C);
        const rest = last < 0 ? typed : typed.subarray(last + 1);
        if (rest.length > 0) setImmediate(() => input.emit('data', rest));
        return last >= 0;
      } catch {
        return false; // EAGAIN: nothing typed; any other error: no Ctrl+C to see this way
      }
    },
    close(): void {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

const _PASTE_ON = '\x1b[?2004h';
const _PASTE_OFF = '\x1b[?2004l';

export interface BracketedPaste {
  /** Asks the terminal to mark pastes again (after a suspend). */
  on(): void;
  /** Gives the terminal back as it was: a shell or program after us would get the marks. */
  off(): void;
}

/**
 * xterm's bracketed paste mode (DECSET 2004), which bash's readline and CPython 3.13's REPL turn
 * on: the terminal sends a paste between ESC[200~ and ESC[201~, which node's readline (Node 20's
 * emitKeys) reports as the keys `paste-start` and `paste-end`, so a paste is known for sure and
 * not guessed from lines arriving together. Only where both ends are a terminal that is not
 * dumb; turned off again when the process exits, however it exits (a crash too). Undefined when
 * the streams are not a terminal.
 */
export function bracketedPaste(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): BracketedPaste | undefined {
  if (!_isTty(input) || (output as { isTTY?: boolean }).isTTY !== true || process.env.TERM === 'dumb') return undefined;
  let enabled = false;
  // A write to a terminal is synchronous, so it still happens inside process.on('exit').
  const atExit = () => void output.write(_PASTE_OFF);
  const paste: BracketedPaste = {
    on() {
      if (enabled) return;
      enabled = true;
      output.write(_PASTE_ON);
      process.on('exit', atExit);
    },
    off() {
      if (!enabled) return;
      enabled = false;
      output.write(_PASTE_OFF);
      process.off('exit', atExit);
    },
  };
  paste.on();
  return paste;
}

/**
 * Ctrl+Z (or a pasted 0x1A). readline puts the terminal in cooked mode, stops the process with
 * SIGTSTP and waits for SIGCONT to go back to raw mode; without job control (a terminal with no
 * shell, an orphaned process group) the kernel discards SIGTSTP, SIGCONT never comes and the
 * terminal stays cooked: lines echoed twice, the next Ctrl+C a signal that ends the REPL. Here
 * raw mode comes back as soon as kill() returns (stopped and continued, or never stopped), and
 * again on SIGCONT, because a shell puts its own terminal settings back while the job is stopped.
 */
export function suspend(input: NodeJS.ReadableStream, refresh: () => void, paste?: BracketedPaste): void {
  if (!_isTty(input) || process.platform === 'win32') return;
  const rawAgain = () => {
    // libuv skips setRawMode(true) when it believes the mode is already raw.
    input.setRawMode(false);
    input.setRawMode(true);
    paste?.on();
    refresh();
  };
  process.removeListener('SIGCONT', _onContinue); // one listener, for the latest Ctrl+Z
  _onContinue = rawAgain;
  process.once('SIGCONT', _onContinue);
  input.setRawMode(false);
  // The shell that gets the terminal while we are stopped has its own idea of pastes.
  paste?.off();
  try {
    process.kill(process.pid, 'SIGTSTP');
  } catch {
    // cannot stop: stay
  }
  rawAgain();
}

let _onContinue: () => void = () => {};
