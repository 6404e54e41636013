# subprocess: Popen(...).stdout.readline() gives each line as the child writes it (the child
# below waits for its stdin between two lines, so a readline that waited for the exit would hang);
# poll() while it runs, wait(), returncode, communicate(), text=True / universal_newlines,
# shell=True and argument lists, iteration over stdout, wait(timeout=) and TimeoutExpired.
import subprocess
import sys

p = subprocess.Popen("echo one; read x; echo got $x; echo err >&2; exit 3", shell=True,
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.stdout.readline())
print(p.poll(), p.returncode)
p.stdin.write(b'hello\n')
p.stdin.flush()
p.stdin.close()
print(p.stdout.readline())
print(p.stdout.readline())
print(p.wait(), p.returncode, p.poll(), p.stderr.read())

t = subprocess.Popen(['sh', '-c', 'printf "a\\r\\nb\\nc"'], stdout=subprocess.PIPE, text=True)
print(repr(t.stdout.readline()), repr(t.stdout.readline()), repr(t.stdout.readline()), repr(t.stdout.readline()))
print(t.wait())

u = subprocess.Popen('for i in 1 2 3; do echo line $i; done', shell=True, stdout=subprocess.PIPE, universal_newlines=True)
for line in u.stdout:
    print('got', line.strip())
print(u.wait())

c = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = c.communicate(b'to cat\n')
print(out, err, c.returncode)

r = subprocess.Popen('echo 12345; echo x', shell=True, stdout=subprocess.PIPE)
print(r.stdout.read(3), r.stdout.read(2), r.stdout.readline(), r.stdout.readlines(), r.stdout.read(), r.stdout.readline())
print(r.wait())

s = subprocess.Popen(['sleep', '5'])
try:
    s.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired:', e, e.cmd, e.timeout)
print(s.poll())
s.kill()
print(s.wait())

try:
    subprocess.run('sleep 5', shell=True, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('run: TimeoutExpired', e.cmd)
print(subprocess.run(['echo', 'hi'], capture_output=True, text=True))
print(subprocess.check_output('echo out; echo err >&2', shell=True, stderr=subprocess.STDOUT))
try:
    subprocess.check_call(['sh', '-c', 'exit 2'])
except subprocess.CalledProcessError as e:
    print(e)
