import type { cli as en } from '../en/cli.ts';

export const cli = (): { [K in keyof ReturnType<typeof en>]: string } => ({
  'cli.usage': `socklab —— 在真实的内核套接字上输入 Python 的 socket API，学习套接字编程

用法：
  socklab                  打开练习场（已预先加载 socket 模块的 REPL）
  socklab run FILE         用同样的全局变量运行 .js、.mjs 或 .ts 脚本，或运行 .py 程序
  socklab translate FILE   显示 .py 程序翻译成的 TypeScript
  socklab lesson [ID]      列出所有课程，或在练习场中打开课程 ID
  socklab lessons check    检查课程中的每一节课（供课程作者使用）
  socklab kernel install   安装 Jupyter 内核（更多见 socklab kernel --help）
  socklab lesson ID --notebook [文件]  把第 ID 课写成 Jupyter 笔记本

选项：
  --lang en|zh             socklab 自身消息的语言（默认取自 LANG / LC_ALL）
  --python                 在交互环境中用 Python 输入（提示符处用 .python / .ts 切换）
  --no-color               不带颜色的纯文本输出（也可以设置 NO_COLOR=1）
  -W default               显示 Python 的警告（例如临时套接字没有关闭时的 ResourceWarning）
  --version                显示版本号
  --help                   显示本帮助`,
  'cli.unknownCommand': '未知命令 "{command}"。运行 socklab --help 查看 socklab 能做什么。',
  'cli.unknownOption': '未知选项 "{option}"。运行 socklab --help 查看可用选项。',
  'cli.badLang': '未知语言 "{lang}"：请使用 --lang en 或 --lang zh。',
  'cli.runNeedsFile': 'socklab run 需要一个文件：socklab run hello.js',
  'cli.fileNotFound': '找不到文件 "{file}"。请检查路径后重试。',
  'cli.badExtension': 'socklab run 只能运行 .py、.js、.mjs 或 .ts 文件，不能运行 "{file}"。',
  'cli.pythonFile': 'socklab run 只能运行 .js、.mjs 或 .ts 文件，不能运行 "{file}"。Python 文件请用 python3 {file} 运行；想在 socklab 里试它的代码，就把代码逐行粘贴到练习场（socklab）里，大多数 Python 套接字代码都能直接运行。',
});
