# exit: 1
# compare: stderr
# An unclosed list whose missing comma is on its own line: pegen stopped on that line, so the
# comma hint stands even though more lines follow.
ports = [80 443, 8080
count = len(ports)
