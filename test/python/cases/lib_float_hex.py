# float.hex() and float.fromhex() as CPython's floatobject.c writes and reads them (issue 9): 13 hex
# digits, subnormals as 0x0.…p-1022, correct rounding (ties to even), its ValueError and OverflowError.
vals = [1.5, 0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e+308,
        float('inf'), float('-inf'), float('nan'), 3.141592653589793, 1/3, 123456789.0, 2.0**-1030]
for v in vals:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, repr(back), back == v or repr(back) == 'nan')
for s in ['0x1.8p1', '  0X1P-2 ', '-0x.8', '0x1.', '1', 'ff', '0xA.Bp+3', 'inf', '-Infinity', 'NaN', '+nan',
          '0x1.fffffffffffff7ffp+1023', '0x0.00000000000008p-1022', '0x0.00000000000018p-1022',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1p-1075', '0x1.0000001p-1075', '0x1p-1080', '0x' + '0' * 40 + '1p+160',
          '0x1.8p1'.upper(), '-0x0p0', '0x1234567890abcdef1234p-10']:
    print(repr(s), repr(float.fromhex(s)))
print(repr((2.0).fromhex('0x1p3')), float.fromhex('0x1p3').hex())
for bad in ['', '0x', 'x1', '0x1p', '1.2.3', '0xg', '0x1p1.5', 'infx', '0x1 p2', '0x1p+1024', '0x2p1023', '0x1.fffffffffffff8p+1023x']:
    try:
        print(repr(float.fromhex(bad)))
    except (ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    float.fromhex(5)
except TypeError as e:
    print('TypeError', e)
print(float.hex(2.0), float.fromhex.__name__)
