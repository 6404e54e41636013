# exit: 1
# compare: stderr
# A positional argument after **kwargs: "positional argument follows keyword argument unpacking".
options = {'sep': ''}
print(**options, 'a')
