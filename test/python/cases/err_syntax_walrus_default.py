# exit: 1
# compare: stderr
# A default value written with := is "invalid syntax".
print("this must not run")
def handle(conn, size := 1024):
    pass
