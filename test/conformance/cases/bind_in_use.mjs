// Binding a port that is in use: OSError 98. Binding an already bound socket: OSError 22.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const server = socket.socket();
server.bind(['127.0.0.1', 0]);
server.listen();
const addr = server.getsockname();

const other = socket.socket();
attempt('bind in use', () => other.bind(addr));
// The failed bind left `other` unbound, so it can still bind elsewhere.
attempt('bind other port', () => other.bind(['127.0.0.1', 0]));
print('other bound', other.getsockname()[1] > 0, other.getsockname()[1] !== addr[1]);
attempt('bind twice', () => other.bind(['127.0.0.1', 0]));
attempt('bind listening again', () => server.bind(addr));

const udp1 = socket.socket(AF_INET, SOCK_DGRAM);
udp1.bind(['127.0.0.1', 0]);
const udp2 = socket.socket(AF_INET, SOCK_DGRAM);
attempt('udp bind in use', () => udp2.bind(udp1.getsockname()));
attempt('udp bind twice', () => udp1.bind(['127.0.0.1', 0]));

for (const s of [server, other, udp1, udp2]) s.close();
