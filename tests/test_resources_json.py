"""The plain-JSON resources over aioresponses: for every operation, the HTTP method, the (escaped)
path, the query and body field names, and the typed result; pagination; per-call security; the
retired Coinbase endpoint; and the seed 002 usage examples, run unchanged but for the import and
`server_url`.

Responses come from a small spec-driven mock (`spec_api`): it finds the operation for the request's
method and path in the OpenAPI spec and answers with a sample of its response schema, every
optional field filled, so a decoded result can be compared with the sample field by field.
"""

from __future__ import annotations

import enum
import functools
import importlib
import inspect
import json
import os
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import msgspec
import pytest
from aioresponses import CallbackResult, aioresponses
from spec_samples import load_spec, sample_from_schema
from spec_server import SdkOperation, sdk_operations
from yarl import URL

from openrouter_lite import OpenRouter, errors, operations
from openrouter_lite.resources._base import CallArgs
from openrouter_lite.resources.byok import ByokPage
from openrouter_lite.resources.credits import CoinbaseChargeResponse
from openrouter_lite.resources.datasets import AppRankingsPage, SessionCostPage
from openrouter_lite.resources.guardrails import (
    GuardrailsPage,
    KeyAssignmentsPage,
    MemberAssignmentsPage,
)
from openrouter_lite.resources.models import ModelsPage
from openrouter_lite.resources.observability import ObservabilityDestinationsPage
from openrouter_lite.resources.organization import OrganizationMembersPage
from openrouter_lite.resources.scim import ScimGroupMappingsPage, ScimGroupsPage
from openrouter_lite.resources.workspaces import WorkspaceMembersPage, WorkspacesPage
from openrouter_lite.types import (
    analytics,
    benchmarks,
    byok,
    classifications,
    credits,
    datasets,
    endpoints,
    generations,
    guardrails,
    models,
    o_auth,
    observability,
    providers,
    scim,
    workspaces,
)

BASE = "https://openrouter.test/api/v1"
PREFIX = URL(BASE).path
KEY = "sk-or-v1-resources-test-key"
ID = "id/1"  # every path id contains a "/": it must arrive escaped, as one path segment
EID = "id%2F1"
ANY_URL = re.compile(r"^https://openrouter\.test/")


# -- the spec-driven mock -----------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _routes() -> list[tuple[str, re.Pattern[str], str]]:
    """(method, path regex, template) for every operation; literal paths before templated ones."""
    routes: list[tuple[str, re.Pattern[str], str]] = []
    for template, item in load_spec()["paths"].items():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
        routes.extend(
            (method.upper(), re.compile(f"^{pattern}$"), template)
            for method in item
            if method in ("get", "post", "put", "patch", "delete")
        )
    return sorted(routes, key=lambda r: r[2].count("{"))


@functools.cache
def spec_response(method: str, raw_path: str) -> tuple[int, Any]:
    """The status and sample body the spec gives `method raw_path` (its 2xx JSON, else the first
    JSON error it documents: the retired Coinbase endpoint only ever answers 410)."""
    path = raw_path.removeprefix(PREFIX)
    template = next(t for m, rx, t in _routes() if m == method and rx.match(path))
    responses = load_spec()["paths"][template][method.lower()]["responses"]
    for code, response in sorted(responses.items(), key=lambda kv: not kv[0].startswith("2")):
        media = (response.get("content") or {}).get("application/json", {})
        if not code.startswith("2") and "example" in media:
            return int(code), media["example"]
        if "schema" in media:
            return int(code), sample_from_schema(media["schema"], load_spec(), optional=True)
    raise AssertionError(f"no JSON response for {method} {template}")


def _answer(method: str, url: URL, **kwargs: Any) -> CallbackResult:
    status, body = spec_response(method, url.raw_path)
    return CallbackResult(status=status, payload=body)


@pytest.fixture
def mocked() -> Iterator[aioresponses]:
    with aioresponses() as m:
        yield m


@pytest.fixture
def spec_api(mocked: aioresponses) -> aioresponses:
    for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
        mocked.add(ANY_URL, method, callback=functools.partial(_answer, method), repeat=True)
    return mocked


@pytest.fixture
async def client() -> AsyncIterator[OpenRouter]:
    async with OpenRouter(api_key=KEY, server_url=BASE) as c:
        yield c


def calls(m: aioresponses) -> list[tuple[str, URL, dict[str, Any]]]:
    """Every request sent, as (method, URL, request kwargs)."""
    return [(key[0], key[1], call.kwargs) for key, cs in m.requests.items() for call in cs]


# -- every operation ----------------------------------------------------------------------------
class Op(NamedTuple):
    call: str  # "resource.method"
    kwargs: dict[str, Any]
    method: str
    path: str  # as sent, after the base URL
    tp: type  # what the method returns
    query: dict[str, str] = {}  # never mutated
    body: dict[str, Any] | None = None


