# args: first --flag 3
# exit: 3
# Modules os and sys: sys.argv, os.getpid, os.path, os.system's status, os.environ, sys.stdout.write,
# sys.stderr, sys.version_info, sys.platform, sys.exit with a status.
import os
import sys
print(sys.argv[1:], len(sys.argv), sys.argv[0].endswith('mod_os_sys.py'))
print(isinstance(os.getpid(), int), os.getpid() > 0)
print(os.path.join('a', 'b', 'c.txt'), os.path.basename('/x/y.py'), os.path.dirname('/x/y.py'), os.path.exists('/'), os.path.exists('/no/such/path'))
print(os.path.splitext('prog.py'), os.path.isdir('/'), os.path.isfile('/'))
print('status', os.system('echo from the shell'))
print('status', os.system('exit 3'))
print(os.environ.get('LANG'), os.environ.get('SOCKLAB_PYCORPUS_UNSET', 'unset'), 'PATH' in os.environ)
print(sys.stdout.write('written\n'))
sys.stdout.flush()
sys.stderr.write('to stderr\n')
print(sys.version_info[0], sys.version_info >= (3, 8), sys.platform, type(sys.maxsize).__name__)
print(os.sep, os.linesep == '\n', os.name)
print('about to exit')
sys.exit(int(sys.argv[3]))
print('never printed')
