# Sorting addresses and networks of both versions together with ipaddress.get_mixed_type_key:
# the keys are tuples holding address objects, compared element by element.
import ipaddress
from ipaddress import ip_address, ip_network

items = [ip_address('::2'), ip_network('1.0.0.0/8'), ip_address('1.0.0.0'), ip_network('::/64'), ip_address('0.0.0.1')]
print(sorted(items, key=ipaddress.get_mixed_type_key))
