"""The operations the upstream spec lacks (``tools/extra_openapi.yaml``), over aioresponses.

One table row per operation: the call (made once async, once blocking), the request it must send
(method, escaped path, query, JSON or form body, headers) and the type a spec-shaped response
must decode into. Then the behaviour beyond the table: pagination, the alpha server root, the
form body, per-call security, downloads to a file, and the 429-only retry of batch creation.
"""

from __future__ import annotations

import datetime
import functools
import importlib.util
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import msgspec
import pytest
from aioresponses import aioresponses
from spec_samples import load_spec, sample_from_schema
from yarl import URL

from openrouter_lite import BackoffStrategy, OpenRouter, RetryConfig, errors
from openrouter_lite.operations import GetToolSecurity, ListToolsSecurity
from openrouter_lite.resources.alpha import server_root
from openrouter_lite.types import (
    alpha,
    batch,
    containers,
    external_users,
    files,
    o_auth,
    organization,
    private_endpoints,
    scim,
    tools,
    vault,
)

ROOT = Path(__file__).resolve().parent.parent
HOST = "https://openrouter.test"
BASE = f"{HOST}/api/v1"
KEY = "sk-or-v1-client-key"
NO_RETRY = RetryConfig("none")
FAST = RetryConfig("backoff", BackoffStrategy(1, 2, 1.0, 5_000), True)
ANY_URL = re.compile(r".*")


