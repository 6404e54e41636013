// The texts of help(x) for the modules of src/modules/ (signatures and examples: src/lang/help-modules.ts).
export const helpModules = {
  'm.makefile': "A file object over the socket: readline(), read(), write(), flush(), close(), and `for await (const line of f)`. Text ('r', 'w', 'rw') or binary ('rb', 'wb'). Writes are sent on flush(). Reading and writing wait, as recv and sendall do.",

  't.struct': 'Binary records as bytes, as Python\'s struct module: formats such as \'!I\' (a 4-byte unsigned int in network byte order). The usual cure for sticky packets: send struct.pack(\'!I\', len) before each message.',
  'struct.pack': "Packs values into bytes by a format: '!' network (big-endian) order, then codes such as B (1 byte), H (2), I (4), Q (8), s (bytes).",
  'struct.unpack': 'Unpacks bytes into a tuple; the bytes must be exactly calcsize(format) long.',
  'struct.calcsize': 'The number of bytes a format packs to.',
  'struct.pack_into': 'Packs values into an existing buffer (a Uint8Array / bytearray) at an offset.',
  'struct.unpack_from': 'Unpacks from a buffer starting at an offset; the buffer may be longer.',
  'struct.iter_unpack': 'Unpacks a buffer made of equal records, one tuple at a time.',
  'struct.Struct': 'A compiled format: .pack(), .unpack(), .size, .format.',
  'struct.error': 'What struct raises for a bad format or a value out of range.',

  't.select': "Python's select module: select.select() waits until one of several sockets is ready.",
  'select.select': 'Waits until a socket in rlist can be read (data, a connection to accept, or the peer closed), one in wlist can be written, or timeout seconds pass. Returns the three lists of those ready. Without timeout it waits for ever (Ctrl+C interrupts).',

  't.threading': "Python's threading module. Threads are tasks on one event loop: a recv() inside a thread waits without stopping the others, as in Python.",
  'threading.Thread': 'A thread that runs target(*args) when started. start() returns at once; join() waits for the end. An exception in it is printed, and the program goes on.',
  'threading.Lock': 'A lock: only one thread holds it at a time. acquire() waits while another holds it.',
  'threading.RLock': 'A lock that the thread holding it may acquire again.',
  'threading.Event': 'A flag threads can wait for: set() wakes every wait().',
  'threading.Condition': 'A lock plus wait()/notify(): a thread waits until another tells it something changed.',
  'threading.Semaphore': 'A counter of free slots: acquire() takes one (waiting if none is free), release() gives it back.',
  'threading.current_thread': 'The Thread object of the code running now (MainThread outside any thread).',
  'threading.main_thread': 'The main thread.',
  'threading.active_count': 'How many threads are alive, the main thread included.',
  'threading.enumerate': 'The list of threads alive.',
  'threading.get_ident': 'A number that identifies the running thread.',

  't._thread': "Python's low-level _thread module (called thread in Python 2): start_new_thread().",
  '_thread.start_new_thread': 'Runs function(*args) in a new thread and returns its id. An exception in it is printed.',
  '_thread.allocate_lock': 'A new lock (the same as threading.Lock()).',

  't.multiprocessing': "Python's multiprocessing.Process. Here a process is a task in this same process, so it shares variables and sockets with its parent (a one-time note says so).",
  'multiprocessing.Process': 'Runs target(*args) when started, as a separate process would; join() waits for it, exitcode is 0 or 1 afterwards.',
  'multiprocessing.current_process': 'The current process (MainProcess).',
  'multiprocessing.cpu_count': 'The number of CPUs of this machine.',

  't.socketserver': "Python's socketserver framework: a server class handles the connections (listen/accept), a request handler class (your subclass) handles each conversation in handle().",
  'socketserver.TCPServer': 'A TCP server on server_address that makes a RequestHandlerClass for each connection, one at a time. serve_forever() runs it until shutdown(); server_close() closes it.',
  'socketserver.UDPServer': 'A UDP server: one handler per datagram; request is (data, socket).',
  'socketserver.ThreadingTCPServer': 'A TCPServer that handles each connection in its own thread, so many clients are served at once.',
  'socketserver.ThreadingUDPServer': 'A UDPServer that handles each datagram in its own thread.',
  'socketserver.ForkingTCPServer': 'A TCPServer with a process per connection; here each runs as a task, like ThreadingTCPServer.',
  'socketserver.BaseRequestHandler': 'Subclass it and write handle(): self.request is the connected socket (TCP) or (data, socket) (UDP), self.client_address the peer.',
  'socketserver.StreamRequestHandler': 'A handler with files: self.rfile to read lines (await this.rfile.readline()), self.wfile to write bytes.',
  'socketserver.DatagramRequestHandler': 'A UDP handler with files: self.rfile holds the datagram, what you write to self.wfile is sent back.',
};
