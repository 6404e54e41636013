# exit: 1
# NameError: str(e) has no suggestion, the traceback's last line has 3.11's "Did you mean".
recv_data = b'hello'
try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e, e.name if hasattr(e, 'name') else '')
def handler():
    local_socket = 1
    return local_sockt
try:
    handler()
except NameError as e:
    print(e)
print(recv_dta)
