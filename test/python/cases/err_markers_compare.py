# exit: 1
# compare: stderr
# A failing comparison that is part of its line is marked whole (^^^^^^^^), as CPython 3.11 does.
def check(n):
    if n < 'a': return 1
check(3)
