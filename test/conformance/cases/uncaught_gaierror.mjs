// An uncaught name-resolution error is reported as "socket.gaierror: [Errno -2] Name or service not known".
print('resolving a name that does not exist');
await socket.gethostbyname('no-such-host.invalid');
print('not reached');
