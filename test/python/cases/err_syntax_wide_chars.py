# exit: 1
# compare: stderr
# A SyntaxError in a line with Chinese text before the caret: CPython 3.11 prints the caret
# line in UTF-8 bytes (print_error_text walks the line's UTF-8), so each Chinese character
# before the caret moves it three columns, and the marks under a span count its bytes.
print('这一行不会运行')
print "你好，服务器"
