// asyncio, written for socklab from the Python documentation and python3 3.11's observed behaviour:
// asyncio.run (and Runner, with CPython's Ctrl+C rule: the first SIGINT cancels the main task),
// tasks and futures, sleep, gather, shield, wait, wait_for, as_completed, timeout/timeout_at,
// TaskGroup, the event loop's call_soon/call_later/call_at, readers and writers, sock_*,
// run_in_executor, create_server/create_connection and its exception handler; then the
// synchronization primitives, queues, protocols and streams. It is Python source, run once by the
// first import. Coroutines are the runtime's generators (runtime/generator.ts PyCoroutine): a Task
// steps one with send() and throw(), and each Future it awaits is what the step yields. The loop
// waits in a selectors.DefaultSelector over socklab's real sockets (a socketpair wakes it), so
// callbacks run in CPython's FIFO order of readiness, and a blocking call inside a coroutine holds
// the whole loop, as it does in CPython.
// Left out: subprocesses, SSL, datagram endpoints, Unix sockets, contextvars (the `context=`
// arguments are accepted and ignored), debug mode's checks, executors other than one thread per
// call, the coroutine's file and line in a Task's repr, and the warnings about results never
// retrieved.
import { native } from '../runtime/call.ts';
import { CancelledError } from '../runtime/exceptions.ts';
import { takeLiveAsyncGenerators } from '../runtime/generator.ts';

/** What the Python source takes from the runtime: its CancelledError class, and the async
 * generators still open (which the loop's shutdown_asyncgens() closes). */
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

# ---- Exceptions ---------------------------------------------------------------------------------
# CancelledError is the runtime's own class (a BaseException), so that a cancellation thrown into a
# coroutine by the runtime and one raised here are the same exception.
CancelledError = _CancelledError
TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class LimitOverrunError(Exception):
    """A separator was not found before the buffer's limit; consumed bytes are to be skipped."""

    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed

    def __reduce__(self):
        return (type(self), (self.args[0], self.consumed))


class IncompleteReadError(EOFError):
    """The stream ended after partial, before the expected number of bytes."""

    def __init__(self, partial, expected):
        self.partial, self.expected = partial, expected
        shown = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(self, f'{len(partial)} bytes read on a total of {shown} expected bytes')

    def __reduce__(self):
        return (type(self), (self.partial, self.expected))


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


# Errors that always propagate, and the errors of a socket call that would have to wait.
_FATAL = (SystemExit, KeyboardInterrupt)
_WOULD_BLOCK = (BlockingIOError, InterruptedError)

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


# ---- Which loop is running, which task is current -----------------------------------------------
# One registry for the whole program: socklab's threads are tasks of one JS event loop, and a
# program runs one asyncio loop at a time.
class _Registry:
    running = None        # the loop inside run_forever(), if any
    default = None        # what set_event_loop() set (asyncio.run sets its loop, then None)
    was_set = False       # whether set_event_loop() was ever called
    current = {}          # loop -> the Task whose step is under way
    live = set()          # every Task not yet done
    tasks_made = 0        # for the names Task-1, Task-2, ...


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'


def isfuture(obj):
    # The duck-typing mark CPython's Future carries (None on objects that are not futures).
    return getattr(obj, '_asyncio_future_blocking', None) is not None


def _get_running_loop():
    return _Registry.running


def get_running_loop():
    if _Registry.running is None:
        raise RuntimeError('no running event loop')
    return _Registry.running


def get_event_loop():
    if _Registry.running is not None:
        return _Registry.running
    if _Registry.default is None:
        # The policy makes one loop on demand, in the main thread, until set_event_loop() is
        # called (asyncio.run calls it, with None at its end).
        here = _threading.current_thread()
        if _Registry.was_set or here is not _threading.main_thread():
            raise RuntimeError(f'There is no current event loop in thread {here.name!r}.')
        _Registry.default = new_event_loop()
    return _Registry.default


def set_event_loop(loop):
    _Registry.was_set = True
    _Registry.default = loop


def new_event_loop():
    return SelectorEventLoop()


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _Registry.current.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(_Registry.live) if t._loop is loop and not t.done()}


# ---- How callbacks and results are shown in reprs -----------------------------------------------
def _brief(text, limit):
    # reprlib's rule: a repr longer than limit keeps its two ends around '...'.
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


def _result_repr(value, depth=6):
    """reprlib.repr(value), as a Future's repr shows its result."""
    kind = type(value)
    if kind is str:
        return _brief(repr(value), 30)
    if kind is int:
        return _brief(repr(value), 40)
    shapes = {list: ('[', ']', 6), tuple: ('(', ')', 6), set: ('{', '}', 6), frozenset: ('frozenset({', '})', 6)}
    if kind in shapes:
        opening, closing, most = shapes[kind]
        if not value:
            return repr(value)
        if depth <= 0:
            return opening + '...' + closing
        items = sorted(value, key=repr) if kind in (set, frozenset) else list(value)
        shown = [_result_repr(v, depth - 1) for v in items[:most]]
        if len(items) > most:
            shown.append('...')
        inner = ', '.join(shown)
        if kind is tuple and len(items) == 1:
            inner += ','
        return opening + inner + closing
    if kind is dict:
        if not value:
            return '{}'
        if depth <= 0:
            return '{...}'
        keys = list(value)
        shown = [f'{_result_repr(k, depth - 1)}: {_result_repr(value[k], depth - 1)}' for k in keys[:4]]
        if len(keys) > 4:
            shown.append('...')
        return '{' + ', '.join(shown) + '}'
    return _brief(repr(value), 30)


def _callable_name(fn):
    # functools.partial shows as func(its args)(the call's args), as CPython's format_helpers do.
    if hasattr(fn, 'func') and hasattr(fn, 'args') and hasattr(fn, 'keywords'):
        return _call_repr(fn.func, fn.args, fn.keywords)
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None)
    return name if name is not None else repr(fn)