@functools.lru_cache(maxsize=1)
def merged_spec() -> dict[str, Any]:
    module: ModuleType | None = sys.modules.get("gen_types")
    if module is None:
        spec = importlib.util.spec_from_file_location("gen_types", ROOT / "tools" / "gen_types.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["gen_types"] = module
        spec.loader.exec_module(module)
    extra = load_spec(ROOT / "tools" / "extra_openapi.yaml")
    merged: dict[str, Any] = module.merge_spec(load_spec(), extra)
    return merged


def sample_response(method: str, spec_path: str, status: int) -> Any:
    """A response body built from the operation's schema, optional fields filled in."""
    spec = merged_spec()
    resp = spec["paths"][spec_path][method.lower()]["responses"][str(status)]
    schema = resp["content"]["application/json"]["schema"]
    return sample_from_schema(schema, spec, optional=True)


@dataclass
class Case:
    op: str  # the SDK name: resource path and method
    kwargs: dict[str, Any]
    method: str
    spec_path: str  # the operation's path in the (merged) spec
    path: str  # the path sent (escaped), relative to BASE; or an absolute URL
    result: type | None  # None: a 204 without body
    status: int = 200
    query: list[tuple[str, str]] = field(default_factory=list)
    body: Any = None  # the JSON (or form) body sent
    headers: dict[str, str] = field(default_factory=dict)
    form: bool = False
    binary: bool = False


ODD = "a/b c"  # an id that must be escaped
ODD_Q = "a%2Fb%20c"
SEC = "tool-token"
QUESTIONS = {"ok": {"type": "noul", "instructions": "Is it safe?"}}

CASES = [
    # ---- batch
    Case("batch.list", {"limit": 2, "after": "b_0", "status": ["completed", "failed"],
                        "created_after": datetime.date(2026, 8, 20),
                        "created_before": "2026-08-21T00:00:00Z"},
         "GET", "/batches", "/batches", batch.BatchListResponse,
         query=[("after", "b_0"), ("created_after", "2026-08-20"),
                ("created_before", "2026-08-21T00:00:00Z"), ("limit", "2"),
                ("status", "completed"), ("status", "failed")]),
    Case("batch.create_batches",
         {"endpoint": "/v1/chat/completions", "model": "openai/gpt-4o",
          "requests": [{"custom_id": "r1", "body": {"messages": []}}],
          "completion_window": "24h", "provider": {"only": ["openai"]}},
         "POST", "/batches", "/batches", batch.BatchObject, status=202,
         body={"endpoint": "/v1/chat/completions", "model": "openai/gpt-4o",
               "requests": [{"custom_id": "r1", "body": {"messages": []}}],
               "completion_window": "24h", "provider": {"only": ["openai"]}}),
    Case("batch.get_batches", {"id": ODD}, "GET", "/batches/{id}", f"/batches/{ODD_Q}",
         batch.BatchObject),
    Case("batch.delete", {"id": ODD}, "DELETE", "/batches/{id}", f"/batches/{ODD_Q}",
         batch.BatchDeletedObject),
    # ---- containers
    Case("containers.list_container_files", {"container_id": ODD, "limit": 5, "after": "f_1"},
         "GET", "/containers/{container_id}/files", f"/containers/{ODD_Q}/files",
         containers.ContainerFileListResponse, query=[("after", "f_1"), ("limit", "5")]),
    Case("containers.get_container_file", {"container_id": "c", "file_id": ODD},
         "GET", "/containers/{container_id}/files/{file_id}", f"/containers/c/files/{ODD_Q}",
         containers.ContainerFile),
    Case("containers.download_container_file_content", {"container_id": "c", "file_id": "f"},
         "GET", "/containers/{container_id}/files/{file_id}/content",
         "/containers/c/files/f/content", bytes, binary=True),
    Case("containers.promote_container_file", {"container_id": "c", "file_id": "f"},
         "POST", "/containers/{container_id}/files/{file_id}/promote",
         "/containers/c/files/f/promote", files.FileResponse),
    # ---- alpha / system one
    Case("alpha.decisions.create",
         {"model": "typesafe/jev-latest", "questions": QUESTIONS, "state": {"text": "hi"},
          "session_id": "s1"},
         "POST", "/api/alpha/decisions", f"{HOST}/api/alpha/decisions", alpha.DecisionsResponse,
         body={"model": "typesafe/jev-latest", "questions": QUESTIONS, "state": {"text": "hi"},
               "session_id": "s1"}),
    Case("system_one.create", {"model": "jev-latest", "questions": QUESTIONS, "state": "hi"},
         "POST", "/systemone", "/systemone", alpha.DecisionsResponse,
         body={"model": "jev-latest", "questions": QUESTIONS, "state": "hi"}),
    # ---- external users
    Case("external_users.list", {"offset": 0, "limit": 10, "user": "u", "include_inactive": True},
         "GET", "/external-users", "/external-users", external_users.ListExternalUsersResponse,
         query=[("include_inactive", "true"), ("limit", "10"), ("offset", "0"), ("user", "u")]),
    Case("external_users.create", {"user": "u-1"}, "POST", "/external-users", "/external-users",
         external_users.ExternalUserResponse, status=201, body={"user": "u-1"}),
    Case("external_users.get", {"user": ODD}, "GET", "/external-users/{user}",
         f"/external-users/{ODD_Q}", external_users.ExternalUserResponse),
    Case("external_users.update", {"user": ODD, "is_active": False}, "PATCH",
         "/external-users/{user}", f"/external-users/{ODD_Q}",
         external_users.ExternalUserResponse, body={"is_active": False}),
    Case("external_users.delete", {"user": ODD}, "DELETE", "/external-users/{user}",
         f"/external-users/{ODD_Q}", None, status=204),
    # ---- o_auth
    Case("o_auth.list_oauth_jwks", {}, "GET", "/oauth/jwks", "/oauth/jwks", o_auth.OAuthJwks),
    Case("o_auth.create_oauth_token",
         {"federation_policy_id": "fp_1", "subject_token": "eyJ.jwt", "scope": "inference"},
         "POST", "/oauth/token", "/oauth/token", o_auth.TokenExchangeResponse, form=True,
         body={"grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
               "subject_token": "eyJ.jwt",
               "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
               "federation_policy_id": "fp_1", "scope": "inference"},
         headers={"Content-Type": "application/x-www-form-urlencoded"}),
    # ---- organization
    Case("organization.get_settings", {}, "GET", "/organization/settings",
         "/organization/settings", organization.GetOrganizationSettingsResponse),
    Case("organization.update_settings", {"is_filtered_model_catalog_enabled": True}, "PATCH",
         "/organization/settings", "/organization/settings",
         organization.UpdateOrganizationSettingsResponse,
         body={"is_filtered_model_catalog_enabled": True}),
    # ---- private endpoints
    Case("private_endpoints.list", {}, "GET", "/private-endpoints", "/private-endpoints",
         private_endpoints.ListPrivateEndpointsResponse),
    Case("private_endpoints.create",
         {"model_permaslug": "m", "provider_slug": "p", "upstream_model_id": "u",
          "declared_region": None, "pricing": {"prompt": "1", "completion": "2"},
          "activate": {"workspace_id": "w"}, "idempotency_key": "idem-1"},
         "POST", "/private-endpoints", "/private-endpoints",
         private_endpoints.ManagedPrivateEndpointResponse, status=201,
         body={"model_permaslug": "m", "provider_slug": "p", "upstream_model_id": "u",
               "declared_region": None, "pricing": {"prompt": "1", "completion": "2"},
               "activate": {"workspace_id": "w"}},
         headers={"Idempotency-Key": "idem-1"}),
    Case("private_endpoints.get", {"id": ODD}, "GET", "/private-endpoints/{id}",
         f"/private-endpoints/{ODD_Q}", private_endpoints.PrivateEndpointResponse),
    Case("private_endpoints.update", {"id": ODD, "upstream_model_id": "u2", "declared_zdr": True},
         "PATCH", "/private-endpoints/{id}", f"/private-endpoints/{ODD_Q}",
         private_endpoints.PrivateEndpointResponse,
         body={"upstream_model_id": "u2", "declared_zdr": True}),
    Case("private_endpoints.delete", {"id": ODD, "draft_only": True}, "DELETE",
         "/private-endpoints/{id}", f"/private-endpoints/{ODD_Q}",
         private_endpoints.DeletePrivateEndpointResponse, query=[("draft_only", "true")]),
    *(
        Case(f"private_endpoints.{action}", {"id": ODD}, "POST",
             f"/private-endpoints/{{id}}/{action}", f"/private-endpoints/{ODD_Q}/{action}",
             private_endpoints.ManagedPrivateEndpointResponse)
        for action in ("activate", "disable", "enable")
    ),
    Case("private_endpoints.update_pricing",
         {"id": "pe", "pricing": private_endpoints.PrivateEndpointPricing(prompt="1",
                                                                          completion="2")},
         "PUT", "/private-endpoints/{id}/pricing", "/private-endpoints/pe/pricing",
         private_endpoints.PrivateEndpointResponse,
         body={"pricing": {"prompt": "1", "completion": "2"}}),
    Case("private_endpoints.validate", {"id": "pe", "workspace_id": "w"}, "POST",
         "/private-endpoints/{id}/validate", "/private-endpoints/pe/validate",
         private_endpoints.PrivateEndpointValidationResponse, body={"workspace_id": "w"}),
    # ---- scim
    Case("scim.create_sync_job", {}, "POST", "/scim/sync-jobs", "/scim/sync-jobs",
         scim.CreateScimSyncJobResponse, status=202),
    Case("scim.get_sync_job", {"id": ODD}, "GET", "/scim/sync-jobs/{id}",
         f"/scim/sync-jobs/{ODD_Q}", scim.GetScimSyncJobResponse),
    # ---- tools (per-call bearer)
    Case("tools.list_tools",
         {"security": ListToolsSecurity(bearer=SEC), "offset": 0, "limit": 5,
          "api_format": "responses"},
         "GET", "/tools", "/tools", tools.ListToolsResponse,
         query=[("api_format", "responses"), ("limit", "5"), ("offset", "0")],
         headers={"Authorization": f"Bearer {SEC}"}),
    Case("tools.get_tool", {"security": GetToolSecurity(bearer=SEC), "name": ODD},
         "GET", "/tools/{name}", f"/tools/{ODD_Q}", tools.GetToolResponse,
         headers={"Authorization": f"Bearer {SEC}"}),
    # ---- vault
    Case("vault.list_intern_connections", {"intern_id": ODD}, "GET",
         "/vault/interns/{internId}/connections", f"/vault/interns/{ODD_Q}/connections",
         vault.ListInternConnectionsResponse),
    Case("vault.list_intern_effective_vault_secrets", {"intern_id": "i", "limit": 3, "offset": 6},
         "GET", "/vault/interns/{internId}/effective-secrets",
         "/vault/interns/i/effective-secrets", vault.VaultEffectiveSecretListResponse,
         query=[("limit", "3"), ("offset", "6")]),
    Case("vault.list_intern_vault_secrets", {"intern_id": "i", "limit": 3}, "GET",
         "/vault/interns/{internId}/secrets", "/vault/interns/i/secrets",
         vault.VaultSecretListResponse, query=[("limit", "3")]),
    Case("vault.delete_intern_vault_secret", {"intern_id": "i", "name": ODD}, "DELETE",
         "/vault/interns/{internId}/secrets/{name}", f"/vault/interns/i/secrets/{ODD_Q}", None,
         status=204),
    Case("vault.store_intern_vault_secret",
         {"intern_id": "i", "name": "GH", "hosts": ("api.github.com",), "value": "s3cr3t"},
         "PUT", "/vault/interns/{internId}/secrets/{name}", "/vault/interns/i/secrets/GH",
         vault.VaultSecretResponse, body={"hosts": ["api.github.com"], "value": "s3cr3t"}),
    Case("vault.copy_vault_secrets_to_intern", {"intern_id": "i", "names": ["GH", "SLACK"]},
         "POST", "/vault/interns/{internId}/secrets/copy", "/vault/interns/i/secrets/copy",
         vault.VaultSecretCopyResponse, body={"names": ["GH", "SLACK"]}),
    Case("vault.list_vault_secrets", {"offset": 100}, "GET", "/vault/secrets", "/vault/secrets",
         vault.VaultSecretListResponse, query=[("offset", "100")]),
    Case("vault.delete_vault_secret", {"name": ODD}, "DELETE", "/vault/secrets/{name}",
         f"/vault/secrets/{ODD_Q}", None, status=204),
    Case("vault.store_vault_secret", {"name": "GH", "hosts": ["x.example"], "value": "v"},
         "PUT", "/vault/secrets/{name}", "/vault/secrets/GH", vault.VaultSecretResponse,
         body={"hosts": ["x.example"], "value": "v"}),
]  # fmt: skip


def resolve(client: OpenRouter, op: str, blocking: bool) -> Any:
    """The bound method for an SDK name (`alpha.decisions.create`)."""
    first, *attrs, name = op.split(".")
    obj: Any = getattr(client, first)
    for attr in attrs:
        obj = getattr(obj, attr)
    return getattr(obj, name if blocking else f"{name}_async")


@pytest.fixture
def mocked() -> Iterator[Any]:
    with aioresponses() as m:
        yield m


def mock_response(m: Any, case: Case) -> None:
    if case.binary:
        m.add(ANY_URL, case.method, status=200, body=b"\x00raw\xffbytes",
              content_type="application/octet-stream")  # fmt: skip
    elif case.result is None:
        m.add(ANY_URL, case.method, status=case.status, body=b"")
    else:
        payload = sample_response(case.method, case.spec_path, case.status)
        m.add(ANY_URL, case.method, status=case.status, payload=payload)


def only_request(m: Any) -> tuple[URL, Any]:
    calls = [(key, call) for key, calls in m.requests.items() for call in calls]
    assert len(calls) == 1, calls
    (method, url), call = calls[0]
    return url, call


def check(case: Case, m: Any, result: Any) -> None:
    url, call = only_request(m)
    expected = URL(case.path if case.path.startswith("http") else BASE + case.path, encoded=True)
    assert url.with_query(None) == expected
    assert url.raw_path == expected.raw_path
    assert sorted(url.query.items()) == sorted(case.query)
    data = call.kwargs["data"]
    if case.body is None:
        assert data is None
    elif case.form:
        assert dict(parse_qsl(data.decode(), strict_parsing=True)) == case.body
    else:
        assert msgspec.json.decode(data) == case.body
    headers = call.kwargs["headers"]
    assert headers.get("Authorization") == case.headers.get("Authorization", f"Bearer {KEY}")
    for name, value in case.headers.items():
        assert headers[name] == value
    if case.body is not None and not case.form:
        assert headers["Content-Type"] == "application/json"
    if case.result is None:
        assert result is None
    else:
        assert isinstance(result, case.result), type(result)


@pytest.mark.parametrize("case", CASES, ids=[c.op for c in CASES])
async def test_operation_async(case: Case, mocked: Any) -> None:
    mock_response(mocked, case)
    async with OpenRouter(api_key=KEY, server_url=BASE, retry_config=NO_RETRY) as client:
        result = await resolve(client, case.op, blocking=False)(**case.kwargs)
    check(case, mocked, result)


@pytest.mark.parametrize("case", CASES, ids=[c.op for c in CASES])
def test_operation_blocking(case: Case, mocked: Any) -> None:
    mock_response(mocked, case)
    with OpenRouter(api_key=KEY, server_url=BASE, retry_config=NO_RETRY) as client:
        result = resolve(client, case.op, blocking=True)(**case.kwargs)
    check(case, mocked, result)


def test_every_extra_operation_has_a_row() -> None:
    ops = {
        (method.upper(), path)
        for path, item in load_spec(ROOT / "tools" / "extra_openapi.yaml")["paths"].items()
        for method in item
        if method in ("get", "put", "post", "delete", "patch")
    }
    # `completions.generate` (operations.md: an "extra" operation, not a `no` row) streams: its
    # tests are with the other streaming operations
    ops.remove(("POST", "/completions"))
    assert len(ops) == 42
    assert {(c.method, c.spec_path) for c in CASES} == ops
    assert len({c.op for c in CASES}) == len(CASES) == 42


# ---- decoded values -------------------------------------------------------------------------
async def test_responses_decode_their_values(mocked: Any) -> None:
    mocked.get(f"{BASE}/batches/b1", payload={
        "id": "b1", "object": "batch", "endpoint": "/v1/chat/completions", "model": "m",
        "status": "completed", "completion_window": "24h", "created_at": 1, "expires_at": None,
        "finalized_at": 2, "provider": "openai", "error": None,
        "request_counts": {"total": 1, "completed": 1, "failed": 0},
        "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7, "cost": 0.1},
        "results": [{"id": "r", "custom_id": "c1", "error": None, "response": {
            "status_code": 200, "request_id": "req", "body": {"id": "gen-1", "choices": []}}}],
    })  # fmt: skip
    mocked.post(f"{HOST}/api/alpha/decisions", payload={
        "model": "m", "usage": {"input_tokens": 1, "output_tokens": 2},
        "answers": {"a": {"type": "noul", "noul": 0.9},
                    "b": {"type": "choice", "choice": "x", "probabilities": {"x": 1.0}},
                    "c": {"type": "hologram", "depth": 3}},
    })  # fmt: skip
    async with OpenRouter(api_key=KEY, server_url=BASE, retry_config=NO_RETRY) as client:
        b = await client.batch.get_batches_async(id="b1")
        d = await client.alpha.decisions.create_async(model="m", questions={}, state="s")
    assert b.usage is not None and b.usage.total_tokens == 7
    assert b.results is not None and b.results[0].response is not None
    assert b.results[0].response.body["id"] == "gen-1"
    assert d.answers["a"].noul == 0.9
    assert d.answers["b"].choice == "x"
    assert d.answers["c"].type == "hologram"  # an answer type the spec doesn't know


# ---- pagination -----------------------------------------------------------------------------
def page_calls(m: Any) -> list[list[tuple[str, str]]]:
    return [sorted(url.query.items()) for (_m, url), calls in m.requests.items() for _ in calls]


async def test_batch_list_follows_last_id(mocked: Any) -> None:
    row = sample_response("GET", "/batches/{id}", 200)
    first = {"object": "list", "data": [row, row], "first_id": "b1", "last_id": "b2",
             "has_more": True}  # fmt: skip
    last = {**first, "data": [row], "last_id": "b3", "has_more": False}
    mocked.get(f"{BASE}/batches?limit=2", payload=first)
    mocked.get(f"{BASE}/batches?after=b2&limit=2", payload=last)
    async with OpenRouter(api_key=KEY, server_url=BASE, retry_config=NO_RETRY) as client:
        page = await client.batch.list_async(limit=2)
        items = [item async for item in page.aiter_all()]
    assert len(items) == 3 and isinstance(items[0], batch.BatchObject)
    assert page_calls(mocked) == [[("limit", "2")], [("after", "b2"), ("limit", "2")]]


def test_external_users_list_pages_by_offset(mocked: Any) -> None:
    user = {"user": "u", "is_active": True, "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z"}  # fmt: skip
    mocked.get(f"{BASE}/external-users?limit=2", payload={"data": [user, user], "total_count": 3})
    mocked.get(
        f"{BASE}/external-users?limit=2&offset=2", payload={"data": [user], "total_count": 3}
    )
    with OpenRouter(api_key=KEY, server_url=BASE, retry_config=NO_RETRY) as client:
        page = client.external_users.list(limit=2)
        second = page.next()
        assert second is not None and second.next() is None
    assert len(page.data) + len(second.data) == 3


async def test_vault_and_container_lists_follow_has_more(mocked: Any) -> None:
    secret = {"name": "GH", "hosts": None, "fingerprint": None,
              "created_at": "2026-01-01T00:00:00Z"}  # fmt: skip
    mocked.get(f"{BASE}/vault/secrets", payload={"data": [secret, secret], "has_more": True})
    mocked.get(f"{BASE}/vault/secrets?offset=2", payload={"data": [secret], "has_more": False})
    f = sample_response("GET", "/containers/{container_id}/files/{file_id}", 200)
    mocked.get(
        f"{BASE}/containers/c/files",
        payload={
            "object": "list",
            "data": [f],
            "first_id": "f1",
            "last_id": "f1",
            "has_more": True,
        },
    )
    mocked.get(
        f"{BASE}/containers/c/files?after=f1",
        payload={
            "object": "list",
            "data": [],
            "first_id": None,
            "last_id": None,
            "has_more": False,
        },
    )
    async with OpenRouter(api_key=KEY, server_url=BASE, retry_config=NO_RETRY) as client:
        secrets = [s async for s in (await client.vault.list_vault_secrets_async()).aiter_all()]
        page = await client.containers.list_container_files_async(container_id="c")
        listed = [x async for x in page.aiter_all()]
    assert [s.name for s in secrets] == ["GH"] * 3
    assert [x.id for x in listed] == [f["id"]]


# ---- alpha: the server root -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("server_url", "per_call", "expected"),
    [
        (BASE, None, f"{HOST}/api/alpha/decisions"),
        (f"{BASE}/", None, f"{HOST}/api/alpha/decisions"),
        ("http://localhost:8080/proxy", None, "http://localhost:8080/proxy/api/alpha/decisions"),
        (BASE, "https://eu.openrouter.test/api/v1", "https://eu.openrouter.test/api/alpha/decisions"),
        (BASE, "https://eu.openrouter.test", "https://eu.openrouter.test/api/alpha/decisions"),
    ],
)  # fmt: skip
async def test_decisions_go_to_the_server_root(
    server_url: str, per_call: str | None, expected: str, mocked: Any
) -> None:
    mocked.post(
        expected,
        payload={"model": "m", "answers": {}, "usage": {"input_tokens": 0, "output_tokens": 0}},
    )
    extra: dict[str, Any] = {"server_url": per_call} if per_call else {}
    async with OpenRouter(api_key=KEY, server_url=server_url, retry_config=NO_RETRY) as client:
        await client.alpha.decisions.create_async(model="m", questions={}, state="s", **extra)
    url, _call = only_request(mocked)
    assert str(url) == expected


