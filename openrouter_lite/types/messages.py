"""Types of the messages API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias, TypedDict

from ._base import UNSET, Model, Request, UnsetType
from .common import (
    AnthropicCacheControlDirective,
    AnthropicCacheCreation,
    AnthropicUsageIteration,
    AutoBetaRouterPlugin,
    AutoRouterPlugin,
    BashServerTool,
    ContextCompressionPlugin,
    CostDetails,
    DatetimeServerTool,
    FileParserPlugin,
    FusionPlugin,
    ImageGenerationServerToolOpenRouter,
    ModerationPlugin,
    OpenRouterMetadata,
    OpenRouterWebSearchServerTool,
    ParetoRouterPlugin,
    ProviderPreferences,
    ResponseHealingPlugin,
    SearchModelsServerToolConfig,
    ShellServerToolOpenRouter,
    StopServerToolsWhenCondition,
    ToolSearchServerTool,
    TraceConfig,
    WebFetchPlugin,
    WebFetchServerTool,
    WebSearchPlugin,
)

__all__ = (
    "MessagesRequest",
    "MessagesRequestParams",
    "MessagesRequestContextManagement",
    "MessagesRequestContextManagementEditsClearToolUses20250919",
    "AnthropicInputTokensClearAtLeast",
    "AnthropicToolUsesKeep",
    "AnthropicInputTokensTrigger",
    "AnthropicToolUsesTrigger",
    "MessagesRequestContextManagementEditsClearThinking20251015",
    "AnthropicThinkingTurns",
    "MessagesRequestContextManagementEditsClearThinking20251015KeepAll",
    "MessagesRequestContextManagementEditsCompact20260112",
    "MessagesFallbackParam",
    "MessagesMessageParam",
    "AnthropicTextBlockParam",
    "AnthropicCitationCharLocationParam",
    "AnthropicCitationPageLocationParam",
    "AnthropicCitationContentBlockLocationParam",
    "AnthropicCitationWebSearchResultLocationParam",
    "AnthropicCitationSearchResultLocationParam",
    "AnthropicImageBlockParam",
    "AnthropicBase64ImageSource",
    "AnthropicUrlImageSource",
    "AnthropicDocumentBlockParam",
    "AnthropicDocumentBlockParamCitations",
    "AnthropicBase64PdfSource",
    "AnthropicPlainTextSource",
    "AnthropicDocumentBlockParamSourceContent",
    "AnthropicUrlPdfSource",
    "AnthropicFileDocumentSource",
    "MessagesMessageParamContentToolUse",
    "MessagesMessageParamContentToolResult",
    "MessagesMessageParamContentToolResultContentToolReference",
    "AnthropicSearchResultBlockParam",
    "AnthropicSearchResultBlockParamCitations",
    "MessagesMessageParamContentThinking",
    "MessagesMessageParamContentRedactedThinking",
    "MessagesMessageParamContentServerToolUse",
    "MessagesMessageParamContentWebSearchToolResult",
    "AnthropicWebSearchResultBlockParam",
    "MessagesMessageParamContentWebSearchToolResultContent",
    "MessagesMessageParamContentCompaction",
    "MessagesAdvisorToolResultBlock",
    "MessagesToolAdditionBlock",
    "MessagesToolAdditionBlockToolToolReference",
    "MessagesToolAdditionBlockToolMcpToolReference",
    "MessagesToolAdditionBlockToolMcpToolsetReference",
    "MessagesToolRemovalBlock",
    "MessagesToolRemovalBlockToolToolReference",
    "MessagesToolRemovalBlockToolMcpToolReference",
    "MessagesToolRemovalBlockToolMcpToolsetReference",
    "MessagesShellToolResultBlock",
    "MessagesBashToolResultBlock",
    "MessagesRequestMetadata",
    "MessagesOutputConfig",
    "MessagesOutputConfigFormat",
    "MessagesOutputConfigTaskBudget",
    "MessagesRequestThinkingEnabled",
    "MessagesRequestThinkingDisabled",
    "MessagesRequestThinkingAdaptive",
    "MessagesRequestToolChoiceAuto",
    "MessagesRequestToolChoiceAny",
    "MessagesRequestToolChoiceNone",
    "MessagesRequestToolChoiceTool",
    "MessagesRequestToolsCustom",
    "MessagesRequestToolsCustomInputSchema",
    "MessagesRequestToolsBash20250124",
    "MessagesRequestToolsTextEditor20250124",
    "MessagesRequestToolsWebSearch20250305",
    "AnthropicWebSearchToolUserLocation",
    "MessagesRequestToolsWebSearch20260209",
    "MessagesRequestToolsAdvisor20260301",
    "MessagesSearchModelsServerTool",
    "MessagesRequestToolsOther",
    "AnthropicToolSearchToolBm25",
    "AnthropicToolSearchToolRegex",
    "MessagesResult",
    "AnthropicContainer",
    "AnthropicTextBlock",
    "AnthropicCitationCharLocation",
    "AnthropicCitationPageLocation",
    "AnthropicCitationContentBlockLocation",
    "AnthropicCitationWebSearchResultLocation",
    "AnthropicCitationSearchResultLocation",
    "AnthropicTextCitation",
    "AnthropicToolUseBlock",
    "AnthropicDirectCaller",
    "AnthropicCodeExecution20250825Caller",
    "AnthropicCodeExecution20260120Caller",
    "AnthropicCaller",
    "AnthropicThinkingBlock",
    "AnthropicRedactedThinkingBlock",
    "ORAnthropicServerToolUseBlock",
    "ORAnthropicNullableCaller",
    "AnthropicWebSearchToolResult",
    "AnthropicWebSearchResult",
    "AnthropicWebSearchToolResultError",
    "AnthropicWebFetchToolResult",
    "AnthropicWebFetchToolResultError",
    "AnthropicWebFetchBlock",
    "AnthropicDocumentBlock",
    "AnthropicCitationsConfig",
    "AnthropicDocumentBlockSource",
    "AnthropicWebFetchContent",
    "AnthropicCodeExecutionToolResult",
    "AnthropicCodeExecutionToolResultError",
    "AnthropicCodeExecutionResult",
    "AnthropicCodeExecutionOutput",
    "AnthropicEncryptedCodeExecutionResult",
    "AnthropicCodeExecutionContent",
    "AnthropicBashCodeExecutionToolResult",
    "AnthropicBashCodeExecutionToolResultError",
    "AnthropicBashCodeExecutionResult",
    "AnthropicBashCodeExecutionOutput",
    "AnthropicBashCodeExecutionContent",
    "AnthropicTextEditorCodeExecutionToolResult",
    "AnthropicTextEditorCodeExecutionToolResultError",
    "AnthropicTextEditorCodeExecutionViewResult",
    "AnthropicTextEditorCodeExecutionCreateResult",
    "AnthropicTextEditorCodeExecutionStrReplaceResult",
    "AnthropicTextEditorCodeExecutionContent",
    "AnthropicToolSearchToolResult",
    "AnthropicToolSearchResultError",
    "AnthropicToolSearchResult",
    "AnthropicToolReference",
    "AnthropicToolSearchContent",
    "AnthropicContainerUpload",
    "AnthropicCompactionBlock",
    "AnthropicAdvisorToolResult",
    "ORAnthropicShellToolResult",
    "ORAnthropicBashToolResult",
    "ORAnthropicContentBlock",
    "AnthropicRefusalStopDetails",
    "MessagesResultUsage",
    "AnthropicOutputTokensDetails",
    "AnthropicServerToolUsage",
    "MessagesResultContextManagement",
    "MessagesResultContextManagementAppliedEdits",
    "MessagesStartEvent",
    "MessagesStartEventMessage",
    "MessagesStartEventMessageUsage",
    "MessagesDeltaEvent",
    "MessagesDeltaEventDelta",
    "MessagesDeltaEventUsage",
    "MessagesDeltaEventUsageServerToolUse",
    "MessagesStopEvent",
    "MessagesContentBlockStartEvent",
    "MessagesContentBlockStartEventContentBlock",
    "MessagesContentBlockDeltaEvent",
    "MessagesContentBlockDeltaEventDeltaCitationsDeltaCitation",
    "MessagesContentBlockDeltaEventDelta",
    "MessagesContentBlockStopEvent",
    "MessagesPingEvent",
    "MessagesErrorEvent",
    "MessagesErrorEventError",
    "AnthropicMessagesErrorResponse",
    "AnthropicMessagesErrorResponseError",
    "MessagesStreamEvent",
    "MESSAGES_EVENT_TYPES",
)


class MessagesRequest(Request):
    """Request schema for Anthropic Messages API endpoint"""

    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | UnsetType = UNSET
    context_management: MessagesRequestContextManagement | Mapping[str, Any] | None | UnsetType = (
        UNSET
    )
    # Fallback models to try if the primary model fails or refuses, in order.
    fallbacks: Sequence[MessagesFallbackParam | Mapping[str, Any]] | None | UnsetType = UNSET
    max_tokens: int | UnsetType = UNSET
    messages: Sequence[MessagesMessageParam | Mapping[str, Any]] | None | UnsetType = UNSET
    metadata: MessagesRequestMetadata | Mapping[str, Any] | UnsetType = UNSET
    model: str | UnsetType = UNSET
    models: Sequence[str] | UnsetType = UNSET
    output_config: MessagesOutputConfig | Mapping[str, Any] | UnsetType = UNSET
    # Plugins you want to enable for this request, including their settings.
    plugins: (
        Sequence[
            AutoRouterPlugin
            | AutoBetaRouterPlugin
            | ModerationPlugin
            | WebSearchPlugin
            | WebFetchPlugin
            | FileParserPlugin
            | ResponseHealingPlugin
            | ContextCompressionPlugin
            | ParetoRouterPlugin
            | FusionPlugin
            | Mapping[str, Any]
        ]
        | UnsetType
    ) = UNSET
    provider: ProviderPreferences | Mapping[str, Any] | None | UnsetType = UNSET
    # One of: fallback, sort.
    route: str | None | UnsetType = UNSET
    service_tier: str | UnsetType = UNSET
    # A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    session_id: str | UnsetType = UNSET
    # Controls output generation speed.
    # One of: fast, standard.
    speed: str | None | UnsetType = UNSET
    stop_sequences: Sequence[str] | UnsetType = UNSET
    stop_server_tools_when: (
        Sequence[StopServerToolsWhenCondition | Mapping[str, Any]] | UnsetType
    ) = UNSET
    stream: bool | UnsetType = UNSET
    system: str | Sequence[AnthropicTextBlockParam | Mapping[str, Any]] | UnsetType = UNSET
    temperature: float | UnsetType = UNSET
    thinking: (
        MessagesRequestThinkingEnabled
        | MessagesRequestThinkingDisabled
        | MessagesRequestThinkingAdaptive
        | Mapping[str, Any]
        | UnsetType
    ) = UNSET
    tool_choice: (
        MessagesRequestToolChoiceAuto
        | MessagesRequestToolChoiceAny
        | MessagesRequestToolChoiceNone
        | MessagesRequestToolChoiceTool
        | Mapping[str, Any]
        | UnsetType
    ) = UNSET
    tools: (
        Sequence[
            MessagesRequestToolsCustom
            | MessagesRequestToolsBash20250124
            | MessagesRequestToolsTextEditor20250124
            | MessagesRequestToolsWebSearch20250305
            | MessagesRequestToolsWebSearch20260209
            | MessagesRequestToolsAdvisor20260301
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesSearchModelsServerTool
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | MessagesRequestToolsOther
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | Mapping[str, Any]
        ]
        | UnsetType
    ) = UNSET
    top_k: int | UnsetType = UNSET
    top_p: float | UnsetType = UNSET
    trace: TraceConfig | Mapping[str, Any] | UnsetType = UNSET
    # A unique identifier representing your end-user, which helps distinguish between...
    user: str | UnsetType = UNSET
    # Opt-in versioned router-level deferred-tool protocol (`profile`, `protocol`, `search`...
    deferred_tools: Mapping[str, Any] | UnsetType = UNSET
    # Anthropic safeguards to apply to the request.
    safeguards: Sequence[Mapping[str, Any]] | None | UnsetType = UNSET


class MessagesRequestParams(TypedDict, total=False):
    """The optional fields of ``MessagesRequest``, as keyword arguments."""

    cache_control: AnthropicCacheControlDirective | Mapping[str, Any]
    context_management: MessagesRequestContextManagement | Mapping[str, Any] | None
    fallbacks: Sequence[MessagesFallbackParam | Mapping[str, Any]] | None
    max_tokens: int
    metadata: MessagesRequestMetadata | Mapping[str, Any]
    models: Sequence[str]
    output_config: MessagesOutputConfig | Mapping[str, Any]
    plugins: Sequence[
        AutoRouterPlugin
        | AutoBetaRouterPlugin
        | ModerationPlugin
        | WebSearchPlugin
        | WebFetchPlugin
        | FileParserPlugin
        | ResponseHealingPlugin
        | ContextCompressionPlugin
        | ParetoRouterPlugin
        | FusionPlugin
        | Mapping[str, Any]
    ]
    provider: ProviderPreferences | Mapping[str, Any] | None
    route: str | None
    service_tier: str
    session_id: str
    speed: str | None
    stop_sequences: Sequence[str]
    stop_server_tools_when: Sequence[StopServerToolsWhenCondition | Mapping[str, Any]]
    system: str | Sequence[AnthropicTextBlockParam | Mapping[str, Any]]
    temperature: float
    thinking: (
        MessagesRequestThinkingEnabled
        | MessagesRequestThinkingDisabled
        | MessagesRequestThinkingAdaptive
        | Mapping[str, Any]
    )
    tool_choice: (
        MessagesRequestToolChoiceAuto
        | MessagesRequestToolChoiceAny
        | MessagesRequestToolChoiceNone
        | MessagesRequestToolChoiceTool
        | Mapping[str, Any]
    )
    tools: Sequence[
        MessagesRequestToolsCustom
        | MessagesRequestToolsBash20250124
        | MessagesRequestToolsTextEditor20250124
        | MessagesRequestToolsWebSearch20250305
        | MessagesRequestToolsWebSearch20260209
        | MessagesRequestToolsAdvisor20260301
        | BashServerTool
        | DatetimeServerTool
        | ImageGenerationServerToolOpenRouter
        | MessagesSearchModelsServerTool
        | WebFetchServerTool
        | OpenRouterWebSearchServerTool
        | MessagesRequestToolsOther
        | AnthropicToolSearchToolBm25
        | AnthropicToolSearchToolRegex
        | ShellServerToolOpenRouter
        | ToolSearchServerTool
        | Mapping[str, Any]
    ]
    top_k: int
    top_p: float
    trace: TraceConfig | Mapping[str, Any]
    user: str
    deferred_tools: Mapping[str, Any]
    safeguards: Sequence[Mapping[str, Any]] | None


class MessagesRequestContextManagement(Model):
    """The ``MessagesRequest.context_management`` object.

    Request-only: encoded, never decoded.
    """

    edits: (
        Sequence[
            MessagesRequestContextManagementEditsClearToolUses20250919
            | MessagesRequestContextManagementEditsClearThinking20251015
            | MessagesRequestContextManagementEditsCompact20260112
            | Mapping[str, Any]
        ]
        | None
    ) = None


class MessagesRequestContextManagementEditsClearToolUses20250919(Model):
    """The ``MessagesRequestContextManagement.edits`` object.

    Request-only: encoded, never decoded.
    """

    # Always "clear_tool_uses_20250919".
    type: str
    clear_at_least: AnthropicInputTokensClearAtLeast | Mapping[str, Any] | None = None
    clear_tool_inputs: bool | Sequence[str] | None = None
    exclude_tools: Sequence[str] | None = None
    keep: AnthropicToolUsesKeep | Mapping[str, Any] | None = None
    trigger: AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | Mapping[str, Any] | None = (
        None
    )


class AnthropicInputTokensClearAtLeast(Model):
    """Request-only: encoded, never decoded."""

    # Always "input_tokens".
    type: str
    value: int


class AnthropicToolUsesKeep(Model):
    """Request-only: encoded, never decoded."""

    # Always "tool_uses".
    type: str
    value: int


class AnthropicInputTokensTrigger(Model):
    """Request-only: encoded, never decoded."""

    # Always "input_tokens".
    type: str
    value: int


class AnthropicToolUsesTrigger(Model):
    """Request-only: encoded, never decoded."""

    # Always "tool_uses".
    type: str
    value: int


class MessagesRequestContextManagementEditsClearThinking20251015(Model):
    """The ``MessagesRequestContextManagement.edits`` object.

    Request-only: encoded, never decoded.
    """

    # Always "clear_thinking_20251015".
    type: str
    # Always "all".
    keep: (
        AnthropicThinkingTurns
        | MessagesRequestContextManagementEditsClearThinking20251015KeepAll
        | str
        | Mapping[str, Any]
        | None
    ) = None


class AnthropicThinkingTurns(Model):
    """Request-only: encoded, never decoded."""

    # Always "thinking_turns".
    type: str
    value: int


class MessagesRequestContextManagementEditsClearThinking20251015KeepAll(Model):
    """The ``MessagesRequestContextManagementEditsClearThinking20251015.keep`` object.

    Request-only: encoded, never decoded.
    """

    # Always "all".
    type: str


class MessagesRequestContextManagementEditsCompact20260112(Model):
    """The ``MessagesRequestContextManagement.edits`` object.

    Request-only: encoded, never decoded.
    """

    # Always "compact_20260112".
    type: str
    instructions: str | None = None
    pause_after_compaction: bool | None = None
    trigger: AnthropicInputTokensTrigger | Mapping[str, Any] | None = None


class MessagesFallbackParam(Model):
    """Fallback model to try when the primary model fails or refuses.

    Request-only: encoded, never decoded.
    """

    model: str


class MessagesMessageParam(Model):
    """Anthropic message with OpenRouter extensions

    Request-only: encoded, never decoded.
    """

    content: (
        str
        | Sequence[
            AnthropicTextBlockParam
            | AnthropicImageBlockParam
            | AnthropicDocumentBlockParam
            | MessagesMessageParamContentToolUse
            | MessagesMessageParamContentToolResult
            | MessagesMessageParamContentThinking
            | MessagesMessageParamContentRedactedThinking
            | MessagesMessageParamContentServerToolUse
            | MessagesMessageParamContentWebSearchToolResult
            | AnthropicSearchResultBlockParam
            | MessagesMessageParamContentCompaction
            | MessagesAdvisorToolResultBlock
            | MessagesToolAdditionBlock
            | MessagesToolRemovalBlock
            | MessagesShellToolResultBlock
            | MessagesBashToolResultBlock
            | Mapping[str, Any]
        ]
    )
    # One of: user, assistant, system.
    role: str


class AnthropicTextBlockParam(Model):
    """Request-only: encoded, never decoded."""

    text: str
    # Always "text".
    type: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    citations: (
        Sequence[
            AnthropicCitationCharLocationParam
            | AnthropicCitationPageLocationParam
            | AnthropicCitationContentBlockLocationParam
            | AnthropicCitationWebSearchResultLocationParam
            | AnthropicCitationSearchResultLocationParam
            | Mapping[str, Any]
        ]
        | None
    ) = None


class AnthropicCitationCharLocationParam(Model):
    """Request-only: encoded, never decoded."""

    cited_text: str
    document_index: int
    end_char_index: int
    start_char_index: int
    # Always "char_location".
    type: str
    document_title: str | None = None


class AnthropicCitationPageLocationParam(Model):
    """Request-only: encoded, never decoded."""

    cited_text: str
    document_index: int
    end_page_number: int
    start_page_number: int
    # Always "page_location".
    type: str
    document_title: str | None = None


class AnthropicCitationContentBlockLocationParam(Model):
    """Request-only: encoded, never decoded."""

    cited_text: str
    document_index: int
    end_block_index: int
    start_block_index: int
    # Always "content_block_location".
    type: str
    document_title: str | None = None


class AnthropicCitationWebSearchResultLocationParam(Model):
    """Request-only: encoded, never decoded."""

    cited_text: str
    encrypted_index: str
    # Always "web_search_result_location".
    type: str
    url: str
    title: str | None = None


class AnthropicCitationSearchResultLocationParam(Model):
    """Request-only: encoded, never decoded."""

    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    # Always "search_result_location".
    type: str
    title: str | None = None


class AnthropicImageBlockParam(Model):
    """Request-only: encoded, never decoded."""

    source: AnthropicBase64ImageSource | AnthropicUrlImageSource | Mapping[str, Any]
    # Always "image".
    type: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None


class AnthropicBase64ImageSource(Model):
    """Request-only: encoded, never decoded."""

    data: str
    # One of: image/jpeg, image/png, image/gif, image/webp.
    media_type: str
    # Always "base64".
    type: str


class AnthropicUrlImageSource(Model):
    """Request-only: encoded, never decoded."""

    # Always "url".
    type: str
    url: str


class AnthropicDocumentBlockParam(Model):
    """Request-only: encoded, never decoded."""

    source: (
        AnthropicBase64PdfSource
        | AnthropicPlainTextSource
        | AnthropicDocumentBlockParamSourceContent
        | AnthropicUrlPdfSource
        | AnthropicFileDocumentSource
        | Mapping[str, Any]
    )
    # Always "document".
    type: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    citations: AnthropicDocumentBlockParamCitations | Mapping[str, Any] | None = None
    context: str | None = None
    title: str | None = None


class AnthropicDocumentBlockParamCitations(Model):
    """The ``AnthropicDocumentBlockParam.citations`` object.

    Request-only: encoded, never decoded.
    """

    enabled: bool | None = None


class AnthropicBase64PdfSource(Model):
    data: str
    # Always "application/pdf".
    media_type: str
    # Always "base64".
    type: str


class AnthropicPlainTextSource(Model):
    data: str
    # Always "text/plain".
    media_type: str
    # Always "text".
    type: str


class AnthropicDocumentBlockParamSourceContent(Model):
    """The ``AnthropicDocumentBlockParam.source`` object.

    Request-only: encoded, never decoded.
    """

    content: str | Sequence[AnthropicTextBlockParam | AnthropicImageBlockParam | Mapping[str, Any]]
    # Always "content".
    type: str


class AnthropicUrlPdfSource(Model):
    """Request-only: encoded, never decoded."""

    # Always "url".
    type: str
    url: str


class AnthropicFileDocumentSource(Model):
    """Request-only: encoded, never decoded."""

    file_id: str
    # Always "file".
    type: str


class MessagesMessageParamContentToolUse(Model):
    """The ``MessagesMessageParam.content`` object.

    Request-only: encoded, never decoded.
    """

    id: str
    name: str
    # Always "tool_use".
    type: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    input: Any | None = None


class MessagesMessageParamContentToolResult(Model):
    """The ``MessagesMessageParam.content`` object.

    Request-only: encoded, never decoded.
    """

    tool_use_id: str
    # Always "tool_result".
    type: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    content: (
        str
        | Sequence[
            AnthropicTextBlockParam
            | AnthropicImageBlockParam
            | MessagesMessageParamContentToolResultContentToolReference
            | AnthropicSearchResultBlockParam
            | AnthropicDocumentBlockParam
            | Mapping[str, Any]
        ]
        | None
    ) = None
    is_error: bool | None = None


class MessagesMessageParamContentToolResultContentToolReference(Model):
    """The ``MessagesMessageParamContentToolResult.content`` object.

    Request-only: encoded, never decoded.
    """

    tool_name: str
    # Always "tool_reference".
    type: str


class AnthropicSearchResultBlockParam(Model):
    """Request-only: encoded, never decoded."""

    content: Sequence[AnthropicTextBlockParam | Mapping[str, Any]]
    source: str
    title: str
    # Always "search_result".
    type: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    citations: AnthropicSearchResultBlockParamCitations | Mapping[str, Any] | None = None


class AnthropicSearchResultBlockParamCitations(Model):
    """The ``AnthropicSearchResultBlockParam.citations`` object.

    Request-only: encoded, never decoded.
    """

    enabled: bool | None = None


class MessagesMessageParamContentThinking(Model):
    """The ``MessagesMessageParam.content`` object.

    Request-only: encoded, never decoded.
    """

    signature: str
    thinking: str
    # Always "thinking".
    type: str


class MessagesMessageParamContentRedactedThinking(Model):
    """The ``MessagesMessageParam.content`` object.

    Request-only: encoded, never decoded.
    """

    data: str
    # Always "redacted_thinking".
    type: str


class MessagesMessageParamContentServerToolUse(Model):
    """The ``MessagesMessageParam.content`` object.

    Request-only: encoded, never decoded.
    """

    id: str
    name: str
    # Always "server_tool_use".
    type: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    input: Any | None = None


class MessagesMessageParamContentWebSearchToolResult(Model):
    """The ``MessagesMessageParam.content`` object.

    Request-only: encoded, never decoded.
    """

    content: (
        Sequence[AnthropicWebSearchResultBlockParam | Mapping[str, Any]]
        | MessagesMessageParamContentWebSearchToolResultContent
        | Mapping[str, Any]
    )
    tool_use_id: str
    # Always "web_search_tool_result".
    type: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None


class AnthropicWebSearchResultBlockParam(Model):
    """Request-only: encoded, never decoded."""

    encrypted_content: str
    title: str
    # Always "web_search_result".
    type: str
    url: str
    page_age: str | None = None


class MessagesMessageParamContentWebSearchToolResultContent(Model):
    """The ``MessagesMessageParamContentWebSearchToolResult.content`` object.

    Request-only: encoded, never decoded.
    """

    # One of: invalid_tool_input, unavailable, max_uses_exceeded, ... (2 more).
    error_code: str
    # Always "web_search_tool_result_error".
    type: str


class MessagesMessageParamContentCompaction(Model):
    """The ``MessagesMessageParam.content`` object.

    Request-only: encoded, never decoded.
    """

    # Always "compaction".
    type: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    content: str | None = None
    encrypted_content: str | None = None


class MessagesAdvisorToolResultBlock(Model):
    """Advisor tool result from a prior assistant turn, replayed back to the model on the next
    turn.

    Request-only: encoded, never decoded.
    """

    content: Mapping[str, Any]
    tool_use_id: str
    # Always "advisor_tool_result".
    type: str


class MessagesToolAdditionBlock(Model):
    """Loads a previously deferred tool (declared in `tools` with `defer_loading: true`)
    mid-conversation without invalidating the prompt cache.

    Request-only: encoded, never decoded.
    """

    tool: (
        MessagesToolAdditionBlockToolToolReference
        | MessagesToolAdditionBlockToolMcpToolReference
        | MessagesToolAdditionBlockToolMcpToolsetReference
        | Mapping[str, Any]
    )
    # Always "tool_addition".
    type: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None


class MessagesToolAdditionBlockToolToolReference(Model):
    """The ``MessagesToolAdditionBlock.tool`` object.

    Request-only: encoded, never decoded.
    """

    name: str
    # Always "tool_reference".
    type: str


class MessagesToolAdditionBlockToolMcpToolReference(Model):
    """The ``MessagesToolAdditionBlock.tool`` object.

    Request-only: encoded, never decoded.
    """

    name: str
    server_name: str
    # Always "mcp_tool_reference".
    type: str


class MessagesToolAdditionBlockToolMcpToolsetReference(Model):
    """The ``MessagesToolAdditionBlock.tool`` object.

    Request-only: encoded, never decoded.
    """

    server_name: str
    # Always "mcp_toolset_reference".
    type: str


class MessagesToolRemovalBlock(Model):
    """Removes a tool from the conversation mid-conversation without invalidating the prompt
    cache.

    Request-only: encoded, never decoded.
    """

    tool: (
        MessagesToolRemovalBlockToolToolReference
        | MessagesToolRemovalBlockToolMcpToolReference
        | MessagesToolRemovalBlockToolMcpToolsetReference
        | Mapping[str, Any]
    )
    # Always "tool_removal".
    type: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None


class MessagesToolRemovalBlockToolToolReference(Model):
    """The ``MessagesToolRemovalBlock.tool`` object.

    Request-only: encoded, never decoded.
    """

    name: str
    # Always "tool_reference".
    type: str


class MessagesToolRemovalBlockToolMcpToolReference(Model):
    """The ``MessagesToolRemovalBlock.tool`` object.

    Request-only: encoded, never decoded.
    """

    name: str
    server_name: str
    # Always "mcp_tool_reference".
    type: str


class MessagesToolRemovalBlockToolMcpToolsetReference(Model):
    """The ``MessagesToolRemovalBlock.tool`` object.

    Request-only: encoded, never decoded.
    """

    server_name: str
    # Always "mcp_toolset_reference".
    type: str


class MessagesShellToolResultBlock(Model):
    """Output of an `openrouter:shell` call from a prior assistant turn.

    Request-only: encoded, never decoded.
    """

    content: Mapping[str, Any]
    tool_use_id: str
    # Always "openrouter_shell_tool_result".
    type: str


class MessagesBashToolResultBlock(Model):
    """Output of a sandbox-executed `openrouter:bash` call from a prior assistant turn.

    Request-only: encoded, never decoded.
    """

    content: Mapping[str, Any]
    tool_use_id: str
    # Always "openrouter_bash_tool_result".
    type: str


class MessagesRequestMetadata(Model):
    """The ``MessagesRequest.metadata`` object.

    Request-only: encoded, never decoded.
    """

    user_id: str | None = None


class MessagesOutputConfig(Model):
    """Configuration for controlling output behavior.

    Request-only: encoded, never decoded.
    """

    # How much effort the model should put into its response.
    # One of: low, medium, high, xhigh, max.
    effort: str | None = None
    # A schema to specify Claude's output format in responses.
    format: MessagesOutputConfigFormat | Mapping[str, Any] | None = None
    # Task budget for an agentic turn.
    task_budget: MessagesOutputConfigTaskBudget | Mapping[str, Any] | None = None


class MessagesOutputConfigFormat(Model):
    """A schema to specify Claude's output format in responses.

    Request-only: encoded, never decoded.
    """

    schema: Mapping[str, Any]
    # Always "json_schema".
    type: str


class MessagesOutputConfigTaskBudget(Model):
    """Task budget for an agentic turn.

    Request-only: encoded, never decoded.
    """

    total: int
    # Always "tokens".
    type: str
    remaining: int | None = None


class MessagesRequestThinkingEnabled(Model):
    """The ``MessagesRequest.thinking`` object.

    Request-only: encoded, never decoded.
    """

    budget_tokens: int
    # Always "enabled".
    type: str
    # One of: summarized, omitted.
    display: str | None = None


class MessagesRequestThinkingDisabled(Model):
    """The ``MessagesRequest.thinking`` object.

    Request-only: encoded, never decoded.
    """

    # Always "disabled".
    type: str


class MessagesRequestThinkingAdaptive(Model):
    """The ``MessagesRequest.thinking`` object.

    Request-only: encoded, never decoded.
    """

    # Always "adaptive".
    type: str
    # One of: summarized, omitted.
    display: str | None = None


class MessagesRequestToolChoiceAuto(Model):
    """The ``MessagesRequest.tool_choice`` object.

    Request-only: encoded, never decoded.
    """

    # Always "auto".
    type: str
    disable_parallel_tool_use: bool | None = None


class MessagesRequestToolChoiceAny(Model):
    """The ``MessagesRequest.tool_choice`` object.

    Request-only: encoded, never decoded.
    """

    # Always "any".
    type: str
    disable_parallel_tool_use: bool | None = None


class MessagesRequestToolChoiceNone(Model):
    """The ``MessagesRequest.tool_choice`` object.

    Request-only: encoded, never decoded.
    """

    # Always "none".
    type: str


class MessagesRequestToolChoiceTool(Model):
    """The ``MessagesRequest.tool_choice`` object.

    Request-only: encoded, never decoded.
    """

    name: str
    # Always "tool".
    type: str
    disable_parallel_tool_use: bool | None = None


class MessagesRequestToolsCustom(Model):
    """The ``MessagesRequest.tools`` object.

    Request-only: encoded, never decoded.
    """

    input_schema: MessagesRequestToolsCustomInputSchema | Mapping[str, Any]
    name: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    defer_loading: bool | None = None
    description: str | None = None
    # Always "custom".
    type: str | None = None


class MessagesRequestToolsCustomInputSchema(Model):
    """The ``MessagesRequestToolsCustom.input_schema`` object.

    Request-only: encoded, never decoded.
    """

    properties: Any | None = None
    required: Sequence[str] | None = None
    type: str | None = None


class MessagesRequestToolsBash20250124(Model):
    """The ``MessagesRequest.tools`` object.

    Request-only: encoded, never decoded.
    """

    # Always "bash".
    name: str
    # Always "bash_20250124".
    type: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None


class MessagesRequestToolsTextEditor20250124(Model):
    """The ``MessagesRequest.tools`` object.

    Request-only: encoded, never decoded.
    """

    # Always "str_replace_editor".
    name: str
    # Always "text_editor_20250124".
    type: str
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None


class MessagesRequestToolsWebSearch20250305(Model):
    """The ``MessagesRequest.tools`` object.

    Request-only: encoded, never decoded.
    """

    # Always "web_search".
    name: str
    # Always "web_search_20250305".
    type: str
    allowed_domains: Sequence[str] | None = None
    blocked_domains: Sequence[str] | None = None
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    max_uses: int | None = None
    user_location: AnthropicWebSearchToolUserLocation | Mapping[str, Any] | None = None


class AnthropicWebSearchToolUserLocation(Model):
    """Request-only: encoded, never decoded."""

    # Always "approximate".
    type: str
    city: str | None = None
    country: str | None = None
    region: str | None = None
    timezone: str | None = None


class MessagesRequestToolsWebSearch20260209(Model):
    """The ``MessagesRequest.tools`` object.

    Request-only: encoded, never decoded.
    """

    # Always "web_search".
    name: str
    # Always "web_search_20260209".
    type: str
    # One of: direct, code_execution_20250825, code_execution_20260120.
    allowed_callers: Sequence[str] | None = None
    allowed_domains: Sequence[str] | None = None
    blocked_domains: Sequence[str] | None = None
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    max_uses: int | None = None
    user_location: AnthropicWebSearchToolUserLocation | Mapping[str, Any] | None = None


class MessagesRequestToolsAdvisor20260301(Model):
    """The ``MessagesRequest.tools`` object.

    Request-only: encoded, never decoded.
    """

    model: str
    # Always "advisor".
    name: str
    # Always "advisor_20260301".
    type: str
    # One of: direct, code_execution_20250825, code_execution_20260120.
    allowed_callers: Sequence[str] | None = None
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    caching: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    defer_loading: bool | None = None
    max_uses: int | None = None


class MessagesSearchModelsServerTool(Model):
    """OpenRouter built-in server tool: searches and filters AI models available on OpenRouter

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:experimental__search_models".
    type: str
    parameters: SearchModelsServerToolConfig | Mapping[str, Any] | None = None


