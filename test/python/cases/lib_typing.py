# typing as typed tutorials use it: the names imported for annotations, type aliases made of
# them (subscripted at run time), TypeVar, Generic and Protocol bases, cast, TYPE_CHECKING,
# NewType, get_origin/get_args; and the builtins' own generics (list[int], PEP 585).
import socket
import collections
from typing import (Any, Callable, Dict, FrozenSet, Generic, Iterable, Iterator, List, Literal, Optional,
                    Protocol, Sequence, Set, Tuple, Type, TypeVar, Union, cast, TYPE_CHECKING, NewType,
                    get_origin, get_args, Mapping, Deque, DefaultDict, ClassVar, Final, NoReturn, Text, AnyStr)
import typing

Address = Tuple[str, int]
Handler = Callable[[socket.socket, Address], None]
Clients = Dict[Address, List[bytes]]
print(Address, Handler, Clients, sep='\n')
print(List, Dict, Optional[int], Union[int, str], Union[int, None], Union[str, int, None], Union[int])
print(Optional[Union[int, str]], Union[int, Union[str, float]], Union[int, int, str])
print(Tuple[int, ...], Tuple[()], Callable[..., int], Callable[[], None], Literal['GET', 'POST', 1])
print(Iterable[bytes], Iterator[int], Sequence[str], Mapping[str, int], Set[int], FrozenSet[str], Type[socket.socket])
print(Deque[int], DefaultDict[str, int], ClassVar[int], Final[int], NoReturn, Any, Text, AnyStr)
print(List[Dict[str, Optional[int]]], Dict[str, Callable[[int], str]])
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[bytes], collections.deque[int])
print(list[int]([1, 2]), type(list[int]).__name__, list[int].__origin__, list[int].__args__, list[int] == list[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int), get_args(int))
print(List[int].__origin__, Dict[str, int].__args__, type(List[int]).__name__, List[int] == List[int], List[int] == List[str])

T = TypeVar('T')
K = TypeVar('K', str, bytes)
B = TypeVar('B', bound=int)
print(T, K, B, List[T], Dict[K, T], T.__name__)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Sender(Protocol):
    def send(self, data: bytes) -> int:
        ...


b = Box(5)
print(b.get(), isinstance(b, Box), Box[int], Box.__name__)

UserId = NewType('UserId', int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId)


def serve(host: str = '127.0.0.1', port: int = 0, handler: Optional[Handler] = None) -> Address:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind((host, port))
    addr = cast(Address, s.getsockname())
    s.close()
    return addr


host, port = serve()
print(host, port > 0, cast(int, 'not checked'), TYPE_CHECKING)
if TYPE_CHECKING:
    print('never printed')
for bad in (lambda: isinstance([], List[int]), lambda: List(), lambda: Union[int, str]()):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(isinstance([], List), isinstance({}, typing.Dict), issubclass(list, typing.Sequence) if hasattr(typing, 'Sequence') else None)
print(issubclass(dict, typing.Mapping), issubclass(int, typing.Sequence), isinstance('ab', typing.Iterable), isinstance(5, typing.Iterable))
Point = typing.NamedTuple('Point', [('x', int), ('y', int)])
p = Point(1, 2)
print(p, p.x, p._fields)


def total(sizes: List[int], scale: Optional[float] = None) -> int:
    return sum(sizes) * (scale or 1)


print(total([1, 2, 3]), total([1], 2.5))
