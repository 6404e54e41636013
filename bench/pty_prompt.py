"""Start-up timer: runs a command under a pseudo-terminal and measures, from just before the fork
to the moment the prompt text appears on the terminal (or, with --exit, to the process's exit).

    python3 pty_prompt.py --reps 5 --timeout 10 --prompt '>>> ' -- python3 -i
    python3 pty_prompt.py --reps 5 --timeout 10 --exit -- node -e 0

Prints one JSON object: {"runs": [{"ms": float|null, "status": str, "tail": str}, ...]}.
status is "prompt", "exit" (with the exit code), "eof" (ended without the prompt) or "timeout".
The child is killed (SIGKILL to its session) once its prompt is seen. Standard library only.
"""
import argparse
import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

_ANSI = re.compile(rb'\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]')


def _seen(buf: bytes, prompt: bytes) -> bool:
    text = _ANSI.sub(b'', buf)
    return re.search(rb'(^|[\r\n])' + re.escape(prompt), text) is not None


def _kill(pid: int) -> None:
    for target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            target()
            return
        except OSError:
            pass


def _once(argv, prompt, timeout):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        # A real terminal has a size; node's REPL lays out its line by it.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    buf = b''
    status = 'timeout'
    ms = None
    deadline = start + timeout
    try:
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                break
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: the child closed the terminal
                chunk = b''
            if not chunk:
                status = 'eof'
                break
            buf += chunk
            if prompt is not None and _seen(buf, prompt):
                ms = (time.perf_counter() - start) * 1000
                status = 'prompt'
                break
    finally:
        if status != 'eof' or prompt is not None:
            _kill(pid)
        _, wstatus = os.waitpid(pid, 0)
        end = time.perf_counter()
        os.close(fd)
    if prompt is None and status == 'eof':
        code = os.waitstatus_to_exitcode(wstatus)
        status = f'exit {code}'
        if code == 0:
            ms = (end - start) * 1000
    tail = _ANSI.sub(b'', buf).decode('utf-8', 'replace').strip()[-300:]
    return {'ms': ms, 'status': status, 'tail': tail}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument('--reps', type=int, default=5)
    ap.add_argument('--timeout', type=float, default=10.0)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument('--prompt')
    mode.add_argument('--exit', action='store_true')
    ap.add_argument('argv', nargs=argparse.REMAINDER)
    args = ap.parse_args()
    argv = args.argv[1:] if args.argv[:1] == ['--'] else args.argv
    prompt = None if args.exit else args.prompt.encode()
    runs = [_once(argv, prompt, args.timeout) for _ in range(args.reps)]
    json.dump({'runs': runs}, sys.stdout)
    sys.stdout.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