class MessagesRequestToolsOther(Model):
    """The ``MessagesRequest.tools`` object.

    Request-only: encoded, never decoded.
    """

    type: str


class AnthropicToolSearchToolBm25(Model):
    """Request-only: encoded, never decoded."""

    # Always "tool_search_tool_bm25".
    name: str
    # One of: tool_search_tool_bm25_20251119, tool_search_tool_bm25.
    type: str
    # One of: direct, code_execution_20250825, code_execution_20260120.
    allowed_callers: Sequence[str] | None = None
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    defer_loading: bool | None = None
    strict: bool | None = None


class AnthropicToolSearchToolRegex(Model):
    """Request-only: encoded, never decoded."""

    # Always "tool_search_tool_regex".
    name: str
    # One of: tool_search_tool_regex_20251119, tool_search_tool_regex.
    type: str
    # One of: direct, code_execution_20250825, code_execution_20260120.
    allowed_callers: Sequence[str] | None = None
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    defer_loading: bool | None = None
    strict: bool | None = None


class MessagesResult(Model):
    """Non-streaming response from the Anthropic Messages API with OpenRouter extensions"""

    content: list[ORAnthropicContentBlock]
    id: str
    model: str
    # Always "assistant".
    role: str
    # Always "message".
    type: str
    usage: MessagesResultUsage
    container: AnthropicContainer | None = None
    stop_details: AnthropicRefusalStopDetails | None = None
    # One of: end_turn, max_tokens, model_context_window_exceeded, stop_sequence, ... (4 more).
    stop_reason: str | None = None
    stop_sequence: str | None = None
    context_management: MessagesResultContextManagement | None = None
    openrouter_metadata: OpenRouterMetadata | None = None
    # One of: Modal, AkashML, AI21, AionLabs, Alibaba, Ambient, Baidu, ... (98 more).
    provider: str | None = None


