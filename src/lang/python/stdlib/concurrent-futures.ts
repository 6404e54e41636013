// concurrent.futures: Future, wait, as_completed, Executor and ThreadPoolExecutor, written in
// Python from the library documentation and python3 3.11's observable behaviour (states and
// reprs, the messages of InvalidStateError/TimeoutError/RuntimeError/BrokenThreadPool, when a
// waiter wakes), and run by the first import. A thread-pool server (`pool.submit(handle, conn)`)
// behaves as in CPython: idle workers are reused, new ones started up to max_workers, named
// `<prefix>_<n>`. The workers are threading.Thread objects, tasks on the one event loop
// (src/modules/threading.ts). At exit, before the program's non-daemon threads are joined, the
// session calls the hook given as `_register_atexit` (threading._register_atexit in CPython),
// which wakes and joins the idle workers. Executors are held by plain references (socklab has
// no garbage collector to watch): one never shut down is shut down at exit.
// Not here: ProcessPoolExecutor, Future's __class_getitem__, `__all__`.

import { native } from '../runtime/call.ts';

/** concurrent.futures._base: the futures, the two ways to wait for them, the Executor interface. */
export const FUTURES_BASE_SOURCE = String.raw`import collections
import logging
import threading
import time

# wait()'s return_when: each constant is its own name.
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'

# A future's _state, spelt as InvalidStateError's message shows it.
PENDING, RUNNING, FINISHED = 'PENDING', 'RUNNING', 'FINISHED'
CANCELLED, CANCELLED_AND_NOTIFIED = 'CANCELLED', 'CANCELLED_AND_NOTIFIED'

# Settled: a waiter counts these as done (a cancel() not yet seen by its executor is not).
_SETTLED = (CANCELLED_AND_NOTIFIED, FINISHED)
_OVER = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

LOGGER = logging.getLogger('concurrent.futures')


class Error(Exception):
    """Base class for the errors of concurrent.futures."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The Future is in a state that does not allow this operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run tasks (a worker failed to start)."""


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')

# How a watch decides that its waiter may stop waiting.
_ANY_NEWS = 'ANY_NEWS'


class _Watch:
    # One wait() or as_completed() call: the futures it watches report to it as they settle.
    def __init__(self, rule, outstanding):
        self.rule = rule
        self.outstanding = outstanding
        self.news = []
        self.lock = threading.Lock()
        self.event = threading.Event()

    def settled(self, fut, failed):
        with self.lock:
            self.news.append(fut)
            self.outstanding -= 1
            wake = (self.rule in (FIRST_COMPLETED, _ANY_NEWS) or self.outstanding <= 0
                    or (failed and self.rule == FIRST_EXCEPTION))
            if wake:
                self.event.set()

    def take_news(self):
        with self.lock:
            news = self.news
            self.news = []
            self.event.clear()
        return news


def _watch_each(futures, watch):
    # Returns the futures already settled; the others will report to watch.
    settled = []
    for fut in futures:
        with fut._cv:
            if fut._state in _SETTLED:
                settled.append(fut)
            else:
                fut._watches.append(watch)
    return settled


def _unwatch_each(futures, watch):
    for fut in futures:
        with fut._cv:
            if watch in fut._watches:
                fut._watches.remove(watch)


def _failed(fut):
    return fut._state == FINISHED and fut._error is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs to complete, as return_when says (or for timeout seconds).

    Returns a named 2-tuple of sets, (done, not_done)."""
    futures = set(fs)
    done = set(f for f in futures if f._state in _SETTLED)
    not_done = futures - done
    if not not_done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(_failed(f) for f in done):
        return DoneAndNotDoneFutures(done, not_done)
    watch = _Watch(return_when, len(not_done))
    try:
        for fut in _watch_each(not_done, watch):
            watch.settled(fut, _failed(fut))
        watch.event.wait(timeout)
    finally:
        _unwatch_each(not_done, watch)
    done = set(f for f in futures if f._state in _SETTLED)
    return DoneAndNotDoneFutures(done, futures - done)


def as_completed(fs, timeout=None):
    """An iterator over the futures in fs, each given as soon as it completes (finished or
    cancelled); those complete already come first. Raises TimeoutError if the rest are not
    complete timeout seconds after the call."""
    deadline = None if timeout is None else time.monotonic() + timeout
    futures = set(fs)
    watch = _Watch(_ANY_NEWS, len(futures))
    try:
        ready = _watch_each(futures, watch)
        waiting = futures - set(ready)
        for fut in ready:
            yield fut
        while waiting:
            if deadline is None:
                watch.event.wait()
            else:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(waiting), len(futures)))
                watch.event.wait(left)
            for fut in watch.take_news():
                if fut in waiting:
                    waiting.discard(fut)
                    yield fut
    finally:
        _unwatch_each(futures, watch)


def _notify(fn, fut):
    # A done callback that raises is logged; the others still run.
    try:
        fn(fut)
    except Exception:
        LOGGER.error('exception calling callback for %r', fut, exc_info=True)


class Future:
    """The result of an asynchronous call: pending, running, then finished or cancelled."""

    def __init__(self):
        """A new future, pending (executors make them; tests may too)."""
        self._state = PENDING
        self._value = self._error = None
        self._cv = threading.Condition()
        self._watches = []
        self._callbacks = []

    def __repr__(self):
        where = '<%s at %s state=' % (type(self).__name__, hex(id(self)))
        if self._state == FINISHED:
            if self._error is not None:
                return where + 'finished raised %s>' % type(self._error).__name__
            return where + 'finished returned %s>' % type(self._value).__name__
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            return where + 'cancelled>'
        return where + self._state.lower() + '>'

    def _run_callbacks(self):
        pending, self._callbacks = self._callbacks, []
        for fn in pending:
            _notify(fn, self)

    def _settle(self, state, result, exception):
        # Called with the condition held.
        self._state = state
        self._value = result
        self._error = exception
        failed = exception is not None
        for watch in list(self._watches):
            watch.settled(self, failed)
        self._cv.notify_all()

    def cancel(self):
        """Cancel the future if it has not started. Returns False if it is running or finished."""
        with self._cv:
            was = self._state
            if was == PENDING:
                self._state = CANCELLED
                self._cv.notify_all()
        if was == PENDING:
            self._run_callbacks()
        return was not in (RUNNING, FINISHED)

    def cancelled(self):
        """Whether the future was cancelled."""
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Whether the call is running now."""
        return self._state == RUNNING

    def done(self):
        """Whether the future was cancelled or has finished running."""
        return self._state in _OVER

    def add_done_callback(self, fn):
        """Call fn(future) when the future is cancelled or finishes (at once if it has)."""
        with self._cv:
            if self._state not in _OVER:
                self._callbacks.append(fn)
                return
        _notify(fn, self)

    def _outcome(self):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        return self._state == FINISHED

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds for it.

        Raises CancelledError, TimeoutError, or the exception the call raised."""
        with self._cv:
            if not self._outcome():
                self._cv.wait(timeout)
                if not self._outcome():
                    raise TimeoutError()
            if self._error is not None:
                raise self._error
            return self._value

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to timeout seconds."""
        with self._cv:
            if not self._outcome():
                self._cv.wait(timeout)
                if not self._outcome():
                    raise TimeoutError()
            return self._error

    def set_running_or_notify_cancel(self):
        """For executors: mark the future running (True), or report its cancellation (False)."""
        with self._cv:
            if self._state == CANCELLED:
                self._settle(CANCELLED_AND_NOTIFIED, None, None)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._cv:
            if self._state in _OVER:
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._settle(FINISHED, result, exception)
        self._run_callbacks()

    def set_result(self, result):
        """For executors and tests: the call returned result."""
        self._finish(result, None)

    def set_exception(self, exception):
        """For executors and tests: the call raised exception."""
        self._finish(None, exception)


def _result_before(fut, deadline):
    # map's results: a result that does not come in time (or fails) cancels its future first.
    try:
        if deadline is None:
            return fut.result()
        return fut.result(deadline - time.monotonic())
    except BaseException:
        fut.cancel()
        raise


class Executor:
    """The interface of ThreadPoolExecutor (and CPython's ProcessPoolExecutor)."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); returns its Future. Executors define it."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls made concurrently; the results come in order.

        A result not ready timeout seconds after the call raises TimeoutError."""
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _ordered_results(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once its pending futures are done."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        # Leaving the block waits for every call submitted in it; an exception goes on.
        self.shutdown(wait=True)
        return False


def _ordered_results(futures, deadline):
    # A generator apart from map, so that map submits every call before its first result is asked.
    position = 0
    try:
        while position < len(futures):
            fut = futures[position]
            futures[position] = None
            position += 1
            yield _result_before(fut, deadline)
    finally:
        for fut in futures[position:]:
            fut.cancel()
`;

