# compare: stderr
# exit: 1
# CPython 3.11 measures the marks under a traceback's line in display columns
# (traceback._display_width): a Chinese character is two columns wide, as a terminal shows it,
# so the ^ and ~ stay under the expression in the seeds' lines with Chinese text. The first two
# tracebacks are threads' (threading.excepthook), the last the program's own.
import threading


def 发送(消息):
    数据 = "消息：" + 消息
    return 数据


def 查找():
    名单 = {'张三': 1}
    print(名单['李四'])


for target in (lambda: 发送(42), 查找):
    t = threading.Thread(target=target, name='聊天')
    t.start()
    t.join()

# The seed's chat prompt, at the end of its input (EOFError, uncaught).
dest_port = int(input("请输入对方的port:"))