class AnthropicContainer(Model):
    expires_at: str
    id: str


class AnthropicTextBlock(Model):
    text: str
    # Always "text".
    type: str
    citations: list[AnthropicTextCitation] | None = None


class AnthropicCitationCharLocation(Model):
    cited_text: str
    document_index: int
    end_char_index: int
    start_char_index: int
    # Always "char_location".
    type: str
    document_title: str | None = None
    file_id: str | None = None


class AnthropicCitationPageLocation(Model):
    cited_text: str
    document_index: int
    end_page_number: int
    start_page_number: int
    # Always "page_location".
    type: str
    document_title: str | None = None
    file_id: str | None = None


class AnthropicCitationContentBlockLocation(Model):
    cited_text: str
    document_index: int
    end_block_index: int
    start_block_index: int
    # Always "content_block_location".
    type: str
    document_title: str | None = None
    file_id: str | None = None


class AnthropicCitationWebSearchResultLocation(Model):
    cited_text: str
    encrypted_index: str
    # Always "web_search_result_location".
    type: str
    url: str
    title: str | None = None


class AnthropicCitationSearchResultLocation(Model):
    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    # Always "search_result_location".
    type: str
    title: str | None = None


class AnthropicTextCitation(Model):
    """The union of AnthropicCitationCharLocation, AnthropicCitationPageLocation,
    AnthropicCitationContentBlockLocation, AnthropicCitationWebSearchResultLocation and
    AnthropicCitationSearchResultLocation, merged into one Struct: every field is optional and
    a field the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: char_location, page_location, content_block_location, ... (2 more).
    type: str
    cited_text: str | None = None
    document_index: int | None = None
    document_title: str | None = None
    end_char_index: int | None = None
    file_id: str | None = None
    start_char_index: int | None = None
    end_page_number: int | None = None
    start_page_number: int | None = None
    end_block_index: int | None = None
    start_block_index: int | None = None
    encrypted_index: str | None = None
    title: str | None = None
    url: str | None = None
    search_result_index: int | None = None
    source: str | None = None


class AnthropicToolUseBlock(Model):
    caller: AnthropicCaller
    id: str
    name: str
    # Always "tool_use".
    type: str
    input: Any | None = None


class AnthropicDirectCaller(Model):
    # Always "direct".
    type: str


class AnthropicCodeExecution20250825Caller(Model):
    tool_id: str
    # Always "code_execution_20250825".
    type: str


class AnthropicCodeExecution20260120Caller(Model):
    tool_id: str
    # Always "code_execution_20260120".
    type: str


class AnthropicCaller(Model):
    """The union of AnthropicDirectCaller, AnthropicCodeExecution20250825Caller and
    AnthropicCodeExecution20260120Caller, merged into one Struct: every field is optional and
    a field the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: direct, code_execution_20250825, code_execution_20260120.
    type: str
    tool_id: str | None = None


