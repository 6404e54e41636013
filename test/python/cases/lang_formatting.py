# Subset: f-strings (!r, !s, format specs, nested, expressions), % on str and bytes, str.format.
name = 'B'
addr = ('127.0.0.1', 9999)
data = b'hello'
pi = 3.14159265
n = 255
print(f'{name} from {addr}: {data}')
print(f'{name!r} {data!r} {addr!s} {"quoted"!r}')
print(f'[{name:>5}] [{name:<5}] [{name:^5}] [{name:*^7}]')
print(f'{pi:.2f} {pi:8.3f}| {pi:08.3f} {pi:e} {pi:.3g} {0.5:%} {0.25:.1%}')
print(f'{n:x} {n:X} {n:#x} {n:o} {n:b} {n:08b} {n:,} {1234567:,} {1234567:_}')
print(f'{42:5d}|{42:<5d}|{-42:+d}|{42:+d}|{42: d}')
print(f'{len(data)} bytes, {len(data) * 8} bits, {"yes" if data else "no"}')
width = 6
print(f'{name:>{width}}|{pi:.{2}f}')
print(f'{{literal braces}} {addr[0]}:{addr[1]}')
print(f'{3.0} {7 / 2} {7 // 2} {2 ** 64}')
print('%s:%d' % addr)
print('%s says %r' % (name, data))
print('%5s|%-5s|%05d|%.3f|%x|%o|%e|%%' % ('ab', 'cd', 42, pi, 255, 8, 12345.678))
print('%(host)s:%(port)d' % {'host': '127.0.0.1', 'port': 80})
print('%c%c' % (72, 'i'), '%s' % [1, 2], '%s' % (addr,))
print(b'Hello, %s!' % b'Michael', b'%d bytes' % 5, b'%5b|' % b'ab', b'%x' % 255)
print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{:>8}|{:08.2f}|{!r}'.format('right', pi, 'r'))
print('{addr[0]}:{addr[1]}'.format(addr=addr), '{0.real}'.format(5))
print(format(3.5, '.2f'), format(10, 'b'), format('x', '>3'))
print(str(1.0), str(10 ** 20), repr('it\'s'), repr("say \"hi\""))
