# exit: 1
# compare: stderr
# A loop's else: block is not inside the loop (CPython's compiler): a break there, at module level
# or inside a function whose loop it follows, is "SyntaxError: 'break' outside loop".
def search(items, wanted):
    for item in items:
        if item == wanted:
            print('found', item)
            break
    else:
        print('not found')
        break

search([1, 2], 3)
