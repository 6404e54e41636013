# A chat server's bookkeeping and a protocol's bytes, without sockets: a clients dict keyed by
# address tuples, header parsing with partition/split, length-prefixed framing, bytearray buffers,
# string and list methods, unpacking, truthiness and conditional expressions.
import socket, threading
clients = {}
lock = threading.Lock()
def broadcast(msg, sender=None):
    with lock:
        for addr, name in list(clients.items()):
            if addr != sender:
                print('to %s:%d -> %s' % (addr[0], addr[1] - addr[1] + 1, msg.decode('utf-8')))
clients[('127.0.0.1', 5001)] = 'alice'
clients[('127.0.0.1', 5002)] = 'bob'
broadcast('hi 你好'.encode(), ('127.0.0.1', 5001))
del clients[('127.0.0.1', 5001)]
print(len(clients), ('127.0.0.1', 5002) in clients, list(clients.values()))
data = b'GET / HTTP/1.1\r\nHost: x\r\n\r\nbody'
head, _, body = data.partition(b'\r\n\r\n')
lines = head.split(b'\r\n')
method, path, ver = lines[0].decode().split()
headers = dict(l.decode().split(': ', 1) for l in lines[1:])
print(method, path, ver, headers, body, body.upper(), data.count(b'\r\n'), data[:3], data[-4:], data[0], list(data[:2]))
msg = 'hello'
packet = len(msg).to_bytes(4, 'big') + msg.encode()
n = int.from_bytes(packet[:4], 'big')
print(packet, n, packet[4:4 + n].decode(), bytes([65, 66]), b'ab' + bytes(2), b'x' * 3, b'a b'.split(), b' x '.strip())
buf = bytearray()
buf += b'abc'
buf.extend(b'de')
print(buf, bytes(buf), buf[1:3], len(buf), buf.decode(), buf.hex(), bytes.fromhex('4142'))
del buf[:2]
print(buf, b'abc'.replace(b'b', b'B'), b'abc'.find(b'z'), b'%d bytes' % 5, b'a' in b'abc', 97 in b'abc')
s = 'Hello, World'
print(s.lower().count('o'), s.index('W'), s.partition(', '), s.split(', ', 1), ','.join(['a', 'b']), s.encode('latin-1'), s.isalpha(), '123'.isdigit(), ' '.isspace(), 'Ab'.isupper())
print(repr(s[100:]), s[-5:], s[::2], len(s), s * 0, str(3) + 'x', 'a%sb' % None, 'x'.join('abc'), 'abc'.upper().lower(), 'a' < 'b', 'abc' > 'abd', sorted('cab'))
print(chr(20320), ord('好'), hex(255), bin(5), oct(8), int('ff', 16), int('101', 2), '%c' % 65, str(1.0), str(10**20), 2**64, -2**63, 10**20 // 3, 7.0 // 2, 7 % -3, -7 % 3, round(3.5), round(4.5), round(-0.5))
nums = [5, 3, 8, 1]
nums.sort(); print(nums); nums.sort(reverse=True); print(nums)
nums.append(9); nums.insert(0, 0); nums.remove(8); print(nums, nums.pop(), nums.pop(0), nums, nums.index(3), nums.count(5))
nums.extend([7, 7]); print(nums[::-1], nums[1:-1], min(nums), max(nums), sum(nums) / len(nums), list(reversed(nums)), nums * 2)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix], list(zip(*matrix)), [x for row in matrix for x in row if x % 2 == 0])
a, b = 1, 2
a, b = b, a
first, *middle, last = range(5)
print(a, b, first, middle, last, (lambda *a: a)(*range(3)), {**{'a': 1}, 'b': 2}, [*'ab', *[1]])
print(any([]), all([]), bool(''), bool(' '), bool([0]), not None, None is None, 1 == 1.0, [] == [], () == (), {} == dict())
x = 5
print(1 < x < 10, x if x > 3 else -x, x and 'yes' or 'no', 0 or None or 'z', [] or {}, x.bit_length(), isinstance(True, int), type(True) is bool)
