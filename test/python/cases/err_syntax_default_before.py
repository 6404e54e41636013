# exit: 1
# compare: stderr
# A parameter without a default after one with: "non-default argument follows default argument".
def serve(host='127.0.0.1', port):
    pass