class AnthropicThinkingBlock(Model):
    signature: str
    thinking: str
    # Always "thinking".
    type: str


class AnthropicRedactedThinkingBlock(Model):
    data: str
    # Always "redacted_thinking".
    type: str


class ORAnthropicServerToolUseBlock(Model):
    id: str
    name: str
    # Always "server_tool_use".
    type: str
    caller: ORAnthropicNullableCaller | None = None
    input: Any | None = None


class ORAnthropicNullableCaller(Model):
    """The union of AnthropicDirectCaller, AnthropicCodeExecution20250825Caller and
    AnthropicCodeExecution20260120Caller, merged into one Struct: every field is optional and
    a field the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: direct, code_execution_20250825, code_execution_20260120.
    type: str
    tool_id: str | None = None


class AnthropicWebSearchToolResult(Model):
    caller: AnthropicCaller
    content: list[AnthropicWebSearchResult] | AnthropicWebSearchToolResultError
    tool_use_id: str
    # Always "web_search_tool_result".
    type: str


class AnthropicWebSearchResult(Model):
    encrypted_content: str
    title: str
    # Always "web_search_result".
    type: str
    url: str
    page_age: str | None = None


class AnthropicWebSearchToolResultError(Model):
    # One of: invalid_tool_input, unavailable, max_uses_exceeded, ... (3 more).
    error_code: str
    # Always "web_search_tool_result_error".
    type: str


class AnthropicWebFetchToolResult(Model):
    caller: AnthropicCaller
    content: AnthropicWebFetchContent
    tool_use_id: str
    # Always "web_fetch_tool_result".
    type: str


class AnthropicWebFetchToolResultError(Model):
    # One of: invalid_tool_input, url_too_long, url_not_allowed, ... (5 more).
    error_code: str
    # Always "web_fetch_tool_result_error".
    type: str


class AnthropicWebFetchBlock(Model):
    content: AnthropicDocumentBlock
    # Always "web_fetch_result".
    type: str
    url: str
    retrieved_at: str | None = None


class AnthropicDocumentBlock(Model):
    source: AnthropicDocumentBlockSource
    # Always "document".
    type: str
    citations: AnthropicCitationsConfig | None = None
    title: str | None = None


class AnthropicCitationsConfig(Model):
    enabled: bool


class AnthropicDocumentBlockSource(Model):
    """The union of AnthropicBase64PdfSource and AnthropicPlainTextSource, merged into one
    Struct: every field is optional and a field the variants type differently is ``Any``, so a
    new variant never breaks decoding.
    """

    # One of: base64, text.
    type: str
    data: str | None = None
    # One of: application/pdf, text/plain.
    media_type: str | None = None


class AnthropicWebFetchContent(Model):
    """The union of AnthropicWebFetchToolResultError and AnthropicWebFetchBlock, merged into one
    Struct: every field is optional and a field the variants type differently is ``Any``, so a
    new variant never breaks decoding.
    """

    # One of: web_fetch_tool_result_error, web_fetch_result.
    type: str
    # One of: invalid_tool_input, url_too_long, url_not_allowed, ... (5 more).
    error_code: str | None = None
    content: AnthropicDocumentBlock | None = None
    retrieved_at: str | None = None
    url: str | None = None


class AnthropicCodeExecutionToolResult(Model):
    content: AnthropicCodeExecutionContent
    tool_use_id: str
    # Always "code_execution_tool_result".
    type: str


class AnthropicCodeExecutionToolResultError(Model):
    # One of: invalid_tool_input, unavailable, too_many_requests, execution_time_exceeded.
    error_code: str
    # Always "code_execution_tool_result_error".
    type: str


class AnthropicCodeExecutionResult(Model):
    content: list[AnthropicCodeExecutionOutput]
    return_code: int
    stderr: str
    stdout: str
    # Always "code_execution_result".
    type: str


class AnthropicCodeExecutionOutput(Model):
    file_id: str
    # Always "code_execution_output".
    type: str


class AnthropicEncryptedCodeExecutionResult(Model):
    content: list[AnthropicCodeExecutionOutput]
    encrypted_stdout: str
    return_code: int
    stderr: str
    # Always "encrypted_code_execution_result".
    type: str


class AnthropicCodeExecutionContent(Model):
    """The union of AnthropicCodeExecutionToolResultError, AnthropicCodeExecutionResult and
    AnthropicEncryptedCodeExecutionResult, merged into one Struct: every field is optional and
    a field the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: code_execution_tool_result_error, code_execution_result, ... (1 more).
    type: str
    # One of: invalid_tool_input, unavailable, too_many_requests, execution_time_exceeded.
    error_code: str | None = None
    content: list[AnthropicCodeExecutionOutput] | None = None
    return_code: int | None = None
    stderr: str | None = None
    stdout: str | None = None
    encrypted_stdout: str | None = None