def test_server_root() -> None:
    assert server_root("https://openrouter.ai/api/v1") == "https://openrouter.ai"
    assert server_root("https://openrouter.ai/api/v1/") == "https://openrouter.ai"
    assert server_root("https://gw.example/openrouter") == "https://gw.example/openrouter"


# ---- special request shapes -------------------------------------------------------------------
async def test_token_exchange_form_takes_extra_body_and_no_json(mocked: Any) -> None:
    mocked.post(f"{BASE}/oauth/token", payload=sample_response("POST", "/oauth/token", 200))
    async with OpenRouter(api_key=KEY, server_url=BASE, retry_config=NO_RETRY) as client:
        r = await resolve(client, "o_auth.create_oauth_token", blocking=False)(
            federation_policy_id="fp", subject_token="jwt", extra_body={"audience": "x y"}
        )
    assert isinstance(r, o_auth.TokenExchangeResponse) and r.access_token
    _url, call = only_request(mocked)
    form = dict(parse_qsl(call.kwargs["data"].decode()))
    assert form["audience"] == "x y" and form["subject_token"] == "jwt"
    assert "requested_token_type" not in form and "scope" not in form


async def test_get_tool_follows_the_alias_redirect_with_the_tool_token(mocked: Any) -> None:
    canonical = f"{BASE}/tools/openrouter%3Aweb_search"
    mocked.get(f"{BASE}/tools/web_search", status=308, headers={"Location": canonical})
    mocked.get(canonical, payload=sample_response("GET", "/tools/{name}", 200))
    async with OpenRouter(api_key=KEY, server_url=BASE, retry_config=NO_RETRY) as client:
        r = await client.tools.get_tool_async(
            security=GetToolSecurity(bearer=SEC), name="web_search"
        )
    assert isinstance(r.data, tools.ServerToolDetails)
    assert isinstance(r.data.native_support.models, list)
    # the transport follows a GET's same-origin redirect itself, with the same headers
    calls = [call for calls in mocked.requests.values() for call in calls]
    assert len(calls) == 2
    assert all(call.kwargs["headers"]["Authorization"] == f"Bearer {SEC}" for call in calls)


