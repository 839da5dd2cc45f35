"""Attributes computed at their first read and kept on the instance.

``functools.cached_property`` of Python 3.11 takes one lock, shared by every instance of the class, at each first
read (later reads find the value in the instance's ``__dict__`` and never reach it): the facts stage makes several
such reads for each paragraph, and the lock costs more than the views it guards (sentence spans, their starts).
``computed`` is the same without the lock: two threads reading the same new attribute at once may both compute it,
and the last value is kept, which suits values that a pure function of the instance gives (as Python 3.12 does).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

__all__ = ["computed"]

T = TypeVar("T")


class computed(Generic[T]):
    """An attribute computed by the decorated method at its first read on an instance, then read from the
    instance's ``__dict__`` (the method is not called again)."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> computed[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | computed[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
