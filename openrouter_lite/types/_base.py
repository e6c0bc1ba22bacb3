"""Base classes every request and response Struct derives from.

Response Structs: unknown fields are ignored (msgspec's default; the API adds fields often), fields
the spec marks optional or nullable default to ``None``, and ``omit_defaults`` makes a decoded
response re-encode without nulls (a response message appended to ``messages`` is sent back clean).
``gc=False``: decoded JSON never forms reference cycles, and skipping GC tracking makes large
responses cheaper to build and to collect.

Request Structs: fields default to ``msgspec.UNSET`` so only what the caller set is sent.

Both derive from ``BaseModel``, which gives them the pydantic v2 methods code written for the
official SDK calls (``model_dump``, ``model_dump_json``, ``model_copy``, ``model_validate``,
``model_validate_json``, ``model_fields``), written once here on top of msgspec.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping
from typing import Any, Literal, TypeAlias, TypeVar, Union

import msgspec

__all__ = (
    "UNSET",
    "UNSET_SENTINEL",
    "BaseModel",
    "FieldInfo",
    "Model",
    "Nullable",
    "OptionalNullable",
    "Request",
    "UnrecognizedInt",
    "UnrecognizedStr",
    "UnsetType",
)

UNSET = msgspec.UNSET
UnsetType = msgspec.UnsetType
UNSET_SENTINEL = "~?~unset~?~sentinel~?~"  # the official SDK's string form of UNSET
UnrecognizedStr = str  # an open enum's value this client doesn't know: a plain str here
UnrecognizedInt = int

_T = TypeVar("_T")
Nullable: TypeAlias = Union[_T, None]  # noqa: UP007 - a generic alias must be a Union
OptionalNullable: TypeAlias = Union[_T, None, UnsetType]  # noqa: UP007
_M = TypeVar("_M", bound="BaseModel")
_NODEFAULT: Any = msgspec.NODEFAULT


class FieldInfo:
    """What ``model_fields`` gives per field (the parts of pydantic's ``FieldInfo`` code reads)."""

    __slots__ = ("alias", "annotation", "default", "default_factory")

    def __init__(self, alias: str | None, annotation: Any, default: Any, factory: Any) -> None:
        self.alias = alias
        self.annotation = annotation
        self.default = default
        self.default_factory = factory

    def is_required(self) -> bool:
        return self.default is _NODEFAULT and self.default_factory is _NODEFAULT

    def __repr__(self) -> str:
        return f"FieldInfo(annotation={self.annotation!r}, required={self.is_required()})"


# class -> ((python name, wire name, default), ...), built on a class's first dump
_layouts: dict[type, tuple[tuple[str, str, Any], ...]] = {}


def _layout(cls: Any) -> tuple[tuple[str, str, Any], ...]:
    layout = _layouts.get(cls)
    if layout is None:
        defaults = (_NODEFAULT,) * (len(cls.__struct_fields__) - len(cls.__struct_defaults__))
        defaults += tuple(
            d.factory() if isinstance(d, msgspec._core.Factory) else d
            for d in cls.__struct_defaults__
        )
        layout = _layouts[cls] = tuple(
            zip(cls.__struct_fields__, cls.__struct_encode_fields__, defaults, strict=True)
        )
    return layout


_SCALARS = frozenset({str, int, float, bool, type(None)})
_asdict = msgspec.structs.asdict


def _plain(value: Any, no_none: bool) -> Any:
    """`_dump` by Python name with nothing but `exclude_none`, the common case: C-level
    ``asdict`` per Struct, recursing only into values that are not scalars."""
    if isinstance(value, msgspec.Struct):
        out = _asdict(value)
        drop: list[str] = []
        for k, v in out.items():
            if type(v) in _SCALARS:
                if v is None and no_none:
                    drop.append(k)
            elif v is UNSET:
                drop.append(k)
            else:
                out[k] = _plain(v, no_none)
        for k in drop:
            del out[k]
        return out
    if isinstance(value, (list, tuple)):
        return [v if type(v) in _SCALARS else _plain(v, no_none) for v in value]
    if isinstance(value, dict):
        return {
            k: _plain(v, no_none)
            for k, v in value.items()
            if v is not UNSET and not (no_none and v is None)
        }
    return value


def _dump(value: Any, alias: bool, no_none: bool, no_default: bool) -> Any:
    """`value` as plain Python data: Structs become dicts (recursively), lists stay lists."""
    if isinstance(value, msgspec.Struct):
        out: dict[str, Any] = {}
        for name, wire, default in _layout(type(value)):
            v = getattr(value, name)
            if v is UNSET or (no_none and v is None):
                continue
            if no_default and default is not _NODEFAULT and (v is default or v == default):
                continue
            out[wire if alias else name] = _dump(v, alias, no_none, no_default)
        return out
    if isinstance(value, (list, tuple)):
        return [_dump(v, alias, no_none, no_default) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v, alias, no_none, no_default) for k, v in value.items() if v is not UNSET}
    return value


