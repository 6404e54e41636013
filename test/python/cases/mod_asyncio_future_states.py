# asyncio.Future by hand (provenance rewrite of asyncio part 1): its states and reprs, result() and
# exception() before and after, InvalidStateError messages, done callbacks run by call_soon in the
# order added (a removed one does not run, a late one is still scheduled), cancel() with a message,
# set_exception with a class, StopIteration refused, and awaiting a future.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut.done(), fut.cancelled(), fut.get_loop() is loop)
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    order = []
    def cb(name):
        def callback(f):
            order.append((name, f.result()))
        return callback
    a, b, c = cb('a'), cb('b'), cb('c')
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(c)
    fut.add_done_callback(b)
    print(fut.remove_done_callback(b), fut.remove_done_callback(b))
    fut.set_result([1, 2])
    print(repr(fut), order)
    await asyncio.sleep(0)
    print(order)
    fut.add_done_callback(cb('late'))
    print(order)
    await asyncio.sleep(0)
    print(order)
    try:
        fut.set_result(3)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    print(fut.cancel(), fut.exception())

    f2 = loop.create_future()
    f2.set_exception(ValueError)
    print(repr(f2), type(f2.exception()).__name__)
    try:
        f2.result()
    except ValueError as e:
        print('ValueError', repr(e))
    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration('x'))
    except TypeError as e:
        print('TypeError', e)
    f3.set_exception(KeyError('k'))
    try:
        await f3
    except KeyError as e:
        print('awaited KeyError', e)

    f4 = loop.create_future()
    print(f4.cancel('because'), f4.cancel(), f4.cancelled(), f4.done(), repr(f4))
    try:
        f4.result()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    try:
        f4.exception()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    try:
        f4.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)

    shown = loop.create_future()
    shown.add_done_callback(print)
    print(repr(shown))
    shown.set_result('printed by its callback')
    await asyncio.sleep(0)
    f5 = loop.create_future()
    loop.call_later(0.01, f5.set_result, 'later')
    print(await f5)
    f6 = asyncio.Future()
    f6.set_result(None)
    print(repr(f6), await f6)
    print(asyncio.isfuture(f6), asyncio.isfuture(main()), asyncio.iscoroutine(f6))
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(issubclass(asyncio.InvalidStateError, Exception), asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
