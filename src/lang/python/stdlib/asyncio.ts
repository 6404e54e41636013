// Python's asyncio (Lib/asyncio, CPython 3.11) as tutorials use it: asyncio.run, tasks, sleep, timeout,
// gather, wait_for, wait, as_completed, shield, Queue, Event, Lock, Semaphore, Condition, the
// event loop's call_soon/call_later, sock_* and run_in_executor, and the streams (start_server,
// open_connection, StreamReader, StreamWriter; Protocol for loop.create_server). Written in Python, run once by the first import,
// as dataclasses' is, and built as CPython's is: coroutines are generators (runtime/generator.ts
// PyCoroutine) that a Task steps with send() and throw(); the loop is BaseEventLoop._run_once
// over a selectors.DefaultSelector on socklab's real sockets (a socketpair is its self-pipe), so
// callbacks run in CPython's FIFO order of readiness and a blocking call in a coroutine (a
// blocking recv(), time.sleep) holds the whole loop, as it does in CPython.
// TaskGroup is Lib/asyncio/taskgroups.py's. Not here: subprocesses, SSL, datagram endpoints, Unix sockets,
// contextvars, executors other than one thread per call, the warnings of never-retrieved results.
// Provenance: much of the Python source below is CPython 3.11's own Lib/asyncio, kept line for line
// where the behaviour depends on it (Python Software Foundation License Version 2;
// Copyright (c) 2001-2023 Python Software Foundation; all rights reserved).
import { native } from '../runtime/call.ts';
import { CancelledError } from '../runtime/exceptions.ts';
import { takeLiveAsyncGenerators } from '../runtime/generator.ts';

/** The natives the source uses. */
export const ASYNCIO_NATIVES: Record<string, unknown> = {
  _CancelledError: CancelledError,
  _live_asyncgens: native('_live_asyncgens', () => takeLiveAsyncGenerators()),
};

