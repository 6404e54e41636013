# The tutorial's UDP "QQ chat": user A sends to user B, B replies to each message, 'quit' ends the chat.
from socket import *
import socket

user_a = socket.socket(AF_INET, SOCK_DGRAM)
user_a.bind(('127.0.0.1', 0))
user_b = socket.socket(AF_INET, SOCK_DGRAM)
user_b.bind(('127.0.0.1', 0))
user_a.settimeout(2)
user_b.settimeout(2)
b_addr = user_b.getsockname()

script = ['你好，我是A', 'how are you?', 'quit']
replies = {'你好，我是A': '你好A，我是B', 'how are you?': 'fine, thanks'}

for line in script:
    user_a.sendto(line.encode('utf-8'), b_addr)
    data, a_addr = user_b.recvfrom(1024)
    text = data.decode('utf-8')
    print('[B] from %s:%s: %s' % (a_addr[0], 'A' if a_addr[1] == user_a.getsockname()[1] else '?', text))
    if text == 'quit':
        print('[B] chat over')
        break
    user_b.sendto(replies[text].encode('utf-8'), a_addr)
    reply, from_addr = user_a.recvfrom(1024)
    print('[A] B says:', reply.decode('utf-8'), from_addr == b_addr)

user_a.close()
user_b.close()
print('both closed', user_a.fileno(), user_b.fileno())
