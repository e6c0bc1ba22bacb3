"""Types of the observability API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from ._base import UNSET, Model, Request, UnsetType

__all__ = (
    "ListObservabilityDestinationsResponse",
    "ObservabilityArizeDestination",
    "ObservabilityArizeDestinationConfig",
    "ObservabilityFilterRulesConfig",
    "ObservabilityFilterRuleGroup",
    "ObservabilityFilterRuleGroupRules",
    "ObservabilityBraintrustDestination",
    "ObservabilityBraintrustDestinationConfig",
    "ObservabilityClickhouseDestination",
    "ObservabilityClickhouseDestinationConfig",
    "ObservabilityDatadogDestination",
    "ObservabilityDatadogDestinationConfig",
    "ObservabilityGrafanaDestination",
    "ObservabilityGrafanaDestinationConfig",
    "ObservabilityLangfuseDestination",
    "ObservabilityLangfuseDestinationConfig",
    "ObservabilityLangsmithDestination",
    "ObservabilityLangsmithDestinationConfig",
    "ObservabilityNewrelicDestination",
    "ObservabilityNewrelicDestinationConfig",
    "ObservabilityOpikDestination",
    "ObservabilityOpikDestinationConfig",
    "ObservabilityOtelCollectorDestination",
    "ObservabilityOtelCollectorDestinationConfig",
    "ObservabilityPosthogDestination",
    "ObservabilityPosthogDestinationConfig",
    "ObservabilityRampDestination",
    "ObservabilityRampDestinationConfig",
    "ObservabilityS3Destination",
    "ObservabilityS3DestinationConfig",
    "ObservabilitySentryDestination",
    "ObservabilitySentryDestinationConfig",
    "ObservabilitySnowflakeDestination",
    "ObservabilitySnowflakeDestinationConfig",
    "ObservabilityWeaveDestination",
    "ObservabilityWeaveDestinationConfig",
    "ObservabilityWebhookDestination",
    "ObservabilityWebhookDestinationConfig",
    "ObservabilityDestination",
    "CreateObservabilityDestinationRequest",
    "CreateObservabilityDestinationRequestParams",
    "ObservabilityFilterRulesConfigNullable",
    "CreateObservabilityDestinationResponse",
    "GetObservabilityDestinationResponse",
    "DeleteObservabilityDestinationResponse",
    "UpdateObservabilityDestinationRequest",
    "UpdateObservabilityDestinationRequestParams",
    "UpdateObservabilityDestinationResponse",
)


class ListObservabilityDestinationsResponse(Model):
    """Response of ``GET /observability/destinations``."""

    # List of observability destinations.
    data: list[ObservabilityDestination]
    # Total number of destinations matching the filters.
    total_count: int


class ObservabilityArizeDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityArizeDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "arize".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityArizeDestinationConfig(Model):
    """The ``ObservabilityArizeDestination.config`` object."""

    apiKey: str
    # The name of the tracing project in Arize AX
    modelId: str
    spaceKey: str
    baseUrl: str | None = None
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None


class ObservabilityFilterRulesConfig(Model):
    """Optional structured filter rules controlling which events are forwarded."""

    groups: list[ObservabilityFilterRuleGroup]
    enabled: bool | None = None


class ObservabilityFilterRuleGroup(Model):
    rules: list[ObservabilityFilterRuleGroupRules]
    # One of: and, or.
    logic: str | None = None


class ObservabilityFilterRuleGroupRules(Model):
    """The ``ObservabilityFilterRuleGroup.rules`` object."""

    # One of: model, provider, session_id, user_id, api_key_name, finish_reason, ... (6 more).
    field: str
    # One of: equals, not_equals, contains, not_contains, regex, starts_with, ... (7 more).
    operator: str
    value: str | float | None = None


class ObservabilityBraintrustDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityBraintrustDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "braintrust".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityBraintrustDestinationConfig(Model):
    """The ``ObservabilityBraintrustDestination.config`` object."""

    apiKey: str
    projectId: str
    baseUrl: str | None = None
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None


class ObservabilityClickhouseDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityClickhouseDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "clickhouse".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityClickhouseDestinationConfig(Model):
    """The ``ObservabilityClickhouseDestination.config`` object."""

    database: str
    host: str
    password: str
    # If you have not set a specific username in ClickHouse, simply type in 'default' below.
    username: str
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None
    table: str | None = None


class ObservabilityDatadogDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityDatadogDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "datadog".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityDatadogDestinationConfig(Model):
    """The ``ObservabilityDatadogDestination.config`` object."""

    # Datadog API key must have LLM Observability permissions.
    apiKey: str
    # Name to identify your application in Datadog LLM Observability
    mlApp: str
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None
    # Datadog API URL for your region (e.g., https://api.datadoghq.com...
    url: str | None = None


class ObservabilityGrafanaDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityGrafanaDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "grafana".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityGrafanaDestinationConfig(Model):
    """The ``ObservabilityGrafanaDestination.config`` object."""

    apiKey: str
    instanceId: str
    baseUrl: str | None = None
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None


class ObservabilityLangfuseDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityLangfuseDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "langfuse".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityLangfuseDestinationConfig(Model):
    """The ``ObservabilityLangfuseDestination.config`` object."""

    publicKey: str
    secretKey: str
    baseUrl: str | None = None
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None


class ObservabilityLangsmithDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityLangsmithDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "langsmith".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityLangsmithDestinationConfig(Model):
    """The ``ObservabilityLangsmithDestination.config`` object."""

    apiKey: str
    endpoint: str | None = None
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None
    # The name for this project, such as pr-openrouter-demo.
    project: str | None = None
    # Required for org-scoped API keys.
    workspaceId: str | None = None


class ObservabilityNewrelicDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityNewrelicDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "newrelic".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityNewrelicDestinationConfig(Model):
    """The ``ObservabilityNewrelicDestination.config`` object."""

    licenseKey: str
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None
    # One of: us, eu.
    region: str | None = None


class ObservabilityOpikDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityOpikDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "opik".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityOpikDestinationConfig(Model):
    """The ``ObservabilityOpikDestination.config`` object."""

    apiKey: str
    projectName: str
    workspace: str
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None


class ObservabilityOtelCollectorDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityOtelCollectorDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "otel-collector".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityOtelCollectorDestinationConfig(Model):
    """The ``ObservabilityOtelCollectorDestination.config`` object."""

    endpoint: str
    # Custom HTTP headers as a JSON object.
    headers: dict[str, str] | None = None


class ObservabilityPosthogDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityPosthogDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "posthog".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityPosthogDestinationConfig(Model):
    """The ``ObservabilityPosthogDestination.config`` object."""

    apiKey: str
    endpoint: str | None = None
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None


class ObservabilityRampDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityRampDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "ramp".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityRampDestinationConfig(Model):
    """The ``ObservabilityRampDestination.config`` object."""

    # Generate this in your Ramp integration settings.
    apiKey: str
    baseUrl: str | None = None
    # Custom HTTP headers to include in requests to Ramp.
    headers: dict[str, str] | None = None


class ObservabilityS3Destination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityS3DestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "s3".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityS3DestinationConfig(Model):
    """The ``ObservabilityS3Destination.config`` object."""

    accessKeyId: str
    bucketName: str
    secretAccessKey: str
    # Only for S3-compatible services like Cloudflare R2...
    endpoint: str | None = None
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None
    # Template for S3 object path.
    pathTemplate: str | None = None
    prefix: str | None = None
    region: str | None = None
    sessionToken: str | None = None


class ObservabilitySentryDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilitySentryDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "sentry".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilitySentryDestinationConfig(Model):
    """The ``ObservabilitySentryDestination.config`` object."""

    dsn: str
    otlpEndpoint: str
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None


class ObservabilitySnowflakeDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilitySnowflakeDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "snowflake".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilitySnowflakeDestinationConfig(Model):
    """The ``ObservabilitySnowflakeDestination.config`` object."""

    account: str
    token: str
    database: str | None = None
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None
    schema: str | None = None
    table: str | None = None
    warehouse: str | None = None


class ObservabilityWeaveDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityWeaveDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "weave".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityWeaveDestinationConfig(Model):
    """The ``ObservabilityWeaveDestination.config`` object."""

    apiKey: str
    entity: str
    project: str
    baseUrl: str | None = None
    # Custom HTTP headers to include in requests to this destination.
    headers: dict[str, str] | None = None


class ObservabilityWebhookDestination(Model):
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool
    config: ObservabilityWebhookDestinationConfig
    # ISO timestamp of when the destination was created.
    created_at: str
    # Whether this destination is currently enabled.
    enabled: bool
    # Stable public identifier for this destination.
    id: str
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float
    # Always "webhook".
    type: str
    # ISO timestamp of when the destination was last updated.
    updated_at: str
    # ID of the workspace this destination belongs to.
    workspace_id: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Human-readable name for the destination.
    name: str | None = None


class ObservabilityWebhookDestinationConfig(Model):
    """The ``ObservabilityWebhookDestination.config`` object."""

    url: str
    headers: dict[str, str] | None = None
    # One of: POST, PUT.
    method: str | None = None


class ObservabilityDestination(Model):
    """The union of ObservabilityArizeDestination, ObservabilityBraintrustDestination,
    ObservabilityClickhouseDestination, ObservabilityDatadogDestination,
    ObservabilityGrafanaDestination, ObservabilityLangfuseDestination,
    ObservabilityLangsmithDestination, ObservabilityNewrelicDestination,
    ObservabilityOpikDestination, ObservabilityOtelCollectorDestination,
    ObservabilityPosthogDestination, ObservabilityRampDestination, ObservabilityS3Destination,
    ObservabilitySentryDestination, ObservabilitySnowflakeDestination,
    ObservabilityWeaveDestination and ObservabilityWebhookDestination, merged into one Struct:
    every field is optional and a field the variants type differently is ``Any``, so a new
    variant never breaks decoding.
    """

    # One of: arize, braintrust, clickhouse, datadog, grafana, langfuse, ... (11 more).
    type: str
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose traffic is...
    api_key_hashes: list[str] | None = None
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool | None = None
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool | None = None
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool | None = None
    config: Any | None = None
    # ISO timestamp of when the destination was created.
    created_at: str | None = None
    # Whether this destination is currently enabled.
    enabled: bool | None = None
    filter_rules: ObservabilityFilterRulesConfig | None = None
    # Stable public identifier for this destination.
    id: str | None = None
    # Human-readable name for the destination.
    name: str | None = None
    # When true, request/response bodies are not forwarded to this destination — only metadata.
    privacy_mode: bool | None = None
    # Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
    sampling_rate: float | None = None
    # ISO timestamp of when the destination was last updated.
    updated_at: str | None = None
    # ID of the workspace this destination belongs to.
    workspace_id: str | None = None


class CreateObservabilityDestinationRequest(Request):
    """Request body of ``POST /observability/destinations``."""

    # Optional allowlist of OpenRouter API key hashes whose traffic is forwarded.
    api_key_hashes: Sequence[str] | None | UnsetType = UNSET
    # When true, include cost and billing generation metadata.
    broadcast_generation_cost: bool | UnsetType = UNSET
    # When true, include identity generation metadata.
    broadcast_generation_identity: bool | UnsetType = UNSET
    # When true, include request-context generation metadata.
    broadcast_generation_request_context: bool | UnsetType = UNSET
    # Provider-specific configuration.
    config: Mapping[str, Any] | UnsetType = UNSET
    # Whether this destination should be enabled immediately.
    enabled: bool | UnsetType = UNSET
    filter_rules: ObservabilityFilterRulesConfigNullable | Mapping[str, Any] | None | UnsetType = (
        UNSET
    )
    # Human-readable name for the destination.
    name: str | UnsetType = UNSET
    # When true, request/response bodies are not forwarded — only metadata.
    privacy_mode: bool | UnsetType = UNSET
    # Sampling rate between 0.0001 and 1 (1 = 100%).
    sampling_rate: float | UnsetType = UNSET
    # The destination type.
    # One of: arize, braintrust, clickhouse, datadog, grafana, langfuse, ... (11 more).
    type: str | UnsetType = UNSET
    # Optional workspace ID.
    workspace_id: str | UnsetType = UNSET
    # Beta.
    broadcast_generation_cost_allocation: bool | UnsetType = UNSET
    # Data regions this destination applies to (`eu` is an alias for `europe`); must be non-empty.
    # One of: global, europe, us, eu.
    regions: Sequence[str] | UnsetType = UNSET


class CreateObservabilityDestinationRequestParams(TypedDict, total=False):
    """The optional fields of ``CreateObservabilityDestinationRequest``, as keyword arguments."""

    api_key_hashes: Sequence[str] | None
    broadcast_generation_cost: bool
    broadcast_generation_identity: bool
    broadcast_generation_request_context: bool
    enabled: bool
    filter_rules: ObservabilityFilterRulesConfigNullable | Mapping[str, Any] | None
    privacy_mode: bool
    sampling_rate: float
    workspace_id: str
    broadcast_generation_cost_allocation: bool
    regions: Sequence[str]


class ObservabilityFilterRulesConfigNullable(Model):
    """Optional structured filter rules controlling which events are forwarded.

    Request-only: encoded, never decoded.
    """

    groups: Sequence[ObservabilityFilterRuleGroup | Mapping[str, Any]]
    enabled: bool | None = None


class CreateObservabilityDestinationResponse(Model):
    """Response of ``POST /observability/destinations``."""

    # The newly created observability destination.
    data: ObservabilityDestination


class GetObservabilityDestinationResponse(Model):
    """Response of ``GET /observability/destinations/{id}``."""

    # The observability destination.
    data: ObservabilityDestination


class DeleteObservabilityDestinationResponse(Model):
    """Response of ``DELETE /observability/destinations/{id}``."""

    # Always `true` on success.
    # Always "True".
    deleted: bool


class UpdateObservabilityDestinationRequest(Request):
    """Request body of ``PATCH /observability/destinations/{id}``."""

    # Optional allowlist of OpenRouter API key hashes.
    api_key_hashes: Sequence[str] | None | UnsetType = UNSET
    # Whether to include cost and billing generation metadata.
    broadcast_generation_cost: bool | UnsetType = UNSET
    # Whether to include identity generation metadata.
    broadcast_generation_identity: bool | UnsetType = UNSET
    # Whether to include request-context generation metadata.
    broadcast_generation_request_context: bool | UnsetType = UNSET
    # Provider-specific configuration fields to update.
    config: Mapping[str, Any] | UnsetType = UNSET
    # Whether the destination is enabled.
    enabled: bool | UnsetType = UNSET
    # Optional structured filter rules.
    filter_rules: ObservabilityFilterRulesConfigNullable | Mapping[str, Any] | None | UnsetType = (
        UNSET
    )
    # Human-readable name for the destination.
    name: str | UnsetType = UNSET
    # When true, request/response bodies are not forwarded — only metadata.
    privacy_mode: bool | UnsetType = UNSET
    # Sampling rate between 0.0001 and 1 (1 = 100%).
    sampling_rate: float | UnsetType = UNSET
    # Beta.
    broadcast_generation_cost_allocation: bool | UnsetType = UNSET
    # Data regions this destination applies to (`eu` is an alias for `europe`); must be non-empty.
    # One of: global, europe, us, eu.
    regions: Sequence[str] | UnsetType = UNSET


class UpdateObservabilityDestinationRequestParams(TypedDict, total=False):
    """The optional fields of ``UpdateObservabilityDestinationRequest``, as keyword arguments."""

    api_key_hashes: Sequence[str] | None
    broadcast_generation_cost: bool
    broadcast_generation_identity: bool
    broadcast_generation_request_context: bool
    config: Mapping[str, Any]
    enabled: bool
    filter_rules: ObservabilityFilterRulesConfigNullable | Mapping[str, Any] | None
    name: str
    privacy_mode: bool
    sampling_rate: float
    broadcast_generation_cost_allocation: bool
    regions: Sequence[str]


class UpdateObservabilityDestinationResponse(Model):
    """Response of ``PATCH /observability/destinations/{id}``."""

    # The updated observability destination.
    data: ObservabilityDestination
