# Subset: input() with and without a prompt, reading numbers, an empty line, and EOFError at the end.
name = input('name: ')
port = int(input('port: '))
print('hello', name, 'port', port, type(port).__name__)
empty = input()
print(repr(empty), not empty)
spaced = input('> ')
print(repr(spaced), spaced.split())
lines = []
while True:
    try:
        lines.append(input())
    except EOFError as e:
        print('EOFError', repr(str(e)))
        break
print(lines)
