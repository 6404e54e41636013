# An uncaught SyntaxError from eval(): the frames that called it, then its own block.
# exit: 1
# compare: stderr
def parse_command(text):
    return eval(text)
print(parse_command("(1, 2)"))
parse_command("1 + )")
