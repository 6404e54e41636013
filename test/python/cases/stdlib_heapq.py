# heapq (issue 9): the heap's list after each push/pop/heapify/heapreplace/heappushpop is CPython's
# (the same sift order), nsmallest/nlargest with key=, a stable lazy merge, the C module's errors;
# a priority message queue whose messages come in over a socketpair.
import heapq
import socket

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(h, x)
    print(h)
while h:
    print(heapq.heappop(h), h)

data = [31, 4, 15, 9, 26, 5, 35, 8, 97, 93, 23, 84, 62, 64, 33, 83, 27, 95]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 50), data)
print(heapq.heappushpop(data, 1), data)
print(heapq.heappushpop(data, 40), data)
print(heapq.heappushpop([], 3))

words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'plum']
print(heapq.nsmallest(3, words), heapq.nlargest(3, words))
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(2, words, key=len))
print(heapq.nlargest(1, [3, 1, 2]), heapq.nsmallest(0, [1]), heapq.nsmallest(10, [2, 1]), heapq.nlargest(2, iter([1, 5, 3])))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(['a1', 'b1'], ['a2', 'b2'], key=lambda s: s[0])))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
print(type(heapq.merge([1])).__name__)

for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heapify((1,))):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
bad = [1]
try:
    heapq.heappush(bad, 'a')
except TypeError as e:
    print('TypeError', e, bad)

class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return self.priority < other.priority
    def __repr__(self):
        return f'Task({self.priority}, {self.name!r})'

tasks = []
for p, n in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2')]:
    heapq.heappush(tasks, Task(p, n))
print(tasks)
print([heapq.heappop(tasks).name for _ in range(4)])

sender, receiver = socket.socketpair()
lines = ['3 low: tidy logs', '1 urgent: restart', '2 normal: reply', '1 urgent: page', '5 later: report']
sender.sendall(''.join(line + '\n' for line in lines).encode())
sender.close()
received = b''
while True:
    chunk = receiver.recv(7)
    if not chunk:
        break
    received += chunk
receiver.close()
queue = []
for seq, line in enumerate(received.decode().splitlines()):
    prio, text = line.split(' ', 1)
    heapq.heappush(queue, (int(prio), seq, text))
    print('queued', queue[0])
print(queue)
while queue:
    prio, seq, text = heapq.heappop(queue)
    print(prio, seq, text)
