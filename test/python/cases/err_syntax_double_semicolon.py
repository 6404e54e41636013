# exit: 1
# compare: stderr
# Two semicolons in a row (a C or JavaScript habit): a `;` must follow a statement, so the second
# is invalid syntax (one at the end of a line is fine).
x = 1;
y = 2;; print(x, y)
