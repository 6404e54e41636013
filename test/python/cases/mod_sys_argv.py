# sys.argv for `socklab run prog.py a b ...`: the program's path as it was given, then its
# arguments as strings, options included (`-p`, `--port=N` belong to the program, not to socklab).
# args: localhost 9000 -p 7 --verbose --port=8 -- x
import os
import sys
print(sys.argv[1:], len(sys.argv), type(sys.argv).__name__)
print(os.path.basename(sys.argv[0]), sys.argv[0].endswith('mod_sys_argv.py'))
host, port = sys.argv[1], int(sys.argv[2])
print(host, port + 1, [a for a in sys.argv if a.startswith('-')])
