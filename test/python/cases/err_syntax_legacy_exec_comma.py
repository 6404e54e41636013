# compare: stderr
# exit: 1
# Inside brackets, exec (or print) with two expressions after it: the missing comma between them (invalid_legacy_expression parses its star_expressions first).
f(exec x y)
