# exit: 1
# compare: stderr
# A `_` in a number needs a digit after it: "invalid decimal literal" at the underscore.
timeout = 1__000
