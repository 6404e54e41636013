# Module subprocess: run/Popen with PIPE/STDOUT/DEVNULL, communicate(), .stdout.read(), returncode,
# check_output, call/check_call, getoutput/getstatusoutput, CompletedProcess's repr and
# CalledProcessError's text (exit status and signal). Ends with an uncaught CalledProcessError.
# exit: 1
import subprocess
r = subprocess.run("echo hi; echo err >&2; exit 3", shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(r, r.returncode, r.args)
print(subprocess.run(["true"]))
print(subprocess.run("echo x", shell=True, capture_output=True, text=True))
try: subprocess.run("exit 2", shell=True, check=True)
except subprocess.CalledProcessError as e: print(e, repr(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try: subprocess.check_output(["nosuchcmd_x"])
except FileNotFoundError as e: print(e)
print(subprocess.getoutput("echo a; echo b >&2"), subprocess.getstatusoutput("echo z; exit 4"))
p = subprocess.Popen("echo one; echo two >&2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.stdout.read(), p.stderr.read(), p.wait(), p.returncode, p.poll(), p.args)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL, subprocess.CompletedProcess)
print(subprocess.check_output("echo out; sleep 0.05; echo e >&2", shell=True, stderr=subprocess.STDOUT))
print(subprocess.call("exit 5", shell=True), subprocess.check_call("true", shell=True))
p = subprocess.Popen("cat", shell=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b"fed in"), p.returncode)
p = subprocess.Popen(["ls", "/nonexistent_dir"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate()
print(out, err, p.returncode)
print(subprocess.run("kill -9 $$", shell=True))
try: subprocess.run("kill -9 $$", shell=True, check=True)
except subprocess.CalledProcessError as e: print(e)
print(subprocess.check_output("echo hé", shell=True, encoding="utf-8"))
subprocess.check_call("exit 7", shell=True)