def _call_repr(fn, args, kwargs=None):
    pieces = [repr(a) for a in args]
    if kwargs:
        pieces.extend(f'{k}={v!r}' for k, v in kwargs.items())
    return _callable_name(fn) + '(' + ', '.join(pieces) + ')'


def _callbacks_repr(callbacks):
    names = [_call_repr(cb, ()) for cb in callbacks]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return 'cb=[' + ', '.join(names) + ']'


# ---- Handles ------------------------------------------------------------------------------------
class Handle:
    """A callback scheduled by call_soon (or registered for a reader or writer)."""

    def __init__(self, callback, args, loop, context=None):
        self._fn = callback
        self._args = args
        self._loop = loop
        self._off = False

    def _describe(self):
        return _call_repr(self._fn, self._args)

    def __repr__(self):
        if self._off:
            return f'<{type(self).__name__} cancelled>'
        return f'<{type(self).__name__} {self._describe()}>'

    def get_context(self):
        return None

    def cancel(self):
        if not self._off:
            self._off = True
            # Drop the references, as CPython does, so a cancelled handle keeps nothing alive.
            self._fn = None
            self._args = None

    def cancelled(self):
        return self._off

    def _run(self):
        try:
            self._fn(*self._args)
        except _FATAL:
            raise
        except BaseException as problem:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._describe()}',
                'exception': problem,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled for a time of loop.time() (call_later, call_at); ordered by that time."""

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._deadline = when
        self._in_heap = False

    def __repr__(self):
        if self._off:
            return f'<TimerHandle cancelled when={self._deadline}>'
        return f'<TimerHandle when={self._deadline} {self._describe()}>'

    def __lt__(self, other):
        return self._deadline < other._deadline

    def __le__(self, other):
        return self._deadline <= other._deadline

    def __gt__(self, other):
        return self._deadline > other._deadline

    def __ge__(self, other):
        return self._deadline >= other._deadline

    def when(self):
        return self._deadline

    def cancel(self):
        if not self._off and self._in_heap:
            self._loop._timer_dropped(self)
        Handle.cancel(self)


# ---- Futures and tasks --------------------------------------------------------------------------
class Future:
    """A result that is not there yet: awaiting it suspends the task until it is set or cancelled.

    Done callbacks are never called directly: set_result, set_exception and cancel schedule each
    with loop.call_soon(callback, future), in the order they were added.
    """

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._phase = 'PENDING'
        self._value = None
        self._error = None
        self._on_done = []
        self._cancel_msg = None
        self._kept_cancellation = None

    def _repr_parts(self):
        parts = [self._phase.lower()]
        if self._phase == 'FINISHED':
            if self._error is not None:
                parts.append(f'exception={self._error!r}')
            else:
                parts.append(f'result={_result_repr(self._value)}')
        if self._on_done:
            parts.append(_callbacks_repr(self._on_done))
        return parts

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_parts())}>"

    def get_loop(self):
        return self._loop

    def _cancellation(self):
        # A cancellation that came out of the coroutine is raised once as it was; afterwards (and
        # for a plain future) a new CancelledError carries the message given to cancel().
        kept = self._kept_cancellation
        if kept is not None:
            self._kept_cancellation = None
            return kept
        if self._cancel_msg is None:
            return CancelledError()
        return CancelledError(self._cancel_msg)

    def _finish(self, state):
        self._phase = state
        waiting, self._on_done = self._on_done, []
        for callback in waiting:
            self._loop.call_soon(callback, self)

    def cancel(self, msg=None):
        if self._phase != 'PENDING':
            return False
        self._cancel_msg = msg
        self._finish('CANCELLED')
        return True

    def cancelled(self):
        return self._phase == 'CANCELLED'

    def done(self):
        return self._phase != 'PENDING'

    def result(self):
        if self._phase == 'CANCELLED':
            raise self._cancellation()
        if self._phase == 'PENDING':
            raise InvalidStateError('Result is not set.')
        if self._error is not None:
            raise self._error
        return self._value

    def exception(self):
        if self._phase == 'CANCELLED':
            raise self._cancellation()
        if self._phase == 'PENDING':
            raise InvalidStateError('Exception is not set.')
        return self._error

    def add_done_callback(self, fn, *, context=None):
        if self._phase == 'PENDING':
            self._on_done.append(fn)
        else:
            self._loop.call_soon(fn, self)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._on_done if cb != fn]
        removed = len(self._on_done) - len(kept)
        if removed:
            self._on_done[:] = kept
        return removed

    def set_result(self, result):
        if self._phase != 'PENDING':
            raise InvalidStateError('invalid state')
        self._value = result
        self._finish('FINISHED')

    def set_exception(self, exception):
        if self._phase != 'PENDING':
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._error = exception
        self._finish('FINISHED')

    def __await__(self):
        # The task stepping the awaiting coroutine receives this future (marked as blocking) and
        # resumes the coroutine once it is done.
        if self._phase == 'PENDING':
            self._asyncio_future_blocking = True
            yield self
        if self._phase == 'PENDING':
            raise RuntimeError("await wasn't used with future")
        return self.result()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


class Task(Future):
    """A coroutine driven by the loop: each step sends into it (or throws into it) until it waits
    on a future, and the future's done callback schedules the next step."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        _Registry.tasks_made += 1
        self._label = f'Task-{_Registry.tasks_made}' if name is None else str(name)
        self._body = coro
        self._waiting_on = None
        self._cancel_pending = False
        self._cancel_requests = 0
        self._loop.call_soon(self._advance)
        _Registry.live.add(self)

    def __repr__(self):
        parts = self._repr_parts()
        if self._cancel_requests and self._phase == 'PENDING':
            parts[0] = 'cancelling'
        parts.insert(1, f'name={self._label!r}')
        parts.insert(2, f'coro={self._body!r}')
        if self._waiting_on is not None:
            parts.append(f'wait_for={self._waiting_on!r}')
        return f"<Task {' '.join(parts)}>"

    def get_coro(self):
        return self._body

    def get_name(self):
        return self._label

    def set_name(self, value):
        self._label = str(value)

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._cancel_requests += 1
        # Cancelling the awaited future wakes the task with its CancelledError (which carries msg);
        # if there is none, or it cannot be cancelled, the next step throws one in.
        waiting = self._waiting_on
        if waiting is not None and waiting.cancel(msg=msg):
            return True
        self._cancel_pending = True
        self._cancel_msg = msg
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests > 0:
            self._cancel_requests -= 1
        return self._cancel_requests

    def _complete(self, state, result=None, exception=None):
        _Registry.live.discard(self)
        if state == 'CANCELLED':
            Future.cancel(self, msg=self._cancel_msg)
        elif exception is not None:
            Future.set_exception(self, exception)
        else:
            Future.set_result(self, result)

    def _advance(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._cancel_pending:
            if not isinstance(exc, CancelledError):
                exc = self._cancellation()
            self._cancel_pending = False
        self._waiting_on = None
        loop = self._loop
        previous = _Registry.current.get(loop)
        _Registry.current[loop] = self
        try:
            self._resume(exc)
        finally:
            if previous is None:
                _Registry.current.pop(loop, None)
            else:
                _Registry.current[loop] = previous

    def _resume(self, exc):
        try:
            if exc is None:
                yielded = self._body.send(None)
            else:
                yielded = self._body.throw(exc)
        except StopIteration as stop:
            if self._cancel_pending:
                # cancel() came while the last step ran: the task ends cancelled, not finished.
                self._cancel_pending = False
                self._complete('CANCELLED')
            else:
                self._complete('FINISHED', result=stop.value)
            return
        except CancelledError as cancelled:
            self._cancel_msg = None
            self._complete('CANCELLED')
            self._kept_cancellation = cancelled
            return
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._complete('FINISHED', exception=fatal)
            raise
        except BaseException as failure:
            self._complete('FINISHED', exception=failure)
            return
        self._wait_on(yielded)

    def _wait_on(self, yielded):
        loop = self._loop
        if yielded is None:
            # A bare yield (sleep(0)): let every other ready callback run once, then go on.
            loop.call_soon(self._advance)
            return
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is None:
            problem = RuntimeError(f'Task got bad yield: {yielded!r}')
        elif yielded.get_loop() is not loop:
            problem = RuntimeError(f'Task {self!r} got Future {yielded!r} attached to a different loop')
        elif not blocking:
            problem = RuntimeError(f'yield was used instead of yield from in task {self!r} with {yielded!r}')
        elif yielded is self:
            problem = RuntimeError(f'Task cannot await on itself: {self!r}')
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self.task_wakeup)
            self._waiting_on = yielded
            if self._cancel_pending and yielded.cancel(msg=self._cancel_msg):
                self._cancel_pending = False
            return
        loop.call_soon(self._advance, problem)

    def task_wakeup(self, future):
        # Named as CPython's C Task names it: a pending future's repr shows cb=[Task.task_wakeup()].
        try:
            future.result()
        except BaseException as problem:
            self._advance(problem)
        else:
            self._advance()