USER = operations.ListModelsUserSecurity(bearer="user-token")
# fmt: off
WS, IV = {"workspace_ref": ID, "interval": "monthly"}, f"/workspaces/{EID}/budgets/monthly"
OPS = [
    # models
    Op("models.list", {"category": "programming", "offset": 0, "zdr": True, "min_price": 0.5},
       "GET", "/models", ModelsPage,
       {"category": "programming", "offset": "0", "zdr": "true", "min_price": "0.5"}),
    Op("models.count", {"output_modalities": "text"}, "GET", "/models/count",
       models.ModelsCountResponse, {"output_modalities": "text"}),
    Op("models.get", {"author": "openai", "slug": ID}, "GET", f"/model/openai/{EID}",
       models.ModelResponse),
    Op("models.list_for_user", {"security": USER, "limit": 5, "sort": "newest"}, "GET",
       "/models/user", ModelsPage, {"limit": "5", "sort": "newest"}),
    # endpoints, providers
    Op("endpoints.list", {"author": "openai", "slug": ID}, "GET",
       f"/models/openai/{EID}/endpoints", endpoints.ListModelEndpointsResponse),
    Op("endpoints.list_zdr_endpoints", {}, "GET", "/endpoints/zdr",
       endpoints.ListZdrEndpointsResponse),
    Op("providers.list", {}, "GET", "/providers", providers.ListProvidersResponse),
    # generations
    Op("generations.get_generation", {"id": ID}, "GET", "/generation",
       generations.GenerationResponse, {"id": ID}),
    Op("generations.list_generation_content", {"id": "gen-1"}, "GET", "/generation/content",
       generations.GenerationContentResponse, {"id": "gen-1"}),
    Op("generations.submit_feedback",
       {"category": "latency", "generation_id": "gen-1", "comment": "slow"}, "POST",
       "/generation/feedback", generations.SubmitGenerationFeedbackResponse,
       body={"category": "latency", "generation_id": "gen-1", "comment": "slow"}),
    # credits
    Op("credits.get_credits", {}, "GET", "/credits", credits.GetCreditsResponse),
    # analytics
    Op("analytics.get_user_activity", {"date_": "2025-01-15", "group_by": "user"}, "GET",
       "/activity", analytics.ActivityResponse, {"date": "2025-01-15", "group_by": "user"}),
    Op("analytics.get_user_activity", {"request": {"date_": "2025-01-15", "user_id": "u"}},
       "GET", "/activity", analytics.ActivityResponse, {"date": "2025-01-15", "user_id": "u"}),
    Op("analytics.get_analytics_meta", {}, "GET", "/analytics/meta",
       analytics.GetAnalyticsMetaResponse),
    Op("analytics.query_analytics", {"metrics": ["usage"], "dimensions": ["model"], "limit": 9},
       "POST", "/analytics/query", analytics.QueryAnalyticsResponse,
       body={"metrics": ["usage"], "dimensions": ["model"], "limit": 9}),
    # guardrails
    Op("guardrails.list", {"workspace_id": "ws", "limit": 10}, "GET", "/guardrails",
       GuardrailsPage, {"workspace_id": "ws", "limit": "10"}),
    Op("guardrails.create", {"name": "g", "limit_usd": 100.0, "allowed_models": ["a/b"]},
       "POST", "/guardrails", guardrails.CreateGuardrailResponse,
       body={"name": "g", "limit_usd": 100.0, "allowed_models": ["a/b"]}),
    Op("guardrails.delete", {"id": ID}, "DELETE", f"/guardrails/{EID}",
       guardrails.DeleteGuardrailResponse),
    Op("guardrails.get", {"id": ID}, "GET", f"/guardrails/{EID}",
       guardrails.GetGuardrailResponse),
    Op("guardrails.update", {"id": ID, "name": "h", "enforce_zdr": True}, "PATCH",
       f"/guardrails/{EID}", guardrails.UpdateGuardrailResponse,
       body={"name": "h", "enforce_zdr": True}),
    Op("guardrails.list_guardrail_key_assignments", {"id": ID, "offset": 5}, "GET",
       f"/guardrails/{EID}/assignments/keys", KeyAssignmentsPage, {"offset": "5"}),
    Op("guardrails.bulk_assign_keys", {"id": ID, "key_hashes": ["k1"]}, "POST",
       f"/guardrails/{EID}/assignments/keys", guardrails.BulkAssignKeysResponse,
       body={"key_hashes": ["k1"]}),
    Op("guardrails.bulk_unassign_keys", {"id": ID, "key_hashes": ["k1"]}, "POST",
       f"/guardrails/{EID}/assignments/keys/remove", guardrails.BulkUnassignKeysResponse,
       body={"key_hashes": ["k1"]}),
    Op("guardrails.list_guardrail_member_assignments", {"id": ID, "limit": 3}, "GET",
       f"/guardrails/{EID}/assignments/members", MemberAssignmentsPage, {"limit": "3"}),
    Op("guardrails.bulk_assign_members", {"id": ID, "member_user_ids": ["u1"]}, "POST",
       f"/guardrails/{EID}/assignments/members", guardrails.BulkAssignMembersResponse,
       body={"member_user_ids": ["u1"]}),
    Op("guardrails.bulk_unassign_members", {"id": ID, "member_user_ids": ["u1"]}, "POST",
       f"/guardrails/{EID}/assignments/members/remove", guardrails.BulkUnassignMembersResponse,
       body={"member_user_ids": ["u1"]}),
    Op("guardrails.list_key_assignments", {"limit": 3}, "GET", "/guardrails/assignments/keys",
       KeyAssignmentsPage, {"limit": "3"}),
    Op("guardrails.list_member_assignments", {"offset": 1}, "GET",
       "/guardrails/assignments/members", MemberAssignmentsPage, {"offset": "1"}),
    # o_auth
    Op("o_auth.exchange_auth_code_for_api_key",
       {"code": "c", "code_verifier": "v", "code_challenge_method": "S256"}, "POST",
       "/auth/keys", o_auth.ExchangeAuthCodeForApiKeyResponse,
       body={"code": "c", "code_verifier": "v", "code_challenge_method": "S256"}),
    Op("o_auth.create_auth_code",
       {"callback_url": "https://app.example/cb", "code_challenge": "ch", "limit": 100.0},
       "POST", "/auth/keys/code", o_auth.CreateAuthCodeResponse,
       body={"callback_url": "https://app.example/cb", "code_challenge": "ch", "limit": 100.0}),
    # byok
    Op("byok.list", {"provider": "openai", "workspace_id": "ws"}, "GET", "/byok", ByokPage,
       {"provider": "openai", "workspace_id": "ws"}),
    Op("byok.create", {"key": "sk-x", "provider": "openai", "name": "n"}, "POST", "/byok",
       byok.CreateBYOKKeyResponse, body={"key": "sk-x", "provider": "openai", "name": "n"}),
    Op("byok.delete", {"id": ID}, "DELETE", f"/byok/{EID}", byok.DeleteBYOKKeyResponse),
    Op("byok.get", {"id": ID}, "GET", f"/byok/{EID}", byok.GetBYOKKeyResponse),
    Op("byok.update", {"id": ID, "disabled": True}, "PATCH", f"/byok/{EID}",
       byok.UpdateBYOKKeyResponse, body={"disabled": True}),
    # observability
    Op("observability.list", {"limit": 2}, "GET", "/observability/destinations",
       ObservabilityDestinationsPage, {"limit": "2"}),
    Op("observability.create",
       {"config": {"public_key": "pk"}, "name": "n", "type_": "langfuse", "sampling_rate": 0.5},
       "POST", "/observability/destinations",
       observability.CreateObservabilityDestinationResponse,
       body={"config": {"public_key": "pk"}, "name": "n", "type": "langfuse",
             "sampling_rate": 0.5}),
    Op("observability.delete", {"id": ID}, "DELETE", f"/observability/destinations/{EID}",
       observability.DeleteObservabilityDestinationResponse),
    Op("observability.get", {"id": ID}, "GET", f"/observability/destinations/{EID}",
       observability.GetObservabilityDestinationResponse),
    Op("observability.update", {"id": ID, "enabled": False}, "PATCH",
       f"/observability/destinations/{EID}",
       observability.UpdateObservabilityDestinationResponse, body={"enabled": False}),
    # organization
    Op("organization.list_members", {"offset": 0, "limit": 2}, "GET", "/organization/members",
       OrganizationMembersPage, {"offset": "0", "limit": "2"}),
    # workspaces
    Op("workspaces.list", {"limit": 4}, "GET", "/workspaces", WorkspacesPage, {"limit": "4"}),
    Op("workspaces.create", {"name": "W", "slug": "w", "description": "d"}, "POST",
       "/workspaces", workspaces.CreateWorkspaceResponse,
       body={"name": "W", "slug": "w", "description": "d"}),
    Op("workspaces.delete", {"id": ID, "confirm_default_workspace_deletion": True}, "DELETE",
       f"/workspaces/{EID}", workspaces.DeleteWorkspaceResponse,
       {"confirm_default_workspace_deletion": "true"}),
    Op("workspaces.get", {"id": ID}, "GET", f"/workspaces/{EID}",
       workspaces.GetWorkspaceResponse),
    Op("workspaces.update", {"id": ID, "name": "W2"}, "PATCH", f"/workspaces/{EID}",
       workspaces.UpdateWorkspaceResponse, body={"name": "W2"}),
    Op("workspaces.list_members", {"id": ID, "limit": 2}, "GET", f"/workspaces/{EID}/members",
       WorkspaceMembersPage, {"limit": "2"}),
    Op("workspaces.bulk_add_members", {"id": ID, "user_ids": ["u1"]}, "POST",
       f"/workspaces/{EID}/members/add", workspaces.BulkAddWorkspaceMembersResponse,
       body={"user_ids": ["u1"]}),
    Op("workspaces.bulk_remove_members", {"id": ID, "user_ids": ["u1"]}, "POST",
       f"/workspaces/{EID}/members/remove", workspaces.BulkRemoveWorkspaceMembersResponse,
       body={"user_ids": ["u1"]}),
    Op("workspaces.list_budgets", {"workspace_ref": ID}, "GET", f"/workspaces/{EID}/budgets",
       workspaces.ListWorkspaceBudgetsResponse),
    Op("workspaces.delete_budget", WS, "DELETE", IV, workspaces.DeleteWorkspaceBudgetResponse),
    Op("workspaces.get_budget", WS, "GET", IV, workspaces.GetWorkspaceBudgetResponse),
    Op("workspaces.set_budget", {**WS, "limit_usd": 50.0, "include_byok_in_budgets": True},
       "PUT", IV, workspaces.UpsertWorkspaceBudgetResponse,
       body={"limit_usd": 50.0, "include_byok_in_budgets": True}),
    # scim
    Op("scim.list_mappings", {"limit": 2}, "GET", "/scim/group-mappings",
       ScimGroupMappingsPage, {"limit": "2"}),
    Op("scim.create", {"role": "member", "scim_group_id": "g1", "workspace_id": "ws1"}, "POST",
       "/scim/group-mappings", scim.CreateScimGroupMappingResponse,
       body={"role": "member", "scim_group_id": "g1", "workspace_id": "ws1"}),
    Op("scim.delete", {"id": ID, "keep_members": False}, "DELETE",
       f"/scim/group-mappings/{EID}", scim.DeleteScimGroupMappingResponse,
       {"keep_members": "false"}),
    Op("scim.read", {"id": ID}, "GET", f"/scim/group-mappings/{EID}",
       scim.GetScimGroupMappingResponse),
    Op("scim.update", {"id": ID, "role": "admin"}, "PATCH", f"/scim/group-mappings/{EID}",
       scim.UpdateScimGroupMappingResponse, body={"role": "admin"}),
    Op("scim.list_groups", {"display_name": "eng", "offset": 2}, "GET", "/scim/groups",
       ScimGroupsPage, {"display_name": "eng", "offset": "2"}),
    # benchmarks, classifications, datasets
    Op("benchmarks.get_benchmarks",
       {"source": "openrouter", "include_run_config": True, "max_results": 5}, "GET",
       "/benchmarks", benchmarks.UnifiedBenchmarksResponse,
       {"source": "openrouter", "include_run_config": "true", "max_results": "5"}),
    Op("classifications.get_task_classifications", {"window": "7d"}, "GET",
       "/classifications/task", classifications.TaskClassificationResponse, {"window": "7d"}),
    Op("datasets.get_app_rankings", {"sort": "trending", "limit": 10}, "GET",
       "/datasets/app-rankings", AppRankingsPage, {"sort": "trending", "limit": "10"}),
    Op("datasets.get_rankings_daily", {"period": "week"}, "GET", "/datasets/rankings-daily",
       datasets.RankingsDailyResponse, {"period": "week"}),
    Op("datasets.get_session_cost", {"app_slug": "x", "offset": 5}, "GET",
       "/datasets/session-cost", SessionCostPage, {"app_slug": "x", "offset": "5"}),
]
# fmt: on


