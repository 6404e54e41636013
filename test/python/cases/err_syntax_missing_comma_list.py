# exit: 1
# compare: stderr
# A missing comma in a list: the span is the two numbers.
ports = [8080 8081, 8082]
