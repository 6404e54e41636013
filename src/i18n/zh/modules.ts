// Python 模块（src/modules/）的消息：说明它们在这里如何运行的一次性提示。
import type { modules as en } from '../en/modules.ts';

export const modules = (): { [K in keyof ReturnType<typeof en>]: string } => ({
  'modules.note.multiprocessing': '提示：在这里 multiprocessing.Process 作为本进程中的一个任务运行，而不是单独的进程："子进程"与父进程共享所有变量和套接字。对套接字服务器来说效果相同。',
  'modules.note.forking': '提示：在这里 ForkingTCPServer 把每个请求作为本进程中的一个任务处理，而不是在 fork 出的子进程里（与 ThreadingTCPServer 相同）。对套接字服务器来说效果相同。',
  'modules.note.weakref': '提示：在这里 weakref 会让它引用的对象一直存活：`del obj` 之后弱引用仍然返回该对象（python3 会立即释放它，此时 ref() 返回 None，WeakValueDictionary 中的条目也会消失），finalize() 只在被调用时才运行。JavaScript 释放内存的时机是程序无法预知的。',
});