class AnthropicBashCodeExecutionToolResult(Model):
    content: AnthropicBashCodeExecutionContent
    tool_use_id: str
    # Always "bash_code_execution_tool_result".
    type: str


class AnthropicBashCodeExecutionToolResultError(Model):
    # One of: invalid_tool_input, unavailable, too_many_requests, ... (2 more).
    error_code: str
    # Always "bash_code_execution_tool_result_error".
    type: str


class AnthropicBashCodeExecutionResult(Model):
    content: list[AnthropicBashCodeExecutionOutput]
    return_code: int
    stderr: str
    stdout: str
    # Always "bash_code_execution_result".
    type: str


class AnthropicBashCodeExecutionOutput(Model):
    file_id: str
    # Always "bash_code_execution_output".
    type: str


class AnthropicBashCodeExecutionContent(Model):
    """The union of AnthropicBashCodeExecutionToolResultError and
    AnthropicBashCodeExecutionResult, merged into one Struct: every field is optional and a
    field the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: bash_code_execution_tool_result_error, bash_code_execution_result.
    type: str
    # One of: invalid_tool_input, unavailable, too_many_requests, ... (2 more).
    error_code: str | None = None
    content: list[AnthropicBashCodeExecutionOutput] | None = None
    return_code: int | None = None
    stderr: str | None = None
    stdout: str | None = None


class AnthropicTextEditorCodeExecutionToolResult(Model):
    content: AnthropicTextEditorCodeExecutionContent
    tool_use_id: str
    # Always "text_editor_code_execution_tool_result".
    type: str


class AnthropicTextEditorCodeExecutionToolResultError(Model):
    # One of: invalid_tool_input, unavailable, too_many_requests, ... (2 more).
    error_code: str
    # Always "text_editor_code_execution_tool_result_error".
    type: str
    error_message: str | None = None


class AnthropicTextEditorCodeExecutionViewResult(Model):
    content: str
    # One of: text, image, pdf.
    file_type: str
    # Always "text_editor_code_execution_view_result".
    type: str
    num_lines: int | None = None
    start_line: int | None = None
    total_lines: int | None = None


class AnthropicTextEditorCodeExecutionCreateResult(Model):
    is_file_update: bool
    # Always "text_editor_code_execution_create_result".
    type: str


class AnthropicTextEditorCodeExecutionStrReplaceResult(Model):
    # Always "text_editor_code_execution_str_replace_result".
    type: str
    lines: list[str] | None = None
    new_lines: int | None = None
    new_start: int | None = None
    old_lines: int | None = None
    old_start: int | None = None


class AnthropicTextEditorCodeExecutionContent(Model):
    """The union of AnthropicTextEditorCodeExecutionToolResultError,
    AnthropicTextEditorCodeExecutionViewResult, AnthropicTextEditorCodeExecutionCreateResult
    and AnthropicTextEditorCodeExecutionStrReplaceResult, merged into one Struct: every field
    is optional and a field the variants type differently is ``Any``, so a new variant never
    breaks decoding.
    """

    # One of: text_editor_code_execution_tool_result_error, ... (3 more).
    type: str
    # One of: invalid_tool_input, unavailable, too_many_requests, ... (2 more).
    error_code: str | None = None
    error_message: str | None = None
    content: str | None = None
    # One of: text, image, pdf.
    file_type: str | None = None
    num_lines: int | None = None
    start_line: int | None = None
    total_lines: int | None = None
    is_file_update: bool | None = None
    lines: list[str] | None = None
    new_lines: int | None = None
    new_start: int | None = None
    old_lines: int | None = None
    old_start: int | None = None


class AnthropicToolSearchToolResult(Model):
    content: AnthropicToolSearchContent
    tool_use_id: str
    # Always "tool_search_tool_result".
    type: str


class AnthropicToolSearchResultError(Model):
    # One of: invalid_tool_input, unavailable, too_many_requests, execution_time_exceeded.
    error_code: str
    # Always "tool_search_tool_result_error".
    type: str
    error_message: str | None = None


class AnthropicToolSearchResult(Model):
    tool_references: list[AnthropicToolReference]
    # Always "tool_search_tool_search_result".
    type: str


class AnthropicToolReference(Model):
    tool_name: str
    # Always "tool_reference".
    type: str


class AnthropicToolSearchContent(Model):
    """The union of AnthropicToolSearchResultError and AnthropicToolSearchResult, merged into one
    Struct: every field is optional and a field the variants type differently is ``Any``, so a
    new variant never breaks decoding.
    """

    # One of: tool_search_tool_result_error, tool_search_tool_search_result.
    type: str
    # One of: invalid_tool_input, unavailable, too_many_requests, execution_time_exceeded.
    error_code: str | None = None
    error_message: str | None = None
    tool_references: list[AnthropicToolReference] | None = None


class AnthropicContainerUpload(Model):
    file_id: str
    # Always "container_upload".
    type: str


class AnthropicCompactionBlock(Model):
    # Always "compaction".
    type: str
    content: str | None = None
    encrypted_content: str | None = None


class AnthropicAdvisorToolResult(Model):
    content: dict[str, Any]
    tool_use_id: str
    # Always "advisor_tool_result".
    type: str


class ORAnthropicShellToolResult(Model):
    """Output of an `openrouter:shell` call executed in the OpenRouter sandbox"""

    content: dict[str, Any]
    tool_use_id: str
    # Always "openrouter_shell_tool_result".
    type: str


class ORAnthropicBashToolResult(Model):
    """Output of an `openrouter:bash` call executed in the OpenRouter sandbox (`engine:
    'openrouter'`)
    """

    content: dict[str, Any]
    tool_use_id: str
    # Always "openrouter_bash_tool_result".
    type: str


class ORAnthropicContentBlock(Model):
    """The union of AnthropicTextBlock, AnthropicToolUseBlock, AnthropicThinkingBlock,
    AnthropicRedactedThinkingBlock, ORAnthropicServerToolUseBlock,
    AnthropicWebSearchToolResult, AnthropicWebFetchToolResult,
    AnthropicCodeExecutionToolResult, AnthropicBashCodeExecutionToolResult,
    AnthropicTextEditorCodeExecutionToolResult, AnthropicToolSearchToolResult,
    AnthropicContainerUpload, AnthropicCompactionBlock, AnthropicAdvisorToolResult,
    ORAnthropicShellToolResult and ORAnthropicBashToolResult, merged into one Struct: every
    field is optional and a field the variants type differently is ``Any``, so a new variant
    never breaks decoding.
    """

    # One of: text, tool_use, thinking, redacted_thinking, server_tool_use, ... (11 more).
    type: str
    citations: list[AnthropicTextCitation] | None = None
    text: str | None = None
    caller: AnthropicCaller | None = None
    id: str | None = None
    input: Any | None = None
    name: str | None = None
    signature: str | None = None
    thinking: str | None = None
    data: str | None = None
    content: Any | None = None
    tool_use_id: str | None = None
    file_id: str | None = None
    encrypted_content: str | None = None


class AnthropicRefusalStopDetails(Model):
    """Structured information about a refusal"""

    # Always "refusal".
    type: str
    # One of: cyber, bio, frontier_llm, reasoning_extraction, general_harms.
    category: str | None = None
    explanation: str | None = None


class MessagesResultUsage(Model):
    """The ``MessagesResult.usage`` object."""

    input_tokens: int
    output_tokens: int
    cache_creation: AnthropicCacheCreation | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    inference_geo: str | None = None
    output_tokens_details: AnthropicOutputTokensDetails | None = None
    server_tool_use: AnthropicServerToolUsage | None = None
    service_tier: str | None = None
    cost: float | None = None
    cost_details: CostDetails | None = None
    is_byok: bool | None = None
    iterations: list[AnthropicUsageIteration] | None = None
    # One of: fast, standard.
    speed: str | None = None


class AnthropicOutputTokensDetails(Model):
    thinking_tokens: int


class AnthropicServerToolUsage(Model):
    web_fetch_requests: int
    web_search_requests: int


class MessagesResultContextManagement(Model):
    """The ``MessagesResult.context_management`` object."""

    applied_edits: list[MessagesResultContextManagementAppliedEdits]


class MessagesResultContextManagementAppliedEdits(Model):
    """The ``MessagesResultContextManagement.applied_edits`` object."""

    type: str


class MessagesStartEvent(Model):
    """Event sent at the start of a streaming message"""

    message: MessagesStartEventMessage
    # Always "message_start".
    type: str


class MessagesStartEventMessage(Model):
    """The ``MessagesStartEvent.message`` object."""

    content: list[ORAnthropicContentBlock]
    id: str
    model: str
    # Always "assistant".
    role: str
    stop_reason: Any
    stop_sequence: Any
    # Always "message".
    type: str
    usage: MessagesStartEventMessageUsage
    container: AnthropicContainer | None = None
    # One of: AnyScale, Atoma, Cent-ML, CrofAI, Enfer, GoPomelo, HuggingFace, ... (125 more).
    provider: str | None = None
    stop_details: AnthropicRefusalStopDetails | None = None


class MessagesStartEventMessageUsage(Model):
    """The ``MessagesStartEventMessage.usage`` object."""

    input_tokens: int
    output_tokens: int
    cache_creation: AnthropicCacheCreation | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    inference_geo: str | None = None
    output_tokens_details: AnthropicOutputTokensDetails | None = None
    server_tool_use: AnthropicServerToolUsage | None = None
    # One of: standard, priority, batch.
    service_tier: str | None = None
    iterations: list[AnthropicUsageIteration] | None = None
    # One of: fast, standard.
    speed: str | None = None


class MessagesDeltaEvent(Model):
    """Event sent when the message metadata changes (e.g., stop_reason)"""

    delta: MessagesDeltaEventDelta
    # Always "message_delta".
    type: str
    usage: MessagesDeltaEventUsage


class MessagesDeltaEventDelta(Model):
    """The ``MessagesDeltaEvent.delta`` object."""

    container: AnthropicContainer | None = None
    stop_details: AnthropicRefusalStopDetails | None = None
    # One of: end_turn, max_tokens, model_context_window_exceeded, stop_sequence, ... (4 more).
    stop_reason: str | None = None
    stop_sequence: str | None = None


class MessagesDeltaEventUsage(Model):
    """The ``MessagesDeltaEvent.usage`` object."""

    output_tokens: int
    cache_creation: AnthropicCacheCreation | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    input_tokens: int | None = None
    iterations: list[AnthropicUsageIteration] | None = None
    output_tokens_details: AnthropicOutputTokensDetails | None = None
    server_tool_use: MessagesDeltaEventUsageServerToolUse | None = None


class MessagesDeltaEventUsageServerToolUse(Model):
    """The ``MessagesDeltaEventUsage.server_tool_use`` object."""

    web_fetch_requests: int
    web_search_requests: int


class MessagesStopEvent(Model):
    """Event sent when the message is complete"""

    # Always "message_stop".
    type: str
    openrouter_metadata: OpenRouterMetadata | None = None


class MessagesContentBlockStartEvent(Model):
    """Event sent when a new content block starts"""

    content_block: MessagesContentBlockStartEventContentBlock
    index: int
    # Always "content_block_start".
    type: str


class MessagesContentBlockStartEventContentBlock(Model):
    """The union of AnthropicTextBlock, AnthropicToolUseBlock, AnthropicThinkingBlock,
    AnthropicRedactedThinkingBlock, ORAnthropicServerToolUseBlock,
    AnthropicWebSearchToolResult, AnthropicWebFetchToolResult,
    AnthropicCodeExecutionToolResult, AnthropicBashCodeExecutionToolResult,
    AnthropicTextEditorCodeExecutionToolResult, AnthropicToolSearchToolResult,
    AnthropicContainerUpload, AnthropicCompactionBlock, AnthropicAdvisorToolResult,
    ORAnthropicShellToolResult, ORAnthropicBashToolResult and 1 inline object, merged into one
    Struct: every field is optional and a field the variants type differently is ``Any``, so a
    new variant never breaks decoding.
    """

    # One of: text, tool_use, thinking, redacted_thinking, server_tool_use, ... (11 more).
    type: str
    citations: list[AnthropicTextCitation] | None = None
    text: str | None = None
    caller: AnthropicCaller | None = None
    id: str | None = None
    input: Any | None = None
    name: str | None = None
    signature: str | None = None
    thinking: str | None = None
    data: str | None = None
    content: Any | None = None
    tool_use_id: str | None = None
    file_id: str | None = None
    encrypted_content: str | None = None


class MessagesContentBlockDeltaEvent(Model):
    """Event sent when content is added to a content block"""

    delta: MessagesContentBlockDeltaEventDelta
    index: int
    # Always "content_block_delta".
    type: str


class MessagesContentBlockDeltaEventDeltaCitationsDeltaCitation(Model):
    """The union of AnthropicCitationCharLocation, AnthropicCitationPageLocation,
    AnthropicCitationContentBlockLocation, AnthropicCitationWebSearchResultLocation and
    AnthropicCitationSearchResultLocation, merged into one Struct: every field is optional and
    a field the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: char_location, page_location, content_block_location, ... (2 more).
    type: str
    cited_text: str | None = None
    document_index: int | None = None
    document_title: str | None = None
    end_char_index: int | None = None
    file_id: str | None = None
    start_char_index: int | None = None
    end_page_number: int | None = None
    start_page_number: int | None = None
    end_block_index: int | None = None
    start_block_index: int | None = None
    encrypted_index: str | None = None
    title: str | None = None
    url: str | None = None
    search_result_index: int | None = None
    source: str | None = None


