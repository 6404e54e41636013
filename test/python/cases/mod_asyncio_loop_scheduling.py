# asyncio's loop scheduling (provenance rewrite of asyncio part 1): call_soon runs callbacks in FIFO
# order, call_later/call_at by deadline (ties in the order scheduled), a cancelled Handle never runs,
# TimerHandle.when(), loop.time() is monotonic, Handle/TimerHandle reprs, call_soon's errors,
# the loop's is_running/is_closed, and run_until_complete on a new loop.
import asyncio

log = []

def note(*args):
    log.append(args)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed(), loop.get_debug())
    t0 = loop.time()
    h1 = loop.call_later(0.03, note, 'later 0.03')
    loop.call_later(0.01, note, 'later 0.01')
    loop.call_later(0.01, note, 'later 0.01 second')
    loop.call_at(t0 + 0.02, note, 'at 0.02')
    loop.call_soon(note, 'soon 1')
    h2 = loop.call_soon(note, 'soon 2 cancelled')
    loop.call_soon(note, 'soon 3', 3)
    h2.cancel()
    print(h2.cancelled(), h1.cancelled())
    print(type(h1).__name__, h1.when() >= t0 + 0.03, h1.when() <= loop.time() + 0.03)
    print(repr(h2))
    h4 = loop.call_soon(print, 'hi')
    print(repr(h4))
    h4.cancel()
    h5 = loop.call_later(10, note)
    h5.cancel()
    print(repr(h5).startswith('<TimerHandle cancelled when='))
    await asyncio.sleep(0.06)
    for entry in log:
        print(entry)
    print(loop.time() >= t0 + 0.03)
    try:
        loop.call_later(None, note)
    except TypeError as e:
        print('TypeError', e)
    hh = loop.call_soon(note, 'x')
    print(isinstance(hh, asyncio.Handle), isinstance(h1, asyncio.TimerHandle), isinstance(h1, asyncio.Handle))

asyncio.run(main())

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
async def answer():
    await asyncio.sleep(0)
    return 42
print(loop.run_until_complete(answer()))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'from call_soon')
print(loop.run_until_complete(fut))
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(note)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    loop.run_until_complete(answer())
except RuntimeError as e:
    print('RuntimeError', e)

try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError', e)
async def nested():
    coro = answer()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    return 'nested done'
print(asyncio.run(nested()))
print(asyncio.run(answer(), debug=False))
# asyncio.run has called set_event_loop (None at its end): get_event_loop() no longer makes a loop.
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError', e)