class _ModelFields:
    """``Model.model_fields``: a class-level dict of ``FieldInfo`` by Python field name."""

    _cache: dict[type, dict[str, FieldInfo]] = {}  # noqa: RUF012 - shared on purpose

    def __get__(self, obj: object, cls: type) -> dict[str, FieldInfo]:
        fields = self._cache.get(cls)
        if fields is None:
            fields = self._cache[cls] = {
                f.name: FieldInfo(
                    f.encode_name if f.encode_name != f.name else None,
                    f.type,
                    f.default,
                    f.default_factory,
                )
                for f in msgspec.structs.fields(cls)
            }
        return fields


class BaseModel(msgspec.Struct):
    """The base of every Struct here, with the pydantic v2 methods apps use (the official SDK's
    models are pydantic models)."""

    model_fields = _ModelFields()

    def model_dump(
        self,
        *,
        mode: Literal["python", "json"] | str = "python",
        include: Collection[str] | None = None,
        exclude: Collection[str] | None = None,
        by_alias: bool | None = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
    ) -> dict[str, Any]:
        """This object as a dict, by Python field name (``by_alias=True``: by wire name).

        ``exclude_unset`` and ``exclude_defaults`` both drop fields at their default (a decoded
        field the API sent as its default counts as unset); ``mode="json"`` gives JSON types.
        """
        out: dict[str, Any]
        if by_alias or exclude_unset or exclude_defaults:
            out = _dump(self, bool(by_alias), exclude_none, exclude_unset or exclude_defaults)
        else:
            out = _plain(self, exclude_none)
        if include is not None or exclude is not None:
            keep = set(out if include is None else include) - set(exclude or ())
            out = {k: v for k, v in out.items() if k in keep}
        if mode == "json":
            out = msgspec.to_builtins(out)
        elif mode != "python":
            raise ValueError(f"model_dump mode must be 'python' or 'json', not {mode!r}")
        return out

    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        include: Collection[str] | None = None,
        exclude: Collection[str] | None = None,
        by_alias: bool | None = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
    ) -> str:
        """``model_dump(mode="json", ...)`` as a JSON string (``indent`` pretty-prints)."""
        data = self.model_dump(
            mode="json",
            include=include,
            exclude=exclude,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
        )
        text = msgspec.json.encode(data)
        if indent is not None:
            text = msgspec.json.format(text, indent=indent)
        return text.decode()

    def model_copy(self: _M, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> _M:
        """A copy with the fields in ``update`` (Python names) replaced."""
        obj = copy.deepcopy(self) if deep else self
        return msgspec.structs.replace(obj, **update) if update else copy.copy(obj)

    @classmethod
    def model_validate(cls: type[_M], obj: Any, *, strict: bool | None = None) -> _M:
        """``obj`` (a dict by wire names, or a Struct) as this type; a mismatch raises
        ``msgspec.ValidationError`` (a ``ValueError``)."""
        if isinstance(obj, cls):
            return obj
        if isinstance(obj, msgspec.Struct):
            obj = msgspec.to_builtins(obj)
        return msgspec.convert(obj, cls, strict=bool(strict))

    @classmethod
    def model_validate_json(
        cls: type[_M], json_data: str | bytes, *, strict: bool | None = None
    ) -> _M:
        """Decode JSON straight into this type."""
        return msgspec.json.decode(json_data, type=cls, strict=bool(strict))

    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        """The JSON Schema of this type."""
        return msgspec.json.schema(cls)


class Model(BaseModel, kw_only=True, omit_defaults=True, repr_omit_defaults=True, gc=False):
    """Base of every response (and shared) Struct."""


class Request(BaseModel, kw_only=True, omit_defaults=True, repr_omit_defaults=True):
    """Base of every request-body Struct; fields default to ``UNSET``."""
