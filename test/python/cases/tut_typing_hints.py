# Type hints as modern tutorials write them: typing's List/Dict/Tuple/Optional/Union/Any/Callable in
# signatures and aliases (printed as CPython prints them), TypeVar, cast, a dataclass whose fields
# are typed with them, and typing's errors.
from typing import List, Dict, Tuple, Optional, Union, Any, Callable, TypeVar, cast, Iterable
import socket
Address = Tuple[str, int]
def handle(conn: socket.socket, addr: Address, history: Optional[List[str]] = None) -> Dict[str, Any]:
    return {'peer': addr[0], 'n': len(history or [])}
print(handle(None, ('127.0.0.1', 1), ['a']))
print(List[int], Dict[str, int], Tuple[str, int], Optional[int], Union[int, str], Union[int, None], Any, List, Callable[[int], str])
print(Union[int], Optional[None], List[socket.socket], Tuple[int, ...], Iterable[bytes])
T = TypeVar('T')
print(T, cast(int, '3'), List[int] == List[int])
for make in [lambda: List(), lambda: Dict[str, int](a=1)]:
    try:
        make()
    except TypeError as e:
        print(e)
try:
    List[int, str]
except TypeError as e:
    print(e)
from dataclasses import dataclass, field
@dataclass
class Room:
    name: str
    members: List[str] = field(default_factory=list)
    limits: Dict[str, int] = field(default_factory=dict)
    owner: Optional[str] = None
r = Room('lobby')
r.members.append('amy')
print(r, Room.__annotations__)
