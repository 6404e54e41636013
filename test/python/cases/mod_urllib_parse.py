# urllib.parse as an HTTP tutorial uses it: urlparse/urlsplit (the named tuples' reprs, fields,
# hostname/port/username/password, geturl, _replace), urlunparse/urlunsplit, urljoin's
# RFC 3986 cases, urldefrag, quote/unquote (+_plus), urlencode (doseq), parse_qs/parse_qsl.
import urllib.parse
from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urlencode
from urllib.parse import quote, quote_plus, unquote, unquote_plus, parse_qs, parse_qsl

u = urlparse('http://User:Pw@Example.COM:8080/a/b;p=1?q=1&r=2#frag')
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.hostname, u.port, u.username, u.password, u.geturl())
print(u[0], len(u), tuple(u) == u, u._replace(path='/x').geturl())
s = urlsplit('https://[::1]:443/index.html?x=y')
print(s, s.hostname, s.port)
print(urlsplit('/path/only?k=v'), urlsplit('localhost:8000'), urlparse('//host/p'))
print(urlparse('mailto:someone@example.com'), urlparse('  http://a.b/c\n'))
print(urlsplit('http://a/b#c', allow_fragments=False))
print(urlunparse(('http', 'host', '/p', 'x', 'q=1', 'f')), urlunsplit(('https', 'h:1', 'p', '', '')))
print(urlunparse(urlparse('http://a/b?c')), urlunsplit(('file', '', '/tmp/x', '', '')))
base = 'http://a/b/c/d;p?q'
for ref in ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', '', '.', './', '..', '../', '../g', '../..', '../../g', '../../../g', 'g.', 'g/../h', 'https://other/x']:
    print(repr(ref), urljoin(base, ref))
print(urljoin('http://example.com/dir/', 'page.html'), urljoin('http://example.com', '/api'))
print(urllib.parse.urldefrag('http://a/b#top'), urllib.parse.urldefrag('http://a/b'))
print(quote('/a b/c?d=é&'), quote('a/b', safe=''), quote_plus('a b&c=d/e'), quote(b'\x00\xff'))
print(unquote('%E4%BD%A0%E5%A5%BD%20x%2'), unquote_plus('a+b%2Bc'), unquote('abc'), unquote('%zz%4'))
print(urlencode({'name': '张三', 'q': 'a b', 'n': 5}), urlencode([('a', 1), ('a', 2)]))
print(urlencode({'k': [1, 2], 's': 'xy'}, doseq=True), urlencode({'k': [1, 2]}))
print(urlencode({'p': '/x y'}, quote_via=quote), urlencode({'p': '/x'}, safe='/'))
print(parse_qs('a=1&a=2&b=&c=%20x+y'), parse_qs('a=1&b=', keep_blank_values=True))
print(parse_qsl('a=1&b=2&b=3;c'), parse_qsl('x=1;y=2', separator=';'), parse_qsl(''))
try:
    urlsplit('http://[::1/x')
except ValueError as e:
    print('ValueError', e)
try:
    print(urlsplit('http://h:99999/').port)
except ValueError as e:
    print('ValueError', e)
try:
    print(urlsplit('http://h:xx/').port)
except ValueError as e:
    print('ValueError', e)
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError', e)
print(urllib.parse.uses_netloc[:3], urlsplit('http://h/').port, urlsplit('http://@h/').username)
