# asyncio's classes name the submodule CPython defines them in (asyncio.locks.Event, _asyncio.Future),
# in their repr and in an uncaught exception's line; asyncio.Protocol and BaseProtocol exist.
# exit: 1
import asyncio
print(asyncio.Future, asyncio.Task, asyncio.Handle, asyncio.TimerHandle, asyncio.Server)
print(asyncio.Event, asyncio.Lock, asyncio.Semaphore, asyncio.BoundedSemaphore, asyncio.Condition)
print(asyncio.Queue, asyncio.PriorityQueue, asyncio.LifoQueue, asyncio.QueueEmpty, asyncio.QueueFull)
print(asyncio.StreamReader, asyncio.StreamWriter, asyncio.StreamReaderProtocol, asyncio.Timeout)
print(asyncio.InvalidStateError, asyncio.LimitOverrunError, asyncio.IncompleteReadError)
print(asyncio.BaseProtocol, asyncio.Protocol, asyncio.Protocol.__mro__)
print(issubclass(asyncio.StreamReaderProtocol, asyncio.Protocol), asyncio.Protocol().data_received(b'x'))
print(asyncio.Event.__module__, asyncio.Queue.__name__, asyncio.Queue.__qualname__)
raise asyncio.IncompleteReadError(b'ab', 5)
