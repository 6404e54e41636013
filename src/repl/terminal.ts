// The REPL's terminal beyond what readline does: Ctrl+C read while the event loop is busy, and
// Ctrl+Z that never leaves the terminal in cooked mode.
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

/**
 * Ctrl+Z (or a pasted 0x1A). readline puts the terminal in cooked mode, stops the process with
 * SIGTSTP and waits for SIGCONT to go back to raw mode; without job control (a terminal with no
 * shell, an orphaned process group) the kernel discards SIGTSTP, SIGCONT never comes and the
 * terminal stays cooked: lines echoed twice, the next Ctrl+C a signal that ends the REPL. Here
 * raw mode comes back as soon as kill() returns (stopped and continued, or never stopped), and
 * again on SIGCONT, because a shell puts its own terminal settings back while the job is stopped.
 */
export function suspend(input: NodeJS.ReadableStream, refresh: () => void): void {
  if (!_isTty(input) || process.platform === 'win32') return;
  const rawAgain = () => {
    // libuv skips setRawMode(true) when it believes the mode is already raw.
    input.setRawMode(false);
    input.setRawMode(true);
    refresh();
  };
  process.removeListener('SIGCONT', _onContinue); // one listener, for the latest Ctrl+Z
  _onContinue = rawAgain;
  process.once('SIGCONT', _onContinue);
  input.setRawMode(false);
  try {
    process.kill(process.pid, 'SIGTSTP');
  } catch {
    // cannot stop: stay
  }
  rawAgain();
}

let _onContinue: () => void = () => {};