/** concurrent.futures.thread: ThreadPoolExecutor, its work items and its workers. */
export const FUTURES_THREAD_SOURCE = String.raw`import os
import queue
import threading
# _base and _register_atexit are given by the session (futuresFactories).

# Set once the program ends: idle workers then leave, and submit() refuses new work.
_exiting = False
_live_executors = []


def _at_exit():
    global _exiting
    _exiting = True
    pools = list(_live_executors)
    for pool in pools:
        pool._tasks.put(None)
    for pool in pools:
        for worker in list(pool._threads):
            worker.join()

_register_atexit(_at_exit)


def _run_task(task):
    # A queued call is (future, fn, args, kwargs); one cancelled while queued is skipped.
    fut, fn, args, kwargs = task
    if not fut.set_running_or_notify_cancel():
        return
    failure = None
    try:
        outcome = fn(*args, **kwargs)
    except BaseException as exc:
        failure = exc
    if failure is None:
        fut.set_result(outcome)
    else:
        fut.set_exception(failure)


def _initialized(initializer, initargs):
    try:
        initializer(*initargs)
        return True
    except BaseException:
        _base.LOGGER.critical('Exception in initializer:', exc_info=True)
        return False


def _work(pool, tasks, initializer, initargs):
    # A worker thread: run queued calls until a None wakes it while the pool or program ends.
    if initializer is not None and not _initialized(initializer, initargs):
        pool._break()
        return
    while True:
        task = tasks.get()
        if task is None:
            if _exiting or pool._closed:
                tasks.put(None)  # for the next worker
                return
            continue
        _run_task(task)
        task = None
        pool._now_idle()


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker of a ThreadPoolExecutor failed to initialize."""


_unnamed_pools = [0]


class ThreadPoolExecutor(_base.Executor):
    """Runs calls on a pool of up to max_workers threads."""

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        """max_workers defaults to min(32, os.cpu_count() + 4); the threads are named
        thread_name_prefix + '_<n>'; initializer(*initargs) runs first in each thread."""
        workers = min(32, (os.cpu_count() or 1) + 4) if max_workers is None else max_workers
        if workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if not (initializer is None or callable(initializer)):
            raise TypeError('initializer must be a callable')
        if not thread_name_prefix:
            thread_name_prefix = 'ThreadPoolExecutor-%d' % _unnamed_pools[0]
            _unnamed_pools[0] += 1
        self._max_workers = workers
        self._thread_name_prefix = thread_name_prefix
        self._startup = (initializer, initargs)
        self._tasks = queue.SimpleQueue()
        self._threads = set()
        self._idle = 0
        self._failure = None
        self._closed = False
        self._lock = threading.Lock()

    def _now_idle(self):
        with self._lock:
            self._idle += 1

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker thread; returns its Future."""
        with self._lock:
            if self._failure is not None:
                raise BrokenThreadPool(self._failure)
            if self._closed or _exiting:
                when = 'shutdown' if self._closed else 'interpreter shutdown'
                raise RuntimeError('cannot schedule new futures after ' + when)
            fut = _base.Future()
            self._tasks.put((fut, fn, args, kwargs))
            # An idle worker takes it; else a new one, while there are fewer than max_workers.
            if self._idle:
                self._idle -= 1
            elif len(self._threads) < self._max_workers:
                self._add_worker()
            return fut

    def _add_worker(self):
        if not self._threads:
            _live_executors.append(self)
        initializer, initargs = self._startup
        worker = threading.Thread(name='%s_%d' % (self._thread_name_prefix, len(self._threads)),
                                  target=_work, args=(self, self._tasks, initializer, initargs))
        worker.start()
        self._threads.add(worker)

    def _take_queued(self):
        taken = []
        while True:
            try:
                task = self._tasks.get_nowait()
            except queue.Empty:
                return taken
            if task is not None:
                taken.append(task[0])

    def _break(self):
        # An initializer failed: the pool refuses new calls and the queued ones fail.
        with self._lock:
            self._failure = 'A thread initializer failed, the thread pool is not usable anymore'
            for fut in self._take_queued():
                if not fut.done():
                    fut.set_exception(BrokenThreadPool(self._failure))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Refuse new calls; cancel the queued ones if cancel_futures; wait for the workers if wait."""
        with self._lock:
            self._closed = True
            doomed = self._take_queued() if cancel_futures else []
            self._tasks.put(None)
        for fut in doomed:
            fut.cancel()
        if not wait:
            return
        for worker in list(self._threads):
            worker.join()
        if self in _live_executors:
            _live_executors.remove(self)
`;

