# locals() and vars() in a class body return the class namespace itself, one dict that fills as
# the body runs: names bound after the call (assignments, defs, for targets) show up in it, and
# assigning or deleting through it binds or unbinds the class attribute.
class C:
    """Doc."""
    l = locals()
    print(l)
    y = 2
    def m(self): return 1
    print(sorted(l))
    for i in range(2):
        z = i
    l['w'] = 5
    print(w if False else 'x', sorted(l))
    del l['z']
    v = vars()
    print(v is l, 'z' in l, len(l))
print(C.w, hasattr(C, 'z'), sorted(k for k in C.l if not k.startswith('__')))
