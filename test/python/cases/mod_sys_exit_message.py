# exit: 1
# Module sys: sys.exit('message') prints the message on stderr and exits 1; finally blocks still run.
import sys
try:
    print('working')
    sys.exit('fatal: no server to talk to')
finally:
    print('finally runs on sys.exit')
