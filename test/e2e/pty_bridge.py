#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal and relays bytes between it and this process's
stdin/stdout, so tests written in Node can drive a real terminal program (what `script` or
node-pty would do, with only Python's standard library).

usage: pty_bridge.py [--cols N] [--rows N] -- COMMAND [ARG...]

The child gets the pty as its controlling terminal, with the window size given. Bytes written
to our stdin are typed into the terminal (\\x03 is Ctrl+C, \\x04 Ctrl+D, \\t Tab). When our
stdin closes or we get SIGTERM, the child gets SIGHUP as when a terminal window is closed.
The exit status is the child's.
"""
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios


def main() -> int:
    args = sys.argv[1:]
    cols, rows = 100, 30
    while args and args[0] != '--':
        flag, value, *args = args
        if flag == '--cols':
            cols = int(value)
        elif flag == '--rows':
            rows = int(value)
        else:
            print(f'pty_bridge: unknown option {flag}', file=sys.stderr)
            return 2
    command = args[1:] if args and args[0] == '--' else args
    if not command:
        print(__doc__, file=sys.stderr)
        return 2

    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)

    def hang_up(*_):
        try:
            os.kill(pid, signal.SIGHUP)
        except ProcessLookupError:
            pass

    signal.signal(signal.SIGTERM, lambda *_: (hang_up(), sys.exit(143)))

    stdin = sys.stdin.fileno()
    stdout = sys.stdout.fileno()
    inputs = [fd, stdin]
    while True:
        try:
            ready, _, _ = select.select(inputs, [], [])
        except InterruptedError:
            continue
        if fd in ready:
            try:
                data = os.read(fd, 65536)
            except OSError:  # EIO: the child closed the terminal (exited)
                data = b''
            if not data:
                break
            os.write(stdout, data)
        if stdin in ready:
            data = os.read(stdin, 65536)
            if data:
                os.write(fd, data)
            else:
                inputs.remove(stdin)
                hang_up()

    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) if hasattr(os, 'waitstatus_to_exitcode') else (status >> 8)


if __name__ == '__main__':
    code = main()
    sys.exit(code if code >= 0 else 128 - code)
