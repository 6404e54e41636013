# shlex (issue 9): a command line a chat server receives over a socketpair, split as a shell
# does (quotes, escapes, comments, posix and non-posix), quote() and join() of arguments with
# spaces and quotes, the shlex class with punctuation_chars, and the ValueErrors.
import shlex
import socket

a, b = socket.socketpair()
a.sendall(b'/msg "Alice Smith" \\"quoted\\" now # not a comment\n')
line = b.recv(1024).decode().strip()
a.close()
b.close()
print(shlex.split(line))
print(shlex.split(line, comments=True), shlex.split(line, posix=False))
for s in ['a "b c" d', "a 'b \\\" c' d", 'x\\ y z', '"a\\b" "a\\"b" \'a\\b\'', 'one   two\tthree\nfour', '""', "'' x",
          'a#b c', 'cmd --opt=val "arg with spaces"', 'ßtraße "ü x"', 'a"b"c\'d\'e']:
    print(repr(s), shlex.split(s), shlex.split(s, posix=False))
print(shlex.split('ls # comment', comments=True), shlex.split(''))
for arg in ['', 'plain', 'two words', "it's", '$HOME', 'a"b', 'x=1,y@z%', 'tab\there', 'ünï']:
    print(shlex.quote(arg))
args = ['scp', 'my file.txt', "host:it's here", '--port=22']
print(shlex.join(args), shlex.split(shlex.join(args)) == args)
lex = shlex.shlex('a && b || (c; d) > out.txt', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('key = "value here" # note', posix=True)
print([t for t in lex], lex.lineno)
lex = shlex.shlex('x y')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.error_leader('f', 3))
for bad in ['"open', "it's", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)
