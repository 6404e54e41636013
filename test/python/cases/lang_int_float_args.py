# int() and float() of values they refuse (None, a list: TypeError, not 0), of bytes and of other bases.
for v in [None, [1], {}, (1,), b'12', bytearray(b'3'), 3.9, True, '0x1f']:
    try: print(int(v))
    except Exception as e: print(type(e).__name__, e)
for v in [None, [1], '1e3', b'2.5', 'nan', ' 7 ']:
    try: print(float(v))
    except Exception as e: print(type(e).__name__, e)
print(int('0x1f', 16), int('ff', 16), int('0b11', 0), int(' 12 '), int('1_000'))
