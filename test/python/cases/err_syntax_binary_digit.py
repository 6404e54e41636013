# exit: 1
# compare: stderr
# A digit a prefixed literal cannot hold: tokenizer.c's "invalid digit '2' in binary literal",
# the caret at the digit. (0x1f, 0o17, 1_000 and 0b1_0 before it are fine.)
print(0x1f, 0o17, 1_000, 0b1_0)
mask = 0b1012
