# A client helper that validates addresses with ipaddress and parses URLs with urllib.parse before connecting.
import ipaddress
import socket
from urllib.parse import urlparse, parse_qs, urlencode, quote, unquote, urljoin

def target(url):
    u = urlparse(url)
    host = u.hostname
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = ipaddress.ip_address(socket.gethostbyname(host))
    port = u.port or {"http": 80, "https": 443}.get(u.scheme, 0)
    return u.scheme, ip, port, u.path or "/", parse_qs(u.query)

for url in ["http://127.0.0.1:8080/api?x=1&x=2&y=", "https://localhost/login", "http://[::1]:9000/v6?q=%E4%BD%A0"]:
    scheme, ip, port, path, q = target(url)
    print(scheme, repr(ip), ip.version, ip.is_loopback, ip.is_private, port, path, q)
net = ipaddress.ip_network("127.0.0.0/8")
print(net, net.num_addresses, ipaddress.ip_address("127.1.2.3") in net, net.netmask, net.hostmask)
print(list(ipaddress.ip_network("192.168.1.0/30").hosts()))
print(ipaddress.ip_interface("10.0.0.5/24").network, int(ipaddress.IPv4Address("127.0.0.1")))
print(ipaddress.IPv4Address(2130706433) + 1, ipaddress.ip_address("::1").exploded)
try:
    ipaddress.ip_address("256.0.0.1")
except ValueError as e:
    print(e)
try:
    ipaddress.ip_network("10.0.0.1/24")
except ValueError as e:
    print(e)
print(urlencode({"name": "张三", "age": 20, "q": "a b&c"}), quote("a b/c"), unquote("%E4%BD%A0%E5%A5%BD"))
print(urljoin("http://127.0.0.1/a/b.html", "../c.html"), urlparse("http://u:p@h:1/p;x?q#f"))
