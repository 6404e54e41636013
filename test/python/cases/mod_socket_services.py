# socket.getservbyname/getservbyport/getprotobyname over /etc/services and /etc/protocols: results, CPython's
# OSError texts for a missing entry, argument errors (str only, None named as None, a C int port).
import socket
for f,a in [('getservbyname',('http',)),('getservbyname',('http','udp')),('getservbyname',('domain','udp')),('getservbyname',('nope',)),('getservbyname',('http','xx')),('getservbyname',(80,)),('getservbyname',()),('getservbyport',(80,)),('getservbyport',(53,'udp')),('getservbyport',(1,)),('getservbyport',(70000,)),('getservbyport',(-1,)),('getservbyport',('80',)),('getprotobyname',('tcp',)),('getprotobyname',('udp',)),('getprotobyname',('icmp',)),('getprotobyname',('nope',)),('getprotobyname',(1,)),('getservbyname',('www',)),('getservbyport',(80,'bogus')),('getservbyname',('a','b','c')),('getservbyname',('http',1)),('getservbyname',('ht\0tp',)),('getprotobyname',()),('getprotobyname',('a','b')),('getservbyport',()),('getservbyport',(1,2)),('getservbyport',(1,'a','b')),('getservbyport',(True,)),('getservbyname',('http',None)),('getservbyport',(2**70,))]:
  try: print(f,a,repr(getattr(socket,f)(*a)))
  except Exception as e: print(f,a,type(e).__name__,e)
try:
    socket.getservbyname('nope')
except OSError as e:
    print(e.errno, e.args)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.getprotobyname('tcp'))
print(s.proto)
s.close()
for f in (socket.getservbyname, socket.getservbyport, socket.getprotobyname):
    try:
        f(x=1)
    except TypeError as e:
        print(e)