def check(op: Op, m: aioresponses, result: Any) -> None:
    (method, url, kwargs), *more = calls(m)
    assert not more
    assert method == op.method
    assert url.raw_path == PREFIX + op.path
    assert dict(url.query) == op.query
    data = kwargs.get("data")
    assert (None if data is None else msgspec.json.decode(data)) == op.body
    assert type(result) is op.tp
    # every field of the sample (optional ones too) survives decoding: the type covers the spec
    assert msgspec.to_builtins(result) == spec_response(method, url.raw_path)[1]


def _method(client: OpenRouter, call: str) -> Any:
    resource, name = call.split(".")
    return getattr(getattr(client, resource), name)


@pytest.mark.parametrize("op", OPS, ids=[op.call for op in OPS])
async def test_operation_async(op: Op, client: OpenRouter, spec_api: aioresponses) -> None:
    result = await _method(client, op.call + "_async")(**op.kwargs)
    check(op, spec_api, result)


@pytest.mark.parametrize("op", OPS, ids=[op.call for op in OPS])
def test_operation_sync(op: Op, spec_api: aioresponses) -> None:
    with OpenRouter(api_key=KEY, server_url=BASE) as c:
        result = _method(c, op.call)(**op.kwargs)
    check(op, spec_api, result)


def test_every_operation_is_in_the_table() -> None:
    # (the operations the upstream spec lacks are exercised in test_resources_extra.py)
    extra = {o.name for o in sdk_operations() if o.in_spec == "no"}
    covered = {op.call for op in OPS} | {"credits.create_coinbase_charge"} | extra
    with OpenRouter(api_key=KEY, server_url=BASE) as c:
        for resource in {op.call.split(".")[0] for op in OPS}:
            cls = type(getattr(c, resource))
            names = {n.removesuffix("_async") for n in dir(cls) if n.endswith("_async")}
            assert {f"{resource}.{n}" for n in names} <= covered
            assert all(callable(getattr(cls, n)) for n in names)  # every sync twin exists