export const ASYNCIO_SOURCE = String.raw`
import collections as _collections
import heapq as _heapq
import selectors as _selectors
import signal as _signal
import socket as _socket
import sys as _sys
import threading as _threading
import time as _time

CancelledError = _CancelledError
TimeoutError = TimeoutError


class InvalidStateError(Exception):
    pass


class LimitOverrunError(Exception):
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_running_loop = None
_event_loop = None
_current_tasks = {}
_all_tasks = set()
_task_counter = [0]


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'


def isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None


def _get_running_loop():
    return _running_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def new_event_loop():
    return SelectorEventLoop()


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


# ---- Handles ----------------------------------------------------------------------------------

def _callback_repr(fn):
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None)
    return name if name is not None else repr(fn)


class Handle:
    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_callback_repr(self._callback) + '()')
        return '<{}>'.format(' '.join(info))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_callback_repr(self._callback)}()',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


# ---- Futures and tasks ------------------------------------------------------------------------

class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._log_traceback = False

    def _state_repr(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={self._result!r}')
        return info

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, ' '.join(self._state_repr()))

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        filtered = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(filtered)
        if removed:
            self._callbacks[:] = filtered
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            _task_counter[0] += 1
            self._name = f'Task-{_task_counter[0]}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._loop.call_soon(self._step)
        _all_tasks.add(self)

    def __repr__(self):
        info = self._state_repr()
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro={self._coro!r}')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return '<{} {}>'.format(type(self).__name__, ' '.join(info))

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as failed:
            Future.set_exception(self, failed)
            raise
        except BaseException as failed:
            Future.set_exception(self, failed)
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if result._loop is not self._loop:
                    self._loop.call_soon(self._step, RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop'))
                elif blocking:
                    if result is self:
                        self._loop.call_soon(self._step, RuntimeError(f'Task cannot await on itself: {self!r}'))
                    else:
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self._wakeup)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if self._fut_waiter.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    self._loop.call_soon(self._step, RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}'))
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {result!r}'))
        finally:
            _current_tasks.pop(self._loop, None)
            if self.done():
                _all_tasks.discard(self)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(coro_or_future, '__await__'):
            async def _wrap_awaitable(awaitable):
                return await awaitable
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


# ---- Sleeping, gathering, waiting -------------------------------------------------------------

class _Sleep0:
    # A bare yield in a generator-based coroutine: the task lets every other ready callback run once.
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    state = {'finished': 0}
    children = []
    arg_to_fut = {}
    loop = None

    def _done_callback(fut):
        state['finished'] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return
        if state['finished'] == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    res = f._make_cancelled_error()
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    outer = None
    for arg in coros_or_futures:
        key = id(arg)
        if key not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            if fut is not arg:
                fut._log_destroy_pending = False
            arg_to_fut[key] = fut
        else:
            fut = arg_to_fut[key]
        children.append(fut)
    nfuts = len(arg_to_fut)
    outer = _GatheringFuture(children, loop=loop)
    seen = set()
    for fut in children:
        if id(fut) not in seen:
            seen.add(id(fut))
            fut.add_done_callback(_done_callback)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = set(fs)
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done = Queue()
    timeout_handle = [None]

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle[0] is not None:
            timeout_handle[0].cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle[0] = loop.call_later(timeout, _on_timeout)
    return [_wait_for_one() for _ in range(len(todo))]


class Timeout:
    # timeouts.Timeout (3.11): the task is cancelled when the time comes, and the CancelledError
    # that ends the block is TimeoutError at its exit.
    def __init__(self, when):
        self._state = 'CREATED'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def __repr__(self):
        info = ['']
        if self._state == 'ENTERED':
            info.append(f'when={self._when}')
        return f"<Timeout [{self._state.lower()}]{' '.join(info)}>"

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'ENTERED':
            raise RuntimeError(f'Timeout has not been entered')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('EXPIRING', 'EXPIRED')

    async def __aenter__(self):
        self._state = 'ENTERED'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'EXPIRING':
            self._state = 'EXPIRED'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'ENTERED':
            self._state = 'EXITED'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'EXPIRING'
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---- TaskGroup (Lib/asyncio/taskgroups.py) ----------------------------------------------------

class TaskGroup:
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancellation_error = None
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if et is not None:
            if et is CancelledError:
                if self._parent_cancel_requested and not self._parent_task.uncancel():
                    pass
                else:
                    propagate_cancellation_error = exc
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro, name=name)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.add(task)
            task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ---- The event loop ---------------------------------------------------------------------------

class SelectorEventLoop:
    def __init__(self, selector=None):
        self._selector = _selectors.DefaultSelector() if selector is None else selector
        self._ready = _collections.deque()
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._running = False
        self._clock_resolution = 1e-9
        self._exception_handler = None
        self._debug = False
        self._ssock, self._csock = _socket.socketpair()
        self._ssock.setblocking(False)
        self._csock.setblocking(False)
        self._add_reader(self._ssock.fileno(), self._read_from_self)

    def __repr__(self):
        return f'<_UnixSelectorEventLoop running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>'

    def _read_from_self(self):
        while True:
            try:
                data = self._ssock.recv(4096)
                if not data:
                    break
            except (BlockingIOError, InterruptedError):
                break

    def _write_to_self(self):
        try:
            self._csock.send(b'\0')
        except OSError:
            pass

    # Scheduling.
    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = self.call_soon(callback, *args)
        self._write_to_self()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        _heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        pass

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # Running.
    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def stop(self):
        self._stopping = True

    def run_forever(self):
        global _running_loop
        self._check_closed()
        self._check_running()
        old = _running_loop
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = old

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)

        def _done(fut):
            fut._loop.stop()

        future.add_done_callback(_done)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._remove_reader(self._ssock.fileno())
        self._ssock.close()
        self._csock.close()
        self._selector.close()

    async def shutdown_asyncgens(self):
        closing_agens = _live_asyncgens()
        if not closing_agens:
            return
        async def close(agen):
            await agen.aclose()
        results = await gather(*[close(ag) for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        pass

    def _run_once(self):
        while self._scheduled and self._scheduled[0]._cancelled:
            handle = _heapq.heappop(self._scheduled)
            handle._scheduled = False
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            timeout = min(max(0, when - self.time()), 86400)
        event_list = self._selector.select(timeout)
        self._process_events(event_list)
        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = _heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()

    # Errors in callbacks.
    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        print('\n'.join(lines), file=_sys.stderr)
        if exception is not None:
            import traceback
            traceback.print_exception(type(exception), exception, exception.__traceback__)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    # Readiness of file descriptors.
    def _add_reader(self, fd, callback, *args):
        handle = Handle(callback, args, self)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            self._selector.register(fd, _selectors.EVENT_READ, (handle, None))
        else:
            mask, (reader, writer) = key.events, key.data
            self._selector.modify(fd, mask | _selectors.EVENT_READ, (handle, writer))
            if reader is not None:
                reader.cancel()
        return handle

    def _remove_reader(self, fd):
        if self.is_closed() and fd != self._ssock.fileno():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        mask, (reader, writer) = key.events, key.data
        mask &= ~_selectors.EVENT_READ
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, (None, writer))
        if reader is not None:
            reader.cancel()
            return True
        return False

    def _add_writer(self, fd, callback, *args):
        handle = Handle(callback, args, self)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            self._selector.register(fd, _selectors.EVENT_WRITE, (None, handle))
        else:
            mask, (reader, writer) = key.events, key.data
            self._selector.modify(fd, mask | _selectors.EVENT_WRITE, (reader, handle))
            if writer is not None:
                writer.cancel()
        return handle

    def _remove_writer(self, fd):
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        mask, (reader, writer) = key.events, key.data
        mask &= ~_selectors.EVENT_WRITE
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, (reader, None))
        if writer is not None:
            writer.cancel()
            return True
        return False

    def add_reader(self, fd, callback, *args):
        self._add_reader(_fileno(fd), callback, *args)

    def remove_reader(self, fd):
        return self._remove_reader(_fileno(fd))

    def add_writer(self, fd, callback, *args):
        self._add_writer(_fileno(fd), callback, *args)

    def remove_writer(self, fd):
        return self._remove_writer(_fileno(fd))

    def _process_events(self, event_list):
        for key, mask in event_list:
            reader, writer = key.data
            if mask & _selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(key.fd)
                else:
                    self._ready.append(reader)
            if mask & _selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(key.fd)
                else:
                    self._ready.append(writer)

    # Socket operations on non-blocking sockets.
    async def sock_recv(self, sock, n):
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()
        self._add_reader(fd, self._sock_recv, fut, sock, n)
        fut.add_done_callback(lambda f: self._remove_reader(fd))
        return await fut

    def _sock_recv(self, fut, sock, n):
        if fut.done():
            return
        try:
            data = sock.recv(n)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(data)

    async def sock_sendall(self, sock, data):
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        fut = self.create_future()
        fd = sock.fileno()
        self._add_writer(fd, self._sock_sendall, fut, sock, memoryview(data), [n])
        fut.add_done_callback(lambda f: self._remove_writer(fd))
        return await fut

    def _sock_sendall(self, fut, sock, view, pos):
        if fut.done():
            return
        start = pos[0]
        try:
            n = sock.send(view[start:])
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
            return
        start += n
        if start == len(view):
            fut.set_result(None)
        else:
            pos[0] = start

    async def sock_accept(self, sock):
        fut = self.create_future()
        self._sock_accept(fut, sock)
        return await fut

    def _sock_accept(self, fut, sock):
        fd = sock.fileno()
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError):
            self._add_reader(fd, self._sock_accept, fut, sock)
            fut.add_done_callback(lambda f: self._remove_reader(fd))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result((conn, address))

    async def sock_connect(self, sock, address):
        fut = self.create_future()
        try:
            sock.connect(address)
        except (BlockingIOError, InterruptedError):
            fd = sock.fileno()
            self._add_writer(fd, self._sock_connect_cb, fut, sock, address)
            fut.add_done_callback(lambda f: self._remove_writer(fd))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)
        return await fut

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():
            return
        try:
            err = sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)

    def run_in_executor(self, executor, func, *args):
        import threading
        future = self.create_future()

        def work():
            try:
                result = func(*args)
            except BaseException as exc:
                self.call_soon_threadsafe(_copy_exception, future, exc)
            else:
                self.call_soon_threadsafe(_copy_result, future, result)

        threading.Thread(target=work, daemon=True).start()
        return future

    # Servers and connections.
    async def create_server(self, protocol_factory, host=None, port=None, *, family=_socket.AF_UNSPEC,
                            flags=_socket.AI_PASSIVE, sock=None, backlog=100, reuse_address=None,
                            reuse_port=None, start_serving=True, **kwds):
        if sock is None:
            if host == '':
                hosts = [None]
            elif isinstance(host, str) or host is None:
                hosts = [host]
            else:
                hosts = host
            sockets = []
            if reuse_address is None:
                reuse_address = True
            infos = []
            for h in hosts:
                for info in _socket.getaddrinfo(h, port, family, _socket.SOCK_STREAM, 0, flags):
                    if info not in infos:
                        infos.append(info)
            try:
                for af, socktype, proto, canonname, sa in infos:
                    s = _socket.socket(af, socktype, proto)
                    sockets.append(s)
                    if reuse_address:
                        s.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, True)
                    if af == _socket.AF_INET6:
                        s.setsockopt(_socket.IPPROTO_IPV6, _socket.IPV6_V6ONLY, True)
                    try:
                        s.bind(sa)
                    except OSError as err:
                        raise OSError(err.errno, f'error while attempting to bind on address {sa!r}: {err.strerror.lower()}') from None
            except BaseException:
                for s in sockets:
                    s.close()
                raise
        else:
            sockets = [sock]
        for s in sockets:
            s.setblocking(False)
        server = Server(self, sockets, protocol_factory, backlog)
        if start_serving:
            server._start_serving()
            await sleep(0)
        return server

    def _start_serving(self, protocol_factory, sock, server, backlog):
        self._add_reader(sock.fileno(), self._accept_connection, protocol_factory, sock, server, backlog)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()

    def _accept_connection(self, protocol_factory, sock, server, backlog):
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return None
            else:
                self.create_task(self._accept_connection2(protocol_factory, conn, {'peername': addr}, server))

    async def _accept_connection2(self, protocol_factory, conn, extra, server):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SocketTransport(self, conn, protocol, waiter, extra, server)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise

    async def create_connection(self, protocol_factory, host=None, port=None, *, family=0, proto=0, flags=0,
                                sock=None, local_addr=None, **kwds):
        if sock is None:
            infos = _socket.getaddrinfo(host, port, family, _socket.SOCK_STREAM, proto, flags)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            exceptions = []
            for af, socktype, proto, canonname, address in infos:
                s = _socket.socket(af, socktype, proto)
                s.setblocking(False)
                try:
                    if local_addr is not None:
                        s.bind(local_addr)
                    await self.sock_connect(s, address)
                except OSError as exc:
                    s.close()
                    exceptions.append(OSError(exc.errno, f'Connect call failed {address}'))
                    continue
                sock = s
                break
            if sock is None:
                if len(exceptions) == 1:
                    raise exceptions[0]
                if len({str(e) for e in exceptions}) == 1:
                    raise exceptions[0]
                raise OSError('Multiple exceptions: {}'.format(', '.join(str(e) for e in exceptions)))
        else:
            sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SocketTransport(self, sock, protocol, waiter, None, None)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol


def _copy_result(future, result):
    if not future.cancelled():
        future.set_result(result)


def _copy_exception(future, exc):
    if not future.cancelled():
        future.set_exception(exc)


def _fileno(fileobj):
    if isinstance(fileobj, int):
        return fileobj
    return fileobj.fileno()


DefaultEventLoopPolicy = None
AbstractEventLoop = SelectorEventLoop
BaseEventLoop = SelectorEventLoop


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got {!r}'.format(main))
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        if debug is not None:
            loop.set_debug(debug)
        task = loop.create_task(main)
        return _run_main_task(loop, task)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


def _run_main_task(loop, task):
    # Runner.run's SIGINT handler (Lib/asyncio/runners.py): the first Ctrl+C cancels the main
    # task, so its finally blocks and async with close its servers and sockets, and run() then
    # raises KeyboardInterrupt; a second Ctrl+C raises KeyboardInterrupt where the loop is.
    interrupts = 0
    sigint_handler = None

    def on_sigint(signum, frame):
        nonlocal interrupts
        interrupts += 1
        if interrupts == 1 and not task.done():
            task.cancel()
            loop.call_soon_threadsafe(lambda: None)
            return
        raise KeyboardInterrupt()

    if (_threading.current_thread() is _threading.main_thread()
            and _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler):
        sigint_handler = on_sigint
        _signal.signal(_signal.SIGINT, sigint_handler)
    try:
        return loop.run_until_complete(task)
    except CancelledError:
        if interrupts > 0 and task.uncancel() == 0:
            raise KeyboardInterrupt()
        raise
    finally:
        if sigint_handler is not None and _signal.getsignal(_signal.SIGINT) is sigint_handler:
            _signal.signal(_signal.SIGINT, _signal.default_int_handler)


def _cancel_all_tasks(loop):
    to_cancel = [t for t in _all_tasks if t._loop is loop and not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# ---- Synchronization and queues ---------------------------------------------------------------

# From here to the end: the synchronization primitives (asyncio.locks), the queues, the protocol
# base classes, the socket transport and Server behind loop.create_server/create_connection, and
# the streams. Written for socklab from the Python documentation and python3 3.11's observed
# behaviour (results, reprs, messages and the order in which waiters are woken). Left out: SSL
# and start_tls, BufferedProtocol, datagram and subprocess protocols, Unix-socket streams, the
# sendfile machinery, the ResourceWarnings of unclosed transports. This part imports what it uses
# itself, under its own names.
from collections import deque as _fifo
from heapq import heappush as _heap_push, heappop as _heap_pop
import socket as _net
import sys as _stdio


# A primitive is tied to the event loop that first makes it wait (asyncio.Lock() may be created
# before asyncio.run); using it later from another loop is an error, as in CPython.
class _LoopBound:
    _loop = None

    def _get_loop(self):
        current = get_running_loop()
        if self._loop is None:
            self._loop = current
        elif self._loop is not current:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return current


def _bracketed(obj, state, waiters):
    # '<asyncio.locks.Lock object at 0x...>' with its state inside: '[locked, waiters:2]'.
    plain = object.__repr__(obj)
    if waiters:
        state = f'{state}, waiters:{len(waiters)}'
    return f'<{plain[1:-1]} [{state}]>'


class Event(_LoopBound):
    def __init__(self):
        self._flag = False
        self._sleepers = _fifo()

    def __repr__(self):
        return _bracketed(self, 'set' if self._flag else 'unset', self._sleepers)

    def is_set(self):
        return self._flag

    def set(self):
        # Every task waiting now is woken, even if clear() follows at once.
        if self._flag:
            return
        self._flag = True
        for sleeper in self._sleepers:
            if not sleeper.done():
                sleeper.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if self._flag:
            return True
        sleeper = self._get_loop().create_future()
        self._sleepers.append(sleeper)
        try:
            await sleeper
            return True
        finally:
            self._sleepers.remove(sleeper)


class _AsyncWithAcquire(_LoopBound):
    # 'async with primitive:' acquires on entry (binding nothing) and releases on exit.
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AsyncWithAcquire):
    # Fair: a task that arrives while others wait (or while a woken one has not run yet) queues
    # behind them. The woken task takes the lock when it runs.
    def __init__(self):
        self._held = False
        self._queue_of_waiters = _fifo()

    def __repr__(self):
        return _bracketed(self, 'locked' if self._held else 'unlocked', self._queue_of_waiters)

    def locked(self):
        return self._held

    def _free_for_newcomer(self):
        if self._held:
            return False
        for pending in self._queue_of_waiters:
            if not pending.cancelled():
                return False
        return True

    async def acquire(self):
        if self._free_for_newcomer():
            self._held = True
            return True
        turn = self._get_loop().create_future()
        self._queue_of_waiters.append(turn)
        try:
            try:
                await turn
            finally:
                self._queue_of_waiters.remove(turn)
        except CancelledError:
            # Woken and then cancelled before running: hand the turn on.
            if not self._held:
                self._wake_head()
            raise
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._wake_head()

    def _wake_head(self):
        if self._queue_of_waiters:
            head = self._queue_of_waiters[0]
            if not head.done():
                head.set_result(True)


class Semaphore(_AsyncWithAcquire):
    # A counter of free slots. Waking a waiter hands it a slot at once (the counter drops when it is
    # woken, not when it runs), so newcomers cannot overtake the tasks already queued.
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._free = value
        self._queue_of_waiters = _fifo()

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._free}'
        return _bracketed(self, state, self._queue_of_waiters)

    def locked(self):
        if self._free == 0:
            return True
        for pending in self._queue_of_waiters:
            if not pending.cancelled():
                return True
        return False

    async def acquire(self):
        if not self.locked():
            self._free -= 1
            return True
        turn = self._get_loop().create_future()
        self._queue_of_waiters.append(turn)
        try:
            try:
                await turn
            finally:
                self._queue_of_waiters.remove(turn)
        except CancelledError:
            if turn.done() and not turn.cancelled():
                # We had been handed a slot: give it back to the next one.
                self._free += 1
                self._hand_slot()
            raise
        if self._free > 0:
            self._hand_slot()
        return True

    def release(self):
        self._free += 1
        self._hand_slot()

    def _hand_slot(self):
        for pending in self._queue_of_waiters:
            if not pending.done():
                self._free -= 1
                pending.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._ceiling = value
        super().__init__(value)

    def release(self):
        if self._free >= self._ceiling:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Condition(_AsyncWithAcquire):
    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self._queue_of_waiters = _fifo()

    def __repr__(self):
        return _bracketed(self, 'locked' if self._lock.locked() else 'unlocked', self._queue_of_waiters)

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def wait(self):
        if not self._lock.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self._lock.release()
        try:
            signal = self._get_loop().create_future()
            self._queue_of_waiters.append(signal)
            try:
                await signal
                return True
            finally:
                self._queue_of_waiters.remove(signal)
        finally:
            # Return holding the lock, as on entry; a cancellation that comes while taking it back
            # is raised once it is held.
            interrupted = None
            while True:
                try:
                    await self._lock.acquire()
                except CancelledError as exc:
                    interrupted = exc
                else:
                    break
            if interrupted is not None:
                raise interrupted

    async def wait_for(self, predicate):
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        if not self._lock.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        left = n
        for signal in self._queue_of_waiters:
            if left <= 0:
                break
            if not signal.done():
                signal.set_result(False)
                left -= 1

    def notify_all(self):
        self.notify(len(self._queue_of_waiters))


class Queue(_LoopBound):
    # A FIFO of items with an optional bound. Blocked get()s and put()s wait in arrival order; each
    # item taken out or put in wakes the first of the other side. Subclasses change the order
    # through _init/_put/_get over self._queue (PriorityQueue, LifoQueue).
    def __init__(self, maxsize=0):
        self._bound = maxsize
        self._getters = _fifo()
        self._putters = _fifo()
        self._open_tasks = 0
        self._all_done = Event()
        self._all_done.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _fifo()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def _describe(self):
        words = [f'maxsize={self._bound!r}']
        if getattr(self, '_queue', None):
            words.append(f'_queue={list(self._queue)!r}')
        if self._getters:
            words.append(f'_getters[{len(self._getters)}]')
        if self._putters:
            words.append(f'_putters[{len(self._putters)}]')
        if self._open_tasks:
            words.append(f'tasks={self._open_tasks}')
        return ' '.join(words)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._describe()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    @property
    def maxsize(self):
        return self._bound

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._bound <= self.qsize()

    @staticmethod
    def _wake_first(line):
        while line:
            candidate = line.popleft()
            if not candidate.done():
                candidate.set_result(None)
                return

    async def _wait_turn(self, line, blocked):
        # Wait in 'line' while blocked(); a task that was woken and then interrupted passes its
        # wake-up on, so that the item or the free slot meant for it is not lost.
        while blocked():
            ticket = self._get_loop().create_future()
            line.append(ticket)
            try:
                await ticket
            except BaseException:
                was_woken = ticket.done() and not ticket.cancelled()
                if not ticket.done():
                    ticket.cancel()
                if ticket in line:
                    line.remove(ticket)
                if was_woken and not blocked():
                    self._wake_first(line)
                raise

    async def put(self, item):
        if self.full():
            await self._wait_turn(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._open_tasks += 1
        self._all_done.clear()
        self._wake_first(self._getters)

    async def get(self):
        if self.empty():
            await self._wait_turn(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake_first(self._putters)
        return item

    def task_done(self):
        if self._open_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._open_tasks -= 1
        if self._open_tasks == 0:
            self._all_done.set()

    async def join(self):
        if self._open_tasks > 0:
            await self._all_done.wait()


class PriorityQueue(Queue):
    # Smallest item first: a binary heap (heapq) in a list.
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heap_push(self._queue, item)

    def _get(self):
        return _heap_pop(self._queue)


class LifoQueue(Queue):
    # Newest item first.
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# ---- Transports and streams -------------------------------------------------------------------

class BaseProtocol:
    # The callbacks every protocol may define; the defaults do nothing.
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    # A stream protocol: data_received(data) for each chunk, eof_received() when the peer shuts
    # down its side (a true result keeps the transport open for writing).
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


_STOPS_THE_LOOP = (SystemExit, KeyboardInterrupt)


def _call_without_argument(callback):
    return callback()


class _SocketTransport:
    # One connected non-blocking TCP socket on the loop's selector (CPython calls it
    # _SelectorSocketTransport, and so does its repr). Reading: every readable event is one recv()
    # handed to the protocol. Writing: write() sends what the kernel takes at once and keeps the
    # rest in a buffer, flushed when the socket is writable; above the high-water mark the protocol
    # is asked to pause_writing(), and resumed at the low-water mark. The protocol hears of the end
    # through connection_lost() in a later callback, after which the socket is closed.
    _recv_size = 256 * 1024
    _lost_writes_before_warning = 5

    def __init__(self, loop, sock, protocol, waiter, extra, server):
        self._loop = loop
        self._sock = sock
        self._fd = sock.fileno()
        self._proto = protocol
        self._owner = server
        # Bytes not yet sent: self._outgoing from self._out_start on (emptied when all are sent).
        self._outgoing = bytearray()
        self._out_start = 0
        self._pause_above = 64 * 1024
        self._resume_at = 16 * 1024
        self._shutting = False
        self._half_closed = False
        self._lost = 0
        self._reading_paused = False
        self._writing_paused = False
        self._watching_read = False
        self._watching_write = False
        self._info = dict(extra) if extra else {}
        self._info['socket'] = sock
        self._info['sockname'] = self._ask(sock.getsockname)
        if 'peername' not in self._info:
            self._info['peername'] = self._ask(sock.getpeername)
        try:
            # As CPython does for TCP: small writes leave at once.
            sock.setsockopt(_net.IPPROTO_TCP, _net.TCP_NODELAY, 1)
        except (OSError, AttributeError):
            pass
        if server is not None:
            server._attach()
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._begin_reading)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    @staticmethod
    def _ask(query):
        try:
            return query()
        except OSError:
            return None

    def __repr__(self):
        words = ['_SelectorSocketTransport']
        if self._sock is None:
            words.append('closed')
        elif self._shutting:
            words.append('closing')
        words.append(f'fd={self._fd}')
        if self._sock is not None:
            words.append('read=polling' if self._watching_read else 'read=idle')
            polling = 'polling' if self._watching_write else 'idle'
            words.append(f'write=<{polling}, bufsize={self.get_write_buffer_size()}>')
        return '<{}>'.format(' '.join(words))

    # -- the selector registrations
    def _watch_read(self, on):
        if on and not self._watching_read:
            self._watching_read = True
            self._loop._add_reader(self._fd, self._on_readable)
        elif not on and self._watching_read:
            self._watching_read = False
            self._loop._remove_reader(self._fd)

    def _watch_write(self, on):
        if on and not self._watching_write:
            self._watching_write = True
            self._loop._add_writer(self._fd, self._on_writable)
        elif not on and self._watching_write:
            self._watching_write = False
            self._loop._remove_writer(self._fd)

    def _begin_reading(self):
        if self.is_reading():
            self._watch_read(True)

    # -- the transport's interface
    def get_extra_info(self, name, default=None):
        return self._info.get(name, default)

    def get_protocol(self):
        return self._proto

    def set_protocol(self, protocol):
        self._proto = protocol

    def is_closing(self):
        return self._shutting

    def is_reading(self):
        return not self._reading_paused and not self._shutting

    def pause_reading(self):
        if self.is_reading():
            self._reading_paused = True
            self._watch_read(False)

    def resume_reading(self):
        if self._reading_paused and not self._shutting:
            self._reading_paused = False
            self._watch_read(True)

    def get_write_buffer_size(self):
        return len(self._outgoing) - self._out_start

    def get_write_buffer_limits(self):
        return (self._resume_at, self._pause_above)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._pause_above = high
        self._resume_at = low
        self._check_high_water()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._half_closed:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._lost:
            # The connection is gone: the data is dropped (CPython warns after a few).
            if self._lost >= self._lost_writes_before_warning:
                print('socket.send() raised exception.', file=_stdio.stderr)
            self._lost += 1
            return
        if not self._outgoing:
            sent = self._attempt(self._sock.send, data, 'Fatal write error on socket transport')
            if self._lost:
                return
            if sent is not None:
                if sent >= len(data):
                    return
                data = memoryview(data)[sent:]
            self._watch_write(True)
        self._outgoing += data
        self._check_high_water()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._shutting or self._half_closed:
            return
        self._half_closed = True
        if not self._outgoing:
            self._sock.shutdown(_net.SHUT_WR)

    def close(self):
        # Stops reading now; connection_lost(None) follows once the write buffer is flushed.
        if self._shutting:
            return
        self._shutting = True
        self._watch_read(False)
        if not self._outgoing:
            self._lost += 1
            self._watch_write(False)
            self._loop.call_soon(self._finish, None)

    def abort(self):
        self._force_close(None)

    # -- readiness callbacks
    def _attempt(self, operation, argument, failure_message):
        # One call that may fail: a socket's send/recv, or a protocol's callback. Its result, or
        # None when the socket would block or when the call failed (and the connection is now
        # ending: self._lost is set).
        try:
            return operation(argument)
        except (BlockingIOError, InterruptedError):
            return None
        except _STOPS_THE_LOOP:
            raise
        except BaseException as failure:
            self._fail(failure, failure_message)
            return None

    def _on_readable(self):
        if self._lost:
            return
        data = self._attempt(self._sock.recv, self._recv_size, 'Fatal read error on socket transport')
        if data is None:
            return
        if data:
            self._attempt(self._proto.data_received, data, 'Fatal error: protocol.data_received() call failed.')
            return
        keep_writing = self._attempt(_call_without_argument, self._proto.eof_received,
                                     'Fatal error: protocol.eof_received() call failed.')
        if self._lost:
            return
        if keep_writing:
            self._watch_read(False)
        else:
            self.close()

    def _on_writable(self):
        if self._lost:
            return
        unsent = memoryview(self._outgoing)[self._out_start:]
        sent = self._attempt(self._sock.send, unsent, 'Fatal write error on socket transport')
        if sent is None:
            return
        self._out_start += sent
        if self._out_start >= len(self._outgoing):
            self._outgoing = bytearray()
            self._out_start = 0
        elif self._out_start > 1024 * 1024 and self._out_start * 2 > len(self._outgoing):
            # Let the sent front go, in one copy, rather than shift the buffer at each send.
            self._outgoing = bytearray(memoryview(self._outgoing)[self._out_start:])
            self._out_start = 0
        self._check_low_water()
        if self._outgoing:
            return
        self._watch_write(False)
        if self._shutting:
            self._lost += 1
            self._finish(None)
        elif self._half_closed:
            self._sock.shutdown(_net.SHUT_WR)

    # -- flow control towards the protocol
    def _tell_protocol(self, method, what):
        try:
            method()
        except _STOPS_THE_LOOP:
            raise
        except BaseException as failure:
            self._report(f'protocol.{what}() failed', failure)

    def _report(self, message, failure):
        context = dict(message=message, exception=failure, transport=self, protocol=self._proto)
        self._loop.call_exception_handler(context)

    def _check_high_water(self):
        if not self._writing_paused and self.get_write_buffer_size() > self._pause_above:
            self._writing_paused = True
            self._tell_protocol(self._proto.pause_writing, 'pause_writing')

    def _check_low_water(self):
        if self._writing_paused and self.get_write_buffer_size() <= self._resume_at:
            self._writing_paused = False
            self._tell_protocol(self._proto.resume_writing, 'resume_writing')

    # -- the end
    def _fail(self, exc, message):
        # An OSError (a reset peer) just ends the connection; anything else is also reported.
        if not isinstance(exc, OSError):
            self._report(message, exc)
        self._force_close(exc)

    def _force_close(self, exc):
        if self._lost:
            return
        if self._outgoing:
            self._outgoing = bytearray()
            self._out_start = 0
            self._watch_write(False)
        if not self._shutting:
            self._shutting = True
            self._watch_read(False)
        self._lost += 1
        self._loop.call_soon(self._finish, exc)

    def _finish(self, exc):
        try:
            self._proto.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._proto = None
            server, self._owner = self._owner, None
            if server is not None:
                server._detach()


class Server:
    # What create_server/start_server return: the listening sockets, the count of live connections
    # (wait_closed() waits for it to drop to zero once the server is closed), serve_forever().
    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._listeners = sockets
        self._factory = protocol_factory
        self._queue_len = backlog
        self._connections = 0
        self._close_waiters = []
        self._listening = False
        self._forever = None

    def __repr__(self):
        return f'<{type(self).__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._connections += 1

    def _detach(self):
        self._connections -= 1
        if self._connections == 0 and self._listeners is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._close_waiters = self._close_waiters, None
        for waiter in waiters or ():
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._listening:
            return
        self._listening = True
        for listener in self._listeners:
            listener.listen(self._queue_len)
            self._loop._start_serving(self._factory, listener, self, self._queue_len)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._listening

    @property
    def sockets(self):
        return () if self._listeners is None else tuple(self._listeners)

    def close(self):
        # Stops listening at once; connections already made go on.
        listeners = self._listeners
        if listeners is None:
            return
        self._listeners = None
        for listener in listeners:
            self._loop._stop_serving(listener)
        self._listening = False
        forever = self._forever
        if forever is not None and not forever.done():
            forever.cancel()
            self._forever = None
        if self._connections == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    async def serve_forever(self):
        if self._forever is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._listeners is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._forever = self._loop.create_future()
        try:
            await self._forever
        except CancelledError as stop:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise stop
        finally:
            self._forever = None

    async def wait_closed(self):
        # As in CPython 3.11: returns at once when the server is already closed.
        if self._listeners is None or self._close_waiters is None:
            return
        waiter = self._loop.create_future()
        self._close_waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


_DEFAULT_LIMIT = 2 ** 16


class StreamReader:
    # Bytes received and not yet read, filled by StreamReaderProtocol (feed_data/feed_eof/
    # set_exception) and drained by the read methods. One coroutine at a time may wait for more.
    # Past twice the limit the transport is asked to stop reading, until the buffer is back under
    # the limit.
    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = get_event_loop() if loop is None else loop
        self._pending = bytearray()
        self._at_end = False
        self._more = None
        self._error = None
        self._source = None
        self._throttled = False

    def __repr__(self):
        words = ['StreamReader']
        if self._pending:
            words.append(f'{len(self._pending)} bytes')
        if self._at_end:
            words.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            words.append(f'limit={self._limit}')
        if self._more:
            words.append(f'waiter={self._more!r}')
        if self._error:
            words.append(f'exception={self._error!r}')
        if self._source:
            words.append(f'transport={self._source!r}')
        if self._throttled:
            words.append('paused')
        return '<{}>'.format(' '.join(words))

    # -- the feeding side
    def exception(self):
        return self._error

    def set_exception(self, exc):
        self._error = exc
        more, self._more = self._more, None
        if more is not None and not more.cancelled():
            more.set_exception(exc)

    def _signal_more(self):
        more, self._more = self._more, None
        if more is not None and not more.cancelled():
            more.set_result(None)

    def set_transport(self, transport):
        assert self._source is None, 'Transport already set'
        self._source = transport

    def feed_eof(self):
        self._at_end = True
        self._signal_more()

    def at_eof(self):
        return self._at_end and not self._pending

    def feed_data(self, data):
        assert not self._at_end, 'feed_data after feed_eof'
        if not data:
            return
        self._pending += data
        self._signal_more()
        if self._source is not None and not self._throttled and len(self._pending) > 2 * self._limit:
            try:
                self._source.pause_reading()
            except NotImplementedError:
                self._source = None
            else:
                self._throttled = True

    def _consumed(self):
        if self._throttled and len(self._pending) <= self._limit:
            self._throttled = False
            self._source.resume_reading()

    def _take(self, count):
        piece = bytes(self._pending[:count])
        del self._pending[:count]
        self._consumed()
        return piece

    async def _await_more(self, caller):
        if self._more is not None:
            raise RuntimeError(f'{caller}() called while another coroutine is already waiting for incoming data')
        assert not self._at_end, '_wait_for_data after EOF'
        if self._throttled:
            self._throttled = False
            self._source.resume_reading()
        self._more = self._loop.create_future()
        try:
            await self._more
        finally:
            self._more = None

    # -- the reading side
    async def readline(self):
        newline = b'\n'
        try:
            return await self.readuntil(newline)
        except IncompleteReadError as short:
            return short.partial
        except LimitOverrunError as over:
            # Drop the over-long line (with its newline when it is there) and report it.
            if self._pending.startswith(newline, over.consumed):
                del self._pending[:over.consumed + len(newline)]
            else:
                self._pending.clear()
            self._consumed()
            raise ValueError(over.args[0])

    async def readuntil(self, separator=b'\n'):
        width = len(separator)
        if width == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._error is not None:
            raise self._error
        # 'searched' is where the separator may still start; what lies before it has been searched.
        searched = 0
        while True:
            size = len(self._pending)
            if size - searched >= width:
                found = self._pending.find(separator, searched)
                if found != -1:
                    break
                searched = size + 1 - width
                if searched > self._limit:
                    raise LimitOverrunError('Separator is not found, and chunk exceed the limit', searched)
            if self._at_end:
                partial = bytes(self._pending)
                self._pending.clear()
                raise IncompleteReadError(partial, None)
            await self._await_more('readuntil')
        if found > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', found)
        return self._take(found + width)

    async def read(self, n=-1):
        if self._error is not None:
            raise self._error
        if n == 0:
            return b''
        if n < 0:
            # Everything up to EOF, gathered a limit's worth at a time.
            pieces = []
            while True:
                piece = await self.read(self._limit)
                if not piece:
                    return b''.join(pieces)
                pieces.append(piece)
        if not self._pending and not self._at_end:
            await self._await_more('read')
        return self._take(n)

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._error is not None:
            raise self._error
        if n == 0:
            return b''
        while len(self._pending) < n:
            if self._at_end:
                partial = bytes(self._pending)
                self._pending.clear()
                raise IncompleteReadError(partial, n)
            await self._await_more('readexactly')
        return self._take(n)

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line


def _settle(future, exc):
    # Resolve a future with None, or with exc when there is one, unless it is already resolved.
    if future.done():
        return
    if exc is None:
        future.set_result(None)
    else:
        future.set_exception(exc)


class StreamReaderProtocol(Protocol):
    # The glue between a transport and a StreamReader (and, for a server, the StreamWriter handed to
    # client_connected_cb): received data and EOF go to the reader, the end of the connection
    # resolves the future wait_closed() awaits, and pause_writing/resume_writing hold drain().
    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._reader = stream_reader
        self._writer = None
        self._on_client = client_connected_cb
        self._handler_task = None
        self._conn = None
        self._ended = self._loop.create_future()
        self._writing_held = False
        self._drainers = _fifo()
        self._lost = False

    def connection_made(self, transport):
        self._conn = transport
        if self._reader is not None:
            self._reader.set_transport(transport)
        if self._on_client is None:
            return
        self._writer = StreamWriter(transport, self, self._reader, self._loop)
        started = self._on_client(self._reader, self._writer)
        if not iscoroutine(started):
            return
        loop = self._loop

        def handler_done(task):
            # As in CPython 3.11: a handler that raised is reported and its connection closed;
            # task.exception() of a cancelled handler raises (reported as a callback error).
            failure = task.exception()
            if failure is None:
                return
            loop.call_exception_handler(dict(message='Unhandled exception in client_connected_cb',
                                             exception=failure, transport=transport))
            transport.close()

        self._handler_task = loop.create_task(started)
        self._handler_task.add_done_callback(handler_done)

    def connection_lost(self, exc):
        if self._reader is not None and exc is not None:
            self._reader.set_exception(exc)
        elif self._reader is not None:
            self._reader.feed_eof()
        _settle(self._ended, exc)
        self._lost = True
        if self._writing_held:
            for drainer in self._drainers:
                _settle(drainer, exc)
        # Drop the references: the connection is over.
        self._reader = self._writer = self._handler_task = self._conn = None

    def data_received(self, data):
        if self._reader is not None:
            self._reader.feed_data(data)

    def eof_received(self):
        if self._reader is not None:
            self._reader.feed_eof()
        # Keep the transport open: the writer may still send after the peer's EOF.
        return True

    def pause_writing(self):
        self._writing_held = True

    def resume_writing(self):
        self._writing_held = False
        for drainer in self._drainers:
            _settle(drainer, None)

    async def _drain_helper(self):
        if self._lost:
            raise ConnectionResetError('Connection lost')
        if not self._writing_held:
            return
        drainer = self._loop.create_future()
        self._drainers.append(drainer)
        try:
            await drainer
        finally:
            self._drainers.remove(drainer)

    def _get_close_waiter(self, stream):
        return self._ended


class StreamWriter:
    # The writing half of a stream connection: a thin layer over the transport, with drain() to
    # wait while the transport's buffer is over its high-water mark.
    def __init__(self, transport, protocol, reader, loop):
        self._conn = transport
        self._glue = protocol
        self._paired_reader = reader
        self._loop = loop

    def __repr__(self):
        words = [type(self).__name__, f'transport={self._conn!r}']
        if self._paired_reader is not None:
            words.append(f'reader={self._paired_reader!r}')
        return '<{}>'.format(' '.join(words))

    @property
    def transport(self):
        return self._conn

    def write(self, data):
        self._conn.write(data)

    def writelines(self, data):
        self._conn.writelines(data)

    def write_eof(self):
        return self._conn.write_eof()

    def can_write_eof(self):
        return self._conn.can_write_eof()

    def close(self):
        return self._conn.close()

    def is_closing(self):
        return self._conn.is_closing()

    async def wait_closed(self):
        await self._glue._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._conn.get_extra_info(name, default)

    async def drain(self):
        if self._paired_reader is not None:
            failure = self._paired_reader.exception()
            if failure is not None:
                raise failure
        if self._conn.is_closing():
            # Let connection_lost() run first, so that its error (if any) is the one raised.
            await sleep(0)
        await self._glue._drain_helper()


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()

    def new_connection():
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop), client_connected_cb, loop=loop)

    return await loop.create_server(new_connection, host, port, **kwds)


async def to_thread(func, *args, **kwargs):
    # func runs in a thread of its own (run_in_executor); the coroutine waits for its result.
    return await get_running_loop().run_in_executor(None, lambda: func(*args, **kwargs))


# Each class is defined in one of CPython's asyncio submodules (or the _asyncio accelerator):
# its repr and a traceback's exception line name that module.
for _module, _names in (
    ('asyncio.exceptions', ('InvalidStateError', 'LimitOverrunError', 'IncompleteReadError')),
    ('asyncio.queues', ('QueueEmpty', 'QueueFull', 'Queue', 'PriorityQueue', 'LifoQueue')),
    ('asyncio.events', ('Handle', 'TimerHandle')),
    ('_asyncio', ('Future', 'Task')),
    ('asyncio.timeouts', ('Timeout',)),
    ('asyncio.unix_events', ('SelectorEventLoop',)),
    ('asyncio.locks', ('Event', 'Lock', 'Semaphore', 'BoundedSemaphore', 'Condition')),
    ('asyncio.protocols', ('BaseProtocol', 'Protocol')),
    ('asyncio.base_events', ('Server',)),
    ('asyncio.streams', ('StreamReader', 'StreamReaderProtocol', 'StreamWriter')),
):
    for _name in _names:
        globals()[_name].__module__ = _module
del _module, _names, _name
`;
