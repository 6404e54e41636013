// 课程的两种语言：加载器的 `python:`、检查器用 TypeScript 和 Python 各跑一遍每一步、课程恢复时的语言。
import type { lessonsPython as en } from '../en/lessons-python.ts';

export const lessonsPython = (): { [K in keyof ReturnType<typeof en>]: string } => ({
  'lessons.load.noPython': "{where}缺少 python —— 请添加 python:，按教程的 Python 写法写出这一步（地址用元组：s.bind(('', {port}))）",
  'lessons.load.badPython': '{where}：python: 应当是要输入的 Python 代码（多行用 python: |；复合语句在下一个不缩进的行或空行处结束），或者一个输入的列表',
  'lessons.where.stepIn': '第 {n} 步（{id}，{language}）',
  'lessons.lint.summaryPython': '{lang} 总结里的 Python 程序 socklab run 无法运行（{why}），开头是 `{first}` —— 请按 python3 能运行的写法改正',
  'lessons.lang.pair': '`{mine}`（{language} 写法：`{other}`）',
  'lessons.lang.restored': '上次你用 {language} 学这一课，所以这次继续用 {language}（输入 {switch} 切换）。',
}) as const;