async def test_download_to_a_file_streams_and_returns_the_size(tmp_path: Path, mocked: Any) -> None:
    content = bytes(range(256)) * 4096
    mocked.get(f"{BASE}/containers/c/files/f/content", body=content)
    target = tmp_path / "out.bin"
    async with OpenRouter(api_key=KEY, server_url=BASE, retry_config=NO_RETRY) as client:
        size = await client.containers.download_container_file_content_async(
            container_id="c", file_id="f", destination=target
        )
    assert size == len(content) and target.read_bytes() == content


async def test_create_batches_retries_429_but_never_a_5xx(mocked: Any) -> None:
    url = f"{BASE}/batches"
    ok = sample_response("POST", "/batches", 202)
    mocked.post(url, status=429, payload={"error": {"code": 429, "message": "slow"}})
    mocked.post(url, status=202, payload=ok)
    mocked.post(url, status=500, payload={"error": {"code": 500, "message": "boom"}})
    mocked.post(url, status=202, payload=ok)
    args: dict[str, Any] = {"endpoint": "/v1/embeddings", "model": "m", "requests": []}
    async with OpenRouter(api_key=KEY, server_url=BASE, retry_config=FAST) as client:
        created = await client.batch.create_batches_async(**args)
        with pytest.raises(errors.InternalServerResponseError):
            await client.batch.create_batches_async(**args)
        # an explicit `retries=` is the caller's choice
        again = await client.batch.create_batches_async(**args, retries=FAST)
    assert created.id == again.id
    assert sum(len(c) for c in mocked.requests.values()) == 4


async def test_unknown_keyword_is_a_type_error() -> None:
    async with OpenRouter(api_key=KEY, server_url=BASE) as client:
        with pytest.raises(TypeError):
            await client.vault.list_vault_secrets_async(page=2)  # type: ignore[call-arg]
        with pytest.raises(TypeError):
            await client.private_endpoints.create_async(  # type: ignore[call-arg]
                model_permaslug="m", provider_slug="p", upstream_model_id="u", colour="red"
            )
