# exit: 1
# compare: stderr
# A letter glued to a number: "invalid decimal literal", the caret at its last digit.
PORT = 80o