# Body fields the official SDK (newer than the spec) sends and the generated types lack; they go
# through `extra_body` until the spec has them.
# Keywords of the official SDK our method does not take yet (each a known gap): none left.
SDK_ONLY: dict[str, set[str]] = {}
SDK_VALUES = {"security": USER, "request": {"date_": "2025-01-15"}}
# The official SDK's keyword-only parameters per method (`{name: required}`), snapshotted from
# `openrouter==1.3.84` by tools/snapshot_official_sdk.py: the SDK need not be installed.
OFFICIAL = json.loads((Path(__file__).parent / "data" / "official_sdk.json").read_bytes())
OFFICIAL_KEYWORDS: dict[str, dict[str, bool]] = OFFICIAL["methods"]
CALL_ARGS = set(CallArgs.__annotations__)  # every operation takes these (tested elsewhere)


@pytest.mark.parametrize("call", sorted({op.call for op in OPS}))
async def test_the_official_sdk_keywords_are_accepted(
    call: str, client: OpenRouter, spec_api: aioresponses
) -> None:
    """Every keyword the official SDK's method takes is accepted here (same names, same required
    ones), so code written for it runs with only the import changed."""
    official = OFFICIAL_KEYWORDS[call]
    ours = inspect.signature(_method(client, call + "_async")).parameters.values()
    required = {n for n, req in official.items() if req}
    assert required == {p.name for p in ours if p.kind is p.KEYWORD_ONLY and p.default is p.empty}
    names = set(official) - CALL_ARGS - SDK_ONLY.get(call, set())
    await _method(client, call + "_async")(**{n: SDK_VALUES.get(n, 1) for n in names})
    assert len(calls(spec_api)) == 1


