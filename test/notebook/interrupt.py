# jupyter_client drives an installed socklab kernel: the interrupt button's path
# (KernelManager.interrupt_kernel sends SIGINT, as interrupt_mode "signal" says), state kept
# afterwards, then shutdown. Prints one JSON object; run with Debian's /usr/bin/python3.
import json, sys, time
from jupyter_client.manager import KernelManager

def reply_of(kc, msg_id, timeout=20):
    while True:
        msg = kc.get_shell_msg(timeout=timeout)
        if msg['parent_header'].get('msg_id') == msg_id:
            return msg['content']

km = KernelManager(kernel_name='socklab')
started = time.monotonic()
km.start_kernel()
kc = km.client()
kc.start_channels()
kc.wait_for_ready(timeout=30)
ready_ms = (time.monotonic() - started) * 1000
out = {'ready_ms': round(ready_ms)}
reply_of(kc, kc.execute("s = socket.socket(AF_INET, SOCK_DGRAM); s.bind(['127.0.0.1', 0])"))
t0 = time.monotonic()
reply_of(kc, kc.execute('1 + 1'))
out['trivial_cell_ms'] = round((time.monotonic() - t0) * 1000, 2)
waiting = kc.execute('s.recvfrom(1024)')
time.sleep(0.5)
km.interrupt_kernel()
out['interrupted'] = reply_of(kc, waiting)
kept = kc.execute('s.fileno() > 0')
out['kept'] = reply_of(kc, kept)['status']
# A restart is a new process: every socket of the old one closed, its port free again.
port = None
for msg_id in [kc.execute("srv = socket.socket(AF_INET, SOCK_STREAM); srv.bind(['127.0.0.1', 0]); srv.listen(1)")]:
    reply_of(kc, msg_id)
port_id = kc.execute('srv.getsockname()[1]')
while port is None:
    msg = kc.get_iopub_msg(timeout=20)
    if msg['parent_header'].get('msg_id') == port_id and msg['msg_type'] == 'execute_result':
        port = int(msg['content']['data']['text/plain'])
km.restart_kernel(now=False)
kc.wait_for_ready(timeout=30)
import socket
probe = socket.socket()
probe.bind(('127.0.0.1', port))
probe.listen(1)
probe.close()
out['restarted_port_free'] = True
out['after_restart'] = reply_of(kc, kc.execute('srv'))['ename']
km.shutdown_kernel(now=False)
out['alive_after_shutdown'] = km.is_alive()
kc.stop_channels()
print(json.dumps(out))
