# bisect (issue 9): bisect_left/right, bisect, insort_left/right, insort, with lo/hi and key=
# (applied to the list's items; insort applies it to x too), lo < 0's ValueError; a sorted
# scoreboard kept with insort from lines received over a socketpair.
import bisect
import socket

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, hi=4), bisect.bisect(a, 2, lo=4))
print(bisect.bisect_right([], 1), bisect.bisect_left([1], 1, hi=None))

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0, 0, 3)
bisect.insort(b, 7, lo=2, hi=9)
print(b)

records = [(1, 'a'), (3, 'c'), (5, 'e')]
print(bisect.bisect_left(records, 3, key=lambda r: r[0]), bisect.bisect_right(records, 3, key=lambda r: r[0]))
bisect.insort(records, (4, 'd'), key=lambda r: r[0])
bisect.insort_left(records, (3, 'c2'), key=lambda r: r[0])
bisect.insort_right(records, (3, 'c3'), key=lambda r: r[0])
print(records)

try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print('ValueError', e)
try:
    bisect.insort([1, 2], 'x')
except TypeError as e:
    print('TypeError', e)

left, right = socket.socketpair()
left.sendall(b'ann 30\nbob 75\ncat 50\ndan 75\neve 10\n')
left.close()
data = b''
while True:
    chunk = right.recv(8)
    if not chunk:
        break
    data += chunk
right.close()
board = []
for line in data.decode().splitlines():
    name, score = line.split()
    bisect.insort(board, (-int(score), name))
    print(board)
print([f'{name}:{-score}' for score, name in board])
