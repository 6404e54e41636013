# asyncio.run's SIGINT handler (CPython's Runner): the first SIGINT cancels the main task, whose
# finally and async with close the server, and run() raises KeyboardInterrupt; the handler is
# default_int_handler again afterwards, and a second SIGINT raises KeyboardInterrupt at once.
import asyncio
import signal


async def main():
    server = await asyncio.start_server(lambda r, w: None, '127.0.0.1', 0)
    try:
        async with server:
            print('handler is ours:', signal.getsignal(signal.SIGINT) is not signal.default_int_handler)
            signal.raise_signal(signal.SIGINT)
            print('the coroutine runs on to its next await')
            await server.serve_forever()
    except asyncio.CancelledError:
        print('cancelled, serving:', server.is_serving())
        raise
    finally:
        print('finally, serving:', server.is_serving())


try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e), type(e.__context__).__name__)
print('default again:', signal.getsignal(signal.SIGINT) is signal.default_int_handler)


async def twice():
    signal.raise_signal(signal.SIGINT)
    try:
        signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        print('second SIGINT raised where the program was')
    await asyncio.sleep(0)


try:
    asyncio.run(twice())
except KeyboardInterrupt:
    print('then run() raised KeyboardInterrupt')


async def caught():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return 'the main task chose to finish'


async def main2():
    asyncio.get_running_loop().call_soon(signal.raise_signal, signal.SIGINT)
    return await caught()


print(asyncio.run(main2()))
