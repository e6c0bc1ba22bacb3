"""Every operation of the official SDK exists under its official name, sync and async.

The names come from `tests/data/operations.json` (a snapshot of operations.md): its 139 rows plus
the three operations it requires beyond the table (`completions.generate`,
`credits.create_coinbase_charge`, `messages.create`). A name whose resource module hasn't been
written yet is skipped, naming the module.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest
from spec_server import SdkOperation, missing_module, resource_module, sdk_operations

from openrouter_lite import OpenRouter
from openrouter_lite._client import _Lazy
from openrouter_lite.resources._base import Resource

OPS = sdk_operations()
CLIENT_ATTRS = sorted(n for n, v in vars(OpenRouter).items() if isinstance(v, _Lazy))


@pytest.fixture(scope="module")
def client() -> Iterator[OpenRouter]:
    # never used for a request: the names are looked up only
    with OpenRouter(api_key="sk-test", server_url="http://127.0.0.1:9/api/v1") as c:
        yield c


def resolve(client: OpenRouter, path: tuple[str, ...]) -> Any:
    obj: Any = client
    for part in path:
        obj = getattr(obj, part)
    return obj


def test_the_table_is_complete() -> None:
    assert len(OPS) == 142
    names = {o.name for o in OPS}
    for extra in ("completions.generate", "credits.create_coinbase_charge", "messages.create"):
        assert extra in names
    # every top-level resource of the table is a client attribute, and vice versa
    tops = {o.name.split(".")[0] for o in OPS}
    assert tops == set(CLIENT_ATTRS), tops ^ set(CLIENT_ATTRS)


@pytest.mark.parametrize("op", OPS, ids=[o.name for o in OPS])
def test_official_name_exists(client: OpenRouter, op: SdkOperation) -> None:
    top = op.resource_path[0]
    module = missing_module(top)
    if module is not None:
        pytest.skip(f"{module} not written yet")
    try:
        resource = resolve(client, op.resource_path)
    except AttributeError as exc:
        pytest.fail(f"client.{'.'.join(op.resource_path)} is missing: {exc}")
    cls = type(resource).__name__
    sync = getattr(resource, op.method_name, None)
    asyn = getattr(resource, op.method_name + "_async", None)
    problems = []
    if sync is None:
        problems.append(f"{cls}.{op.method_name} (sync) is missing")
    elif not callable(sync) or inspect.iscoroutinefunction(sync):
        problems.append(f"{cls}.{op.method_name} must be a blocking (non-async) method")
    if asyn is None:
        problems.append(f"{cls}.{op.method_name}_async is missing")
    elif not inspect.iscoroutinefunction(asyn):
        problems.append(f"{cls}.{op.method_name}_async must be an `async def` method")
    where = f"{op.name} ({op.method} {op.path}, {resource_module(top)})"
    assert not problems, f"{where}: " + "; ".join(problems)


def walk(resource: Any, prefix: str) -> Iterator[tuple[str, Any]]:
    """(dotted name, resource object) of `resource` and every sub-resource under it."""
    yield prefix, resource
    for name in dir(type(resource)):
        if name.startswith("_"):
            continue
        static = inspect.getattr_static(type(resource), name)
        if inspect.isfunction(static):
            continue
        value = getattr(resource, name)
        if isinstance(value, Resource):
            yield from walk(value, f"{prefix}.{name}")


# methods answering an object that is iterated either way (`for` or `async for`): no twin
BOTH_WAYS = {"send_many"}


@pytest.mark.parametrize("attr", CLIENT_ATTRS)
def test_every_method_has_its_twin(client: OpenRouter, attr: str) -> None:
    """No orphans: `x_async` comes with `x = sync(x_async)` and `x` with `x_async`."""
    module = missing_module(attr)
    if module is not None:
        pytest.skip(f"{module} not written yet")
    problems = []
    for dotted, resource in walk(getattr(client, attr), attr):
        cls = type(resource)
        for name in dir(cls):
            if name.startswith("_"):
                continue
            fn = inspect.getattr_static(cls, name)
            if not inspect.isfunction(fn):
                continue
            where = f"{dotted}.{name}"
            if name.endswith("_async"):
                twin = inspect.getattr_static(cls, name.removesuffix("_async"), None)
                if not inspect.iscoroutinefunction(fn):
                    problems.append(f"{where} is not `async def`")
                if twin is None or not inspect.isfunction(twin):
                    problems.append(f"{where} has no sync twin {name.removesuffix('_async')}")
                elif getattr(twin, "__wrapped__", None) is not fn:
                    problems.append(
                        f"{dotted}.{twin.__name__} is not `sync({name})` (hand-written twin)"
                    )
            elif name not in BOTH_WAYS:
                twin = inspect.getattr_static(cls, name + "_async", None)
                if twin is None or not inspect.iscoroutinefunction(twin):
                    problems.append(f"{where} has no async twin {name}_async")
    assert not problems, "; ".join(problems)
