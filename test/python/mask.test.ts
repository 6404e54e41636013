// The corpus's masking on top of conformance/mask.ts: ephemeral ports glued to a loopback host,
// the ports a run was given, CPython's library paths in tracebacks and addresses. Numbers that could be anything else stay.
import { describe, expect, it } from 'vitest';
import { ephemeralPortRange } from '../conformance/mask.ts';
import { masked } from './corpus.ts';

const { low, high } = ephemeralPortRange();
const ephemeral = low + 7;
const none = [0, 0] as const;

describe('corpus masking', () => {
  it('masks an ephemeral port after a loopback host, with or without a colon', () => {
    expect(masked(`Received from 127.0.0.1:${ephemeral}.`, none)).toBe('Received from 127.0.0.1:PORT.');
    expect(masked(`127.0.0.1${ephemeral}:> quit`, none)).toBe('127.0.0.1PORT:> quit');
    expect(masked(`::1:${high}`, none)).toBe('::1:PORT');
  });

  it('keeps ports outside the ephemeral range and numbers after other hosts', () => {
    expect(masked('127.0.0.1:80 127.0.0.1:9999', none)).toBe('127.0.0.1:80 127.0.0.1:9999');
    expect(masked(`10.0.0.1:${ephemeral} and ${ephemeral}`, none)).toBe(`10.0.0.1:${ephemeral} and ${ephemeral}`);
  });

  it("masks the run's own ports as whole numbers only, and only when the run was given them", () => {
    expect(masked('Bind UDP on 23456... 123456 23456', [23456, 0])).toBe('Bind UDP on PORT... 123456 PORT');
    expect(masked('to 23457 from 23456', [23456, 23457])).toBe('to PORT2 from PORT');
    expect(masked('23456', none)).toBe('23456');
  });

  it("masks where CPython's library files are and objects' addresses, not the program's own frames", () => {
    expect(masked('  File "/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py", line 1045, in _bootstrap_inner', none))
      .toBe('  File "LIB/threading.py", line N, in _bootstrap_inner');
    expect(masked('  File "/usr/lib/python3.11/threading.py", line 975, in run', none)).toBe('  File "LIB/threading.py", line N, in run');
    expect(masked('  File "/tmp/case.py", line 13, in target', none)).toBe('  File "/tmp/case.py", line 13, in target');
    expect(masked('started by: <function f at 0x7f15292b5f80>', none)).toBe('started by: <function f at 0xADDR>');
  });

  it('still masks fds and ephemeral ports in tuples (conformance/mask.ts)', () => {
    expect(masked(`<socket.socket fd=5, laddr=('127.0.0.1', ${ephemeral})>`, none)).toBe(
      "<socket.socket fd=N, laddr=('127.0.0.1', PORT)>",
    );
  });
});