def _accepted(method: Any) -> set[str]:
    """The keywords `method` takes: its named parameters plus its `**params: Unpack[X]` keys."""
    names = set()
    module = importlib.import_module(method.__module__)
    for p in inspect.signature(method).parameters.values():
        if p.kind is p.VAR_KEYWORD:
            m = re.fullmatch(r"Unpack\[(\w+)\]", p.annotation)
            assert m is not None, (method, p.annotation)
            names |= set(getattr(module, m[1]).__annotations__)
        else:
            names.add(p.name)
    return names


# the three operations beyond the table (`in_spec == "extra"`) are not methods of the SDK
ALL_SDK_OPS = [o for o in sdk_operations() if o.in_spec != "extra"]


def test_the_snapshot_covers_every_sdk_operation() -> None:
    assert set(OFFICIAL_KEYWORDS) == {o.name for o in ALL_SDK_OPS}
    assert {o.resource_path[0] for o in ALL_SDK_OPS} <= set(OFFICIAL["resources"])


@pytest.mark.parametrize("op", ALL_SDK_OPS, ids=[o.name for o in ALL_SDK_OPS])
def test_every_official_keyword_is_a_parameter(op: SdkOperation, client: OpenRouter) -> None:
    """Every resource (streaming, binary and extra ones too): each keyword the official SDK's
    method takes is one of ours, checked on the signatures."""
    names = set(OFFICIAL_KEYWORDS[op.name])
    resource: Any = client
    for part in op.resource_path:
        resource = getattr(resource, part)
    missing = names - _accepted(getattr(resource, op.method_name + "_async")) - CALL_ARGS
    assert missing <= SDK_ONLY.get(op.name, set()), sorted(missing)


TRACE = {"trace_id": "t1"}
OBS = {"session_id": "s1", "trace": TRACE, "user": "u1"}
# (call, keywords, what the body must hold): the request fields the official SDK sends that the
# upstream spec lacks (`x-field-additions` in tools/extra_openapi.yaml)
SDK_FIELDS: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "byok.create",
        {
            "key": "k",
            "provider": "openai",
            "declared_region": "europe",
            "declared_zdr": True,
            "is_byok_only": False,
            "is_required": True,
        },
        {},
    ),
    (
        "byok.update",
        {
            "id": ID,
            "declared_region": None,
            "declared_zdr": None,
            "is_byok_only": True,
            "is_required": False,
        },
        {},
    ),
    (
        "guardrails.create",
        {
            "name": "g",
            "allow_safety_retention_google": False,
            "allow_safety_retention_other": True,
            "allowed_data_regions": ["europe", "us"],
        },
        {},
    ),
    (
        "guardrails.update",
        {
            "id": ID,
            "allow_safety_retention_google": None,
            "allow_safety_retention_other": False,
            "allowed_data_regions": None,
        },
        {},
    ),
    (
        "observability.create",
        {
            "config": {},
            "name": "n",
            "type_": "langfuse",
            "broadcast_generation_cost_allocation": True,
            "regions": ["eu"],
        },
        {"type": "langfuse"},
    ),
    (
        "observability.update",
        {"id": ID, "broadcast_generation_cost_allocation": False, "regions": ["global", "us"]},
        {},
    ),
    (
        "workspaces.create",
        {"name": "W", "slug": "w", "disabled_server_tools": ["openrouter:web_search"]},
        {},
    ),
    ("workspaces.update", {"id": ID, "disabled_server_tools": None}, {}),
    ("api_keys.create", {"name": "k", "external": {"user": "partner-user"}}, {}),
    ("api_keys.update", {"hash": ID, "workspace_id": "ws"}, {}),
    ("embeddings.generate", {"input": "hi", "model": "m", "session_id": "s1", "trace": TRACE}, {}),
    ("rerank.rerank", {"documents": ["a"], "model": "m", "query": "q", **OBS}, {}),
    ("images.generate", {"model": "m", "prompt": "p", **OBS}, {}),
    ("video_generation.generate", {"model": "m", "prompt": "p", "previous_job_id": "j", **OBS}, {}),
    (
        "stt.create_transcription",
        {
            "input_audio": {"data": "AA==", "format": "wav"},
            "model": "m",
            "diarize": True,
            "keyterms": ["OpenRouter"],
            **OBS,
        },
        {},
    ),
    (
        "responses.send",
        {"input": "hi", "model": "m", "stop": ["END"], "deferred_tools": {"profile": "portable"}},
        {},
    ),
    (
        "chat.send",
        {
            "messages": [{"role": "user", "content": "hi"}],
            "model": "m",
            "deferred_tools": {"profile": "portable"},
        },
        {},
    ),
]


