# break/continue in an inner loop's else: block belong to the outer loop (valid Python), the
# counterpart of err_syntax_break_loop_else.
for i in range(4):
    for j in range(i):
        if j == 2:
            break
    else:
        if i == 1:
            continue
        print('inner ran out at', i)
        if i == 2:
            break
print('after', i)
