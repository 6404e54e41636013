// REPL 会话自身的可靠性消息：后台错误、历史记录、出错的命令。
import type { session as en } from '../en/session.ts';

export const session = (): { [K in keyof ReturnType<typeof en>]: string } => ({
  'session.background': '后台任务（回调、定时器或处理函数）中出现异常：',
  'session.history.unusable': '注意：无法使用历史记录文件 {file}（{reason}）；本次会话的历史只保存在内存中。',
  'session.command.failed': '命令 .{name} 出错：',
});
