# compare: stderr
# exit: 1
# A file whose last line is only a backslash: "unexpected EOF while parsing" with no caret
# (print_error_text finds the offset past the stripped line).
print("never runs")
    \
