# A UDP discovery exchange on loopback (SO_BROADCAST set, as broadcast tutorials do, but sent to
# 127.0.0.1): DISCOVER/OFFER as JSON tagged with uuid.uuid4() request ids; then the uuid module
# (UUID's forms and attributes, uuid1/3/4/5, the namespaces, its errors).
import socket
import threading
import json
import uuid

NODE_ID = 'node-42'

responder = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
responder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
responder.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
responder.bind(('127.0.0.1', 0))
rport = responder.getsockname()[1]
print('broadcast opt:', responder.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))

def respond():
    for _ in range(2):
        data, addr = responder.recvfrom(1024)
        msg = json.loads(data)
        if msg['type'] == 'DISCOVER':
            reply = {'type': 'OFFER', 'id': NODE_ID, 'reqid': msg['reqid']}
            responder.sendto(json.dumps(reply).encode(), addr)

t = threading.Thread(target=respond)
t.start()
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
client.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
client.settimeout(2)
for i in range(2):
    reqid = str(uuid.uuid4())
    client.sendto(json.dumps({'type': 'DISCOVER', 'reqid': reqid}).encode(), ('127.0.0.1', rport))
    data, server = client.recvfrom(1024)
    offer = json.loads(data.decode())
    print(offer['type'], offer['id'], offer['reqid'] == reqid, len(reqid), reqid.count('-'))
    print(server[0] == '127.0.0.1')
t.join()
u = uuid.uuid4()
print(type(u).__name__, u.version, len(u.hex), str(u) == str(uuid.UUID(str(u))))
print(uuid.UUID('12345678-1234-5678-1234-567812345678'))
print(repr(uuid.UUID('12345678123456781234567812345678')))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
client.close(); responder.close()
import uuid
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.node)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u)
print(uuid.UUID(int=5), uuid.UUID(int=5, version=4), uuid.UUID('urn:uuid:12345678123456781234567812345678'))
print(u < uuid.UUID(int=2**127), {u: 1}[uuid.UUID(str(u))], sorted([uuid.UUID(int=9), uuid.UUID(int=3)]))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'http://example.com/'), uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'), uuid.NAMESPACE_X500)
a = uuid.uuid1()
print(a.version, a.variant, len(str(a)), a != uuid.uuid1(), uuid.uuid4().variant)
print(str(uuid.uuid4())[14], uuid.uuid4().hex[12], f'{uuid.UUID(int=1)}', '%s' % uuid.UUID(int=2))
for bad in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b'ab'), lambda: uuid.UUID(int=1, version=9), lambda: uuid.UUID('12345678123456781234567812345678', int=3), lambda: uuid.uuid5(uuid.NAMESPACE_DNS, b'x')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(u), isinstance(u, uuid.UUID), str(u) == u.__str__())
