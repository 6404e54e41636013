// IPv6 on ::1: TCP and UDP, 4-tuple addresses (host, port, flowinfo, scope_id).
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const server = socket.socket(AF_INET6, SOCK_STREAM);
print('family', server.family == AF_INET6, Number(server.family));
server.bind(['::1', 0]);
server.listen();
server.settimeout(2);
const name = server.getsockname();
print('server', name, name.length);
print(repr(server));

const client = socket.socket(AF_INET6);
client.settimeout(2);
await client.connect(['::1', name[1]]);
const [conn, addr] = await server.accept();
print('accepted from', addr);
await client.sendall(b('hello over ipv6'));
print('conn got', await conn.recv(100));
for (const s of [client, conn, server]) s.close();

const u1 = socket.socket(AF_INET6, SOCK_DGRAM);
const u2 = socket.socket(AF_INET6, SOCK_DGRAM);
u1.bind(['::1', 0]);
u2.bind(['::1', 0]);
u2.settimeout(2);
await u1.sendto(b('dgram6'), u2.getsockname());
print('udp got', await u2.recvfrom(100));
// A 2-tuple is accepted for AF_INET6 too.
await u1.sendto(b('pair'), ['::1', u2.getsockname()[1]]);
print('udp got', await u2.recv(100));
u1.close();
u2.close();

// An IPv4 socket cannot use an IPv6 address and vice versa.
attempt('v4 bind ::1', () => socket.socket(AF_INET).bind(['::1', 0]));
attempt('v6 bind 127.0.0.1', () => socket.socket(AF_INET6).bind(['127.0.0.1', 0]));
await attemptAwait('v6 connect dead', () => socket.socket(AF_INET6).connect(['::1', 1]));
