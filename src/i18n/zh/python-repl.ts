// REPL 的 Python 模式：切换语言、在 TypeScript 模式下按 Python 运行时的提示、.translate。
import type { pythonRepl as en } from '../en/python-repl.ts';

export const pythonRepl = (): { [K in keyof ReturnType<typeof en>]: string } => ({
  'pyrepl.cmd.python': '把输入语言切换为 Python（提示符变为 py>>> ）',
  'pyrepl.cmd.ts': '把输入语言切换为 TypeScript/JavaScript（提示符变为 >>> ）',
  'pyrepl.cmd.translate': '显示上一条 Python 输入对应的 TypeScript',
  'pyrepl.nowPython': 'Python 模式：输入的是 Python，和 python3 一样。输入 .ts 回到 TypeScript。',
  'pyrepl.nowTypescript': 'TypeScript 模式：输入的是 TypeScript/JavaScript。输入 .python 切换到 Python。',
  'pyrepl.already': '当前输入语言已经是 {language}。',
  'pyrepl.bannerStart': `socklab {version} —— Python 的 socket 模块，背后是真实的内核套接字：像在 python3 中一样输入 Python。
和 Python 一样，用到的模块要先导入：import socket（还有 {modules}，以及另外 {more} 个：help('modules') 列出全部）。
阻塞调用会像 Python 一样等待：data = s.recv(1024)。按 Ctrl+C 可中断正在等待的调用。
输入 help(socket) 查看 API，.help 查看命令，.lessons 查看课程，.ts 切换到 TypeScript，.translate 显示上一条输入对应的 TypeScript。`,
  'pyrepl.listSeparator': '、',
  'pyrepl.helpMethods': '方法：',
  'pyrepl.helpDocs': 'Python 的文档：',
  'pyrepl.helpBlocking': '（阻塞调用：会一直等到能完成为止；按 Ctrl+C 可中断）',
  'pyrepl.hint.awaitOutside': '提示：和 python3 一样，await 只能写在 async def 定义的函数里。在这里用 asyncio.run(main()) 运行协程。（IPython 和 python3 -m asyncio 允许在顶层 await；socklab 按 python3 的方式读取你的输入。）',
  'pyrepl.helpModules': "socklab 的 Python 可以导入的 {count} 个模块（python3 的模块多得多；需要其他模块的程序请用 python3 运行）：",
  'pyrepl.helpModulesEnd': "导入一个模块后，help(模块名) 显示 socklab 对它的说明：import asyncio; help(asyncio)。",
  'pyrepl.helpKeywords': "下面是 Python 的关键字。对任一关键字调用 help() 可以看到更多说明。",
  'pyrepl.helpAsync': `async def 定义协程函数：调用它只会得到一个协程对象，什么都还没运行。
在协程里，await 等待另一个协程、Task 或 Future（asyncio.sleep(1)、reader.read(100)），同时事件循环运行其他任务；
async with 和 async for 也写在这里。和 python3 一样，在提示符下直接 await 是 SyntaxError：用 asyncio.run(main()) 运行主协程。
    import asyncio
    async def main():
        await asyncio.sleep(0.5)
        return 'done'
    asyncio.run(main())
help(asyncio) 列出 socklab 对这个模块的说明。`,
  'pyrepl.sigintDefault': 'SIGINT 的处理函数是 signal.SIG_DFL：python3 在这里会被 Ctrl+C 直接结束。socklab 保留你的会话，改为引发 KeyboardInterrupt。',
  'pyrepl.socketsNone': '没有打开的套接字。创建一个：先 import socket，再 s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)',
  'pyrepl.autodetect': '注意：这段输入是 Python 而不是 JavaScript，所以按 Python 运行了。输入 .python 让之后的所有输入都按 Python 运行（.ts 切换回来）。',
  'pyrepl.nothingToTranslate': '还没有 Python 输入：.translate 显示上一条 Python 输入对应的 TypeScript（先输入 .python，或粘贴 Python 代码）。',
  'pyrepl.cannotSave': '注意：无法把语言选择保存到 {file}（{reason}）；只在本次会话中有效。',
  'pyrepl.loadFailed': '本次会话无法使用 Python：{message}',
});
