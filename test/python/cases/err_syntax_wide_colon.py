# exit: 1
# compare: stderr
# The missing colon after a header with Chinese in it (seed 003's 发送 prompt): the caret
# stands where CPython 3.11 puts it, the UTF-8 length of the line before it.
消息 = input('请输入要发送的消息:')
if 消息 == "退出"
    print('再见')
