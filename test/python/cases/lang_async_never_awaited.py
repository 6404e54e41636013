# compare: stderr
# A coroutine dropped without await (issue 9): CPython's RuntimeWarning, where the statement drops it
# (a function's and a method's), and the program goes on.
import asyncio
async def main():
    return 5
main()
print("after")
class A:
    async def m(self):
        pass
def f():
    A().m()
f()
print('end')
