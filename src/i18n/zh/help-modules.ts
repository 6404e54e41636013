// src/modules/ 中各模块的 help(x) 说明（签名和示例在 src/lang/help-modules.ts）。
import type { helpModules as en } from '../en/help-modules.ts';

export const helpModules: { [K in keyof typeof en]: string } = {
  'm.makefile': "套接字上的文件对象：readline()、read()、write()、flush()、close()，以及 `for await (const line of f)`。文本模式（'r'、'w'、'rw'）或二进制模式（'rb'、'wb'）。写入的内容在 flush() 时发出。读和写会等待，和 recv、sendall 一样。",

  't.struct': "用 bytes 表示二进制记录，即 Python 的 struct 模块：格式如 '!I'（网络字节序的 4 字节无符号整数）。解决粘包的常用办法：每条消息前先发送 struct.pack('!I', 长度)。",
  'struct.pack': "按格式把值打包成 bytes：'!' 表示网络（大端）字节序，后面是 B（1 字节）、H（2）、I（4）、Q（8）、s（bytes）等代码。",
  'struct.unpack': '把 bytes 解包成元组；bytes 的长度必须正好是 calcsize(format)。',
  'struct.calcsize': '一个格式打包后的字节数。',
  'struct.pack_into': '把值打包进已有缓冲区（Uint8Array / bytearray）的某个偏移处。',
  'struct.unpack_from': '从缓冲区的某个偏移处开始解包；缓冲区可以更长。',
  'struct.iter_unpack': '把由等长记录组成的缓冲区逐条解包，每次一个元组。',
  'struct.Struct': '编译好的格式：.pack()、.unpack()、.size、.format。',
  'struct.error': '格式错误或数值超出范围时 struct 抛出的异常。',

  't.select': 'Python 的 select 模块：select.select() 等待多个套接字中的某一个就绪。',
  'select.select': '等待 rlist 中的套接字可读（有数据、有连接可 accept、或对方已关闭），或 wlist 中的可写，或过了 timeout 秒。返回就绪的三个列表。不给 timeout 就一直等待（Ctrl+C 可中断）。',

  't.threading': 'Python 的 threading 模块。线程是同一个事件循环上的任务：线程里的 recv() 等待时不会挡住其他线程，和 Python 一样。',
  'threading.Thread': '启动后运行 target(*args) 的线程。start() 立即返回；join() 等它结束。线程中的异常会被打印，程序继续运行。',
  'threading.Lock': '锁：同一时刻只有一个线程持有。别的线程持有时 acquire() 会等待。',
  'threading.RLock': '可重入锁：持有它的线程可以再次 acquire。',
  'threading.Event': '线程可以等待的标志：set() 唤醒所有 wait()。',
  'threading.Condition': '锁加上 wait()/notify()：一个线程等待，直到另一个线程通知它情况有变。',
  'threading.Semaphore': '空位计数器：acquire() 占一个（没有空位就等待），release() 归还。',
  'threading.current_thread': '当前运行代码所在的 Thread 对象（不在任何线程里时是 MainThread）。',
  'threading.main_thread': '主线程。',
  'threading.active_count': '存活的线程数，包括主线程。',
  'threading.enumerate': '存活线程的列表。',
  'threading.get_ident': '标识当前线程的数字。',

  't._thread': 'Python 的底层 _thread 模块（Python 2 中叫 thread）：start_new_thread()。',
  '_thread.start_new_thread': '在新线程中运行 function(*args)，返回线程 id。其中的异常会被打印。',
  '_thread.allocate_lock': '一个新锁（与 threading.Lock() 相同）。',

  't.multiprocessing': 'Python 的 multiprocessing.Process。在这里，进程是同一进程中的一个任务，因此与父进程共享变量和套接字（会有一次性提示说明）。',
  'multiprocessing.Process': '启动后运行 target(*args)，就像一个单独的进程；join() 等它结束，之后 exitcode 为 0 或 1。',
  'multiprocessing.current_process': '当前进程（MainProcess）。',
  'multiprocessing.cpu_count': '本机的 CPU 数。',

  't.socketserver': 'Python 的 socketserver 框架：server 类负责连接（listen/accept），请求处理类（你的子类）在 handle() 中负责每一次通信。',
  'socketserver.TCPServer': '监听 server_address 的 TCP 服务器，为每个连接创建一个 RequestHandlerClass，一次处理一个。serve_forever() 一直运行到 shutdown()；server_close() 关闭它。',
  'socketserver.UDPServer': 'UDP 服务器：每个数据报一个处理器；request 是 (data, socket)。',
  'socketserver.ThreadingTCPServer': '每个连接在自己的线程中处理的 TCPServer，可以同时服务多个客户端。',
  'socketserver.ThreadingUDPServer': '每个数据报在自己的线程中处理的 UDPServer。',
  'socketserver.ForkingTCPServer': '每个连接一个进程的 TCPServer；在这里每个连接作为任务运行，和 ThreadingTCPServer 一样。',
  'socketserver.BaseRequestHandler': '继承它并编写 handle()：self.request 是已连接的套接字（TCP）或 (data, socket)（UDP），self.client_address 是对方地址。',
  'socketserver.StreamRequestHandler': '带文件的处理器：self.rfile 用来读行（await this.rfile.readline()），self.wfile 用来写 bytes。',
  'socketserver.DatagramRequestHandler': '带文件的 UDP 处理器：self.rfile 里是收到的数据报，写进 self.wfile 的内容会发回去。',

  't.json': 'Python 的 json 模块：dumps() 把 dict、list、str、数字、True/False/None 变成 JSON 文本，loads() 再读回来（str 或 bytes 都行）。解决粘包时常见的报头：struct.pack(\'i\', len(header)) + header。',
  'json.dumps': '把一个值变成 JSON 文本：元组变成列表，键变成字符串（1 → "1"），非 ASCII 字符变成 \\uXXXX（ensure_ascii=False 时保留原样）。indent= 和 separators= 控制格式，sort_keys=True 按键排序，default= 负责转换其他对象。bytes 和集合会引发 TypeError。',
  'json.loads': '返回 JSON 文本所表示的值：对象变成 dict，数组变成 list，null 变成 None。bytes 按 UTF-8 解码。文本有错时引发 json.JSONDecodeError，并给出行号和列号。',
  'json.dump': '把 dumps(obj) 写进一个以写模式打开的文件。',
  'json.load': '读出整个文件，返回其文本的 loads() 结果。',
  'json.JSONDecodeError': 'loads() 遇到不是 JSON 的文本时引发的错误：一种 ValueError，带有 msg、pos（在文本中的下标）、lineno 和 colno。',
  't.selectors': 'Python 的 selectors 模块：一个循环服务多个套接字。把每个套接字连同要关注的事件和任意数据（常常是要调用的函数）注册进去，select() 就返回已就绪的 (key, events) 对。',
  'selectors.DefaultSelector': '本系统最好的选择器（Linux 上是 EpollSelector）。select(timeout) 一直等到某个已注册的套接字就绪（None：一直等；0：只看一眼），返回 (key, events) 的列表；等待期间其他线程照常运行。',
  'selectors.SelectorKey': 'register() 的返回值、select() 报告的内容：一个具名元组，包括 fileobj（套接字）、fd、events（关注的事件）和 data（你给的数据）。',
};
