# exit: 1
# compare: stderr
# ':=' as a statement: invalid syntax under the two-character token.
port := 8080
