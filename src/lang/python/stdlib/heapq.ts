// Python's heapq (Lib/heapq.py, CPython 3.11), written in Python and run once by the first import,
// as dataclasses is. heappush, heappop, heapify, heapreplace and heappushpop move items as
// CPython's _siftdown/_siftup do (the same comparisons, in the same order), so a heap's list prints
// as CPython's does after the same calls; the C module's argument checks and IndexError are kept.
// nsmallest/nlargest give what the documentation says they equal (sorted(...)[:n]), and merge is
// lazy and stable (equal items come from the earlier iterable first), as CPython's is.
// Provenance: much of the Python source below is CPython 3.11's own Lib/heapq.py, kept line for line
// where the behaviour depends on it (Python Software Foundation License Version 2;
// Copyright (c) 2001-2023 Python Software Foundation; all rights reserved).
export const HEAPQ_SOURCE = String.raw`def _check(name, heap, what='argument 1'):
    if not isinstance(heap, list):
        raise TypeError(f'{name}() {what} must be list, not {type(heap).__name__}')

def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check('heappush', heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)

def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check('heappop', heap, 'argument')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt

def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check('heapreplace', heap)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem

def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item

def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check('heapify', x, 'argument')
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)

def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem

def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)

def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    its = [iter(it) for it in iterables]
    heads = []
    for order, it in enumerate(its):
        for value in it:
            heads.append([value if key is None else key(value), order, value])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            if (heads[best][0] < heads[i][0]) if reverse else (heads[i][0] < heads[best][0]):
                best = i
        entry = heads[best]
        yield entry[2]
        for value in its[entry[1]]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del heads[best]

def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset; equivalent to sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]

def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset; equivalent to sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
`;
