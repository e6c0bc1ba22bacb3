"""Run-time signatures and cheap argument checks for resource methods.

A method declares its keywords for type checkers as ``**params: Unpack[SomeParams]``; at run
time that shows as a bare ``**params``, so ``help()``, ``inspect.signature`` and IPython/Jupyter
completion would see nothing. ``expand_signatures`` (run once per resource class, at import)
sets each method's ``__signature__`` to the explicit keyword parameters of that TypedDict; the
blocking twin shares it through ``__wrapped__``.

``bad_keyword`` turns the TypeError of an unknown keyword into one that names it and the
nearest valid name; ``check_values`` rejects a non-number where the spec wants a number before
the request is sent.
"""

from __future__ import annotations

import functools
import inspect
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ForwardRef

import msgspec

_UNPACK = re.compile(r"Unpack\[(\w+)\]")
_KW = inspect.Parameter.KEYWORD_ONLY
_NUMBERS = (int, float)


def _annotation(ann: Any) -> Any:
    return ann.__forward_arg__ if isinstance(ann, ForwardRef) else ann


def expanded(fn: Callable[..., Any]) -> inspect.Signature | None:
    """`fn`'s signature with its `**params: Unpack[X]` replaced by X's keys (None: nothing to
    expand)."""
    sig = inspect.signature(fn)
    params = list(sig.parameters.values())
    if not params or params[-1].kind is not inspect.Parameter.VAR_KEYWORD:
        return None
    match = _UNPACK.fullmatch(str(params[-1].annotation))
    if match is None:
        return None
    td = getattr(sys.modules[fn.__module__], match.group(1), None)
    if td is None:
        return None
    # a keyword required by hand (default NODEFAULT, so a misspelling can be named) is required
    params = [
        p.replace(default=inspect.Parameter.empty) if p.default is msgspec.NODEFAULT else p
        for p in params
    ]
    explicit = {p.name for p in params}
    required: frozenset[str] = getattr(td, "__required_keys__", frozenset())
    extra = [
        inspect.Parameter(
            name,
            _KW,
            default=inspect.Parameter.empty if name in required else None,
            annotation=_annotation(ann),
        )
        for name, ann in td.__annotations__.items()
        if name not in explicit
    ]
    extra.sort(key=lambda p: p.default is not inspect.Parameter.empty)  # required first
    return sig.replace(parameters=[*params[:-1], *extra])


def expand_signatures(cls: type) -> None:
    """Set `__signature__` on every `x_async` method of `cls` that takes `**Unpack[...]`.

    A method with required keywords is wrapped once (here, at import) so that a misspelt
    required keyword (`modle=`) is named with its correction instead of Python's "missing
    argument 'model'"; the wrapper only adds a try around binding the arguments."""
    from .._sync import sync

    for name, fn in list(vars(cls).items()):
        if not (name.endswith("_async") and inspect.iscoroutinefunction(fn)):
            continue
        raw = inspect.signature(fn)
        sig = expanded(fn) or raw
        fn.__signature__ = sig
        # (`chat.send` checks its one required keyword itself: it is the hot path)
        if any(p.kind is _KW and p.default is p.empty for p in raw.parameters.values()):
            wrapped = _naming_misspellings(fn, sig)
            setattr(cls, name, wrapped)
            twin = name.removesuffix("_async")
            if twin in vars(cls):
                setattr(cls, twin, sync(wrapped))


def _naming_misspellings(fn: Callable[..., Any], sig: inspect.Signature) -> Callable[..., Any]:
    valid = [p.name for p in sig.parameters.values() if p.kind is _KW]
    where = fn.__name__.removesuffix("_async")

    async def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        try:
            call = fn(self, *args, **kwargs)
        except TypeError as exc:
            unknown = [k for k in kwargs if k not in valid]
            if unknown and "argument" in str(exc):
                raise bad_keyword(where, unknown, valid) from None
            raise
        return await call

    functools.update_wrapper(method, fn)
    method.__signature__ = sig  # type: ignore[attr-defined]
    return method


