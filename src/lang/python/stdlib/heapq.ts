// Python's heapq module, written in Python and run once by the first import. A heap is a plain
// list with heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2]; programs print such lists, so every
// operation must leave the items where python3 leaves them, not merely keep the invariant. Two moves
// do all the work, both comparing with `<` only:
//   _rise: an item climbs from a slot towards a floor slot while it is smaller than its parent
//          (each parent it passes drops one level into the hole);
//   _fall: the item in a slot is pulled out, the hole is pushed all the way down to a leaf by
//          lifting the smaller child each time (the right one on ties: left is taken only when it
//          is strictly smaller), and the item is dropped into the leaf and made to _rise back.
//          This "to the bottom, then up" order is what python3's heappop/heapify produce.
// nsmallest/nlargest return what the documentation defines them as, sorted(iterable, key=key)[:n]
// (reverse=True for nlargest), stable on ties, taking the same items python3 takes from an unsized
// iterable (a heap of the n best so far); merge is a lazy generator that gives equal keys in the
// order of the inputs.
// The C accelerator's argument checks and IndexError text are reproduced; its private _*_max
// helpers are left out. Written from the library documentation and python3 3.11's observed
// behaviour.
export const HEAPQ_SOURCE = String.raw`def _need_list(func, value, which):
    if not isinstance(value, list):
        shown = 'None' if value is None else type(value).__name__
        raise TypeError(f'{func}() {which} must be list, not {shown}')

def _rise(heap, floor, slot):
    climber = heap[slot]
    while slot > floor:
        up = (slot - 1) >> 1
        parent = heap[up]
        if not climber < parent:
            break
        heap[slot] = parent
        slot = up
    heap[slot] = climber

def _fall(heap, slot):
    size = len(heap)
    top = slot
    sinker = heap[slot]
    below = 2 * slot + 1
    while below < size:
        other = below + 1
        if other < size and not heap[below] < heap[other]:
            below = other
        heap[slot] = heap[below]
        slot = below
        below = 2 * slot + 1
    heap[slot] = sinker
    _rise(heap, top, slot)

def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list('heappush', heap, 'argument 1')
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)

def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list('heappop', heap, 'argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _fall(heap, 0)
    return smallest

def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _need_list('heapreplace', heap, 'argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _fall(heap, 0)
    return smallest

def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _need_list('heappushpop', heap, 'argument 1')
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _fall(heap, 0)
        return smallest
    return item

def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _need_list('heapify', heap, 'argument')
    for slot in range(len(heap) // 2 - 1, -1, -1):
        _fall(heap, slot)

def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Lazily yields what sorted(itertools.chain(*iterables), key=key, reverse=reverse)
    would give, provided each input is already sorted that way.
    """
    # One [sort key, value, iterator] per input still running, in input order. Each step scans
    # the heads for the first best one (a later input wins only when strictly better, so equal
    # keys come out in input order), yields it and refills it from its input. A learner merges a
    # handful of inputs, where this scan is cheaper than keeping a heap of them.
    heads = []
    for source in iterables:
        stream = iter(source)
        for value in stream:
            heads.append([value if key is None else key(value), value, stream])
            break
    while len(heads) > 1:
        pick = 0
        best = heads[0][0]
        for index in range(1, len(heads)):
            rival = heads[index][0]
            if reverse:
                if best < rival:
                    pick = index
                    best = rival
            elif not best < rival and rival < best:
                pick = index
                best = rival
        chosen = heads[pick]
        yield chosen[1]
        for value in chosen[2]:
            chosen[0] = value if key is None else key(value)
            chosen[1] = value
            break
        else:
            del heads[pick]
    if heads:
        last = heads[0]
        yield last[1]
        yield from last[2]

def _rise_max(heap, floor, slot):
    climber = heap[slot]
    while slot > floor:
        up = (slot - 1) >> 1
        parent = heap[up]
        if not parent < climber:
            break
        heap[slot] = parent
        slot = up
    heap[slot] = climber

def _fall_max(heap, slot):
    # _fall for a heap with its largest item on top (nsmallest keeps its n best in one).
    size = len(heap)
    top = slot
    sinker = heap[slot]
    below = 2 * slot + 1
    while below < size:
        other = below + 1
        if other < size and not heap[other] < heap[below]:
            below = other
        heap[slot] = heap[below]
        slot = below
        below = 2 * slot + 1
    heap[slot] = sinker
    _rise_max(heap, top, slot)

def _known_size(iterable):
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return None

def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        iter(iterable)  # python3 still refuses a non-iterable, though it takes nothing from it
        return []
    if n == 1:
        return _extreme(min, iterable, key)
    size = _known_size(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key)[:n]
    return _choose(n, iterable, key, False)

def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        iter(iterable)  # python3 still refuses a non-iterable, though it takes nothing from it
        return []
    if n == 1:
        return _extreme(max, iterable, key)
    size = _known_size(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=True)[:n]
    return _choose(n, iterable, key, True)

def _choose(n, iterable, key, largest):
    # python3 selects with a heap of the n best so far, (rank, arrival) entries (rank, arrival,
    # item with a key) where a later item takes the top entry's place only when strictly better,
    # and the survivors are sorted at the end. Where ranks are ints or strs, that is the first n of
    # a stable sort of the ranks; otherwise the heap is run (see _plainly_ordered).
    items = iterable if type(iterable) is list else list(iterable)
    ranks = items if key is None else list(map(key, items))
    if _plainly_ordered(ranks):
        if key is None:
            return sorted(items, reverse=largest)[:n]
        picks = sorted(range(len(items)), key=ranks.__getitem__, reverse=largest)[:n]
        return [items[index] for index in picks]
    count = min(n, len(items))
    if count == 0:
        return []
    if largest:
        # A min-heap holds the n largest; arrival numbers count down so that an earlier item
        # still wins a tie once the survivors are sorted in reverse.
        kept = _entries(items, ranks, key, count, -1)
        for slot in range(count // 2 - 1, -1, -1):
            _fall(kept, slot)
        worst = kept[0][0]
        for index in range(count, len(items)):
            rank = ranks[index]
            if worst < rank:
                kept[0] = (rank, -index) if key is None else (rank, -index, items[index])
                _fall(kept, 0)
                worst = kept[0][0]
        kept.sort(reverse=True)
    else:
        # A max-heap holds the n smallest, its worst on top.
        kept = _entries(items, ranks, key, count, 1)
        for slot in range(count // 2 - 1, -1, -1):
            _fall_max(kept, slot)
        worst = kept[0][0]
        for index in range(count, len(items)):
            rank = ranks[index]
            if rank < worst:
                kept[0] = (rank, index) if key is None else (rank, index, items[index])
                _fall_max(kept, 0)
                worst = kept[0][0]
        kept.sort()
    return [entry[0] for entry in kept] if key is None else [entry[2] for entry in kept]

def _entries(items, ranks, key, count, step):
    if key is None:
        return [(items[index], step * index) for index in range(count)]
    return [(ranks[index], step * index, items[index]) for index in range(count)]

def _plainly_ordered(items):
    # Among ints or among strs, two items neither of which is less than the other are equal, so
    # the heap selection picks exactly the first n of a stable sort, which costs less here. Other
    # items (classes with only __lt__, floats that may be nan, sets) take the heap path: there the
    # picks differ from a sort's when two items are neither less than each other nor equal.
    # sum() and str.join() tell, without a Python-level loop, that every item is an int (a float
    # would make the total a float) or that every item is a str.
    try:
        return type(sum(items)) is int
    except TypeError:
        pass
    try:
        ''.join(items)
    except TypeError:
        return False
    return True

def _extreme(pick, iterable, key):
    missing = object()
    found = pick(iterable, default=missing) if key is None else pick(iterable, default=missing, key=key)
    return [] if found is missing else [found]
`;
