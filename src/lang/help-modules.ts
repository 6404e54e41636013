// help() entries for the modules of src/modules/ (struct, select, threading, _thread,
// multiprocessing, socketserver) and, in pythonModuleHelp, the Python front end's (json, pickle, io, string, …): signature, example, and whether the call waits. help.ts merges
// them with os and time; the texts are in src/i18n/{en,zh}/help-modules.ts. Functions, called by
// the first help(): a start that never calls help() neither builds these tables nor reads them
// from its code cache.

/** Signature, example, and whether the call waits (returns a Promise the REPL awaits). */
export type HelpEntry = readonly [signature: string, example: string, blocking?: 'blocking'];

export const moduleHelp = () => ({
  struct: {
    pack: ['struct.pack(format, *values) -> bytes', "header = struct.pack('!I', data.length)"],
    unpack: ['struct.unpack(format, buffer) -> tuple', "const [n] = struct.unpack('!I', header)"],
    calcsize: ['struct.calcsize(format) -> int', "struct.calcsize('!I')"],
    pack_into: ['struct.pack_into(format, buffer, offset, *values)', "struct.pack_into('!H', buf, 0, 80)"],
    unpack_from: ['struct.unpack_from(format, buffer, offset=0) -> tuple', "struct.unpack_from('!H', packet, 2)"],
    iter_unpack: ['struct.iter_unpack(format, buffer) -> iterator of tuples', "for (const [x] of struct.iter_unpack('!H', data)) print(x)"],
    Struct: ['struct.Struct(format)', "const header = struct.Struct('!I'); header.pack(5)"],
    error: ['struct.error', "try { struct.pack('!B', 300) } catch (e) { print(e) }"],
  },
  select: {
    select: ['select.select(rlist, wlist, xlist[, timeout]) -> (readable, writable, exceptional)', 'const [readable] = select.select([server, ...clients], [], [], 1)', 'blocking'],
  },
  threading: {
    Thread: ['threading.Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None)', 'const t = threading.Thread({ target: recvLoop, args: [conn] }); t.start()'],
    Lock: ['threading.Lock() — acquire(blocking=True, timeout=-1), release(), locked()', 'await lock.acquire(); try { count += 1 } finally { lock.release() }'],
    RLock: ['threading.RLock()', 'const r = threading.RLock()'],
    Event: ['threading.Event() — set(), clear(), is_set(), wait(timeout=None)', 'await ready.wait(5)'],
    Condition: ['threading.Condition(lock=None) — wait(timeout), wait_for(predicate, timeout), notify(n=1), notify_all()', 'await cond.wait_for(() => queue.length > 0)'],
    Semaphore: ['threading.Semaphore(value=1)', 'const slots = threading.Semaphore(3)'],
    current_thread: ['threading.current_thread() -> Thread', 'print(threading.current_thread().name)'],
    main_thread: ['threading.main_thread() -> Thread', 'threading.main_thread()'],
    active_count: ['threading.active_count() -> int', 'print(threading.active_count())'],
    enumerate: ['threading.enumerate() -> list', 'threading.enumerate()'],
    get_ident: ['threading.get_ident() -> int', 'threading.get_ident()'],
  },
  _thread: {
    start_new_thread: ['_thread.start_new_thread(function, args[, kwargs]) -> int', '_thread.start_new_thread(recvMsg, [])'],
    allocate_lock: ['_thread.allocate_lock() -> lock', 'const lock = _thread.allocate_lock()'],
  },
  multiprocessing: {
    Process: ['multiprocessing.Process(group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None)', 'const p = multiprocessing.Process({ target: dealWithClient, args: [conn, addr] }); p.start()'],
    current_process: ['multiprocessing.current_process()', 'multiprocessing.current_process().name'],
    cpu_count: ['multiprocessing.cpu_count() -> int', 'multiprocessing.cpu_count()'],
  },
  socketserver: {
    TCPServer: ['socketserver.TCPServer(server_address, RequestHandlerClass, bind_and_activate=True)', "using server = socketserver.TCPServer(['127.0.0.1', 9999], MyHandler); server.serve_forever()"],
    UDPServer: ['socketserver.UDPServer(server_address, RequestHandlerClass)', "socketserver.UDPServer(['127.0.0.1', 9999], MyHandler)"],
    ThreadingTCPServer: ['socketserver.ThreadingTCPServer(server_address, RequestHandlerClass)', "socketserver.ThreadingTCPServer(['127.0.0.1', 9999], MyHandler).serve_forever()"],
    ThreadingUDPServer: ['socketserver.ThreadingUDPServer(server_address, RequestHandlerClass)', "socketserver.ThreadingUDPServer(['127.0.0.1', 9999], MyHandler)"],
    ForkingTCPServer: ['socketserver.ForkingTCPServer(server_address, RequestHandlerClass)', "socketserver.ForkingTCPServer(['127.0.0.1', 9999], MyHandler)"],
    BaseRequestHandler: ['socketserver.BaseRequestHandler — request, client_address, server; setup(), handle(), finish()', 'class MyHandler extends socketserver.BaseRequestHandler { async handle() { const data = await this.request.recv(1024) } }'],
    StreamRequestHandler: ['socketserver.StreamRequestHandler — rfile, wfile', 'class Echo extends socketserver.StreamRequestHandler { async handle() { await this.wfile.write(await this.rfile.readline()) } }'],
    DatagramRequestHandler: ['socketserver.DatagramRequestHandler — rfile, wfile (one datagram)', 'class Echo extends socketserver.DatagramRequestHandler { handle() { this.wfile.write(this.rfile.read()) } }'],
  },
} satisfies Record<string, Record<string, HelpEntry>>);

