# Runs one command to its exit and prints one JSON line: its wall time and the CPU time (user +
# system) of that process and everything it waited for, from wait4's rusage, which node's
# child_process does not give. Usage: python3 timed_run.py -- CMD ARGS...
import json
import os
import subprocess
import sys
import time

argv = sys.argv[sys.argv.index('--') + 1:]
t0 = time.perf_counter()
child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_, status, usage = os.wait4(child.pid, 0)
ms = (time.perf_counter() - t0) * 1000
err = child.stderr.read().decode('utf-8', 'replace')
code = os.waitstatus_to_exitcode(status)
print(json.dumps({'ms': ms, 'cpu_ms': (usage.ru_utime + usage.ru_stime) * 1000, 'code': code, 'stderr': err[-400:]}))