@pytest.mark.parametrize("row", SDK_FIELDS, ids=[r[0] for r in SDK_FIELDS])
async def test_the_sdks_newer_body_fields_are_sent(
    row: tuple[str, dict[str, Any], dict[str, Any]], client: OpenRouter, spec_api: aioresponses
) -> None:
    call, kwargs, renamed = row
    await _method(client, call + "_async")(**kwargs)
    ((_, _, sent),) = calls(spec_api)
    body = msgspec.json.decode(sent["data"])
    path_args = {"id", "hash"}
    expected = {k: v for k, v in kwargs.items() if k not in path_args and k not in {"type_"}}
    assert body == {**expected, **renamed}


async def test_accept_header_override(client: OpenRouter, spec_api: aioresponses) -> None:
    """The official SDK's `accept_header_override` (a str Enum there) becomes `Accept`."""

    class GenerateAcceptEnum(str, enum.Enum):  # the shape of the SDK's (openrouter.embeddings)
        APPLICATION_JSON = "application/json"

    override = GenerateAcceptEnum.APPLICATION_JSON
    await client.embeddings.generate_async(input="x", model="m", accept_header_override=override)
    await client.rerank.rerank_async(
        documents=["a"], model="m", query="q", accept_header_override="application/json"
    )
    await client.rerank.rerank_async(documents=["a"], model="m", query="q")
    sent = [kwargs.get("headers") or {} for _, _, kwargs in calls(spec_api)]
    assert [h.get("Accept") for h in sent] == ["application/json", "application/json", None]


async def test_unknown_keywords_are_rejected(client: OpenRouter) -> None:
    with pytest.raises(TypeError, match="bogus"):
        await client.guardrails.get_async(id="x", bogus=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="bogus"):
        await client.guardrails.create_async(name="x", bogus=1)  # type: ignore[call-arg]


async def test_header_arguments_and_options(client: OpenRouter, spec_api: aioresponses) -> None:
    await client.guardrails.update_async(
        id="g", name="n", x_open_router_title="T", extra_body={"new_field": 1}
    )
    ((_, _, kwargs),) = calls(spec_api)
    assert kwargs["headers"]["X-OpenRouter-Title"] == "T"
    assert msgspec.json.decode(kwargs["data"]) == {"name": "n", "new_field": 1}


# -- per-call security, the retired Coinbase endpoint -------------------------------------------
async def test_list_for_user_sends_the_security_bearer(
    client: OpenRouter, spec_api: aioresponses
) -> None:
    await client.models.list_for_user_async(security=USER)
    ((_, _, kwargs),) = calls(spec_api)
    assert kwargs["headers"]["Authorization"] == "Bearer user-token"
    assert KEY not in repr(kwargs["headers"])
    assert "user-token" not in repr(USER)


COINBASE: dict[str, Any] = {
    "amount": 100,
    "sender": "0x1234567890123456789012345678901234567890",
    "chain_id": 1,
}


async def test_coinbase_charge_is_gone(client: OpenRouter, spec_api: aioresponses) -> None:
    security = operations.CreateCoinbaseChargeSecurity(bearer="charge-token")
    with pytest.raises(errors.GoneResponseError, match="Coinbase") as info:
        await client.credits.create_coinbase_charge_async(security=security, **COINBASE)
    assert info.value.status_code == 410
    ((method, url, kwargs),) = calls(spec_api)
    assert (method, url.raw_path) == ("POST", f"{PREFIX}/credits/coinbase")
    assert msgspec.json.decode(kwargs["data"]) == COINBASE
    assert kwargs["headers"]["Authorization"] == "Bearer charge-token"


def test_coinbase_charge_legacy_success_shape(mocked: aioresponses) -> None:
    mocked.post(f"{BASE}/credits/coinbase", payload={"data": {"id": "ch_1", "extra": 1}})
    with OpenRouter(api_key=KEY, server_url=BASE) as c:
        charge = c.credits.create_coinbase_charge(
            security=operations.CreateCoinbaseChargeSecurity(bearer="b"), **COINBASE
        )
    assert isinstance(charge, CoinbaseChargeResponse)
    assert charge.data.id == "ch_1"


# -- pagination ---------------------------------------------------------------------------------
def _pager(base: dict[str, Any], items: list[Any]) -> Any:
    """A callback serving `items` by the request's offset/limit, with `total_count`."""

    def answer(url: URL, **kwargs: Any) -> CallbackResult:
        offset, limit = int(url.query.get("offset", 0)), int(url.query.get("limit", 100))
        page = {**base, "data": items[offset : offset + limit], "total_count": len(items)}
        return CallbackResult(payload=page)

    return answer


def test_pages_next_and_iter_all_sync(mocked: aioresponses) -> None:
    base = spec_response("GET", f"{PREFIX}/guardrails")[1]
    items = [{**base["data"][0], "id": f"g{i}"} for i in range(5)]
    mocked.get(re.compile(r".*/guardrails\b"), callback=_pager(base, items), repeat=True)
    with OpenRouter(api_key=KEY, server_url=BASE) as c:
        first = c.guardrails.list(limit=2, workspace_id="ws")
        second = first.next()
        assert second is not None
        third = second.next()
        assert third is not None
        assert [g.id for p in (first, second, third) for g in p.data] == [i["id"] for i in items]
        assert third.next() is None  # a short page is the last: no request for it
        assert [g.id for g in c.guardrails.list(limit=2).iter_all()] == [i["id"] for i in items]
    queries = [dict(url.query) for _, url, _ in calls(mocked)]
    assert queries[:3] == [
        {"limit": "2", "workspace_id": "ws"},
        {"limit": "2", "workspace_id": "ws", "offset": "2"},
        {"limit": "2", "workspace_id": "ws", "offset": "4"},
    ]
    assert len(queries) == 6