class MessagesContentBlockDeltaEventDelta(Model):
    """The union of 6 inline objects, merged into one Struct: every field is optional and a field
    the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: text_delta, input_json_delta, thinking_delta, signature_delta, ... (2 more).
    type: str
    text: str | None = None
    partial_json: str | None = None
    thinking: str | None = None
    signature: str | None = None
    citation: MessagesContentBlockDeltaEventDeltaCitationsDeltaCitation | None = None
    content: str | None = None
    encrypted_content: str | None = None


class MessagesContentBlockStopEvent(Model):
    """Event sent when a content block is complete"""

    index: int
    # Always "content_block_stop".
    type: str


class MessagesPingEvent(Model):
    """Keep-alive ping event"""

    # Always "ping".
    type: str


class MessagesErrorEvent(Model):
    """Error event in the stream"""

    error: MessagesErrorEventError
    # Always "error".
    type: str
    openrouter_metadata: OpenRouterMetadata | None = None


class MessagesErrorEventError(Model):
    """The ``MessagesErrorEvent.error`` object."""

    message: str
    type: str
    # One of: context_length_exceeded, max_tokens_exceeded, ... (25 more).
    error_type: str | None = None


class AnthropicMessagesErrorResponse(Model):
    """Error response from the Anthropic Messages API"""

    error: AnthropicMessagesErrorResponseError
    # Always "error".
    type: str
    metadata: dict[str, Any] | None = None
    openrouter_metadata: dict[str, Any] | None = None
    request_id: str | None = None


class AnthropicMessagesErrorResponseError(Model):
    """The ``AnthropicMessagesErrorResponse.error`` object."""

    message: str
    # One of: invalid_request_error, authentication_error, permission_error, ... (6 more).
    type: str
    # One of: context_length_exceeded, max_tokens_exceeded, ... (25 more).
    error_type: str | None = None


# Every messages stream event the spec knows (the API may add more).
MessagesStreamEvent: TypeAlias = (
    MessagesStartEvent
    | MessagesDeltaEvent
    | MessagesStopEvent
    | MessagesContentBlockStartEvent
    | MessagesContentBlockDeltaEvent
    | MessagesContentBlockStopEvent
    | MessagesPingEvent
    | MessagesErrorEvent
)

# Event ``type`` -> its Struct; a type missing here is an event the spec
# doesn't know yet: pass it through undecoded rather than failing.
MESSAGES_EVENT_TYPES: dict[str, type[Model]] = {
    "message_start": MessagesStartEvent,
    "message_delta": MessagesDeltaEvent,
    "message_stop": MessagesStopEvent,
    "content_block_start": MessagesContentBlockStartEvent,
    "content_block_delta": MessagesContentBlockDeltaEvent,
    "content_block_stop": MessagesContentBlockStopEvent,
    "ping": MessagesPingEvent,
    "error": MessagesErrorEvent,
}
