# Fixed-point formatting from the float's exact value, as C's printf and Python's format: exact ties
# round to even (f'{2.5:.0f}' is '2'), 2.675 is really 2.67499…, no exponent from 1e21 on.
print(f'{0.125:.2f} {2.5:.0f} {0.5:.0f} {1.5:.0f} {0.375:.2f} {2.675:.2f} {1e22:.0f} {-2.5:.0f} {0.025:.1%} {0.125:.1%}', '%.0f %.2f' % (2.5, 0.125), '{:.1f}'.format(0.25), format(0.75, '.1f'))
print('%.2f %.3f %.1f %.0f %.2f %.5f' % (2.675, 1.0005, 0.05, 1e22, 1e-10, 123456.123455), f'{1.5e300:.1f}'[:12], f'{-0.001:.2f}', '%.2f' % -0.001, f'{5e-324:.2f}', f'{0.5:.0%}', '%10.3f|%-10.1f|' % (3.14159, -2.25))
for v in [0.045, 1.115, 2.5, 3.5, 0.0625, 1234.5678, 99.995, 1/3]:
    print('%.1f %.2f %.3f' % (v, v, v), f'{v:.2f}')