def valid_keywords(fn: Callable[..., Any]) -> list[str]:
    """The keyword names `fn` accepts (from its expanded signature)."""
    return [p.name for p in inspect.signature(fn).parameters.values() if p.kind is _KW]


def nearest(name: str, valid: Iterable[str]) -> str | None:
    import difflib  # only on the error path: it costs milliseconds to import

    found = difflib.get_close_matches(name, list(valid), n=1, cutoff=0.6)
    return found[0] if found else None


def bad_keyword(where: str, names: Iterable[str], valid: Iterable[str]) -> TypeError:
    """A TypeError for unknown keywords `names`, each with the nearest valid one."""
    valid = list(valid)
    parts = []
    for name in sorted(names):
        hint = nearest(name, valid)
        parts.append(f"{name!r}" + (f" (did you mean {hint!r}?)" if hint else ""))
    return TypeError(f"{where}() got unexpected keyword argument(s): {', '.join(parts)}")


_UNEXPECTED = re.compile(r"Unexpected keyword argument '(\w+)'")


def explain_struct_error(
    exc: TypeError, where: str, kwargs: Mapping[str, Any], valid: Iterable[str]
) -> TypeError:
    """msgspec's "Unexpected keyword argument 'x'" for a request Struct, as `bad_keyword`."""
    match = _UNEXPECTED.search(str(exc))
    if match is None or match.group(1) not in kwargs:
        return exc
    valid = list(valid)
    unknown = [k for k in kwargs if k not in valid] or [match.group(1)]
    return bad_keyword(where, unknown, valid)


# request Struct -> the fields whose only types are numbers (besides None / UNSET)
_numeric: dict[type, frozenset[str]] = {}


def _numeric_fields(cls: type) -> frozenset[str]:
    names = _numeric.get(cls)
    if names is None:
        found = []
        for f in msgspec.structs.fields(cls):
            args = set(getattr(f.type, "__args__", (f.type,))) - {type(None), msgspec.UnsetType}
            if args and args <= {int, float}:
                found.append(f.name)
        names = _numeric[cls] = frozenset(found)
    return names


def check_values(cls: type, kwargs: Mapping[str, Any]) -> None:
    """Fail fast on a non-number for a numeric field of request `cls` (`temperature="hot"`)."""
    numeric = _numeric.get(cls) or _numeric_fields(cls)
    for name in kwargs:
        if name in numeric:
            value = kwargs[name]
            kind = type(value)
            if kind is not float and kind is not int and value is not None:
                if value is msgspec.UNSET:
                    continue
                if kind is bool or not isinstance(value, _NUMBERS):
                    raise TypeError(f"{name} must be a number, not {kind.__name__} {value!r}")


def check_messages(messages: Any) -> None:
    """`messages` must be a list (or tuple) of message dicts or Structs."""
    if type(messages) is list:
        for m in messages:
            if type(m) is not dict:
                break
        else:
            return  # the common case: a list of dicts
    if not isinstance(messages, (list, tuple)):
        hint = ' (wrap it: [{"role": "user", "content": ...}])' if isinstance(messages, str) else ""
        raise TypeError(
            f"messages must be a list of message dicts, not {type(messages).__name__}{hint}"
        )
    for i, m in enumerate(messages):
        if not isinstance(m, (Mapping, msgspec.Struct)):
            raise TypeError(
                f"messages[{i}] must be a message dict or Struct, not {type(m).__name__}"
            )


def calling_method() -> tuple[str, list[str]]:
    """(name, valid keywords) of the resource method whose call is failing: found by walking up
    the stack to the nearest `x_async` frame with a `self` (only ever run on the error path)."""
    frame = sys._getframe(1)
    for _ in range(8):
        if frame is None:
            break
        code = frame.f_code
        owner = frame.f_locals.get("self")
        if code.co_name.endswith("_async") and owner is not None:
            fn = getattr(type(owner), code.co_name, None)
            if fn is not None:
                return code.co_name.removesuffix("_async"), valid_keywords(fn)
        frame = frame.f_back  # type: ignore[assignment]
    return "call", []