/** What the session lends the modules: running a Python source as a module, importing, the exit hook. */
export interface FuturesHost {
  pythonModule: (name: string, source: string, natives?: Record<string, unknown>) => Promise<Record<string, unknown>>;
  importModule: (name: string) => Promise<Record<string, unknown>>;
  /** threading._register_atexit: `fn` is called when the program ends, before its threads are joined. */
  registerAtexit: (fn: unknown) => void;
}

const _EXPORTS = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
  'InvalidStateError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed'];

/** The factories of concurrent, concurrent.futures and its _base and thread submodules. */
export function futuresFactories(host: FuturesHost, makeModule: (name: string, attrs: Record<string, unknown>) => Record<string, unknown>): Record<string, () => Promise<Record<string, unknown>>> {
  return {
    concurrent: async () => makeModule('concurrent', {}),
    'concurrent.futures._base': () => host.pythonModule('concurrent.futures._base', FUTURES_BASE_SOURCE),
    'concurrent.futures.thread': async () => host.pythonModule('concurrent.futures.thread', FUTURES_THREAD_SOURCE, {
      _base: await host.importModule('concurrent.futures._base'),
      _register_atexit: native('_register_atexit', (args) => {
        host.registerAtexit(args[0]);
        return null;
      }),
    }),
    'concurrent.futures': async () => {
      const base = await host.importModule('concurrent.futures._base');
      const thread = await host.importModule('concurrent.futures.thread');
      const attrs: Record<string, unknown> = Object.fromEntries(_EXPORTS.map((name) => [name, base[name]]));
      return makeModule('concurrent.futures', { ...attrs, ThreadPoolExecutor: thread.ThreadPoolExecutor, _base: base, thread });
    },
  };
}
