# exit: 2
# SystemExit: caught like any exception (code attribute), then raised for real with a status.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code, type(e).__name__, isinstance(e, Exception))
try:
    sys.exit()
except SystemExit as e:
    print('no code:', e.code)
raise SystemExit(2)
