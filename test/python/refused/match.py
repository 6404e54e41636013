# The match statement is outside the subset: refused before anything runs.
print('this must not run')
command = 'quit'
match command:  # refused here
    case 'quit':
        print('bye')
    case _:
        print('unknown')
