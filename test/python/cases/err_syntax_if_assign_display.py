# exit: 1
# compare: stderr
# `=` for `==` after a display: _PyPegen_get_expr_name calls `{}` a "dict literal" (the same
# name the assignment `{} = x` gets).
options = {}
if {} = options:
    print('no options')