async def test_pages_aiter_all_keeps_path_and_security(
    client: OpenRouter, mocked: aioresponses
) -> None:
    base = spec_response("GET", f"{PREFIX}/models/user")[1]
    items = [{**base["data"][0], "id": f"m{i}"} for i in range(4)]
    mocked.get(re.compile(r".*/models/user\b"), callback=_pager(base, items), repeat=True)
    page = await client.models.list_for_user_async(security=USER, limit=2)
    assert [m.id async for m in page.aiter_all()] == ["m0", "m1", "m2", "m3"]
    sent = calls(mocked)
    assert len(sent) == 2  # stopped at total_count, without asking for an empty third page
    for _, url, kwargs in sent:
        assert url.path == f"{PREFIX}/models/user"
        assert kwargs["headers"]["Authorization"] == "Bearer user-token"


async def test_pages_across_a_path_parameter(client: OpenRouter, mocked: aioresponses) -> None:
    base = spec_response("GET", f"{PREFIX}/workspaces/x/members")[1]
    items = [{**base["data"][0], "id": f"u{i}"} for i in range(3)]
    mocked.get(re.compile(r".*/members\b"), callback=_pager(base, items), repeat=True)
    page = await client.workspaces.list_members_async(id=ID, limit=2)
    assert [m.id async for m in page.aiter_all()] == ["u0", "u1", "u2"]
    assert {url.raw_path for _, url, _ in calls(mocked)} == {f"{PREFIX}/workspaces/{EID}/members"}


# -- seed 002: the official SDK's usage examples, with only the import and server_url changed ----
# (the examples keep their own formatting)
# fmt: off
@pytest.fixture
def seed_env(spec_api: aioresponses, monkeypatch: pytest.MonkeyPatch) -> aioresponses:
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    monkeypatch.setenv("OPENROUTER_BEARER", "user-bearer")
    return spec_api


def test_seed_models(seed_env: aioresponses, capsys: pytest.CaptureFixture[str]) -> None:
    with OpenRouter(
        api_key=os.getenv("OPENROUTER_API_KEY", ""),
        server_url=BASE,
    ) as client:
        # List all models
        models = client.models.list()
        for model in models.data:
            print(f"{model.id}: {model.name}")
            print(f"  Context: {model.context_length} tokens")
            print(f"  Pricing: ${model.pricing.prompt}/1K prompt, ${model.pricing.completion}/1K completion")  # noqa: E501

        # Get model count
        count = client.models.count()
        print(f"Total models available: {count.data.count}")

        # Filter by category
        programming_models = client.models.list(category="programming")

        # List models for authenticated user (with provider preferences applied)
        user_models = client.models.list_for_user(
            security=operations.ListModelsUserSecurity(
                bearer=os.getenv("OPENROUTER_BEARER", "")
            )
        )
    assert programming_models.data and user_models.data
    assert "Total models available: 1" in capsys.readouterr().out


def test_seed_api_keys(seed_env: aioresponses) -> None:
    with OpenRouter(
        api_key=os.getenv("OPENROUTER_API_KEY", ""),
        server_url=BASE,
    ) as client:
        # Get current key information
        current_key = client.api_keys.get_current_key_metadata()
        print(f"Label: {current_key.data.label}")
        print(f"Usage: ${current_key.data.usage}")
        print(f"Limit: ${current_key.data.limit}")
        print(f"Remaining: ${current_key.data.limit_remaining}")

        # List all API keys (requires provisioning key)
        keys = client.api_keys.list(include_disabled="false", offset="0")
        for key in keys.data:
            print(f"{key.name}: {key.hash[:16]}... Usage: ${key.usage}")

        # Create a new API key
        new_key = client.api_keys.create(
            name="Production API Key",
            limit=100.0,
            limit_reset="monthly",
            include_byok_in_limit=True
        )
        print(f"New key created: {new_key.key}")

        # Update an API key
        updated = client.api_keys.update(
            hash="f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
            name="Updated Key Name",
            limit=150.0,
            disabled=False
        )

        # Delete an API key
        result = client.api_keys.delete(
            hash="f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"
        )
        print(f"Deleted: {result.deleted}")
    assert updated.data is not None


