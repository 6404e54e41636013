// Python 前端的消息（src/lang/python）：在 Python 程序的输出旁边给出的说明（socklab run 中写到 stderr），
// 从不代替 Python 自己的错误行。
import type { python as en } from '../en/python.ts';

export const python = (): { [K in keyof ReturnType<typeof en>]: string } => ({
  'python.noModule': "socklab 运行 Python 时提供这些模块：{modules}。其他模块暂时还不能用；要使用 '{name}'，请用 python3 运行这个程序。",
  'python.noModulePython2': "'{name}' 是 Python 2 里的名字：在 Python 3 中这个模块叫 {python3Name}（import {python3Name}）。",
  'python.noModuleTypo': "没有名为 '{name}' 的模块：是不是想写 {guess}？（import {guess}）",
  'python.translateUsage': 'socklab translate 需要一个 .py 文件：socklab translate prog.py',
  'python.argparseFormatter': 'argparse：socklab 的 argparse 只能用这些格式化类（formatter_class=）排版帮助：{formatters}；要用其他的，请用 python3 运行这个程序。',
  'python.reUnsupported': 're：socklab 的正则表达式基于 JavaScript 的 RegExp，不支持{what}（在模式的第 {pos} 个位置）；要使用它，请用 python3 运行这个程序。',
  'python.refused': 'socklab 的 Python 暂时还不支持{construct}。',
  'python.metaclassPrepare': 'socklab 的 class 语句在类体运行时就把名字绑定到类上，所以元类的 __prepare__（{meta}.__prepare__）无法给类体提供它自己的命名空间；要用它，请用 python3 运行程序。',
  'python.mroBuiltinFirst': 'socklab 无法在类的方法解析顺序（MRO）中把 {base} 放在 {next} 之前（它的 JavaScript 类不能换基类）；请把 {next} 写在前面，或用 python3 运行程序。',
});
