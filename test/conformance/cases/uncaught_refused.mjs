// An uncaught ConnectionRefusedError ends the script with exit code 1 and
// "ConnectionRefusedError: [Errno 111] Connection refused" as the last line of stderr.
const dead = socket.socket();
dead.bind(['127.0.0.1', 0]);
const client = socket.socket();
print('connecting to a port nobody listens on');
await client.connect(dead.getsockname());
print('not reached');