def test_seed_credits(seed_env: aioresponses, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(errors.GoneResponseError):  # the API retired the Coinbase charge: 410
        with OpenRouter(
            api_key=os.getenv("OPENROUTER_API_KEY", ""),
            server_url=BASE,
        ) as client:
            # Get credit balance
            credits = client.credits.get_credits()
            print(f"Total Credits: ${credits.data.total_credits}")
            print(f"Total Usage: ${credits.data.total_usage}")
            print(f"Remaining: ${credits.data.total_credits - credits.data.total_usage}")

            # Create Coinbase charge for crypto payment
            charge = client.credits.create_coinbase_charge(
                security=operations.CreateCoinbaseChargeSecurity(
                    bearer=os.getenv("OPENROUTER_BEARER", "")
                ),
                amount=100,
                sender="0x1234567890123456789012345678901234567890",
                chain_id=1
            )
            print(f"Charge ID: {charge.data.id}")
    assert "Remaining: $0.0" in capsys.readouterr().out


def test_seed_generations(seed_env: aioresponses) -> None:
    with OpenRouter(
        api_key=os.getenv("OPENROUTER_API_KEY", ""),
        server_url=BASE,
    ) as client:
        # Get generation details by ID
        generation = client.generations.get_generation(id="gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG")
        print(f"Model: {generation.data.model}")
        print(f"Provider: {generation.data.provider_name}")
        print(f"Cost: ${generation.data.total_cost}")
        print(f"Latency: {generation.data.latency}ms")
        print(f"Tokens - Prompt: {generation.data.tokens_prompt}, Completion: {generation.data.tokens_completion}")  # noqa: E501
        print(f"Finish Reason: {generation.data.finish_reason}")


def test_seed_providers(seed_env: aioresponses) -> None:
    with OpenRouter(
        api_key=os.getenv("OPENROUTER_API_KEY", ""),
        server_url=BASE,
    ) as client:
        providers = client.providers.list()
        for provider in providers.data:
            print(f"{provider.name} ({provider.slug})")
            print(f"  Privacy Policy: {provider.privacy_policy_url}")


def test_seed_endpoints(seed_env: aioresponses) -> None:
    with OpenRouter(
        api_key=os.getenv("OPENROUTER_API_KEY", ""),
        server_url=BASE,
    ) as client:
        # List endpoints for a specific model
        endpoints = client.endpoints.list(author="openai", slug="gpt-4")
        print(f"Model: {endpoints.data.name}")
        for endpoint in endpoints.data.endpoints:
            print(f"  {endpoint.provider_name}:")
            print(f"    Context: {endpoint.context_length}")
            print(f"    Uptime (30m): {endpoint.uptime_last_30m}%")
            print(f"    Latency p50: {endpoint.latency_last_30m.p50}ms")  # type: ignore[union-attr]

        # Preview ZDR impact on endpoints
        zdr_endpoints = client.endpoints.list_zdr_endpoints()
        print(f"ZDR-compatible endpoints: {len(zdr_endpoints.data)}")


def test_seed_analytics(seed_env: aioresponses) -> None:
    with OpenRouter(
        api_key=os.getenv("OPENROUTER_API_KEY", ""),
        server_url=BASE,
    ) as client:
        # Get activity for a specific date
        activity = client.analytics.get_user_activity(date_="2025-01-15")
        for item in activity.data:
            print(f"Date: {item.date}")
            print(f"  Model: {item.model}")
            print(f"  Provider: {item.provider_name}")
            print(f"  Requests: {item.requests}")
            print(f"  Usage: ${item.usage}")
            print(f"  Tokens: {item.prompt_tokens + item.completion_tokens}")
    (_, url, _), = calls(seed_env)
    assert dict(url.query) == {"date": "2025-01-15"}


def test_seed_guardrails(seed_env: aioresponses) -> None:
    with OpenRouter(
        api_key=os.getenv("OPENROUTER_API_KEY", ""),
        server_url=BASE,
    ) as client:
        # List guardrails
        guardrails = client.guardrails.list()
        for g in guardrails.data:
            print(f"{g.name} (ID: {g.id})")

        # Create a guardrail
        new_guardrail = client.guardrails.create(
            name="Production Guardrail",
            description="Limit production API usage",
            limit_usd=100.0,
            reset_interval="monthly",
            allowed_providers=["openai", "anthropic"],
            allowed_models=["openai/gpt-4", "anthropic/claude-3.5-sonnet"],
            enforce_zdr=True
        )
        guardrail_id = new_guardrail.data.id

        # Assign keys to guardrail
        client.guardrails.bulk_assign_keys(
            id=guardrail_id,
            key_hashes=["c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"]
        )

        # Assign members to guardrail
        client.guardrails.bulk_assign_members(
            id=guardrail_id,
            member_user_ids=["user_abc123", "user_def456"]
        )

        # Update guardrail
        client.guardrails.update(
            id=guardrail_id,
            limit_usd=150.0,
            name="Updated Production Guardrail"
        )

        # Delete guardrail
        client.guardrails.delete(id=guardrail_id)
    assert len(calls(seed_env)) == 6


def test_seed_o_auth(seed_env: aioresponses) -> None:
    with OpenRouter(
        api_key=os.getenv("OPENROUTER_API_KEY", ""),
        server_url=BASE,
    ) as client:
        # Create authorization code (initiate OAuth flow)
        auth_response = client.o_auth.create_auth_code(
            callback_url="https://myapp.com/auth/callback",
            code_challenge="E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            code_challenge_method="S256",
            limit=100.0
        )
        print(f"Auth Code ID: {auth_response.data.id}")
        # Redirect user to OpenRouter authorization page

        # Exchange authorization code for API key (after callback)
        key_response = client.o_auth.exchange_auth_code_for_api_key(
            code="auth_code_abc123def456",
            code_verifier="dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
            code_challenge_method="S256"
        )
        print(f"User API Key: {key_response.key}")
        print(f"User ID: {key_response.user_id}")
# fmt: on
