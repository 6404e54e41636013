# exit: 1
# compare: stderr
# Tabs after spaces at the same depth: TabError, no caret.
for i in range(3):
        print(i)
	print(i)
