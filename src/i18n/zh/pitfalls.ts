// 关于 Python 习惯在 JavaScript 里悄悄变了意思的提示（src/lang/typescript/pitfalls.ts、src/lang/hints.ts）。
import type { pitfalls as en } from '../en/pitfalls.ts';

export const pitfalls = (): { [K in keyof ReturnType<typeof en>]: string } => ({
  'pitfall.note.bytesEquality': "提示：在 JavaScript 里，== 和 === 比较的是 bytes 是不是同一个对象，所以 b'quit' == b'quit' 是 false。要比较内容：data.equals(b'quit')（或 data.decode() === 'quit'）。",
  'pitfall.note.bytesTruth': "提示：在 JavaScript 里，任何 bytes 值都是真，连 Python 里为假的空 b'' 也是，所以 if (!data) 永远不会执行。请检查长度：len(data) === 0（即 Python 的 if not data:）。",
  'pitfall.note.peerClosed': "提示：recv() 一直返回 b''：对方已经关闭了连接，之后每次 recv() 都会立刻返回 b''。在 len(data) === 0 时退出循环，然后关闭套接字。",
  'pitfall.note.missingAwait': '提示：在 {fn} 里，{call} 前面没有 await，所以得到的是一个 Promise，而不是结果。请写 await {call}，并把函数声明为 async（async function ...）。',
  'pitfall.note.stillWaiting': '警告：{call} 还在后台等待：没有任何代码 await 它。下一份到达的数据会被它取走。请在它前面加 await，或者输入 .reset 取消它。',
  'pitfall.hint.concatBytes': "建议：先把 bytes 解码：'Jack:' + data.decode()（或者用模板字符串：`Jack:${data.decode()}`）。",
  'pitfall.hint.concatToBytes': "建议：bytes 只能和 bytes 拼接：data + 'x'.encode()（要得到文本就用 data.decode() + 'x'）。",
  'pitfall.hint.pass': '建议：pass 是 Python 的空语句；JavaScript 在那里什么都不用写：写一个空块 {}（或者干脆不写这一行）。',
  'pitfall.hint.rawInput': "建议：raw_input() 是 Python 2 里 input() 的名字：请写 input('提示：')。",
  'pitfall.hint.printStatement': '建议：在 Python 3 和 JavaScript 里，print 都是函数：print("x")。',
  'pitfall.hint.breakOutside': '建议：break 和 continue 只能用在同一次输入的循环里，例如：while (true) { ...; if (len(data) === 0) break }。',
  'pitfall.hint.awaitMissing': '建议：{fn} 里的 {call} 没有 await，所以 {fn} 处理的是一个 Promise。请写 await {call}，并把 {fn} 声明为 async；调用时写 await {fn}。',
  'pitfall.cli.noSuchLesson': '没有名为 "{id}" 的课程。',
  'pitfall.sockets.fin': 'N + FIN：对方已经关闭了它那一端。在 recv() 返回 b\'\' 之前（先读完它前面的 N 字节数据），FIN 在内核队列里算作一个字节；它不是数据。',
  'pitfall.note.cancelled': '已取消 {call}：没有代码 await 它，它收到的数据也没有任何代码能用到，它本来会取走下一份到达的数据。请写 await {call}（在 async 函数里），并保存它的结果。',
});
