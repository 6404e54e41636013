// REPL 的 Python 模式：切换语言、在 TypeScript 模式下按 Python 运行时的提示、.translate。
import type { pythonRepl as en } from '../en/python-repl.ts';

export const pythonRepl: { [K in keyof typeof en]: string } = {
  'pyrepl.cmd.python': '把输入语言切换为 Python（提示符变为 py>>> ）',
  'pyrepl.cmd.ts': '把输入语言切换为 TypeScript/JavaScript（提示符变为 >>> ）',
  'pyrepl.cmd.translate': '显示上一条 Python 输入对应的 TypeScript',
  'pyrepl.nowPython': 'Python 模式：输入的是 Python，和 python3 一样。输入 .ts 回到 TypeScript。',
  'pyrepl.nowTypescript': 'TypeScript 模式：输入的是 TypeScript/JavaScript。输入 .python 切换到 Python。',
  'pyrepl.already': '当前输入语言已经是 {language}。',
  'pyrepl.banner': 'Python 模式：像在 python3 中一样输入 Python（.ts 切换到 TypeScript，.translate 显示上一条输入对应的 TypeScript）。',
  'pyrepl.autodetect': '注意：这段输入是 Python 而不是 JavaScript，所以按 Python 运行了。输入 .python 让之后的所有输入都按 Python 运行（.ts 切换回来）。',
  'pyrepl.nothingToTranslate': '还没有 Python 输入：.translate 显示上一条 Python 输入对应的 TypeScript（先输入 .python，或粘贴 Python 代码）。',
  'pyrepl.cannotSave': '注意：无法把语言选择保存到 {file}（{reason}）；只在本次会话中有效。',
  'pyrepl.loadFailed': '本次会话无法使用 Python：{message}',
};
