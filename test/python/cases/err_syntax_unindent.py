# exit: 1
# compare: stderr
# A dedent to no outer level: the caret at the end of the line, as tokenizer.c reports it.
if True:
        x = 1
    y = 2