/** help() entries for the modules only a Python program imports (src/lang/python/stdlib/); Python examples. */
export const pythonModuleHelp = () => ({
  json: {
    dumps: ['json.dumps(obj, *, ensure_ascii=True, indent=None, separators=None, default=None, sort_keys=False) -> str', "header = json.dumps({'cmd': 'put', 'size': len(body)}).encode('utf-8')"],
    loads: ['json.loads(s) -> object', "header = json.loads(conn.recv(header_len).decode('utf-8'))"],
    dump: ['json.dump(obj, fp, **kw)', "with open('data.json', 'w') as f: json.dump(info, f)"],
    load: ['json.load(fp) -> object', "with open('data.json') as f: info = json.load(f)"],
    JSONDecodeError: ['json.JSONDecodeError(msg, doc, pos) — msg, doc, pos, lineno, colno', 'except json.JSONDecodeError as e: print(e.pos)'],
  },
  pickle: {
    dumps: ['pickle.dumps(obj, protocol=None, *, fix_imports=True) -> bytes', "data = pickle.dumps(msg); conn.sendall(struct.pack('!I', len(data)) + data)"],
    loads: ["pickle.loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict') -> object", "msg = pickle.loads(data)  # data: all n bytes that the length prefix announced"],
    dump: ['pickle.dump(obj, file, protocol=None, *, fix_imports=True)', "f = conn.makefile('wb'); pickle.dump(msg, f); f.flush()"],
    load: ["pickle.load(file, *, fix_imports=True, encoding='ASCII', errors='strict') -> object", "msg = pickle.load(conn.makefile('rb'))"],
    PickleError: ['pickle.PickleError — PicklingError, UnpicklingError', 'except pickle.PickleError as e: print(e)'],
    PicklingError: ['pickle.PicklingError (a PickleError)', 'except pickle.PicklingError: print("cannot send that object")'],
    UnpicklingError: ['pickle.UnpicklingError (a PickleError)', 'except (pickle.UnpicklingError, EOFError): conn.close()'],
  },
  io: {
    BytesIO: ["io.BytesIO(initial_bytes=b'') — write(b), read(size=-1), readline(), getvalue(), seek(offset, whence=0), tell(), truncate(size=None), close()", 'buf = io.BytesIO(); buf.write(conn.recv(4096)); buf.seek(0); line = buf.readline()'],
    StringIO: ["io.StringIO(initial_value='', newline='\\n') — write(s), read(size=-1), readline(), getvalue(), seek(offset), tell(), close()", "out = io.StringIO(); print('hello', file=out); conn.sendall(out.getvalue().encode())"],
  },
  string: {
    Template: ['string.Template(template) — substitute(mapping={}, /, **kws), safe_substitute(mapping={}, /, **kws), template', "reply = string.Template('HTTP/1.0 $status OK').substitute(status=200)"],
    capwords: ['string.capwords(s, sep=None) -> str', "string.capwords('hello   socket world')"],
    Formatter: ['string.Formatter() — format(format_string, /, *args, **kwargs), vformat(format_string, args, kwargs)', "string.Formatter().format('{0}:{1}', host, port)"],
  },
  selectors: {
    DefaultSelector: ['selectors.DefaultSelector() — register(fileobj, events, data=None) with events EVENT_READ (1) | EVENT_WRITE (2), unregister(fileobj), modify(fileobj, events, data=None), select(timeout=None), get_key(fileobj), get_map(), close()', 'sel = selectors.DefaultSelector(); sel.register(server, selectors.EVENT_READ, accept)'],
    SelectorKey: ['selectors.SelectorKey(fileobj, fd, events, data)', 'for key, mask in sel.select(): key.data(key.fileobj, mask)'],
  },
  queue: {
    Queue: ['queue.Queue(maxsize=0) — put(item, block=True, timeout=None), get(block=True, timeout=None), put_nowait, get_nowait, qsize(), empty(), full(), task_done(), join()', 'jobs = queue.Queue(); jobs.put(conn); conn = jobs.get()'],
    LifoQueue: ['queue.LifoQueue(maxsize=0)', 'stack = queue.LifoQueue()'],
    PriorityQueue: ['queue.PriorityQueue(maxsize=0)', "tasks = queue.PriorityQueue(); tasks.put((1, 'urgent'))"],
    SimpleQueue: ['queue.SimpleQueue() — put(item), get(block=True, timeout=None), empty(), qsize()', 'messages = queue.SimpleQueue()'],
    Empty: ['queue.Empty', 'except queue.Empty: print("nothing yet")'],
    Full: ['queue.Full', 'except queue.Full: print("queue is full")'],
  },
  subprocess: {
    Popen: ['subprocess.Popen(args, *, shell=False, stdin=None, stdout=None, stderr=None, text=False) — communicate(input=None, timeout=None), wait(timeout=None), poll(), returncode, stdout.read(), stdout.readline()', "obj = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE); out = obj.stdout.read()"],
    run: ['subprocess.run(args, *, shell=False, capture_output=False, check=False, text=False, input=None) -> CompletedProcess', "r = subprocess.run('ls', shell=True, capture_output=True); print(r.stdout)"],
    check_output: ['subprocess.check_output(args, *, shell=False, stderr=None, text=False) -> bytes', "out = subprocess.check_output('uname -a', shell=True)"],
    call: ['subprocess.call(args, *, shell=False) -> int', "status = subprocess.call('ls', shell=True)"],
    getoutput: ['subprocess.getoutput(cmd) -> str', "print(subprocess.getoutput('date'))"],
    getstatusoutput: ['subprocess.getstatusoutput(cmd) -> (int, str)', "status, text = subprocess.getstatusoutput('ls /tmp')"],
    CalledProcessError: ['subprocess.CalledProcessError — returncode, cmd, output, stderr', 'except subprocess.CalledProcessError as e: print(e.returncode)'],
    TimeoutExpired: ['subprocess.TimeoutExpired — cmd, timeout, output, stderr', 'except subprocess.TimeoutExpired: obj.kill()'],
  },
  random: {
    seed: ['random.seed(a=None)', 'random.seed(1)'],
    random: ['random.random() -> float in [0.0, 1.0)', 'time.sleep(random.random())'],
    randint: ['random.randint(a, b) -> int, a <= n <= b', 'port = random.randint(20000, 30000)'],
    randrange: ['random.randrange(start, stop=None, step=1) -> int', 'random.randrange(0, 100, 5)'],
    choice: ['random.choice(seq)', "reply = random.choice(['hi', 'hello', 'hey'])"],
    shuffle: ['random.shuffle(x)', 'random.shuffle(clients)'],
    sample: ['random.sample(population, k) -> list', 'random.sample(range(100), 5)'],
    uniform: ['random.uniform(a, b) -> float', 'delay = random.uniform(0.1, 0.5)'],
  },
  signal: {
    signal: ['signal.signal(signalnum, handler) -> the previous handler; handler(signum, frame), SIG_IGN or SIG_DFL', 'signal.signal(signal.SIGINT, on_ctrl_c)  # def on_ctrl_c(signum, frame): server.close(); sys.exit(0)'],
    getsignal: ['signal.getsignal(signalnum) -> handler', 'signal.getsignal(signal.SIGINT)'],
    default_int_handler: ['signal.default_int_handler(signalnum, frame)', 'signal.signal(signal.SIGINT, signal.default_int_handler)'],
    SIG_IGN: ['signal.SIG_IGN, signal.SIG_DFL', 'signal.signal(signal.SIGINT, signal.SIG_IGN)'],
    alarm: ['signal.alarm(seconds) -> int', 'signal.alarm(5)'],
    raise_signal: ['signal.raise_signal(signalnum)', 'signal.raise_signal(signal.SIGINT)'],
    strsignal: ['signal.strsignal(signalnum) -> str', 'signal.strsignal(signal.SIGTERM)'],
    Signals: ['signal.Signals — SIGINT, SIGTERM, SIGALRM, SIGHUP, SIGUSR1, SIGUSR2, SIGPIPE, SIGCHLD, …', 'signal.Signals(2)'],
  },
  collections: {
    deque: ['collections.deque(iterable=(), maxlen=None)', 'pending = deque(maxlen=100); pending.append(data); pending.popleft()'],
    defaultdict: ['collections.defaultdict(default_factory=None, ...)', 'rooms = defaultdict(list); rooms[name].append(conn)'],
    Counter: ['collections.Counter(iterable=None)', 'hits = Counter(); hits[addr[0]] += 1; hits.most_common(3)'],
    OrderedDict: ['collections.OrderedDict(items=())', "recent = OrderedDict(); recent.move_to_end(key); recent.popitem(last=False)"],
    namedtuple: ['collections.namedtuple(typename, field_names)', "Peer = namedtuple('Peer', ['host', 'port'])"],
  },
  hashlib: {
    md5: ['hashlib.md5(data=b\'\') — update(data), digest() -> bytes, hexdigest() -> str, copy()', "if hashlib.md5(received).hexdigest() == header['md5']: print('file OK')"],
    sha256: ['hashlib.sha256(data=b\'\') — as md5, 32 bytes', 'h = hashlib.sha256(); h.update(chunk); print(h.hexdigest())'],
    new: ['hashlib.new(name, data=b\'\')', "hashlib.new('sha1', b'abc').hexdigest()"],
  },
  base64: {
    b64encode: ['base64.b64encode(s, altchars=None) -> bytes', "conn.sendall(base64.b64encode(image) + b'\\n')"],
    b64decode: ['base64.b64decode(s, altchars=None, validate=False) -> bytes', 'image = base64.b64decode(line)'],
    urlsafe_b64encode: ['base64.urlsafe_b64encode(s) -> bytes (- and _ instead of + and /)', 'token = base64.urlsafe_b64encode(os.urandom(16))'],
  },
  binascii: {
    hexlify: ['binascii.hexlify(data) -> bytes', 'print(binascii.hexlify(packet))'],
    unhexlify: ['binascii.unhexlify(hexstr) -> bytes', "binascii.unhexlify('48656c6c6f')"],
    Error: ['binascii.Error (a ValueError)', 'except binascii.Error as e: print(e)'],
  },
  datetime: {
    datetime: ['datetime.datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None) — now(tz=None), fromtimestamp(t), strptime(text, format), fromisoformat(text); strftime(format), isoformat(), timestamp(), date(), time(), replace(...)', "stamp = datetime.now().strftime('%Y-%m-%d %H:%M:%S')"],
    date: ['datetime.date(year, month, day) — today(), fromisoformat(text); strftime(format), isoformat(), weekday()', "print(date.today())"],
    time: ['datetime.time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None) — isoformat(), strftime(format)', 'opening = time(9, 30)'],
    timedelta: ['datetime.timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0) — total_seconds(), days, seconds, microseconds', 'if datetime.now() - last_seen > timedelta(seconds=30): conn.close()'],
    timezone: ['datetime.timezone(offset, name=None) — timezone.utc', "beijing = timezone(timedelta(hours=8)); datetime.now(beijing)"],
  },
  logging: {
    basicConfig: ["logging.basicConfig(*, level=WARNING, format='%(levelname)s:%(name)s:%(message)s', datefmt=None, filename=None, filemode='a', stream=None, style='%', force=False)", "logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(message)s')"],
    getLogger: ['logging.getLogger(name=None) -> Logger — debug/info/warning/error/exception/critical(msg, *args, exc_info=None, stack_info=False, extra=None), log(level, msg, *args), setLevel(level), addHandler(h), removeHandler(h), propagate', "log = logging.getLogger('server'); log.info('client %s connected', addr)"],
    debug: ['logging.debug(msg, *args, exc_info=None, stack_info=False, extra=None)', "logging.debug('received %d bytes', len(data))"],
    info: ['logging.info(msg, *args, **kwargs)', "logging.info('listening on %s:%d', host, port)"],
    warning: ['logging.warning(msg, *args, **kwargs)', "logging.warning('client %s sent nothing', addr)"],
    error: ['logging.error(msg, *args, exc_info=None, **kwargs)', "logging.error('send failed: %s', e)"],
    exception: ['logging.exception(msg, *args, exc_info=True, **kwargs)', "except OSError: logging.exception('client %s', addr)"],
    critical: ['logging.critical(msg, *args, **kwargs)', "logging.critical('cannot bind port %d', port)"],
    log: ['logging.log(level, msg, *args, **kwargs)', "logging.log(logging.INFO, 'served %d clients', n)"],
    StreamHandler: ['logging.StreamHandler(stream=None) — setLevel(level), setFormatter(fmt)', 'h = logging.StreamHandler(sys.stdout); log.addHandler(h)'],
    FileHandler: ["logging.FileHandler(filename, mode='a')", "log.addHandler(logging.FileHandler('server.log'))"],
    Formatter: ["logging.Formatter(fmt=None, datefmt=None, style='%')", "h.setFormatter(logging.Formatter('%(asctime)s [%(levelname)s] %(funcName)s:%(lineno)d %(message)s'))"],
  },
  traceback: {
    print_exc: ['traceback.print_exc(limit=None, file=None, chain=True)', "except Exception: traceback.print_exc()"],
    format_exc: ['traceback.format_exc(limit=None, chain=True) -> str', 'except Exception: conn.sendall(traceback.format_exc().encode())'],
    print_exception: ['traceback.print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True)', 'traceback.print_exception(e)'],
    format_exception: ['traceback.format_exception(exc, /, value=None, tb=None, limit=None, chain=True) -> list of str', "text = ''.join(traceback.format_exception(e))"],
  },
  itertools: {
    count: ['itertools.count(start=0, step=1)', 'for seq, chunk in zip(count(), chunks): conn.sendall(struct.pack("!I", seq) + chunk)'],
    cycle: ['itertools.cycle(iterable)', "servers = cycle([('127.0.0.1', 9001), ('127.0.0.1', 9002)]); addr = next(servers)"],
    repeat: ['itertools.repeat(object[, times])', "list(repeat(b'\\x00', 4))"],
    chain: ['itertools.chain(*iterables) — chain.from_iterable(iterable)', 'for conn in chain(readers, writers): conn.close()'],
    islice: ['itertools.islice(iterable, stop) / islice(iterable, start, stop[, step])', 'first_three = list(islice(f, 3))'],
    zip_longest: ['itertools.zip_longest(*iterables, fillvalue=None)', "for a, b in zip_longest(sent, received, fillvalue=b''): print(a == b)"],
    product: ['itertools.product(*iterables, repeat=1)', "for host, port in product(['127.0.0.1', '::1'], [9998, 9999]): print(host, port)"],
    permutations: ['itertools.permutations(iterable, r=None)', "list(permutations('abc', 2))"],
    combinations: ['itertools.combinations(iterable, r)', 'for a, b in combinations(clients, 2): print(a, b)'],
    accumulate: ['itertools.accumulate(iterable[, func, *, initial=None])', 'offsets = list(accumulate(len(c) for c in chunks))'],
    groupby: ['itertools.groupby(iterable, key=None) -> (key, group) pairs', 'for addr, msgs in groupby(sorted(log), key=lambda m: m[0]): print(addr, len(list(msgs)))'],
    takewhile: ['itertools.takewhile(predicate, iterable)', "header = list(takewhile(lambda line: line != '', lines))"],
    dropwhile: ['itertools.dropwhile(predicate, iterable)', "body = list(dropwhile(lambda line: line != '', lines))"],
    starmap: ['itertools.starmap(function, iterable)', "list(starmap(pow, [(2, 5), (3, 2)]))"],
    tee: ['itertools.tee(iterable, n=2) -> tuple of iterators', 'a, b = tee(packets)'],
  },
  functools: {
    partial: ['functools.partial(func, /, *args, **keywords) — func, args, keywords', 'threading.Thread(target=partial(handle, conn, addr)).start()'],
    reduce: ['functools.reduce(function, iterable[, initial])', "data = reduce(operator.add, chunks, b'')"],
    cmp_to_key: ['functools.cmp_to_key(mycmp) -> key function', 'sorted(peers, key=cmp_to_key(lambda a, b: a[1] - b[1]))'],
  },
  operator: {
    add: ['operator.add(a, b) — also sub, mul, truediv, floordiv, mod, pow, neg, eq, ne, lt, le, gt, ge, not_, truth, and_, or_, xor, getitem, contains, is_', "reduce(operator.add, [b'ab', b'cd'])"],
    itemgetter: ['operator.itemgetter(item, *items)', 'sorted(clients, key=operator.itemgetter(1))'],
    attrgetter: ['operator.attrgetter(attr, *attrs)', "sorted(conns, key=operator.attrgetter('port'))"],
    methodcaller: ['operator.methodcaller(name, /, *args, **kwargs)', "list(map(operator.methodcaller('decode'), packets))"],
  },
  re: {
    compile: ['re.compile(pattern, flags=0) -> Pattern — match, search, fullmatch, findall, finditer, sub, subn, split, pattern, groups, groupindex', "request_line = re.compile(rb'(?P<method>[A-Z]+) (?P<path>\\S+) HTTP/1\\.[01]')"],
    match: ['re.match(pattern, string, flags=0) -> Match | None — group(n or name), groups(), groupdict(), span(), start(), end()', "m = re.match(r'(\\w+) (\\d+)', line); cmd, n = m.group(1), int(m.group(2))"],
    search: ['re.search(pattern, string, flags=0) -> Match | None', "m = re.search(r'Content-Length: (\\d+)', header)"],
    fullmatch: ['re.fullmatch(pattern, string, flags=0) -> Match | None', "if re.fullmatch(r'\\d{1,5}', text): port = int(text)"],
    findall: ['re.findall(pattern, string, flags=0) -> list', "ips = re.findall(r'\\d+\\.\\d+\\.\\d+\\.\\d+', log)"],
    finditer: ['re.finditer(pattern, string, flags=0) -> iterator of Match', "for m in re.finditer(r'(\\w+)=(\\w+)', query): print(m.group(1), m.group(2))"],
    sub: ['re.sub(pattern, repl, string, count=0, flags=0) -> str', "clean = re.sub(r'\\s+', ' ', text)"],
    split: ['re.split(pattern, string, maxsplit=0, flags=0) -> list', "words = re.split(r'[,;\\s]+', line)"],
    escape: ['re.escape(pattern) -> str', "re.search(re.escape(name) + r'\\b', text)"],
    error: ['re.error — msg, pattern, pos', "except re.error as e: print('bad pattern:', e)"],
  },
  asyncio: {
    run: ['asyncio.run(main, *, debug=None) -> its result', 'asyncio.run(main())  # async def main(): ...', 'blocking'],
    create_task: ['asyncio.create_task(coro, *, name=None) -> Task — cancel(), done(), result()', 'task = asyncio.create_task(handle(conn))'],
    sleep: ['asyncio.sleep(delay, result=None), awaited', 'await asyncio.sleep(0.5)'],
    gather: ['asyncio.gather(*aws, return_exceptions=False), awaited -> list of results', "replies = await asyncio.gather(ask('a'), ask('b'))"],
    wait_for: ['asyncio.wait_for(aw, timeout), awaited', 'data = await asyncio.wait_for(reader.read(100), 5)'],
    timeout: ['asyncio.timeout(delay), as async with asyncio.timeout(delay):', 'async with asyncio.timeout(5): data = await reader.readline()'],
    start_server: ['asyncio.start_server(client_connected_cb, host=None, port=None, *, limit=65536, reuse_address=None, backlog=100), awaited -> Server — sockets, close(), wait_closed(), serve_forever(), async with', "server = await asyncio.start_server(handle, '127.0.0.1', 9999)"],
    open_connection: ['asyncio.open_connection(host=None, port=None, *, limit=65536), awaited -> (StreamReader, StreamWriter)', "reader, writer = await asyncio.open_connection('127.0.0.1', 9999)"],
    StreamReader: ['asyncio.StreamReader — await read(n=-1), readline(), readexactly(n), readuntil(separator=b\'\\n\'); at_eof()', 'line = await reader.readline()'],
    StreamWriter: ["asyncio.StreamWriter — write(data), writelines(data), await drain(), close(), await wait_closed(), get_extra_info('peername')", 'writer.write(data); await writer.drain()'],
    Queue: ['asyncio.Queue(maxsize=0) — await put(item), await get(), put_nowait, get_nowait, qsize(), task_done(), await join()', 'messages = asyncio.Queue(); await messages.put(line)'],
    Event: ['asyncio.Event() — set(), clear(), is_set(), await wait()', 'ready = asyncio.Event(); await ready.wait()'],
    Lock: ['asyncio.Lock() — async with lock, await acquire(), release(), locked()', 'async with lock: clients.append(writer)'],
    get_running_loop: ['asyncio.get_running_loop() -> the event loop — sock_recv, sock_sendall, sock_accept, sock_connect, run_in_executor, call_soon, call_later, time()', 'data = await asyncio.get_running_loop().sock_recv(conn, 1024)'],
    CancelledError: ['asyncio.CancelledError (a BaseException)', 'except asyncio.CancelledError: writer.close(); raise'],
  },
  'concurrent.futures': {
    ThreadPoolExecutor: ['concurrent.futures.ThreadPoolExecutor(max_workers=None, thread_name_prefix=\'\') — submit(fn, /, *args, **kwargs) -> Future, map(fn, *iterables, timeout=None), shutdown(wait=True), with', 'with ThreadPoolExecutor(max_workers=4) as pool: pool.submit(handle, conn, addr)'],
    Future: ['concurrent.futures.Future — result(timeout=None), exception(timeout=None), done(), cancel(), add_done_callback(fn)', 'print(future.result(timeout=5))', 'blocking'],
    as_completed: ['concurrent.futures.as_completed(fs, timeout=None) -> iterator of Futures, finished first', 'for f in as_completed(futures): print(f.result())', 'blocking'],
    wait: ['concurrent.futures.wait(fs, timeout=None, return_when=ALL_COMPLETED) -> (done, not_done)', 'done, pending = wait(futures, timeout=2)', 'blocking'],
  },
  argparse: {
    ArgumentParser: ["argparse.ArgumentParser(prog=None, description=None, epilog=None, formatter_class=HelpFormatter) — add_argument(name or flags..., type=, default=, help=, action=, choices=, nargs=, required=, metavar=, dest=), parse_args(args=None), add_subparsers(), add_mutually_exclusive_group(), print_help(), error(message)", "parser.add_argument('-p', '--port', type=int, default=9000); args = parser.parse_args()"],
    Namespace: ['argparse.Namespace(**kwargs) — what parse_args() returns: one attribute per argument', 'print(args.port, vars(args))'],
  },
} satisfies Record<string, Record<string, HelpEntry>>);

/** help() of the builtins a Python program has that a TypeScript line has not, or has as JavaScript's own (eval). */
export const pythonBuiltinHelpEntries = () => ({
  eval: ['eval(source, globals=None, locals=None, /) -> object', "eval('2 ** 10')"],
  exec: ['exec(source, globals=None, locals=None, /, *, closure=None) -> None', "exec('x = 1\\nprint(x + 1)')"],
} satisfies Record<string, HelpEntry>);

/** help(s.makefile): a socket method, listed with the others in help.ts. */
export const MAKEFILE_HELP: HelpEntry = ["makefile(mode='r', buffering=None, *, encoding=None, errors=None, newline=None) -> file", "const f = conn.makefile('rw'); const line = await f.readline()"];
/** Its example as Python writes it (help() of a Python line). */
export const MAKEFILE_PYTHON_EXAMPLE = "f = conn.makefile('rw'); line = f.readline()";
