// Jupyter 内核与笔记本的消息（src/notebook/）。
import type { notebook as en } from '../en/notebook.ts';

export const notebook = (): { [K in keyof ReturnType<typeof en>]: string } => ({
  'notebook.usage': `用法：
  socklab kernel install [--prefix 目录]  安装 Jupyter 内核 socklab 和 socklab-python
  socklab kernel uninstall                删除它们
  socklab kernel 连接文件                 运行内核（Jupyter 会替你启动）`,
  'notebook.noZeromq': 'Jupyter 内核需要 zeromq 包，但这里无法加载它（{message}）；请重新安装 socklab，不要加 --omit=optional。',
  'notebook.cannotBind': '内核无法打开连接文件里的端口（{message}）：其中某个端口被别的程序占用了。重启内核即可换用新端口。',
  'notebook.badConnectionFile': '无法读取 Jupyter 连接文件 "{file}"：{message}',
  'notebook.installed': '已把 Jupyter 内核 socklab 和 socklab-python 安装到 {dir}。\n下一步：运行 jupyter notebook（或在 VS Code 的内核选择器里选 "{name}"），为新笔记本选择 socklab 内核。',
  'notebook.uninstalled': '已从 {dir} 删除 Jupyter 内核。',
  'notebook.notInstalled': '{dir} 里没有安装 socklab 内核。',
  'notebook.cannotInstall': '无法把内核写入 {dir}：{message}',
  'notebook.displayName.ts': 'socklab（TypeScript）',
  'notebook.displayName.python': 'socklab（Python）',
  'notebook.banner': 'socklab {version}：真实内核套接字上的 Python socket 模块。输入 .help 查看命令。',
  'notebook.cmd.diagram': '画出每个 TCP 连接：它经过的内核状态，以及它和对端的握手/挥手过程',
  'notebook.cmd.help': '列出命令',
  'notebook.helpFooter': '单元格像 REPL 的一行那样运行（自动 await）。中断按钮（■）会用 KeyboardInterrupt 停止正在等待的调用，变量和套接字都保留。help(x) 可以解释 socket API 的任何部分。',
  'notebook.diagram.none': '还没有 TCP 连接：先 connect() 或 accept() 一个，再运行 .diagram。',
  'notebook.diagram.you': '你的套接字',
  'notebook.diagram.peer': '对端',
  'notebook.diagram.data': '数据（{n} 字节）',
  'notebook.diagram.connection': 'fd {fd}：{laddr} ↔ {raddr}',
  'notebook.diagram.listener': 'fd {fd}：在 {laddr} 上监听',
  'notebook.lesson.written': '已写入 {file}。用 socklab 内核在 Jupyter 里打开它（先安装一次：socklab kernel install）。',
  'notebook.lesson.howTo': '按顺序运行单元格。第一个单元格打开课程（课程扮演对话的另一端）；每个单元格运行后，课程都会检查你的套接字，就像 REPL 在每一行之后做的那样。',
  'notebook.lesson.step': '第 {n}/{total} 步：{title}',
  'notebook.lesson.ports': '代码里的 {names} 是课程的端口（空闲时就是 {preferred}）：第一个单元格打开课程时由内核选定，每个单元格运行时再填进去。',
  'notebook.lesson.noRetype': 'n（这是笔记本：不会替你输入代码。请重新运行各步骤的单元格：从第 1 步的单元格开始，运行它和它下面的所有单元格（Run All Below）。）',
  'notebook.lesson.cannotWrite': '无法写入笔记本 "{file}"：{message}',
});