async def _await_any(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    obj = coro_or_future
    if isfuture(obj):
        if loop is not None and loop is not obj.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return obj
    if not iscoroutine(obj):
        if not hasattr(obj, '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        obj = _await_any(obj)
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(obj)


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


# ---- Sleeping, gathering, waiting ---------------------------------------------------------------
class _YieldOnce:
    # sleep(0): one bare yield, which the task answers by scheduling its next step at once.
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = get_running_loop()
    wake = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, wake, result)
    try:
        return await wake
    finally:
        timer.cancel()


class _GatheringFuture(Future):
    """gather()'s outer future: cancelling it cancels every child still running."""

    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._members = children
        self._cancel_asked = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._members:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            # The outer future ends when the children report their cancellation.
            self._cancel_asked = True
        return any_cancelled


class _Gathering:
    """The bookkeeping of one gather(): each child's done callback counts it in."""

    def __init__(self, return_exceptions):
        self.return_exceptions = return_exceptions
        self.children = []
        self.distinct = 0
        self.finished = 0
        self.outer = None

    def child_done(self, child):
        self.finished += 1
        outer = self.outer
        if outer is None or outer.done():
            if not child.cancelled():
                child.exception()
            return
        if not self.return_exceptions:
            if child.cancelled():
                outer.set_exception(child._cancellation())
                return
            problem = child.exception()
            if problem is not None:
                outer.set_exception(problem)
                return
        if self.finished < self.distinct:
            return
        results = []
        for each in self.children:
            if each.cancelled():
                message = each._cancel_msg
                results.append(CancelledError('' if message is None else message))
            elif each.exception() is not None:
                results.append(each.exception())
            else:
                results.append(each.result())
        if outer._cancel_asked:
            outer.set_exception(child._cancellation())
        else:
            outer.set_result(results)


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    state = _Gathering(return_exceptions)
    seen = {}
    loop = None
    for each in coros_or_futures:
        # An awaitable passed twice is one child, whose result appears twice.
        child = seen.get(each)
        if child is None:
            child = ensure_future(each, loop=loop)
            loop = child.get_loop()
            seen[each] = child
            state.distinct += 1
            child.add_done_callback(state.child_done)
        state.children.append(child)
    state.outer = _GatheringFuture(state.children, loop=loop)
    return state.outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def pass_on(done_inner):
        if outer.cancelled():
            if not done_inner.cancelled():
                done_inner.exception()
            return
        if done_inner.cancelled():
            outer.cancel()
        elif done_inner.exception() is not None:
            outer.set_exception(done_inner.exception())
        else:
            outer.set_result(done_inner.result())

    def let_go(done_outer):
        if not inner.done():
            inner.remove_done_callback(pass_on)

    inner.add_done_callback(pass_on)
    outer.add_done_callback(let_go)
    return outer


def _release_waiter(waiter, *args):
    if waiter.done():
        return
    waiter.set_result(None)


class _Releaser:
    # A done callback that releases one waiter, shaped as functools.partial(_release_waiter, waiter)
    # (func, args, keywords) so that a future's repr shows it as CPython's does.
    def __init__(self, waiter):
        self.func = _release_waiter
        self.args = (waiter,)
        self.keywords = {}

    def __call__(self, *args):
        _release_waiter(self.args[0])


async def _cancel_and_wait(fut):
    # Cancel fut and wait until it has really ended (its coroutine may catch and clean up).
    waiter = fut.get_loop().create_future()
    release = _Releaser(waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        # No time at all: what is not already done is cancelled (and may still return a result).
        fut = ensure_future(fut, loop=loop)
        if not fut.done():
            await _cancel_and_wait(fut)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
        return fut.result()
    waiter = loop.create_future()
    alarm = loop.call_later(timeout, _release_waiter, waiter)
    release = _Releaser(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            # wait_for itself was cancelled: so is the inner awaitable, unless it is already done.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        alarm.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = set(fs)
    for each in fs:
        if iscoroutine(each):
            raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = {ensure_future(each, loop=loop) for each in fs}
    waiter = loop.create_future()
    alarm = None if timeout is None else loop.call_later(timeout, _release_waiter, waiter)
    remaining = [len(fs)]

    def on_done(f):
        remaining[0] -= 1
        enough = (remaining[0] <= 0 or return_when == FIRST_COMPLETED
                  or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None))
        if enough:
            if alarm is not None:
                alarm.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for each in fs:
        each.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if alarm is not None:
            alarm.cancel()
        for each in fs:
            each.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    # A generator, as in CPython: nothing is checked or scheduled until it is first iterated.
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    loop = get_event_loop()
    pending = {ensure_future(each, loop=loop) for each in set(fs)}
    arrivals = Queue()
    alarm = [None]

    def on_timeout():
        # Every await still to come raises TimeoutError (a None in the queue).
        for each in pending:
            each.remove_done_callback(on_done)
            arrivals.put_nowait(None)
        pending.clear()

    def on_done(f):
        if not pending:
            return
        pending.remove(f)
        arrivals.put_nowait(f)
        if not pending and alarm[0] is not None:
            alarm[0].cancel()

    async def next_done():
        f = await arrivals.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for each in pending:
        each.add_done_callback(on_done)
    if pending and timeout is not None:
        alarm[0] = loop.call_later(timeout, on_timeout)
    for _ in range(len(pending)):
        yield next_done()


# ---- Timeouts -----------------------------------------------------------------------------------
class Timeout:
    """async with timeout(delay): past the deadline, the task is cancelled and the block raises
    TimeoutError (a cancellation from elsewhere stays a CancelledError)."""

    def __init__(self, when):
        self._phase = 'created'
        self._deadline = when
        self._alarm = None
        self._task = None
        self._cancelling_before = 0

    def __repr__(self):
        detail = ''
        if self._phase == 'active':
            shown = None if self._deadline is None else round(self._deadline, 3)
            detail = f' when={shown}'
        return f'<Timeout [{self._phase}]{detail}>'

    def when(self):
        return self._deadline

    def reschedule(self, when):
        if self._phase != 'active':
            if self._phase == 'created':
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._phase} Timeout')
        self._deadline = when
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if when is not None:
            loop = get_running_loop()
            if when <= loop.time():
                self._alarm = loop.call_soon(self._expire)
            else:
                self._alarm = loop.call_at(when, self._expire)

    def expired(self):
        return self._phase in ('expiring', 'expired')

    async def __aenter__(self):
        if self._phase != 'created':
            raise RuntimeError('Timeout has already been entered')
        self._phase = 'active'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._cancelling_before = self._task.cancelling()
        self.reschedule(self._deadline)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if self._phase == 'expiring':
            self._phase = 'expired'
            # Our own cancel() is taken back; only if no other cancellation is pending does the
            # CancelledError become TimeoutError.
            if self._task.uncancel() <= self._cancelling_before and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._phase == 'active':
            self._phase = 'finished'
        return None

    def _expire(self):
        self._task.cancel()
        self._phase = 'expiring'
        self._alarm = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    return Timeout(when)


# ---- TaskGroup ----------------------------------------------------------------------------------
class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...) — the block waits for every task; the first
    failure cancels the others and the parent, and the failures are raised as one ExceptionGroup."""

    def __init__(self):
        self._begun = False
        self._closing = False
        self._cancelling_all = False
        self._loop = None
        self._parent = None
        self._parent_cancelled_by_us = False
        self._children_running = set()
        self._failures = []
        self._fatal = None
        self._all_done = None

    def __repr__(self):
        words = ['<TaskGroup']
        if self._children_running:
            words.append(f'tasks={len(self._children_running)}')
        if self._failures:
            words.append(f'errors={len(self._failures)}')
        if self._cancelling_all:
            words.append('cancelling')
        elif self._begun:
            words.append('entered')
        return ' '.join(words) + '>'

    async def __aenter__(self):
        if self._begun:
            raise RuntimeError(f'TaskGroup {self!r} has been already entered')
        self._begun = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent = current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._closing = True
        if exc is not None and _is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        cancellation = exc if et is CancelledError else None
        if self._parent_cancelled_by_us and self._parent.uncancel() == 0:
            # The parent was cancelled by us (a task failed): that cancellation ends here.
            cancellation = None
        if et is not None and not self._cancelling_all:
            self._cancel_children()
        while self._children_running:
            if self._all_done is None:
                self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as again:
                if not self._cancelling_all:
                    cancellation = again
                    self._cancel_children()
            self._all_done = None
        if self._fatal is not None:
            raise self._fatal
        if cancellation is not None and not self._failures:
            raise cancellation
        if et is not None and et is not CancelledError:
            self._failures.append(exc)
        if self._failures:
            errors = self._failures
            self._failures = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._begun:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._closing and not self._children_running:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._cancelling_all:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, name=name)
        self._children_running.add(task)
        task.add_done_callback(self._child_finished)
        return task

    def _cancel_children(self):
        self._cancelling_all = True
        for task in self._children_running:
            if not task.done():
                task.cancel()

    def _child_finished(self, task):
        self._children_running.discard(task)
        if self._all_done is not None and not self._children_running and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        problem = task.exception()
        if problem is None:
            return
        self._failures.append(problem)
        if _is_fatal(problem) and self._fatal is None:
            self._fatal = problem
        if self._parent.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._parent} is already completed',
                'exception': problem,
                'task': task,
            })
            return
        if not self._cancelling_all and not self._parent_cancelled_by_us:
            # Cancel the siblings, and the parent so that its body stops at its next await.
            self._cancel_children()
            self._parent_cancelled_by_us = True
            self._parent.cancel()


def _is_fatal(exc):
    return isinstance(exc, _FATAL)


# ---- The event loop -----------------------------------------------------------------------------
# One iteration (_run_once): wait in the selector until a file descriptor is ready or the earliest
# timer is due (not at all if callbacks are ready), queue the ready fds' callbacks and the due
# timers' behind those already queued, then run exactly the callbacks queued so far, in order.
# Callbacks they schedule wait for the next iteration: that is CPython's FIFO order.
_MAX_SELECT_WAIT = 24 * 3600
_CLOCK_RESOLUTION = 1e-09


class AbstractEventLoop:
    """What every event loop offers (asyncio.AbstractEventLoop)."""


class BaseEventLoop(AbstractEventLoop):
    """Scheduling, running and error reporting; the I/O is SelectorEventLoop's."""

    def __init__(self):
        self._ready = _collections.deque()
        self._timers = []
        self._timers_cancelled = 0
        self._stop_asked = False
        self._shut = False
        self._active = False
        self._debug = False
        self._on_error = None

    def __repr__(self):
        return (f'<_UnixSelectorEventLoop running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- scheduling
    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._ensure_open()
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
        self._ensure_open()
        timer = TimerHandle(when, callback, args, self)
        _heapq.heappush(self._timers, timer)
        timer._in_heap = True
        return timer

    def _timer_dropped(self, timer):
        self._timers_cancelled += 1

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._ensure_open()
        return Task(coro, loop=self, name=name)

    # -- state
    def _ensure_open(self):
        if self._shut:
            raise RuntimeError('Event loop is closed')

    def _ensure_idle(self):
        if self._active:
            raise RuntimeError('This event loop is already running')
        if _Registry.running is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def is_running(self):
        return self._active

    def is_closed(self):
        return self._shut

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def get_debug(self):
        return self._debug

    # -- running
    def stop(self):
        self._stop_asked = True

    def run_forever(self):
        self._ensure_open()
        self._ensure_idle()
        self._active = True
        _Registry.running = self
        try:
            while True:
                self._run_once()
                if self._stop_asked:
                    break
        finally:
            self._stop_asked = False
            self._active = False
            _Registry.running = None

    def run_until_complete(self, future):
        self._ensure_open()
        self._ensure_idle()
        made_here = not isfuture(future)
        future = ensure_future(future, loop=self)

        def stop_when_done(fut):
            # A KeyboardInterrupt or SystemExit already ends run_forever by propagating.
            if not fut.cancelled() and isinstance(fut.exception(), (KeyboardInterrupt, SystemExit)):
                return
            fut.get_loop().stop()

        future.add_done_callback(stop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(stop_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def close(self):
        if self._active:
            raise RuntimeError('Cannot close a running event loop')
        if self._shut:
            return
        self._shut = True
        self._ready.clear()
        self._timers.clear()

    async def shutdown_asyncgens(self):
        left = _live_asyncgens()
        if not left:
            return
        outcomes = await gather(*[_close_asyncgen(agen) for agen in left], return_exceptions=True)
        for agen, outcome in zip(left, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': outcome,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        # run_in_executor starts one thread per call: there is no pool to shut down.
        return None

    def _wait_for_events(self, timeout):
        return []

    def _run_once(self):
        timers = self._timers
        if self._timers_cancelled > 100 and self._timers_cancelled * 2 > len(timers):
            kept = [t for t in timers if not t._off]
            for t in timers:
                if t._off:
                    t._in_heap = False
            _heapq.heapify(kept)
            self._timers = timers = kept
            self._timers_cancelled = 0
        else:
            while timers and timers[0]._off:
                self._timers_cancelled -= 1
                _heapq.heappop(timers)._in_heap = False
        if self._ready or self._stop_asked:
            wait = 0
        elif timers:
            wait = min(max(0, timers[0]._deadline - self.time()), _MAX_SELECT_WAIT)
        else:
            wait = None
        self._wait_for_events(wait)
        due = self.time() + _CLOCK_RESOLUTION
        while timers and timers[0]._deadline < due:
            timer = _heapq.heappop(timers)
            timer._in_heap = False
            self._ready.append(timer)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._off:
                handle._run()

    # -- errors
    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._on_error = handler

    def get_exception_handler(self):
        return self._on_error

    def default_exception_handler(self, context):
        # CPython logs this on the 'asyncio' logger; with no logging set up it reaches stderr as
        # the message, one 'key: repr' line per other entry, and the exception's traceback.
        message = context.get('message') or 'Unhandled exception in event loop'
        problem = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        if problem is not None:
            try:
                import traceback as _traceback
                lines.append(''.join(_traceback.format_exception(problem)).rstrip('\n'))
            except Exception:
                lines.append(f'{type(problem).__name__}: {problem}')
        print('\n'.join(lines), file=_sys.stderr)

    def call_exception_handler(self, context):
        handler = self._on_error
        if handler is None:
            try:
                self.default_exception_handler(context)
            except _FATAL:
                raise
            except BaseException:
                pass
            return
        try:
            handler(self, context)
        except _FATAL:
            raise
        except BaseException as problem:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': problem,
                    'context': context,
                })
            except _FATAL:
                raise
            except BaseException:
                pass

    # -- threads
    def run_in_executor(self, executor, func, *args):
        self._ensure_open()
        outer = self.create_future()
        if executor is not None:
            inner = executor.submit(func, *args)
            inner.add_done_callback(lambda done: self.call_soon_threadsafe(_copy_outcome, done, outer))
            return outer

        def in_thread():
            try:
                value = func(*args)
            except BaseException as problem:
                self.call_soon_threadsafe(_settle, outer, None, problem)
            else:
                self.call_soon_threadsafe(_settle, outer, value, None)

        _threading.Thread(target=in_thread, daemon=True).start()
        return outer


async def _close_asyncgen(agen):
    await agen.aclose()


def _settle(fut, value, problem):
    # An executor's outcome lands on the loop; a future cancelled meanwhile keeps its cancellation.
    if fut.cancelled():
        return
    if problem is not None:
        fut.set_exception(problem)
    else:
        fut.set_result(value)


def _copy_outcome(source, fut):
    # From a concurrent.futures.Future (an executor's submit()) to the loop's future.
    if source.cancelled():
        if not fut.cancelled():
            fut.cancel()
        return
    problem = source.exception()
    _settle(fut, source.result() if problem is None else None, problem)


def _fileno(fileobj):
    if isinstance(fileobj, int):
        return fileobj
    try:
        return int(fileobj.fileno())
    except (AttributeError, TypeError, ValueError):
        raise ValueError(f'Invalid file object: {fileobj!r}') from None


class SelectorEventLoop(BaseEventLoop):
    """The loop over a selectors.DefaultSelector of socklab's real sockets; a socketpair is its
    self-pipe, written by call_soon_threadsafe to wake a select() that would wait on."""

    def __init__(self, selector=None):
        BaseEventLoop.__init__(self)
        self._poller = _selectors.DefaultSelector() if selector is None else selector
        # The selector's live fd -> key view: a lookup without raising KeyError for a new fd.
        self._keys = self._poller.get_map()
        self._wake_in, self._wake_out = _socket.socketpair()
        self._wake_in.setblocking(False)
        self._wake_out.setblocking(False)
        self._add_reader(self._wake_in.fileno(), self._drain_self_pipe)

    def _drain_self_pipe(self):
        while True:
            try:
                if not self._wake_in.recv(4096):
                    return
            except _WOULD_BLOCK:
                return

    def _write_to_self(self):
        wake = self._wake_out
        if wake is None:
            return
        try:
            wake.send(b'\0')
        except OSError:
            pass

    def close(self):
        if self._active:
            raise RuntimeError('Cannot close a running event loop')
        if self._shut:
            return
        if self._wake_in is not None:
            self._remove_reader(self._wake_in.fileno())
        BaseEventLoop.close(self)
        for end in (self._wake_in, self._wake_out):
            if end is not None:
                end.close()
        self._wake_in = self._wake_out = None
        if self._poller is not None:
            self._poller.close()
            self._poller = None

    # -- readiness
    def _wait_for_events(self, timeout):
        for key, mask in self._poller.select(timeout):
            reader, writer = key.data
            if mask & _selectors.EVENT_READ and reader is not None:
                if reader._off:
                    self._remove_reader(key.fileobj)
                else:
                    self._ready.append(reader)
            if mask & _selectors.EVENT_WRITE and writer is not None:
                if writer._off:
                    self._remove_writer(key.fileobj)
                else:
                    self._ready.append(writer)

    def _watch(self, fd, event, callback, args):
        # One selector key per fd; its data is the (reader, writer) pair of handles.
        self._ensure_open()
        handle = Handle(callback, args, self)
        key = self._keys.get(fd)
        if key is None:
            pair = (handle, None) if event == _selectors.EVENT_READ else (None, handle)
            self._poller.register(fd, event, pair)
            return handle
        reader, writer = key.data
        if event == _selectors.EVENT_READ:
            replaced, pair = reader, (handle, writer)
        else:
            replaced, pair = writer, (reader, handle)
        self._poller.modify(fd, key.events | event, pair)
        if replaced is not None:
            replaced.cancel()
        return handle

    def _unwatch(self, fd, event):
        if self._shut:
            return False
        key = self._keys.get(fd)
        if key is None:
            return False
        reader, writer = key.data
        events = key.events & ~event
        if event == _selectors.EVENT_READ:
            dropped, pair = reader, (None, writer)
        else:
            dropped, pair = writer, (reader, None)
        if events:
            self._poller.modify(fd, events, pair)
        else:
            self._poller.unregister(fd)
        if dropped is None:
            return False
        dropped.cancel()
        return True

    def _add_reader(self, fd, callback, *args):
        return self._watch(fd, _selectors.EVENT_READ, callback, args)

    def _remove_reader(self, fd):
        return self._unwatch(fd, _selectors.EVENT_READ)

    def _add_writer(self, fd, callback, *args):
        return self._watch(fd, _selectors.EVENT_WRITE, callback, args)

    def _remove_writer(self, fd):
        return self._unwatch(fd, _selectors.EVENT_WRITE)

    def add_reader(self, fd, callback, *args):
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        return self._remove_writer(fd)

    # -- sockets: try the call at once; if it would block, retry each time the fd is ready
    def _when_readable(self, fut, fd, attempt, *args):
        handle = self._add_reader(fd, attempt, *args)
        fut.add_done_callback(lambda f: self._forget(handle, self._remove_reader, fd))

    def _when_writable(self, fut, fd, attempt, *args):
        handle = self._add_writer(fd, attempt, *args)
        fut.add_done_callback(lambda f: self._forget(handle, self._remove_writer, fd))

    def _forget(self, handle, remove, fd):
        # Only the handle this future registered: a later registration on the fd is someone else's.
        if not handle._off:
            remove(fd)

    async def sock_recv(self, sock, n):
        try:
            return sock.recv(n)
        except _WOULD_BLOCK:
            pass
        fut = self.create_future()
        self._when_readable(fut, sock.fileno(), self._try_recv, fut, sock, n)
        return await fut

    def _try_recv(self, fut, sock, n):
        if fut.done():
            return
        try:
            data = sock.recv(n)
        except _WOULD_BLOCK:
            return
        except _FATAL:
            raise
        except BaseException as problem:
            fut.set_exception(problem)
        else:
            fut.set_result(data)

    async def sock_sendall(self, sock, data):
        try:
            sent = sock.send(data)
        except _WOULD_BLOCK:
            sent = 0
        if sent == len(data):
            return None
        fut = self.create_future()
        progress = [sent]
        self._when_writable(fut, sock.fileno(), self._try_send, fut, sock, data, progress)
        return await fut

    def _try_send(self, fut, sock, data, progress):
        if fut.done():
            return
        try:
            sent = sock.send(data[progress[0]:])
        except _WOULD_BLOCK:
            return
        except _FATAL:
            raise
        except BaseException as problem:
            fut.set_exception(problem)
            return
        progress[0] += sent
        if progress[0] >= len(data):
            fut.set_result(None)

    async def sock_accept(self, sock):
        fut = self.create_future()
        self._try_accept(fut, sock)
        return await fut

    def _try_accept(self, fut, sock):
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
        except _WOULD_BLOCK:
            self._when_readable(fut, sock.fileno(), self._try_accept, fut, sock)
        except _FATAL:
            raise
        except BaseException as problem:
            fut.set_exception(problem)
        else:
            fut.set_result((conn, address))

    async def sock_connect(self, sock, address):
        if sock.family in (_socket.AF_INET, _socket.AF_INET6) and not _is_numeric_host(address[0]):
            found = await self.run_in_executor(
                None, _socket.getaddrinfo, address[0], address[1], sock.family, sock.type, sock.proto)
            address = found[0][4]
        fut = self.create_future()
        try:
            sock.connect(address)
        except _WOULD_BLOCK:
            self._when_writable(fut, sock.fileno(), self._connect_ready, fut, sock, address)
        except _FATAL:
            raise
        except BaseException as problem:
            fut.set_exception(problem)
        else:
            fut.set_result(None)
        return await fut

    def _connect_ready(self, fut, sock, address):
        if fut.done():
            return
        try:
            err = sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')
        except _WOULD_BLOCK:
            return
        except _FATAL:
            raise
        except BaseException as problem:
            fut.set_exception(problem)
        else:
            fut.set_result(None)

    # -- servers and connections (the transports and Server objects are defined further down)
    async def create_server(self, protocol_factory, host=None, port=None, *, family=_socket.AF_UNSPEC,
                            flags=_socket.AI_PASSIVE, sock=None, backlog=100, ssl=None,
                            reuse_address=None, reuse_port=None, ssl_handshake_timeout=None,
                            ssl_shutdown_timeout=None, start_serving=True):
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            listening = self._bind_listeners(host, port, family, flags, reuse_address, reuse_port)
        elif sock is None:
            raise ValueError('Neither host/port nor sock were specified')
        else:
            if sock.type != _socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
            listening = [sock]
        for each in listening:
            each.setblocking(False)
        server = Server(self, listening, protocol_factory, backlog)
        if start_serving:
            server._start_serving()
            # As CPython does, let one iteration pass so that the listening readers are in place.
            await sleep(0)
        return server

    def _bind_listeners(self, host, port, family, flags, reuse_address, reuse_port):
        if host == '' or host is None:
            hosts = [None]
        elif isinstance(host, str):
            hosts = [host]
        else:
            hosts = list(host)
        addresses = []
        for each in hosts:
            for info in _socket.getaddrinfo(each, port, family, _socket.SOCK_STREAM, 0, flags):
                if info not in addresses:
                    addresses.append(info)
        if reuse_address is None:
            reuse_address = True
        made = []
        try:
            for af, kind, proto, _canonname, address in addresses:
                try:
                    listener = _socket.socket(af, kind, proto)
                except OSError:
                    # A family the host cannot open (no IPv6, say) is skipped, as in CPython.
                    continue
                made.append(listener)
                if reuse_address:
                    listener.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, True)
                if reuse_port:
                    listener.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEPORT, True)
                if af == _socket.AF_INET6:
                    # Each family gets its own socket: the IPv6 one must not also take IPv4.
                    listener.setsockopt(_socket.IPPROTO_IPV6, _socket.IPV6_V6ONLY, True)
                try:
                    listener.bind(address)
                except OSError as err:
                    raise OSError(err.errno, f'error while attempting to bind on address {address!r}: '
                                             f'{err.strerror.lower()}') from None
        except BaseException:
            for listener in made:
                listener.close()
            raise
        return made

    def _start_serving(self, protocol_factory, sock, server, backlog):
        self._add_reader(sock.fileno(), self._accept_ready, protocol_factory, sock, server, backlog)

    def _stop_serving(self, sock):
        fd = sock.fileno()
        self._remove_reader(fd)
        sock.close()

    def _accept_ready(self, protocol_factory, sock, server, backlog):
        # Take up to backlog waiting connections at once; each gets its transport in a task.
        for _ in range(backlog):
            try:
                conn, address = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            self.create_task(self._serve_connection(protocol_factory, conn, {'peername': address}, server))

    async def _serve_connection(self, protocol_factory, conn, extra, server):
        try:
            protocol = protocol_factory()
            made = self.create_future()
            transport = _SocketTransport(self, conn, protocol, made, extra, server)
            try:
                await made
            except BaseException:
                transport.close()
                raise
        except _FATAL:
            raise
        except BaseException as problem:
            self.call_exception_handler({
                'message': 'Error on transport creation for incoming connection',
                'exception': problem,
            })

    async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None, family=0,
                                proto=0, flags=0, sock=None, local_addr=None, server_hostname=None,
                                ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                                happy_eyeballs_delay=None, interleave=None):
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            sock = await self._connect_first(host, port, family, proto, flags, local_addr)
        elif sock is None:
            raise ValueError('host and port was not specified and no sock specified')
        elif sock.type != _socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        sock.setblocking(False)
        protocol = protocol_factory()
        made = self.create_future()
        transport = _SocketTransport(self, sock, protocol, made, None, None)
        try:
            await made
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def _connect_first(self, host, port, family, proto, flags, local_addr):
        # Each address getaddrinfo gives, in its order, until one connects.
        if _is_numeric_host(host):
            infos = _socket.getaddrinfo(host, port, family, _socket.SOCK_STREAM, proto, flags)
        else:
            infos = await self.run_in_executor(
                None, _socket.getaddrinfo, host, port, family, _socket.SOCK_STREAM, proto, flags)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        failures = []
        for af, kind, number, _canonname, address in infos:
            try:
                candidate = _socket.socket(af, kind, number)
            except OSError as problem:
                failures.append(problem)
                continue
            try:
                candidate.setblocking(False)
                if local_addr is not None:
                    candidate.bind(local_addr)
                await self.sock_connect(candidate, address)
            except OSError as problem:
                failures.append(problem)
                candidate.close()
            except BaseException:
                candidate.close()
                raise
            else:
                return candidate
        if len(failures) == 1 or all(str(f) == str(failures[0]) for f in failures):
            raise failures[0]
        raise OSError('Multiple exceptions: ' + ', '.join(str(f) for f in failures))


