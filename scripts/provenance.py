#!/usr/bin/env python3
"""How much of each socklab library module is CPython's Lib/ source, copied.

usage: python3 scripts/provenance.py [--json] [-v] [FILE.ts ...]
  (default: every src/lang/python/stdlib/*.ts that has a counterpart under this python3's Lib/)

For each file it prints two shares of its non-blank, non-comment lines, compared stripped:
  same -- lines of >= 20 characters that occur anywhere in the counterpart's Lib/ sources;
  runs -- lines inside a run of >= 3 consecutive lines (>= 60 characters together) that occur in
          the same order in one Lib/ file. Generic lines (`for k, v in d.items():`) rarely form
          runs, copied code does; test/provenance.test.ts keeps every file's runs under a bound.
-v lists the runs. socklab's modules are written from the documentation and python3's behaviour.
"""
import difflib
import json
import os
import sys
import sysconfig

LIB = sysconfig.get_paths()['stdlib']
HERE = os.path.dirname(os.path.abspath(__file__))
STDLIB = os.path.join(HERE, '..', 'src', 'lang', 'python', 'stdlib')
# socklab file name -> the Lib/ module or package it stands for, where the names differ
COUNTERPARTS = {'concurrent-futures': 'concurrent/futures', 'urllib-parse': 'urllib/parse'}


def code_lines(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        stripped = (line.strip() for line in f)
        return [s for s in stripped if s and not s.startswith(('#', '//'))]


def lib_files(name):
    where = os.path.join(LIB, name)
    if os.path.isdir(where):
        return [os.path.join(d, f) for d, _, fs in os.walk(where) for f in fs if f.endswith('.py')]
    return [where + '.py'] if os.path.exists(where + '.py') else []


def measure(path, verbose=False):
    stem = os.path.basename(path)[:-len('.ts')]
    name = COUNTERPARTS.get(stem, stem)
    originals = [code_lines(f) for f in lib_files(name)]
    if not originals:
        return None
    mine = code_lines(path)
    known = {line for lines in originals for line in lines}
    long_lines = [line for line in mine if len(line) >= 20]
    same = sum(1 for line in long_lines if line in known)
    copied = [False] * len(mine)
    for lines in originals:
        matcher = difflib.SequenceMatcher(None, mine, lines, autojunk=False)
        for block in matcher.get_matching_blocks():
            run = mine[block.a:block.a + block.size]
            if block.size >= 3 and sum(map(len, run)) >= 60:
                copied[block.a:block.a + block.size] = [True] * block.size
                if verbose:
                    print(f'--- {os.path.basename(path)}: {block.size} lines')
                    print('\n'.join('    ' + line for line in run))
    return {
        'file': os.path.basename(path), 'lib': name,
        'same_pct': round(100 * same / max(1, len(long_lines)), 1),
        'runs_pct': round(100 * sum(copied) / max(1, len(mine)), 1),
    }


def main(argv):
    verbose = '-v' in argv
    files = [a for a in argv if not a.startswith('-')]
    if not files:
        files = sorted(os.path.join(STDLIB, f) for f in os.listdir(STDLIB) if f.endswith('.ts'))
    results = [r for r in (measure(f, verbose) for f in files) if r]
    if '--json' in argv:
        print(json.dumps(results))
        return
    for r in results:
        print(f"{r['file']:24} same {r['same_pct']:5.1f}%  runs {r['runs_pct']:5.1f}%  of Lib/{r['lib']}")


main(sys.argv[1:])