def _is_numeric_host(host):
    if not isinstance(host, str):
        return False
    for family in (_socket.AF_INET, _socket.AF_INET6):
        try:
            _socket.inet_pton(family, host.partition('%')[0])
            return True
        except (OSError, ValueError):
            pass
    return False


DefaultEventLoopPolicy = None


# ---- asyncio.run --------------------------------------------------------------------------------
class Runner:
    """A loop for a series of run() calls (asyncio.Runner): run(coro) runs one main task; close()
    cancels what is left, closes the async generators, and closes the loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._make_loop = loop_factory
        self._loop = None
        self._phase = 'created'
        self._interrupts = 0

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        self._ensure_loop()
        return self._loop

    def _ensure_loop(self):
        if self._phase == 'closed':
            raise RuntimeError('Runner is closed')
        if self._phase == 'initialized':
            return
        if self._make_loop is None:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
        else:
            self._loop = self._make_loop()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._phase = 'initialized'

    def close(self):
        if self._phase != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            for shutdown in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(shutdown())
        finally:
            if self._make_loop is None:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._phase = 'closed'

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _Registry.running is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._ensure_loop()
        task = self._loop.create_task(coro)
        # Ctrl+C (CPython's Runner): the first SIGINT cancels the main task, so its finally blocks
        # and async withs run, and run() then raises KeyboardInterrupt; a second one raises at once.
        ours = None
        if (_threading.current_thread() is _threading.main_thread()
                and _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler):
            ours = lambda signum, frame: self._on_sigint(task)
            try:
                _signal.signal(_signal.SIGINT, ours)
            except ValueError:
                ours = None
        self._interrupts = 0
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            if self._interrupts > 0 and task.uncancel() == 0:
                raise KeyboardInterrupt()
            raise
        finally:
            if ours is not None and _signal.getsignal(_signal.SIGINT) is ours:
                _signal.signal(_signal.SIGINT, _signal.default_int_handler)

    def _on_sigint(self, main_task):
        self._interrupts += 1
        if self._interrupts > 1 or main_task.done():
            raise KeyboardInterrupt()
        main_task.cancel()
        # A no-op callback from 'another thread' writes to the self-pipe: a select() that would
        # wait for its timeout returns now, and the cancellation is delivered.
        self._loop.call_soon_threadsafe(lambda: None)


def run(main, *, debug=None):
    if _Registry.running is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    runner = Runner(debug=debug)
    try:
        return runner.run(main)
    finally:
        runner.close()


def _cancel_all_tasks(loop):
    left = all_tasks(loop)
    if not left:
        return
    for task in left:
        task.cancel()
    loop.run_until_complete(gather(*left, return_exceptions=True))
    for task in left:
        # A task that ended with an error instead of its cancellation is reported.
        problem = None if task.cancelled() else task.exception()
        if problem is not None:
            context = {'message': 'unhandled exception during asyncio.run() shutdown'}
            context.update(exception=problem, task=task)
            loop.call_exception_handler(context)


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


def _settle_waiter(future, exc):
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
        _settle_waiter(self._ended, exc)
        self._lost = True
        if self._writing_held:
            for drainer in self._drainers:
                _settle_waiter(drainer, exc)
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
            _settle_waiter(drainer, None)

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
