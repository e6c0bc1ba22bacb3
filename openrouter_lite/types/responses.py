"""Types of the responses API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias, TypedDict

import msgspec

from ._base import UNSET, Model, Request, UnsetType
from .common import (
    AdvisorServerToolOpenRouter,
    AnthropicCacheControlDirective,
    AutoBetaRouterPlugin,
    AutoRouterPlugin,
    BashServerTool,
    ChatDebugOptions,
    ContextCompressionPlugin,
    DatetimeServerTool,
    FileParserPlugin,
    FilesServerTool,
    FusionPlugin,
    FusionServerToolOpenRouter,
    ImageGenerationServerToolOpenRouter,
    ModerationPlugin,
    OpenRouterMetadata,
    ParetoRouterPlugin,
    PromptCacheBreakpoint,
    PromptCacheOptions,
    ProviderPreferences,
    ResponseHealingPlugin,
    SearchModelsServerToolConfig,
    ServerToolUseDetails,
    ShellServerToolOpenRouter,
    StopServerToolsWhenCondition,
    SubagentServerToolOpenRouter,
    ToolSearchServerTool,
    TraceConfig,
    WebFetchPlugin,
    WebFetchServerTool,
    WebSearchPlugin,
    WebSearchUserLocation,
    WebSearchUserLocationServerTool,
)

__all__ = (
    "ResponsesRequest",
    "ResponsesRequestParams",
    "ReasoningItem",
    "ReasoningTextContent",
    "ReasoningSummaryText",
    "EasyInputMessage",
    "InputText",
    "InputImage",
    "InputFile",
    "InputAudio",
    "InputAudioInputAudio",
    "InputVideo",
    "InputMessageItem",
    "FunctionCallItem",
    "FunctionCallItemSubagentItems",
    "FunctionCallOutputItem",
    "ApplyPatchCallItem",
    "ApplyPatchCreateFileOperation",
    "ApplyPatchUpdateFileOperation",
    "ApplyPatchDeleteFileOperation",
    "ApplyPatchCallOperation",
    "ApplyPatchCallOutputItem",
    "InputsMessage",
    "ResponseOutputText",
    "FileCitation",
    "URLCitation",
    "FilePath",
    "OpenAIResponsesAnnotation",
    "ResponseOutputTextLogprobs",
    "ResponseOutputTextLogprobsTopLogprobs",
    "OpenAIResponsesRefusalContent",
    "InputsReasoning",
    "OutputFunctionCallItem",
    "OutputFunctionCallItemSubagentItems",
    "OutputCustomToolCallItem",
    "OutputWebSearchCallItem",
    "WebSearchSource",
    "OutputWebSearchCallItemAction",
    "OutputFileSearchCallItem",
    "OutputImageGenerationCallItem",
    "OutputCodeInterpreterCallItem",
    "CodeInterpreterLogsOutput",
    "CodeInterpreterImageOutput",
    "CodeInterpreterFileOutput",
    "OutputCodeInterpreterCallItemOutputs",
    "OutputComputerCallItem",
    "OutputComputerCallItemPendingSafetyChecks",
    "OutputDatetimeItem",
    "OutputWebSearchServerToolItem",
    "OutputWebSearchServerToolItemAction",
    "OutputWebSearchServerToolItemActionSources",
    "OutputCodeInterpreterServerToolItem",
    "OutputFileSearchServerToolItem",
    "OutputImageGenerationServerToolItem",
    "OutputBrowserUseServerToolItem",
    "OutputBashServerToolItem",
    "OutputTextEditorServerToolItem",
    "OutputApplyPatchServerToolItem",
    "OutputWebFetchServerToolItem",
    "OutputToolSearchServerToolItem",
    "OutputMemoryServerToolItem",
    "OutputMcpServerToolItem",
    "OutputSearchModelsServerToolItem",
    "OutputFusionServerToolItem",
    "FusionAnalysisResult",
    "FusionAnalysisResultContradictions",
    "FusionAnalysisResultContradictionsStances",
    "FusionAnalysisResultPartialCoverage",
    "FusionAnalysisResultUniqueInsights",
    "OutputFusionServerToolItemFailedModels",
    "OutputFusionServerToolItemResponses",
    "FusionSource",
    "OutputAdvisorServerToolItem",
    "OutputSubagentServerToolItem",
    "OutputFilesServerToolItem",
    "OutputShellServerToolItem",
    "OutputShellServerToolItemAction",
    "ShellCallOutputContent",
    "ShellCallOutputContentOutcome",
    "LocalShellCallItem",
    "LocalShellCallItemAction",
    "LocalShellCallOutputItem",
    "ShellCallItem",
    "ShellCallItemAction",
    "ShellCallOutputItem",
    "McpListToolsItem",
    "McpListToolsItemTools",
    "McpApprovalRequestItem",
    "McpApprovalResponseItem",
    "McpCallItem",
    "CustomToolCallItem",
    "CustomToolCallOutputItem",
    "CompactionItem",
    "ContextCompactionItem",
    "ItemReferenceItem",
    "AdditionalToolsItem",
    "AdditionalToolsItemToolsFunction",
    "PreviewWebSearchServerTool",
    "WebSearchDomainFilter",
    "PreviewWebSearchUserLocation",
    "Preview20250311WebSearchServerTool",
    "LegacyWebSearchServerTool",
    "WebSearchServerTool",
    "FileSearchServerTool",
    "CompoundFilter",
    "FileSearchServerToolFilters",
    "FileSearchServerToolRankingOptions",
    "ComputerUseServerTool",
    "CodeInterpreterServerTool",
    "CodeInterpreterServerToolContainer",
    "McpServerTool",
    "McpServerToolAllowedTools",
    "McpServerToolRequireApproval",
    "McpServerToolRequireApprovalAlways",
    "McpServerToolRequireApprovalNever",
    "ImageGenerationServerTool",
    "ImageGenerationServerToolInputImageMask",
    "CodexLocalShellTool",
    "ShellServerTool",
    "ApplyPatchServerTool",
    "CustomTool",
    "CustomToolFormat",
    "NamespaceTool",
    "NamespaceFunctionTool",
    "NamespaceToolTools",
    "SearchModelsServerToolOpenRouter",
    "WebSearchServerToolOpenRouter",
    "WebSearchServerToolConfig",
    "ApplyPatchServerToolOpenRouter",
    "ApplyPatchServerToolConfig",
    "AdditionalToolsItemToolsOther",
    "AgentMessageItem",
    "AgentMessageItemAgent",
    "AgentMessageItemContentEncryptedContent",
    "StoredPromptTemplate",
    "StoredPromptTemplateVariablesValue",
    "ReasoningConfig",
    "TextExtendedConfig",
    "FormatTextConfig",
    "FormatJsonObjectConfig",
    "FormatJsonSchemaConfig",
    "Formats",
    "ToolChoiceAllowed",
    "OpenAIResponsesToolChoice",
    "ResponsesRequestToolsFunction",
    "OpenResponsesResult",
    "ResponsesErrorField",
    "IncompleteDetails",
    "BaseInputsMessageContent",
    "OpenAIResponseInputMessageItem",
    "OpenAIResponseInputMessageItemContent",
    "OpenAIResponseFunctionToolCallOutput",
    "OpenAIResponseFunctionToolCallOutputOutput",
    "OpenAIResponseFunctionToolCall",
    "OpenAIResponseFunctionToolCallSubagentItems",
    "OutputItemImageGenerationCall",
    "OutputMessage",
    "OutputMessageContent",
    "OpenAIResponseCustomToolCall",
    "OpenAIResponseCustomToolCallOutput",
    "OpenAIResponseCustomToolCallOutputOutput",
    "BaseInputsItem",
    "OutputMessageItem",
    "OutputMessageItemContent",
    "OutputReasoningItem",
    "OutputApplyPatchCallItem",
    "OutputShellCallItem",
    "OutputShellCallItemAction",
    "OutputShellCallOutputItem",
    "OutputItems",
    "BaseReasoningConfig",
    "OpenResponsesResultTools",
    "Usage",
    "UsageInputTokensDetails",
    "UsageOutputTokensDetails",
    "UsageCostDetails",
    "OpenResponsesCreatedEvent",
    "OpenResponsesInProgressEvent",
    "StreamEventsResponseCompleted",
    "StreamEventsResponseIncomplete",
    "StreamEventsResponseFailed",
    "ErrorEvent",
    "StreamEventsResponseOutputItemAdded",
    "StreamEventsResponseOutputItemDone",
    "ContentPartAddedEvent",
    "ContentPartAddedEventPart",
    "ContentPartDoneEvent",
    "ContentPartDoneEventPart",
    "TextDeltaEvent",
    "StreamLogprob",
    "StreamLogprobTopLogprob",
    "TextDoneEvent",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
    "AnnotationAddedEvent",
    "FunctionCallArgsDeltaEvent",
    "FunctionCallArgsDoneEvent",
    "ReasoningDeltaEvent",
    "ReasoningDoneEvent",
    "ReasoningSummaryPartAddedEvent",
    "ReasoningSummaryPartDoneEvent",
    "ReasoningSummaryTextDeltaEvent",
    "ReasoningSummaryTextDoneEvent",
    "ImageGenCallInProgressEvent",
    "ImageGenCallGeneratingEvent",
    "ImageGenCallPartialImageEvent",
    "ImageGenCallCompletedEvent",
    "CodeInterpreterCallInProgressEvent",
    "CodeInterpreterCallInterpretingEvent",
    "CodeInterpreterCallCompletedEvent",
    "CodeInterpreterCallCodeDeltaEvent",
    "CodeInterpreterCallCodeDoneEvent",
    "WebSearchCallInProgressEvent",
    "WebSearchCallSearchingEvent",
    "WebSearchCallCompletedEvent",
    "CustomToolCallInputDeltaEvent",
    "CustomToolCallInputDoneEvent",
    "ApplyPatchCallOperationDiffDeltaEvent",
    "ApplyPatchCallOperationDiffDoneEvent",
    "FusionCallInProgressEvent",
    "FusionCallPanelAddedEvent",
    "FusionCallPanelDeltaEvent",
    "FusionCallPanelReasoningDeltaEvent",
    "FusionCallPanelCompletedEvent",
    "FusionCallPanelFailedEvent",
    "FusionCallAnalysisInProgressEvent",
    "FusionCallAnalysisCompletedEvent",
    "FusionCallCompletedEvent",
    "DebugEvent",
    "DebugEventDebug",
    "DebugEventDebugTimings",
    "ResponsesStreamEvent",
    "RESPONSES_EVENT_TYPES",
)


class ResponsesRequest(Request):
    """Request schema for Responses endpoint"""

    background: bool | None | UnsetType = UNSET
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | UnsetType = UNSET
    debug: ChatDebugOptions | Mapping[str, Any] | UnsetType = UNSET
    frequency_penalty: float | None | UnsetType = UNSET
    image_config: Mapping[str, str | float | Sequence[Any]] | UnsetType = UNSET
    # One of: file_search_call.results, message.input_image.image_url, ... (3 more).
    include: Sequence[str] | None | UnsetType = UNSET
    input: (
        str
        | Sequence[
            ReasoningItem
            | EasyInputMessage
            | InputMessageItem
            | FunctionCallItem
            | FunctionCallOutputItem
            | ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | InputsMessage
            | InputsReasoning
            | OutputFunctionCallItem
            | OutputCustomToolCallItem
            | OutputWebSearchCallItem
            | OutputFileSearchCallItem
            | OutputImageGenerationCallItem
            | OutputCodeInterpreterCallItem
            | OutputComputerCallItem
            | OutputDatetimeItem
            | OutputWebSearchServerToolItem
            | OutputCodeInterpreterServerToolItem
            | OutputFileSearchServerToolItem
            | OutputImageGenerationServerToolItem
            | OutputBrowserUseServerToolItem
            | OutputBashServerToolItem
            | OutputTextEditorServerToolItem
            | OutputApplyPatchServerToolItem
            | OutputWebFetchServerToolItem
            | OutputToolSearchServerToolItem
            | OutputMemoryServerToolItem
            | OutputMcpServerToolItem
            | OutputSearchModelsServerToolItem
            | OutputFusionServerToolItem
            | OutputAdvisorServerToolItem
            | OutputSubagentServerToolItem
            | OutputFilesServerToolItem
            | OutputShellServerToolItem
            | LocalShellCallItem
            | LocalShellCallOutputItem
            | ShellCallItem
            | ShellCallOutputItem
            | McpListToolsItem
            | McpApprovalRequestItem
            | McpApprovalResponseItem
            | McpCallItem
            | CustomToolCallItem
            | CustomToolCallOutputItem
            | CompactionItem
            | ContextCompactionItem
            | ItemReferenceItem
            | AdditionalToolsItem
            | AgentMessageItem
            | Mapping[str, Any]
        ]
        | UnsetType
    ) = UNSET
    instructions: str | None | UnsetType = UNSET
    max_output_tokens: int | None | UnsetType = UNSET
    # Maximum number of server-tool (e.g. `openrouter:web_search`) agent steps the model may...
    max_tool_calls: int | None | UnsetType = UNSET
    metadata: Mapping[str, str] | None | UnsetType = UNSET
    # Output modalities for the response.
    # One of: text, image.
    modalities: Sequence[str] | UnsetType = UNSET
    model: str | UnsetType = UNSET
    models: Sequence[str] | UnsetType = UNSET
    parallel_tool_calls: bool | None | UnsetType = UNSET
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
    presence_penalty: float | None | UnsetType = UNSET
    # Not supported.
    previous_response_id: Any | UnsetType = UNSET
    prompt: StoredPromptTemplate | Mapping[str, Any] | None | UnsetType = UNSET
    prompt_cache_key: str | None | UnsetType = UNSET
    prompt_cache_options: PromptCacheOptions | Mapping[str, Any] | None | UnsetType = UNSET
    provider: ProviderPreferences | Mapping[str, Any] | None | UnsetType = UNSET
    reasoning: ReasoningConfig | Mapping[str, Any] | None | UnsetType = UNSET
    # One of: fallback, sort.
    route: str | None | UnsetType = UNSET
    # Recommended per-end-user identifier for abuse isolation.
    safety_identifier: str | None | UnsetType = UNSET
    # The service tier to use for processing this request.
    # One of: auto, default, fast, flex, priority, scale.
    service_tier: str | None | UnsetType = UNSET
    # A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    session_id: str | UnsetType = UNSET
    stop_server_tools_when: (
        Sequence[StopServerToolsWhenCondition | Mapping[str, Any]] | UnsetType
    ) = UNSET
    # Always "False".
    store: bool | UnsetType = UNSET
    stream: bool | UnsetType = UNSET
    temperature: float | None | UnsetType = UNSET
    text: TextExtendedConfig | Mapping[str, Any] | UnsetType = UNSET
    # One of: auto, none, required.
    tool_choice: (
        str | ToolChoiceAllowed | OpenAIResponsesToolChoice | Mapping[str, Any] | UnsetType
    ) = UNSET
    tools: (
        Sequence[
            ResponsesRequestToolsFunction
            | PreviewWebSearchServerTool
            | Preview20250311WebSearchServerTool
            | LegacyWebSearchServerTool
            | WebSearchServerTool
            | FileSearchServerTool
            | ComputerUseServerTool
            | CodeInterpreterServerTool
            | McpServerTool
            | ImageGenerationServerTool
            | CodexLocalShellTool
            | ShellServerTool
            | ApplyPatchServerTool
            | CustomTool
            | NamespaceTool
            | AdvisorServerToolOpenRouter
            | SubagentServerToolOpenRouter
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | SearchModelsServerToolOpenRouter
            | WebFetchServerTool
            | WebSearchServerToolOpenRouter
            | ApplyPatchServerToolOpenRouter
            | BashServerTool
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | Mapping[str, Any]
        ]
        | UnsetType
    ) = UNSET
    top_k: int | UnsetType = UNSET
    top_logprobs: int | None | UnsetType = UNSET
    top_p: float | None | UnsetType = UNSET
    trace: TraceConfig | Mapping[str, Any] | UnsetType = UNSET
    # One of: auto, disabled.
    truncation: str | None | UnsetType = UNSET
    # A unique identifier representing your end-user, which helps distinguish between...
    user: str | UnsetType = UNSET
    # Opt-in versioned router-level deferred-tool protocol (`profile`, `protocol`, `search`...
    deferred_tools: Mapping[str, Any] | UnsetType = UNSET
    # Stop sequences (up to 4)
    stop: str | Sequence[str] | None | UnsetType = UNSET


class ResponsesRequestParams(TypedDict, total=False):
    """The optional fields of ``ResponsesRequest``, as keyword arguments."""

    background: bool | None
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any]
    debug: ChatDebugOptions | Mapping[str, Any]
    frequency_penalty: float | None
    image_config: Mapping[str, str | float | Sequence[Any]]
    include: Sequence[str] | None
    input: (
        str
        | Sequence[
            ReasoningItem
            | EasyInputMessage
            | InputMessageItem
            | FunctionCallItem
            | FunctionCallOutputItem
            | ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | InputsMessage
            | InputsReasoning
            | OutputFunctionCallItem
            | OutputCustomToolCallItem
            | OutputWebSearchCallItem
            | OutputFileSearchCallItem
            | OutputImageGenerationCallItem
            | OutputCodeInterpreterCallItem
            | OutputComputerCallItem
            | OutputDatetimeItem
            | OutputWebSearchServerToolItem
            | OutputCodeInterpreterServerToolItem
            | OutputFileSearchServerToolItem
            | OutputImageGenerationServerToolItem
            | OutputBrowserUseServerToolItem
            | OutputBashServerToolItem
            | OutputTextEditorServerToolItem
            | OutputApplyPatchServerToolItem
            | OutputWebFetchServerToolItem
            | OutputToolSearchServerToolItem
            | OutputMemoryServerToolItem
            | OutputMcpServerToolItem
            | OutputSearchModelsServerToolItem
            | OutputFusionServerToolItem
            | OutputAdvisorServerToolItem
            | OutputSubagentServerToolItem
            | OutputFilesServerToolItem
            | OutputShellServerToolItem
            | LocalShellCallItem
            | LocalShellCallOutputItem
            | ShellCallItem
            | ShellCallOutputItem
            | McpListToolsItem
            | McpApprovalRequestItem
            | McpApprovalResponseItem
            | McpCallItem
            | CustomToolCallItem
            | CustomToolCallOutputItem
            | CompactionItem
            | ContextCompactionItem
            | ItemReferenceItem
            | AdditionalToolsItem
            | AgentMessageItem
            | Mapping[str, Any]
        ]
    )
    instructions: str | None
    max_output_tokens: int | None
    max_tool_calls: int | None
    metadata: Mapping[str, str] | None
    modalities: Sequence[str]
    model: str
    models: Sequence[str]
    parallel_tool_calls: bool | None
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
    presence_penalty: float | None
    previous_response_id: Any
    prompt: StoredPromptTemplate | Mapping[str, Any] | None
    prompt_cache_key: str | None
    prompt_cache_options: PromptCacheOptions | Mapping[str, Any] | None
    provider: ProviderPreferences | Mapping[str, Any] | None
    reasoning: ReasoningConfig | Mapping[str, Any] | None
    route: str | None
    safety_identifier: str | None
    service_tier: str | None
    session_id: str
    stop_server_tools_when: Sequence[StopServerToolsWhenCondition | Mapping[str, Any]]
    store: bool
    temperature: float | None
    text: TextExtendedConfig | Mapping[str, Any]
    tool_choice: str | ToolChoiceAllowed | OpenAIResponsesToolChoice | Mapping[str, Any]
    tools: Sequence[
        ResponsesRequestToolsFunction
        | PreviewWebSearchServerTool
        | Preview20250311WebSearchServerTool
        | LegacyWebSearchServerTool
        | WebSearchServerTool
        | FileSearchServerTool
        | ComputerUseServerTool
        | CodeInterpreterServerTool
        | McpServerTool
        | ImageGenerationServerTool
        | CodexLocalShellTool
        | ShellServerTool
        | ApplyPatchServerTool
        | CustomTool
        | NamespaceTool
        | AdvisorServerToolOpenRouter
        | SubagentServerToolOpenRouter
        | DatetimeServerTool
        | FilesServerTool
        | FusionServerToolOpenRouter
        | ImageGenerationServerToolOpenRouter
        | SearchModelsServerToolOpenRouter
        | WebFetchServerTool
        | WebSearchServerToolOpenRouter
        | ApplyPatchServerToolOpenRouter
        | BashServerTool
        | ShellServerToolOpenRouter
        | ToolSearchServerTool
        | Mapping[str, Any]
    ]
    top_k: int
    top_logprobs: int | None
    top_p: float | None
    trace: TraceConfig | Mapping[str, Any]
    truncation: str | None
    user: str
    deferred_tools: Mapping[str, Any]
    stop: str | Sequence[str] | None


class ReasoningItem(Model):
    """Reasoning output item with signature and format extensions

    Request-only: encoded, never decoded.
    """

    id: str
    summary: Sequence[ReasoningSummaryText | Mapping[str, Any]]
    # Always "reasoning".
    type: str
    content: Sequence[ReasoningTextContent | Mapping[str, Any]] | None = None
    encrypted_content: str | None = None
    # One of: completed, incomplete, in_progress.
    status: str | None = None
    # One of: unknown, openai-responses-v1, azure-openai-responses-v1, ... (6 more).
    format: str | None = None
    signature: str | None = None


class ReasoningTextContent(Model):
    text: str
    # Always "reasoning_text".
    type: str


class ReasoningSummaryText(Model):
    text: str
    # Always "summary_text".
    type: str


class EasyInputMessage(Model):
    """Request-only: encoded, never decoded."""

    # One of: user, system, assistant, developer.
    role: str
    content: (
        Sequence[InputText | InputImage | InputFile | InputAudio | InputVideo | Mapping[str, Any]]
        | str
        | None
    ) = None
    # The phase of an assistant message.
    # One of: commentary, final_answer.
    phase: str | None = None
    # Always "message".
    type: str | None = None


class InputText(Model):
    """Text input content item"""

    text: str
    # Always "input_text".
    type: str
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None


class InputImage(Model):
    """Image input content item"""

    # One of: auto, high, low, original.
    detail: str
    # Always "input_image".
    type: str
    image_url: str | None = None


class InputFile(Model):
    """File input content item"""

    # Always "input_file".
    type: str
    file_data: str | None = None
    file_id: str | None = None
    file_url: str | None = None
    filename: str | None = None


class InputAudio(Model):
    """Audio input content item"""

    input_audio: InputAudioInputAudio
    # Always "input_audio".
    type: str


class InputAudioInputAudio(Model):
    """The ``InputAudio.input_audio`` object."""

    data: str
    # One of: mp3, wav.
    format: str


class InputVideo(Model):
    """Video input content item

    Request-only: encoded, never decoded.
    """

    # Always "input_video".
    type: str
    # A base64 data URL or remote URL that resolves to a video file
    video_url: str


class InputMessageItem(Model):
    """Request-only: encoded, never decoded."""

    # One of: user, system, developer.
    role: str
    content: (
        Sequence[InputText | InputImage | InputFile | InputAudio | InputVideo | Mapping[str, Any]]
        | None
    ) = None
    id: str | None = None
    # Always "message".
    type: str | None = None


class FunctionCallItem(Model):
    """A function call initiated by the model

    Request-only: encoded, never decoded.
    """

    arguments: str
    call_id: str
    id: str
    name: str
    # Always "function_call".
    type: str
    # Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP...
    namespace: str | None = None
    # One of: in_progress, completed, incomplete.
    status: str | None = None
    # EXPERIMENTAL — subject to change without notice.
    subagent_id: str | None = None
    # EXPERIMENTAL — subject to change without notice.
    subagent_items: Sequence[FunctionCallItemSubagentItems | Mapping[str, Any]] | None = None


class FunctionCallItemSubagentItems(Model):
    """The ``FunctionCallItem.subagent_items`` object.

    Request-only: encoded, never decoded.
    """

    type: str


class FunctionCallOutputItem(Model):
    """The output from a function call execution

    Request-only: encoded, never decoded.
    """

    call_id: str
    output: str | Sequence[InputText | InputImage | InputFile | Mapping[str, Any]]
    # Always "function_call_output".
    type: str
    id: str | None = None
    # One of: in_progress, completed, incomplete.
    status: str | None = None


class ApplyPatchCallItem(Model):
    """A tool call emitted by the model requesting a V4A patch operation."""

    call_id: str
    operation: ApplyPatchCallOperation
    # One of: in_progress, completed.
    status: str
    # Always "apply_patch_call".
    type: str
    id: str | None = None


class ApplyPatchCreateFileOperation(Model):
    """The `create_file` variant of an `apply_patch_call.operation`."""

    diff: str
    path: str
    # Always "create_file".
    type: str


class ApplyPatchUpdateFileOperation(Model):
    """The `update_file` variant of an `apply_patch_call.operation`."""

    diff: str
    path: str
    # Always "update_file".
    type: str


class ApplyPatchDeleteFileOperation(Model):
    """The `delete_file` variant of an `apply_patch_call.operation`."""

    path: str
    # Always "delete_file".
    type: str


class ApplyPatchCallOperation(Model):
    """The patch operation requested by an `apply_patch_call`.

    The union of ApplyPatchCreateFileOperation, ApplyPatchUpdateFileOperation and
    ApplyPatchDeleteFileOperation, merged into one Struct: every field is optional and a field
    the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: create_file, update_file, delete_file.
    type: str
    diff: str | None = None
    path: str | None = None


class ApplyPatchCallOutputItem(Model):
    """The client's echo of an `apply_patch_call` after applying the patch."""

    call_id: str
    # One of: completed, failed.
    status: str
    # Always "apply_patch_call_output".
    type: str
    id: str | None = None
    output: str | None = None


class InputsMessage(Model):
    """An output message item

    Request-only: encoded, never decoded.
    """

    id: str
    # Always "assistant".
    role: str
    # Always "message".
    type: str
    content: (
        Sequence[ResponseOutputText | OpenAIResponsesRefusalContent | Mapping[str, Any]]
        | str
        | None
    ) = None
    # The phase of an assistant message.
    # One of: commentary, final_answer.
    phase: str | None = None
    # One of: completed, incomplete, in_progress.
    status: str | None = None


class ResponseOutputText(Model):
    text: str
    # Always "output_text".
    type: str
    annotations: list[OpenAIResponsesAnnotation] | None = None
    logprobs: list[ResponseOutputTextLogprobs] | None = None


class FileCitation(Model):
    file_id: str
    filename: str
    index: int
    # Always "file_citation".
    type: str


class URLCitation(Model):
    end_index: int
    start_index: int
    title: str
    # Always "url_citation".
    type: str
    url: str
    content: str | None = None


class FilePath(Model):
    file_id: str
    index: int
    # Always "file_path".
    type: str


class OpenAIResponsesAnnotation(Model):
    """The union of FileCitation, URLCitation and FilePath, merged into one Struct: every field
    is optional and a field the variants type differently is ``Any``, so a new variant never
    breaks decoding.
    """

    # One of: file_citation, url_citation, file_path.
    type: str
    file_id: str | None = None
    filename: str | None = None
    index: int | None = None
    content: str | None = None
    end_index: int | None = None
    start_index: int | None = None
    title: str | None = None
    url: str | None = None


class ResponseOutputTextLogprobs(Model):
    """The ``ResponseOutputText.logprobs`` object."""

    bytes_: list[int] = msgspec.field(name="bytes")
    logprob: float
    token: str
    top_logprobs: list[ResponseOutputTextLogprobsTopLogprobs]


class ResponseOutputTextLogprobsTopLogprobs(Model):
    """The ``ResponseOutputTextLogprobs.top_logprobs`` object."""

    bytes_: list[int] = msgspec.field(name="bytes")
    logprob: float
    token: str


class OpenAIResponsesRefusalContent(Model):
    refusal: str
    # Always "refusal".
    type: str


class InputsReasoning(Model):
    """An output item containing reasoning

    Request-only: encoded, never decoded.
    """

    id: str
    # Always "reasoning".
    type: str
    content: Sequence[ReasoningTextContent | Mapping[str, Any]] | None = None
    encrypted_content: str | None = None
    # One of: completed, incomplete, in_progress.
    status: str | None = None
    summary: Sequence[ReasoningSummaryText | Mapping[str, Any]] | None = None
    # One of: unknown, openai-responses-v1, azure-openai-responses-v1, ... (6 more).
    format: str | None = None
    # A signature for the reasoning content, used for verification
    signature: str | None = None


class OutputFunctionCallItem(Model):
    arguments: str
    call_id: str
    name: str
    # Always "function_call".
    type: str
    id: str | None = None
    # Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP...
    namespace: str | None = None
    # One of: completed, incomplete, in_progress.
    status: str | None = None
    # EXPERIMENTAL — subject to change without notice.
    subagent_id: str | None = None
    # EXPERIMENTAL — subject to change without notice.
    subagent_items: list[OutputFunctionCallItemSubagentItems] | None = None


class OutputFunctionCallItemSubagentItems(Model):
    """The ``OutputFunctionCallItem.subagent_items`` object."""

    type: str


class OutputCustomToolCallItem(Model):
    """A call to a custom (freeform-grammar) tool created by the model — distinct from
    `function_call`.
    """

    call_id: str
    input: str
    name: str
    # Always "custom_tool_call".
    type: str
    id: str | None = None
    # Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP...
    namespace: str | None = None


class OutputWebSearchCallItem(Model):
    id: str
    # One of: completed, searching, in_progress, failed.
    status: str
    # Always "web_search_call".
    type: str
    action: OutputWebSearchCallItemAction | None = None


class WebSearchSource(Model):
    # Always "url".
    type: str
    url: str


class OutputWebSearchCallItemAction(Model):
    """The union of 3 inline objects, merged into one Struct: every field is optional and a field
    the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: search, open_page, find_in_page.
    type: str
    queries: list[str] | None = None
    query: str | None = None
    sources: list[WebSearchSource] | None = None
    url: str | None = None
    pattern: str | None = None


class OutputFileSearchCallItem(Model):
    id: str
    queries: list[str]
    # One of: completed, searching, in_progress, failed.
    status: str
    # Always "file_search_call".
    type: str


class OutputImageGenerationCallItem(Model):
    id: str
    # One of: in_progress, completed, generating, failed.
    status: str
    # Always "image_generation_call".
    type: str
    result: str | None = None
    # The prompt (possibly rewritten) that the image was generated from.
    prompt: str | None = None


class OutputCodeInterpreterCallItem(Model):
    """A code interpreter execution call with outputs"""

    id: str
    # One of: in_progress, completed, incomplete, interpreting, failed.
    status: str
    # Always "code_interpreter_call".
    type: str
    code: str | None = None
    container_id: str | None = None
    outputs: list[OutputCodeInterpreterCallItemOutputs] | None = None


class CodeInterpreterLogsOutput(Model):
    logs: str
    # Always "logs".
    type: str


class CodeInterpreterImageOutput(Model):
    # Always "image".
    type: str
    url: str


class CodeInterpreterFileOutput(Model):
    # Always "file".
    type: str
    # Provider-issued download URL for the generated file.
    download_url: str | None = None
    # Provider error code when generating or persisting the file failed; null or absent on...
    error_code: str | None = None
    # When the `download_url` stops working, as an ISO 8601 timestamp.
    expires_at: str | None = None
    filename: str | None = None
    id: str | None = None
    media_type: str | None = None
    sha256: str | None = None
    size_bytes: int | None = None
    # Provider-reported readiness of the generated file (e.g. `ready`).
    status: str | None = None


class OutputCodeInterpreterCallItemOutputs(Model):
    """The union of CodeInterpreterLogsOutput, CodeInterpreterImageOutput and
    CodeInterpreterFileOutput, merged into one Struct: every field is optional and a field the
    variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: logs, image, file.
    type: str
    logs: str | None = None
    url: str | None = None
    # Provider-issued download URL for the generated file.
    download_url: str | None = None
    # Provider error code when generating or persisting the file failed; null or absent on...
    error_code: str | None = None
    # When the `download_url` stops working, as an ISO 8601 timestamp.
    expires_at: str | None = None
    filename: str | None = None
    id: str | None = None
    media_type: str | None = None
    sha256: str | None = None
    size_bytes: int | None = None
    # Provider-reported readiness of the generated file (e.g. `ready`).
    status: str | None = None


class OutputComputerCallItem(Model):
    call_id: str
    pending_safety_checks: list[OutputComputerCallItemPendingSafetyChecks]
    # One of: completed, incomplete, in_progress.
    status: str
    # Always "computer_call".
    type: str
    action: Any | None = None
    id: str | None = None


class OutputComputerCallItemPendingSafetyChecks(Model):
    """The ``OutputComputerCallItem.pending_safety_checks`` object."""

    code: str
    id: str
    message: str


class OutputDatetimeItem(Model):
    """An openrouter:datetime server tool output item"""

    # ISO 8601 datetime string
    datetime: str
    # One of: in_progress, completed, incomplete.
    status: str
    # IANA timezone name
    timezone: str
    # Always "openrouter:datetime".
    type: str
    id: str | None = None


class OutputWebSearchServerToolItem(Model):
    """An openrouter:web_search server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:web_search".
    type: str
    # The search action performed, matching OpenAI web_search_call.action shape.
    action: OutputWebSearchServerToolItemAction | None = None
    id: str | None = None


class OutputWebSearchServerToolItemAction(Model):
    """The search action performed, matching OpenAI web_search_call.action shape."""

    query: str
    # Always "search".
    type: str
    sources: list[OutputWebSearchServerToolItemActionSources] | None = None


class OutputWebSearchServerToolItemActionSources(Model):
    """The ``OutputWebSearchServerToolItemAction.sources`` object."""

    # Always "url".
    type: str
    url: str


class OutputCodeInterpreterServerToolItem(Model):
    """An openrouter:code_interpreter server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:code_interpreter".
    type: str
    code: str | None = None
    exitCode: int | None = None
    id: str | None = None
    language: str | None = None
    stderr: str | None = None
    stdout: str | None = None


class OutputFileSearchServerToolItem(Model):
    """An openrouter:file_search server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:file_search".
    type: str
    id: str | None = None
    queries: list[str] | None = None


class OutputImageGenerationServerToolItem(Model):
    """An openrouter:image_generation server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:image_generation".
    type: str
    id: str | None = None
    imageB64: str | None = None
    imageUrl: str | None = None
    # The prompt (possibly rewritten) that the image was generated from.
    prompt: str | None = None
    # The generated image as a base64-encoded string or URL, matching OpenAI...
    result: str | None = None
    revisedPrompt: str | None = None


class OutputBrowserUseServerToolItem(Model):
    """An openrouter:browser_use server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:browser_use".
    type: str
    action: str | None = None
    id: str | None = None
    screenshotB64: str | None = None


class OutputBashServerToolItem(Model):
    """An openrouter:bash server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:bash".
    type: str
    # The raw tool-call arguments string as emitted by the model.
    arguments: str | None = None
    # The model-generated tool call id from the originating turn.
    call_id: str | None = None
    command: str | None = None
    exitCode: int | None = None
    id: str | None = None
    stderr: str | None = None
    stdout: str | None = None


class OutputTextEditorServerToolItem(Model):
    """An openrouter:text_editor server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:text_editor".
    type: str
    # One of: view, create, str_replace, insert.
    command: str | None = None
    filePath: str | None = None
    id: str | None = None


class OutputApplyPatchServerToolItem(Model):
    """An openrouter:apply_patch server tool output item."""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:apply_patch".
    type: str
    call_id: str | None = None
    id: str | None = None
    operation: ApplyPatchCallOperation | None = None


class OutputWebFetchServerToolItem(Model):
    """An openrouter:web_fetch server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:web_fetch".
    type: str
    content: str | None = None
    # The error message if the fetch failed.
    error: str | None = None
    # The HTTP status code returned by the upstream URL fetch.
    httpStatus: int | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None


class OutputToolSearchServerToolItem(Model):
    """An openrouter:tool_search server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:tool_search".
    type: str
    id: str | None = None
    query: str | None = None


class OutputMemoryServerToolItem(Model):
    """An openrouter:memory server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:memory".
    type: str
    # One of: read, write, delete.
    action: str | None = None
    id: str | None = None
    key: str | None = None
    value: Any | None = None


class OutputMcpServerToolItem(Model):
    """An openrouter:mcp server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:mcp".
    type: str
    id: str | None = None
    serverLabel: str | None = None
    toolName: str | None = None


class OutputSearchModelsServerToolItem(Model):
    """An openrouter:experimental__search_models server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:experimental__search_models".
    type: str
    # The JSON arguments submitted to the search tool (e.g. {"query":"Claude"})
    arguments: str | None = None
    id: str | None = None
    query: str | None = None


class OutputFusionServerToolItem(Model):
    """An openrouter:fusion server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:fusion".
    type: str
    analysis: FusionAnalysisResult | None = None
    # Error message when the fusion run did not produce an analysis result.
    error: str | None = None
    # Models that were requested as part of the analysis panel but did not produce a response.
    failed_models: list[OutputFusionServerToolItemFailedModels] | None = None
    # Typed failure reason when the fusion run failed.
    failure_reason: str | None = None
    id: str | None = None
    # Analysis models that produced a response in this fusion run, with each model's full...
    responses: list[OutputFusionServerToolItemResponses] | None = None
    # Web pages the analysis panels and analyst retrieved via web search during this fusion...
    sources: list[FusionSource] | None = None


class FusionAnalysisResult(Model):
    """Structured analysis produced by the fusion analyst model."""

    blind_spots: list[str]
    consensus: list[str]
    contradictions: list[FusionAnalysisResultContradictions]
    partial_coverage: list[FusionAnalysisResultPartialCoverage]
    unique_insights: list[FusionAnalysisResultUniqueInsights]


class FusionAnalysisResultContradictions(Model):
    """The ``FusionAnalysisResult.contradictions`` object."""

    stances: list[FusionAnalysisResultContradictionsStances]
    topic: str


class FusionAnalysisResultContradictionsStances(Model):
    """The ``FusionAnalysisResultContradictions.stances`` object."""

    model: str
    stance: str


class FusionAnalysisResultPartialCoverage(Model):
    """The ``FusionAnalysisResult.partial_coverage`` object."""

    models: list[str]
    point: str


class FusionAnalysisResultUniqueInsights(Model):
    """The ``FusionAnalysisResult.unique_insights`` object."""

    insight: str
    model: str


class OutputFusionServerToolItemFailedModels(Model):
    """The ``OutputFusionServerToolItem.failed_models`` object."""

    # Error message describing why the model failed.
    error: str
    # Slug of the analysis model that failed.
    model: str
    # HTTP status code from the upstream response, when available (e.g. 402, 429).
    status_code: int | None = None


class OutputFusionServerToolItemResponses(Model):
    """The ``OutputFusionServerToolItem.responses`` object."""

    model: str
    content: str | None = None


class FusionSource(Model):
    """A web page retrieved via web search during a fusion run."""

    # Title of the retrieved web page.
    title: str
    # URL of the web page a panel or the analyst retrieved during the run.
    url: str


class OutputAdvisorServerToolItem(Model):
    """An openrouter:advisor server tool output item"""

    # One of: in_progress, completed, incomplete, failed.
    status: str
    # Always "openrouter:advisor".
    type: str
    # The advisor model's response (the advice text returned to the executor).
    advice: str | None = None
    # Error message when the advisor call did not produce advice.
    error: str | None = None
    id: str | None = None
    # Provider-safe function name of the specific advisor instance that produced this item...
    instance_name: str | None = None
    # Slug of the advisor model that was consulted.
    model: str | None = None
    # The prompt the executor sent to the advisor.
    prompt: str | None = None


class OutputSubagentServerToolItem(Model):
    """An openrouter:subagent server tool output item"""

    # One of: in_progress, completed, incomplete, failed.
    status: str
    # Always "openrouter:subagent".
    type: str
    # EXPERIMENTAL — subject to change without notice.
    call_id: str | None = None
    # Error message when the subagent task did not produce an outcome.
    error: str | None = None
    id: str | None = None
    # Provider-safe function name of the specific subagent instance that produced this item...
    instance_name: str | None = None
    # Slug of the worker model that executed the task.
    model: str | None = None
    # Configured name of the subagent that executed the task (the `name` on its tool entry).
    name: str | None = None
    # The worker model's result (the outcome text returned to the delegating model).
    outcome: str | None = None
    # The task description the delegating model sent to the worker.
    task_description: str | None = None
    # The short task identifier the delegating model supplied.
    task_name: str | None = None


class OutputFilesServerToolItem(Model):
    """An openrouter:files server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:files".
    type: str
    # The raw tool-call arguments string as emitted by the model.
    arguments: str | None = None
    # The model-generated tool call id from the originating turn.
    call_id: str | None = None
    # Error message when the file operation failed.
    error: str | None = None
    # The target file id supplied in the tool-call arguments.
    file_id: str | None = None
    # The target filename supplied in the tool-call arguments.
    filename: str | None = None
    id: str | None = None
    # The file operation performed (list, read, write, or edit).
    operation: str | None = None
    # JSON-serialized result of the file operation.
    result: str | None = None


class OutputShellServerToolItem(Model):
    """An openrouter:shell server tool output item"""

    # One of: in_progress, completed, incomplete.
    status: str
    # Always "openrouter:shell".
    type: str
    action: OutputShellServerToolItemAction | None = None
    # The raw tool-call arguments string as emitted by the model.
    arguments: str | None = None
    # The model-generated tool call id from the originating turn.
    call_id: str | None = None
    id: str | None = None
    output: list[ShellCallOutputContent] | None = None


class OutputShellServerToolItemAction(Model):
    """The ``OutputShellServerToolItem.action`` object."""

    commands: list[str]
    max_output_length: int | None = None
    timeout_ms: int | None = None


class ShellCallOutputContent(Model):
    """Captured stdout and stderr for one command of a shell call, with its exit or timeout
    outcome.
    """

    outcome: ShellCallOutputContentOutcome
    stderr: str
    stdout: str


class ShellCallOutputContentOutcome(Model):
    """The union of 2 inline objects, merged into one Struct: every field is optional and a field
    the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: exit, timeout.
    type: str
    exit_code: int | None = None


class LocalShellCallItem(Model):
    """A local shell command execution call

    Request-only: encoded, never decoded.
    """

    action: LocalShellCallItemAction | Mapping[str, Any]
    call_id: str
    id: str
    # One of: in_progress, completed, incomplete.
    status: str
    # Always "local_shell_call".
    type: str


class LocalShellCallItemAction(Model):
    """The ``LocalShellCallItem.action`` object.

    Request-only: encoded, never decoded.
    """

    command: Sequence[str]
    env: Mapping[str, str]
    # Always "exec".
    type: str
    timeout_ms: int | None = None
    user: str | None = None
    working_directory: str | None = None


class LocalShellCallOutputItem(Model):
    """Output from a local shell command execution

    Request-only: encoded, never decoded.
    """

    id: str
    output: str
    # Always "local_shell_call_output".
    type: str
    # One of: in_progress, completed, incomplete.
    status: str | None = None


class ShellCallItem(Model):
    """A shell command execution call (newer variant)

    Request-only: encoded, never decoded.
    """

    action: ShellCallItemAction | Mapping[str, Any]
    call_id: str
    # Always "shell_call".
    type: str
    # The raw tool-call arguments string as emitted by the model.
    arguments: str | None = None
    environment: Any | None = None
    id: str | None = None
    # One of: in_progress, completed, incomplete.
    status: str | None = None


class ShellCallItemAction(Model):
    """The ``ShellCallItem.action`` object.

    Request-only: encoded, never decoded.
    """

    commands: Sequence[str]
    max_output_length: int | None = None
    timeout_ms: int | None = None


class ShellCallOutputItem(Model):
    """Output from a shell command execution (newer variant)

    Request-only: encoded, never decoded.
    """

    call_id: str
    output: Sequence[ShellCallOutputContent | Mapping[str, Any]]
    # Always "shell_call_output".
    type: str
    id: str | None = None
    max_output_length: int | None = None
    # One of: in_progress, completed, incomplete.
    status: str | None = None


class McpListToolsItem(Model):
    """List of available MCP tools from a server

    Request-only: encoded, never decoded.
    """

    id: str
    server_label: str
    tools: Sequence[McpListToolsItemTools | Mapping[str, Any]]
    # Always "mcp_list_tools".
    type: str
    error: str | None = None


class McpListToolsItemTools(Model):
    """The ``McpListToolsItem.tools`` object.

    Request-only: encoded, never decoded.
    """

    input_schema: Mapping[str, Any]
    name: str
    annotations: Any | None = None
    description: str | None = None


class McpApprovalRequestItem(Model):
    """Request for approval to execute an MCP tool

    Request-only: encoded, never decoded.
    """

    arguments: str
    id: str
    name: str
    server_label: str
    # Always "mcp_approval_request".
    type: str


class McpApprovalResponseItem(Model):
    """User response to an MCP tool approval request

    Request-only: encoded, never decoded.
    """

    approval_request_id: str
    approve: bool
    # Always "mcp_approval_response".
    type: str
    id: str | None = None
    reason: str | None = None


class McpCallItem(Model):
    """An MCP tool call with its output or error

    Request-only: encoded, never decoded.
    """

    arguments: str
    id: str
    name: str
    server_label: str
    # Always "mcp_call".
    type: str
    error: str | None = None
    output: str | None = None


class CustomToolCallItem(Model):
    """A call to a custom (freeform-grammar) tool created by the model — distinct from
    `function_call`.

    Request-only: encoded, never decoded.
    """

    call_id: str
    input: str
    name: str
    # Always "custom_tool_call".
    type: str
    id: str | None = None
    # Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP...
    namespace: str | None = None
    # One of: in_progress, completed, incomplete.
    status: str | None = None


class CustomToolCallOutputItem(Model):
    """The output from a custom (freeform-grammar) tool call execution.

    Request-only: encoded, never decoded.
    """

    call_id: str
    output: str | Sequence[InputText | InputImage | InputFile | Mapping[str, Any]]
    # Always "custom_tool_call_output".
    type: str
    id: str | None = None


class CompactionItem(Model):
    """A context compaction marker with encrypted summary

    Request-only: encoded, never decoded.
    """

    encrypted_content: str
    # Always "compaction".
    type: str
    id: str | None = None


class ContextCompactionItem(Model):
    """A context compaction marker with an optional encrypted summary

    Request-only: encoded, never decoded.
    """

    # Always "context_compaction".
    type: str
    encrypted_content: str | None = None
    id: str | None = None


class ItemReferenceItem(Model):
    """A reference to a previous response item by ID

    Request-only: encoded, never decoded.
    """

    id: str
    # Always "item_reference".
    type: str


class AdditionalToolsItem(Model):
    """Additional tools made available to the model at this point in the input

    Request-only: encoded, never decoded.
    """

    # One of: unknown, user, assistant, system, critic, discriminator, developer, tool.
    role: str
    tools: Sequence[
        AdditionalToolsItemToolsFunction
        | PreviewWebSearchServerTool
        | Preview20250311WebSearchServerTool
        | LegacyWebSearchServerTool
        | WebSearchServerTool
        | FileSearchServerTool
        | ComputerUseServerTool
        | CodeInterpreterServerTool
        | McpServerTool
        | ImageGenerationServerTool
        | CodexLocalShellTool
        | ShellServerTool
        | ApplyPatchServerTool
        | CustomTool
        | NamespaceTool
        | AdvisorServerToolOpenRouter
        | SubagentServerToolOpenRouter
        | DatetimeServerTool
        | FilesServerTool
        | FusionServerToolOpenRouter
        | ImageGenerationServerToolOpenRouter
        | SearchModelsServerToolOpenRouter
        | WebFetchServerTool
        | WebSearchServerToolOpenRouter
        | ApplyPatchServerToolOpenRouter
        | BashServerTool
        | ShellServerToolOpenRouter
        | ToolSearchServerTool
        | AdditionalToolsItemToolsOther
        | Mapping[str, Any]
    ]
    # Always "additional_tools".
    type: str
    id: str | None = None


class AdditionalToolsItemToolsFunction(Model):
    """Function tool definition

    Request-only: encoded, never decoded.
    """

    name: str
    # Always "function".
    type: str
    description: str | None = None
    parameters: Mapping[str, Any] | None = None
    strict: bool | None = None
    # Withhold this tool from the model until `openrouter:tool_search` finds it.
    defer_loading: bool | None = None


class PreviewWebSearchServerTool(Model):
    """Web search preview tool configuration"""

    # Always "web_search_preview".
    type: str
    # One of: native, exa, parallel, firecrawl, perplexity, auto.
    engine: str | None = None
    filters: WebSearchDomainFilter | None = None
    # Maximum number of search results to return per search call.
    max_results: int | None = None
    # Maximum number of web searches the model may perform in a single request.
    max_uses: int | None = None
    # One of: instant, fast, auto, deep-lite, deep, deep-reasoning, turbo, basic, advanced.
    mode: str | None = None
    # One of: low, medium, high.
    search_context_size: str | None = None
    user_location: PreviewWebSearchUserLocation | None = None


class WebSearchDomainFilter(Model):
    allowed_domains: list[str] | None = None
    blocked_domains: list[str] | None = None
    excluded_domains: list[str] | None = None


class PreviewWebSearchUserLocation(Model):
    # Always "approximate".
    type: str
    city: str | None = None
    country: str | None = None
    region: str | None = None
    timezone: str | None = None


class Preview20250311WebSearchServerTool(Model):
    """Web search preview tool configuration (2025-03-11 version)"""

    # Always "web_search_preview_2025_03_11".
    type: str
    # One of: native, exa, parallel, firecrawl, perplexity, auto.
    engine: str | None = None
    filters: WebSearchDomainFilter | None = None
    # Maximum number of search results to return per search call.
    max_results: int | None = None
    # Maximum number of web searches the model may perform in a single request.
    max_uses: int | None = None
    # One of: instant, fast, auto, deep-lite, deep, deep-reasoning, turbo, basic, advanced.
    mode: str | None = None
    # One of: low, medium, high.
    search_context_size: str | None = None
    user_location: PreviewWebSearchUserLocation | None = None


class LegacyWebSearchServerTool(Model):
    """Web search tool configuration"""

    # Always "web_search".
    type: str
    # One of: native, exa, parallel, firecrawl, perplexity, auto.
    engine: str | None = None
    filters: WebSearchDomainFilter | None = None
    # Maximum number of search results to return per search call.
    max_results: int | None = None
    # Maximum number of web searches the model may perform in a single request.
    max_uses: int | None = None
    # One of: instant, fast, auto, deep-lite, deep, deep-reasoning, turbo, basic, advanced.
    mode: str | None = None
    # One of: low, medium, high.
    search_context_size: str | None = None
    user_location: WebSearchUserLocation | None = None


class WebSearchServerTool(Model):
    """Web search tool configuration (2025-08-26 version)"""

    # Always "web_search_2025_08_26".
    type: str
    # One of: native, exa, parallel, firecrawl, perplexity, auto.
    engine: str | None = None
    filters: WebSearchDomainFilter | None = None
    # Maximum number of search results to return per search call.
    max_results: int | None = None
    # Maximum number of web searches the model may perform in a single request.
    max_uses: int | None = None
    # One of: instant, fast, auto, deep-lite, deep, deep-reasoning, turbo, basic, advanced.
    mode: str | None = None
    # One of: low, medium, high.
    search_context_size: str | None = None
    user_location: WebSearchUserLocation | None = None


class FileSearchServerTool(Model):
    """File search tool configuration"""

    # Always "file_search".
    type: str
    vector_store_ids: list[str]
    filters: FileSearchServerToolFilters | None = None
    max_num_results: int | None = None
    ranking_options: FileSearchServerToolRankingOptions | None = None


class CompoundFilter(Model):
    """A compound filter that combines multiple comparison or compound filters"""

    filters: list[dict[str, Any]]
    # One of: and, or.
    type: str


class FileSearchServerToolFilters(Model):
    """The union of CompoundFilter and 1 inline object, merged into one Struct: every field is
    optional and a field the variants type differently is ``Any``, so a new variant never
    breaks decoding.
    """

    # One of: eq, ne, gt, gte, lt, lte, and, or.
    type: str
    key: str | None = None
    value: str | float | bool | list[str | float] | None = None
    filters: list[dict[str, Any]] | None = None


class FileSearchServerToolRankingOptions(Model):
    """The ``FileSearchServerTool.ranking_options`` object."""

    # One of: auto, default-2024-11-15.
    ranker: str | None = None
    score_threshold: float | None = None


class ComputerUseServerTool(Model):
    """Computer use preview tool configuration"""

    display_height: int
    display_width: int
    # One of: windows, mac, linux, ubuntu, browser.
    environment: str
    # Always "computer_use_preview".
    type: str


class CodeInterpreterServerTool(Model):
    """Code interpreter tool configuration"""

    container: str | CodeInterpreterServerToolContainer
    # Always "code_interpreter".
    type: str


class CodeInterpreterServerToolContainer(Model):
    """The ``CodeInterpreterServerTool.container`` object."""

    # Always "auto".
    type: str
    file_ids: list[str] | None = None
    # One of: 1g, 4g, 16g, 64g.
    memory_limit: str | None = None


class McpServerTool(Model):
    """MCP (Model Context Protocol) tool configuration"""

    server_label: str
    # Always "mcp".
    type: str
    allowed_tools: list[str] | McpServerToolAllowedTools | None = None
    authorization: str | None = None
    # One of: connector_dropbox, connector_gmail, connector_googlecalendar, ... (5 more).
    connector_id: str | None = None
    headers: dict[str, str] | None = None
    # One of: always, never.
    require_approval: McpServerToolRequireApproval | str | None = None
    server_description: str | None = None
    server_url: str | None = None


class McpServerToolAllowedTools(Model):
    """The ``McpServerTool.allowed_tools`` object."""

    read_only: bool | None = None
    tool_names: list[str] | None = None


class McpServerToolRequireApproval(Model):
    """The ``McpServerTool.require_approval`` object."""

    always: McpServerToolRequireApprovalAlways | None = None
    never: McpServerToolRequireApprovalNever | None = None


class McpServerToolRequireApprovalAlways(Model):
    """The ``McpServerToolRequireApproval.always`` object."""

    tool_names: list[str] | None = None


class McpServerToolRequireApprovalNever(Model):
    """The ``McpServerToolRequireApproval.never`` object."""

    tool_names: list[str] | None = None


class ImageGenerationServerTool(Model):
    """Image generation tool configuration"""

    # Always "image_generation".
    type: str
    # One of: transparent, opaque, auto.
    background: str | None = None
    # One of: high, low.
    input_fidelity: str | None = None
    input_image_mask: ImageGenerationServerToolInputImageMask | None = None
    model: str | None = None
    # One of: auto, low.
    moderation: str | None = None
    output_compression: int | None = None
    # One of: png, webp, jpeg.
    output_format: str | None = None
    partial_images: int | None = None
    # One of: low, medium, high, auto.
    quality: str | None = None
    size: str | None = None


class ImageGenerationServerToolInputImageMask(Model):
    """The ``ImageGenerationServerTool.input_image_mask`` object."""

    file_id: str | None = None
    image_url: str | None = None


class CodexLocalShellTool(Model):
    """Local shell tool configuration"""

    # Always "local_shell".
    type: str


class ShellServerTool(Model):
    """Shell tool configuration"""

    # Always "shell".
    type: str


class ApplyPatchServerTool(Model):
    """Apply patch tool configuration"""

    # Always "apply_patch".
    type: str


class CustomTool(Model):
    """Custom tool configuration"""

    name: str
    # Always "custom".
    type: str
    description: str | None = None
    format: CustomToolFormat | None = None


class CustomToolFormat(Model):
    """The union of 2 inline objects, merged into one Struct: every field is optional and a field
    the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: text, grammar.
    type: str
    definition: str | None = None
    # One of: lark, regex.
    syntax: str | None = None


class NamespaceTool(Model):
    """Groups function/custom tools under a shared namespace"""

    description: str
    name: str
    tools: list[NamespaceToolTools]
    # Always "namespace".
    type: str


class NamespaceFunctionTool(Model):
    """A function tool grouped inside a namespace tool"""

    name: str
    # Always "function".
    type: str
    # One of: direct, programmatic.
    allowed_callers: list[str] | None = None
    defer_loading: bool | None = None
    description: str | None = None
    output_schema: dict[str, Any] | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


class NamespaceToolTools(Model):
    """The union of NamespaceFunctionTool and CustomTool, merged into one Struct: every field is
    optional and a field the variants type differently is ``Any``, so a new variant never
    breaks decoding.
    """

    # One of: function, custom.
    type: str
    # One of: direct, programmatic.
    allowed_callers: list[str] | None = None
    defer_loading: bool | None = None
    description: str | None = None
    name: str | None = None
    output_schema: dict[str, Any] | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None
    format: CustomToolFormat | None = None


class SearchModelsServerToolOpenRouter(Model):
    """OpenRouter built-in server tool: searches and filters AI models available on OpenRouter

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:experimental__search_models".
    type: str
    parameters: SearchModelsServerToolConfig | Mapping[str, Any] | None = None


class WebSearchServerToolOpenRouter(Model):
    """OpenRouter built-in server tool: searches the web for current information

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:web_search".
    type: str
    parameters: WebSearchServerToolConfig | Mapping[str, Any] | None = None


class WebSearchServerToolConfig(Model):
    """Configuration for the openrouter:web_search server tool

    Request-only: encoded, never decoded.
    """

    # Limit search results to these domains.
    allowed_domains: Sequence[str] | None = None
    # One of: native, exa, parallel, firecrawl, perplexity, auto.
    engine: str | None = None
    # Exclude search results from these domains.
    excluded_domains: Sequence[str] | None = None
    # Exact maximum number of characters of content per search result.
    max_characters: int | None = None
    # Maximum number of search results to return per search call.
    max_results: int | None = None
    # Maximum total number of search results across all search calls in a single request.
    max_total_results: int | None = None
    # Maximum number of web searches the model may perform in a single request.
    max_uses: int | None = None
    # One of: instant, fast, auto, deep-lite, deep, deep-reasoning, turbo, basic, advanced.
    mode: str | None = None
    # One of: low, medium, high.
    search_context_size: str | None = None
    user_location: WebSearchUserLocationServerTool | Mapping[str, Any] | None = None


class ApplyPatchServerToolOpenRouter(Model):
    """OpenRouter built-in server tool: validates V4A diff patches for file operations (create,
    update, delete).

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:apply_patch".
    type: str
    parameters: ApplyPatchServerToolConfig | Mapping[str, Any] | None = None


class ApplyPatchServerToolConfig(Model):
    """Configuration for the openrouter:apply_patch server tool

    Request-only: encoded, never decoded.
    """

    # One of: auto, native, openrouter.
    engine: str | None = None


class AdditionalToolsItemToolsOther(Model):
    """The ``AdditionalToolsItem.tools`` object.

    Request-only: encoded, never decoded.
    """

    type: str


class AgentMessageItem(Model):
    """A message routed between agents in a multi-agent session

    Request-only: encoded, never decoded.
    """

    author: str
    content: Sequence[
        InputText | InputImage | AgentMessageItemContentEncryptedContent | Mapping[str, Any]
    ]
    recipient: str
    # Always "agent_message".
    type: str
    agent: AgentMessageItemAgent | Mapping[str, Any] | None = None
    id: str | None = None


class AgentMessageItemAgent(Model):
    """The ``AgentMessageItem.agent`` object.

    Request-only: encoded, never decoded.
    """

    agent_name: str


class AgentMessageItemContentEncryptedContent(Model):
    """The ``AgentMessageItem.content`` object.

    Request-only: encoded, never decoded.
    """

    encrypted_content: str
    # Always "encrypted_content".
    type: str


class StoredPromptTemplate(Model):
    id: str
    variables: dict[str, str | StoredPromptTemplateVariablesValue] | None = None


class StoredPromptTemplateVariablesValue(Model):
    """The union of InputText, InputImage and InputFile, merged into one Struct: every field is
    optional and a field the variants type differently is ``Any``, so a new variant never
    breaks decoding.
    """

    # One of: input_text, input_image, input_file.
    type: str
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    text: str | None = None
    # One of: auto, high, low, original.
    detail: str | None = None
    image_url: str | None = None
    file_data: str | None = None
    file_id: str | None = None
    file_url: str | None = None
    filename: str | None = None


class ReasoningConfig(Model):
    """Request-only: encoded, never decoded."""

    # One of: auto, all_turns, current_turn.
    context: str | None = None
    # One of: max, xhigh, high, medium, low, minimal, none.
    effort: str | None = None
    # One of: standard, pro.
    mode: str | None = None
    # One of: auto, concise, detailed.
    summary: str | None = None
    enabled: bool | None = None
    max_tokens: int | None = None


class TextExtendedConfig(Model):
    """Text output configuration including format and verbosity"""

    format: Formats | None = None
    # One of: low, medium, high, xhigh, max.
    verbosity: str | None = None


class FormatTextConfig(Model):
    """Plain text response format"""

    # Always "text".
    type: str


class FormatJsonObjectConfig(Model):
    """JSON object response format"""

    # Always "json_object".
    type: str


class FormatJsonSchemaConfig(Model):
    """JSON schema constrained response format"""

    name: str
    schema: dict[str, Any]
    # Always "json_schema".
    type: str
    description: str | None = None
    strict: bool | None = None


class Formats(Model):
    """Text response format configuration

    The union of FormatTextConfig, FormatJsonObjectConfig and FormatJsonSchemaConfig, merged
    into one Struct: every field is optional and a field the variants type differently is
    ``Any``, so a new variant never breaks decoding.
    """

    # One of: text, json_object, json_schema.
    type: str
    description: str | None = None
    name: str | None = None
    schema: dict[str, Any] | None = None
    strict: bool | None = None


class ToolChoiceAllowed(Model):
    """Constrains the model to a pre-defined set of allowed tools"""

    # One of: auto, required.
    mode: str
    tools: list[dict[str, Any]]
    # Always "allowed_tools".
    type: str


class OpenAIResponsesToolChoice(Model):
    """The union of ToolChoiceAllowed and 4 inline objects, merged into one Struct: every field
    is optional and a field the variants type differently is ``Any``, so a new variant never
    breaks decoding.
    """

    # One of: function, web_search_preview_2025_03_11, web_search_preview, ... (3 more).
    type: str
    name: str | None = None
    # One of: auto, required.
    mode: str | None = None
    tools: list[dict[str, Any]] | None = None


class ResponsesRequestToolsFunction(Model):
    """Function tool definition

    Request-only: encoded, never decoded.
    """

    name: str
    # Always "function".
    type: str
    description: str | None = None
    parameters: Mapping[str, Any] | None = None
    strict: bool | None = None
    # Withhold this tool from the model until `openrouter:tool_search` finds it.
    defer_loading: bool | None = None


class OpenResponsesResult(Model):
    """Complete non-streaming response from the Responses API"""

    created_at: int
    id: str
    model: str
    # Always "response".
    object: str
    output: list[OutputItems]
    # One of: completed, incomplete, in_progress, failed, cancelled, queued.
    status: str
    # One of: auto, none, required.
    tool_choice: str | OpenAIResponsesToolChoice
    tools: list[OpenResponsesResultTools]
    background: bool | None = None
    completed_at: int | None = None
    error: ResponsesErrorField | None = None
    frequency_penalty: float | None = None
    incomplete_details: IncompleteDetails | None = None
    instructions: str | list[BaseInputsItem] | None = None
    max_output_tokens: int | None = None
    max_tool_calls: int | None = None
    metadata: dict[str, str] | None = None
    output_text: str | None = None
    parallel_tool_calls: bool = False
    presence_penalty: float | None = None
    previous_response_id: str | None = None
    prompt: StoredPromptTemplate | None = None
    prompt_cache_key: str | None = None
    prompt_cache_options: PromptCacheOptions | None = None
    reasoning: BaseReasoningConfig | None = None
    safety_identifier: str | None = None
    service_tier: str | None = None
    store: bool | None = None
    temperature: float | None = None
    text: TextExtendedConfig | None = None
    top_logprobs: int | None = None
    top_p: float | None = None
    # One of: auto, disabled.
    truncation: str | None = None
    usage: Usage | None = None
    user: str | None = None
    # One of: context_length_exceeded, max_tokens_exceeded, ... (25 more).
    error_type: str | None = None
    openrouter_metadata: OpenRouterMetadata | None = None


class ResponsesErrorField(Model):
    """Error information returned from the API"""

    # One of: server_error, rate_limit_exceeded, invalid_prompt, ... (17 more).
    code: str
    message: str


class IncompleteDetails(Model):
    # One of: max_output_tokens, content_filter.
    reason: str | None = None


class BaseInputsMessageContent(Model):
    """The union of InputText, InputImage, InputFile and InputAudio, merged into one Struct:
    every field is optional and a field the variants type differently is ``Any``, so a new
    variant never breaks decoding.
    """

    # One of: input_text, input_image, input_file, input_audio.
    type: str
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    text: str | None = None
    # One of: auto, high, low, original.
    detail: str | None = None
    image_url: str | None = None
    file_data: str | None = None
    file_id: str | None = None
    file_url: str | None = None
    filename: str | None = None
    input_audio: InputAudioInputAudio | None = None


class OpenAIResponseInputMessageItem(Model):
    content: list[OpenAIResponseInputMessageItemContent]
    id: str
    # One of: user, system, developer.
    role: str
    # Always "message".
    type: str | None = None


class OpenAIResponseInputMessageItemContent(Model):
    """The union of InputText, InputImage, InputFile and InputAudio, merged into one Struct:
    every field is optional and a field the variants type differently is ``Any``, so a new
    variant never breaks decoding.
    """

    # One of: input_text, input_image, input_file, input_audio.
    type: str
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    text: str | None = None
    # One of: auto, high, low, original.
    detail: str | None = None
    image_url: str | None = None
    file_data: str | None = None
    file_id: str | None = None
    file_url: str | None = None
    filename: str | None = None
    input_audio: InputAudioInputAudio | None = None


class OpenAIResponseFunctionToolCallOutput(Model):
    call_id: str
    output: str | list[OpenAIResponseFunctionToolCallOutputOutput]
    # Always "function_call_output".
    type: str
    id: str | None = None
    # One of: in_progress, completed, incomplete.
    status: str | None = None


class OpenAIResponseFunctionToolCallOutputOutput(Model):
    """The union of InputText, InputImage and InputFile, merged into one Struct: every field is
    optional and a field the variants type differently is ``Any``, so a new variant never
    breaks decoding.
    """

    # One of: input_text, input_image, input_file.
    type: str
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    text: str | None = None
    # One of: auto, high, low, original.
    detail: str | None = None
    image_url: str | None = None
    file_data: str | None = None
    file_id: str | None = None
    file_url: str | None = None
    filename: str | None = None


class OpenAIResponseFunctionToolCall(Model):
    arguments: str
    call_id: str
    name: str
    # Always "function_call".
    type: str
    id: str | None = None
    # Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP...
    namespace: str | None = None
    # One of: in_progress, completed, incomplete.
    status: str | None = None
    # EXPERIMENTAL — subject to change without notice.
    subagent_id: str | None = None
    # EXPERIMENTAL — subject to change without notice.
    subagent_items: list[OpenAIResponseFunctionToolCallSubagentItems] | None = None


class OpenAIResponseFunctionToolCallSubagentItems(Model):
    """The ``OpenAIResponseFunctionToolCall.subagent_items`` object."""

    type: str


class OutputItemImageGenerationCall(Model):
    id: str
    # One of: in_progress, completed, generating, failed.
    status: str
    # Always "image_generation_call".
    type: str
    result: str | None = None


class OutputMessage(Model):
    content: list[OutputMessageContent]
    id: str
    # Always "assistant".
    role: str
    # Always "message".
    type: str
    # The phase of an assistant message.
    # One of: commentary, final_answer.
    phase: str | None = None
    # One of: completed, incomplete, in_progress.
    status: str | None = None


class OutputMessageContent(Model):
    """The union of ResponseOutputText and OpenAIResponsesRefusalContent, merged into one Struct:
    every field is optional and a field the variants type differently is ``Any``, so a new
    variant never breaks decoding.
    """

    # One of: output_text, refusal.
    type: str
    annotations: list[OpenAIResponsesAnnotation] | None = None
    logprobs: list[ResponseOutputTextLogprobs] | None = None
    text: str | None = None
    refusal: str | None = None


class OpenAIResponseCustomToolCall(Model):
    call_id: str
    input: str
    name: str
    # Always "custom_tool_call".
    type: str
    id: str | None = None
    # Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP...
    namespace: str | None = None


class OpenAIResponseCustomToolCallOutput(Model):
    call_id: str
    output: str | list[OpenAIResponseCustomToolCallOutputOutput]
    # Always "custom_tool_call_output".
    type: str
    id: str | None = None


class OpenAIResponseCustomToolCallOutputOutput(Model):
    """The union of InputText, InputImage and InputFile, merged into one Struct: every field is
    optional and a field the variants type differently is ``Any``, so a new variant never
    breaks decoding.
    """

    # One of: input_text, input_image, input_file.
    type: str
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    text: str | None = None
    # One of: auto, high, low, original.
    detail: str | None = None
    image_url: str | None = None
    file_data: str | None = None
    file_id: str | None = None
    file_url: str | None = None
    filename: str | None = None


class BaseInputsItem(Model):
    """The union of OpenAIResponseInputMessageItem, OpenAIResponseFunctionToolCallOutput,
    OpenAIResponseFunctionToolCall, OutputItemImageGenerationCall, OutputMessage,
    OpenAIResponseCustomToolCall, OpenAIResponseCustomToolCallOutput, ApplyPatchCallItem,
    ApplyPatchCallOutputItem and 1 inline object, merged into one Struct: every field is
    optional and a field the variants type differently is ``Any``, so a new variant never
    breaks decoding.
    """

    # One of: message, function_call_output, function_call, ... (5 more).
    type: str | None = None
    content: Any | None = None
    # One of: commentary, final_answer.
    phase: str | None = None
    # One of: user, system, assistant, developer.
    role: str | None = None
    id: str | None = None
    call_id: str | None = None
    output: Any | None = None
    # One of: in_progress, completed, incomplete, generating, failed.
    status: str | None = None
    arguments: str | None = None
    name: str | None = None
    # Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP...
    namespace: str | None = None
    # EXPERIMENTAL — subject to change without notice.
    subagent_id: str | None = None
    # EXPERIMENTAL — subject to change without notice.
    subagent_items: list[OpenAIResponseFunctionToolCallSubagentItems] | None = None
    result: str | None = None
    input: str | None = None
    operation: ApplyPatchCallOperation | None = None


class OutputMessageItem(Model):
    """An output message item"""

    content: list[OutputMessageItemContent]
    id: str
    # Always "assistant".
    role: str
    # Always "message".
    type: str
    # The phase of an assistant message.
    # One of: commentary, final_answer.
    phase: str | None = None
    # One of: completed, incomplete, in_progress.
    status: str | None = None


class OutputMessageItemContent(Model):
    """The union of ResponseOutputText and OpenAIResponsesRefusalContent, merged into one Struct:
    every field is optional and a field the variants type differently is ``Any``, so a new
    variant never breaks decoding.
    """

    # One of: output_text, refusal.
    type: str
    annotations: list[OpenAIResponsesAnnotation] | None = None
    logprobs: list[ResponseOutputTextLogprobs] | None = None
    text: str | None = None
    refusal: str | None = None


class OutputReasoningItem(Model):
    """An output item containing reasoning"""

    id: str
    summary: list[ReasoningSummaryText]
    # Always "reasoning".
    type: str
    content: list[ReasoningTextContent] | None = None
    encrypted_content: str | None = None
    # One of: completed, incomplete, in_progress.
    status: str | None = None
    # One of: unknown, openai-responses-v1, azure-openai-responses-v1, ... (6 more).
    format: str | None = None
    # A signature for the reasoning content, used for verification
    signature: str | None = None


class OutputApplyPatchCallItem(Model):
    """A native `apply_patch_call` output item matching OpenAI's Responses API shape."""

    call_id: str
    id: str
    operation: ApplyPatchCallOperation
    # One of: in_progress, completed.
    status: str
    # Always "apply_patch_call".
    type: str


class OutputShellCallItem(Model):
    """A native `shell_call` output item matching OpenAI's Responses API shape."""

    call_id: str
    id: str
    # One of: in_progress, completed, incomplete.
    status: str
    # Always "shell_call".
    type: str
    action: OutputShellCallItemAction | None = None
    # The raw tool-call arguments string as emitted by the model.
    arguments: str | None = None


class OutputShellCallItemAction(Model):
    """The ``OutputShellCallItem.action`` object."""

    commands: list[str]
    max_output_length: int | None = None
    timeout_ms: int | None = None


class OutputShellCallOutputItem(Model):
    """A native `shell_call_output` item matching OpenAI's Responses API shape."""

    call_id: str
    id: str
    output: list[ShellCallOutputContent]
    # One of: in_progress, completed, incomplete.
    status: str
    # Always "shell_call_output".
    type: str
    max_output_length: int | None = None


class OutputItems(Model):
    """An output item from the response

    The union of OutputMessageItem, OutputReasoningItem, OutputFunctionCallItem,
    OutputWebSearchCallItem, OutputFileSearchCallItem, OutputImageGenerationCallItem,
    OutputCodeInterpreterCallItem, OutputComputerCallItem, OutputDatetimeItem,
    OutputWebSearchServerToolItem, OutputCodeInterpreterServerToolItem,
    OutputFileSearchServerToolItem, OutputImageGenerationServerToolItem,
    OutputBrowserUseServerToolItem, OutputBashServerToolItem, OutputTextEditorServerToolItem,
    OutputApplyPatchServerToolItem, OutputApplyPatchCallItem, OutputShellCallItem,
    OutputShellCallOutputItem, OutputShellServerToolItem, OutputWebFetchServerToolItem,
    OutputToolSearchServerToolItem, OutputMemoryServerToolItem, OutputMcpServerToolItem,
    OutputSearchModelsServerToolItem, OutputFusionServerToolItem, OutputAdvisorServerToolItem,
    OutputSubagentServerToolItem, OutputFilesServerToolItem and OutputCustomToolCallItem,
    merged into one Struct: every field is optional and a field the variants type differently
    is ``Any``, so a new variant never breaks decoding.
    """

    # One of: message, reasoning, function_call, web_search_call, ... (27 more).
    type: str
    content: list[ContentPartAddedEventPart] | str | None = None
    id: str | None = None
    # The phase of an assistant message.
    # One of: commentary, final_answer.
    phase: str | None = None
    # Always "assistant".
    role: str | None = None
    # One of: completed, incomplete, in_progress, searching, failed, generating, interpreting.
    status: str | None = None
    encrypted_content: str | None = None
    summary: list[ReasoningSummaryText] | None = None
    # One of: unknown, openai-responses-v1, azure-openai-responses-v1, ... (6 more).
    format: str | None = None
    # A signature for the reasoning content, used for verification
    signature: str | None = None
    arguments: str | None = None
    call_id: str | None = None
    name: str | None = None
    # Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP...
    namespace: str | None = None
    # EXPERIMENTAL — subject to change without notice.
    subagent_id: str | None = None
    # EXPERIMENTAL — subject to change without notice.
    subagent_items: list[OutputFunctionCallItemSubagentItems] | None = None
    # One of: read, write, delete.
    action: Any | None = None
    queries: list[str] | None = None
    result: str | None = None
    # The prompt (possibly rewritten) that the image was generated from.
    prompt: str | None = None
    code: str | None = None
    container_id: str | None = None
    outputs: list[OutputCodeInterpreterCallItemOutputs] | None = None
    pending_safety_checks: list[OutputComputerCallItemPendingSafetyChecks] | None = None
    # ISO 8601 datetime string
    datetime: str | None = None
    # IANA timezone name
    timezone: str | None = None
    exitCode: int | None = None
    language: str | None = None
    stderr: str | None = None
    stdout: str | None = None
    imageB64: str | None = None
    imageUrl: str | None = None
    revisedPrompt: str | None = None
    screenshotB64: str | None = None
    # One of: view, create, str_replace, insert.
    command: str | None = None
    filePath: str | None = None
    operation: ApplyPatchCallOperation | str | None = None
    max_output_length: int | None = None
    output: list[ShellCallOutputContent] | None = None
    # The error message if the fetch failed.
    error: str | None = None
    # The HTTP status code returned by the upstream URL fetch.
    httpStatus: int | None = None
    title: str | None = None
    url: str | None = None
    query: str | None = None
    key: str | None = None
    value: Any | None = None
    serverLabel: str | None = None
    toolName: str | None = None
    analysis: FusionAnalysisResult | None = None
    # Models that were requested as part of the analysis panel but did not produce a response.
    failed_models: list[OutputFusionServerToolItemFailedModels] | None = None
    # Typed failure reason when the fusion run failed.
    failure_reason: str | None = None
    # Analysis models that produced a response in this fusion run, with each model's full...
    responses: list[OutputFusionServerToolItemResponses] | None = None
    # Web pages the analysis panels and analyst retrieved via web search during this fusion...
    sources: list[FusionSource] | None = None
    # The advisor model's response (the advice text returned to the executor).
    advice: str | None = None
    # Provider-safe function name of the specific advisor instance that produced this item...
    instance_name: str | None = None
    # Slug of the advisor model that was consulted.
    model: str | None = None
    # The worker model's result (the outcome text returned to the delegating model).
    outcome: str | None = None
    # The task description the delegating model sent to the worker.
    task_description: str | None = None
    # The short task identifier the delegating model supplied.
    task_name: str | None = None
    # The target file id supplied in the tool-call arguments.
    file_id: str | None = None
    # The target filename supplied in the tool-call arguments.
    filename: str | None = None
    input: str | None = None


class BaseReasoningConfig(Model):
    # One of: auto, all_turns, current_turn.
    context: str | None = None
    # One of: max, xhigh, high, medium, low, minimal, none.
    effort: str | None = None
    # One of: standard, pro.
    mode: str | None = None
    # One of: auto, concise, detailed.
    summary: str | None = None


class OpenResponsesResultTools(Model):
    """The union of PreviewWebSearchServerTool, Preview20250311WebSearchServerTool,
    LegacyWebSearchServerTool, WebSearchServerTool, FileSearchServerTool,
    ComputerUseServerTool, CodeInterpreterServerTool, McpServerTool,
    ImageGenerationServerTool, CodexLocalShellTool, ShellServerTool, ApplyPatchServerTool,
    CustomTool, NamespaceTool and 1 inline object, merged into one Struct: every field is
    optional and a field the variants type differently is ``Any``, so a new variant never
    breaks decoding.
    """

    # One of: function, web_search_preview, web_search_preview_2025_03_11, ... (12 more).
    type: str
    description: str | None = None
    name: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None
    # Withhold this tool from the model until `openrouter:tool_search` finds it.
    defer_loading: bool | None = None
    # One of: native, exa, parallel, firecrawl, perplexity, auto.
    engine: str | None = None
    filters: Any | None = None
    # Maximum number of search results to return per search call.
    max_results: int | None = None
    # Maximum number of web searches the model may perform in a single request.
    max_uses: int | None = None
    # One of: instant, fast, auto, deep-lite, deep, deep-reasoning, turbo, basic, advanced.
    mode: str | None = None
    # One of: low, medium, high.
    search_context_size: str | None = None
    user_location: Any | None = None
    max_num_results: int | None = None
    ranking_options: FileSearchServerToolRankingOptions | None = None
    vector_store_ids: list[str] | None = None
    display_height: int | None = None
    display_width: int | None = None
    # One of: windows, mac, linux, ubuntu, browser.
    environment: str | None = None
    container: str | CodeInterpreterServerToolContainer | None = None
    allowed_tools: list[str] | McpServerToolAllowedTools | None = None
    authorization: str | None = None
    # One of: connector_dropbox, connector_gmail, connector_googlecalendar, ... (5 more).
    connector_id: str | None = None
    headers: dict[str, str] | None = None
    # One of: always, never.
    require_approval: McpServerToolRequireApproval | str | None = None
    server_description: str | None = None
    server_label: str | None = None
    server_url: str | None = None
    # One of: transparent, opaque, auto.
    background: str | None = None
    # One of: high, low.
    input_fidelity: str | None = None
    input_image_mask: ImageGenerationServerToolInputImageMask | None = None
    model: str | None = None
    # One of: auto, low.
    moderation: str | None = None
    output_compression: int | None = None
    # One of: png, webp, jpeg.
    output_format: str | None = None
    partial_images: int | None = None
    # One of: low, medium, high, auto.
    quality: str | None = None
    size: str | None = None
    format: CustomToolFormat | None = None
    tools: list[NamespaceToolTools] | None = None


class Usage(Model):
    input_tokens: int
    input_tokens_details: UsageInputTokensDetails
    output_tokens: int
    output_tokens_details: UsageOutputTokensDetails
    total_tokens: int
    # Cost of the completion
    cost: float | None = None
    cost_details: UsageCostDetails | None = None
    # Whether a request was made using a Bring Your Own Key configuration
    is_byok: bool | None = None
    server_tool_use_details: ServerToolUseDetails | None = None


class UsageInputTokensDetails(Model):
    """The ``Usage.input_tokens_details`` object."""

    cached_tokens: int
    cache_write_tokens: int | None = None


class UsageOutputTokensDetails(Model):
    """The ``Usage.output_tokens_details`` object."""

    reasoning_tokens: int


class UsageCostDetails(Model):
    """The ``Usage.cost_details`` object."""

    upstream_inference_input_cost: float
    upstream_inference_output_cost: float
    upstream_inference_cost: float | None = None


class OpenResponsesCreatedEvent(Model):
    """Event emitted when a response is created"""

    response: OpenResponsesResult
    sequence_number: int
    # Always "response.created".
    type: str


class OpenResponsesInProgressEvent(Model):
    """Event emitted when a response is in progress"""

    response: OpenResponsesResult
    sequence_number: int
    # Always "response.in_progress".
    type: str


class StreamEventsResponseCompleted(Model):
    """Event emitted when a response has completed successfully"""

    response: OpenResponsesResult
    sequence_number: int
    # Always "response.completed".
    type: str


class StreamEventsResponseIncomplete(Model):
    """Event emitted when a response is incomplete"""

    response: OpenResponsesResult
    sequence_number: int
    # Always "response.incomplete".
    type: str


class StreamEventsResponseFailed(Model):
    """Event emitted when a response has failed"""

    response: OpenResponsesResult
    sequence_number: int
    # Always "response.failed".
    type: str


class ErrorEvent(Model):
    """Event emitted when an error occurs during streaming"""

    message: str
    sequence_number: int
    # Always "error".
    type: str
    code: str | None = None
    param: str | None = None


class StreamEventsResponseOutputItemAdded(Model):
    """Event emitted when a new output item is added to the response"""

    item: OutputItems
    output_index: int
    sequence_number: int
    # Always "response.output_item.added".
    type: str


class StreamEventsResponseOutputItemDone(Model):
    """Event emitted when an output item is complete"""

    item: OutputItems
    output_index: int
    sequence_number: int
    # Always "response.output_item.done".
    type: str


class ContentPartAddedEvent(Model):
    """Event emitted when a new content part is added to an output item"""

    content_index: int
    item_id: str
    output_index: int
    part: ContentPartAddedEventPart
    sequence_number: int
    # Always "response.content_part.added".
    type: str


class ContentPartAddedEventPart(Model):
    """The union of ResponseOutputText, ReasoningTextContent and OpenAIResponsesRefusalContent,
    merged into one Struct: every field is optional and a field the variants type differently
    is ``Any``, so a new variant never breaks decoding.
    """

    # One of: output_text, reasoning_text, refusal.
    type: str
    annotations: list[OpenAIResponsesAnnotation] | None = None
    logprobs: list[ResponseOutputTextLogprobs] | None = None
    text: str | None = None
    refusal: str | None = None


class ContentPartDoneEvent(Model):
    """Event emitted when a content part is complete"""

    content_index: int
    item_id: str
    output_index: int
    part: ContentPartDoneEventPart
    sequence_number: int
    # Always "response.content_part.done".
    type: str


class ContentPartDoneEventPart(Model):
    """The union of ResponseOutputText, ReasoningTextContent and OpenAIResponsesRefusalContent,
    merged into one Struct: every field is optional and a field the variants type differently
    is ``Any``, so a new variant never breaks decoding.
    """

    # One of: output_text, reasoning_text, refusal.
    type: str
    annotations: list[OpenAIResponsesAnnotation] | None = None
    logprobs: list[ResponseOutputTextLogprobs] | None = None
    text: str | None = None
    refusal: str | None = None


class TextDeltaEvent(Model):
    """Event emitted when a text delta is streamed"""

    content_index: int
    delta: str
    item_id: str
    logprobs: list[StreamLogprob]
    output_index: int
    sequence_number: int
    # Always "response.output_text.delta".
    type: str


class StreamLogprob(Model):
    """Log probability information for a token"""

    logprob: float
    token: str
    bytes_: list[int] | None = msgspec.field(default=None, name="bytes")
    top_logprobs: list[StreamLogprobTopLogprob] | None = None


class StreamLogprobTopLogprob(Model):
    """Alternative token with its log probability"""

    bytes_: list[int] | None = msgspec.field(default=None, name="bytes")
    logprob: float | None = None
    token: str | None = None


class TextDoneEvent(Model):
    """Event emitted when text streaming is complete"""

    content_index: int
    item_id: str
    logprobs: list[StreamLogprob]
    output_index: int
    sequence_number: int
    text: str
    # Always "response.output_text.done".
    type: str


class RefusalDeltaEvent(Model):
    """Event emitted when a refusal delta is streamed"""

    content_index: int
    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.refusal.delta".
    type: str


class RefusalDoneEvent(Model):
    """Event emitted when refusal streaming is complete"""

    content_index: int
    item_id: str
    output_index: int
    refusal: str
    sequence_number: int
    # Always "response.refusal.done".
    type: str


class AnnotationAddedEvent(Model):
    """Event emitted when a text annotation is added to output"""

    annotation: OpenAIResponsesAnnotation
    annotation_index: int
    content_index: int
    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.output_text.annotation.added".
    type: str


class FunctionCallArgsDeltaEvent(Model):
    """Event emitted when function call arguments are being streamed"""

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.function_call_arguments.delta".
    type: str


class FunctionCallArgsDoneEvent(Model):
    """Event emitted when function call arguments streaming is complete"""

    arguments: str
    item_id: str
    name: str
    output_index: int
    sequence_number: int
    # Always "response.function_call_arguments.done".
    type: str


class ReasoningDeltaEvent(Model):
    """Event emitted when reasoning text delta is streamed"""

    content_index: int
    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.reasoning_text.delta".
    type: str


class ReasoningDoneEvent(Model):
    """Event emitted when reasoning text streaming is complete"""

    content_index: int
    item_id: str
    output_index: int
    sequence_number: int
    text: str
    # Always "response.reasoning_text.done".
    type: str


class ReasoningSummaryPartAddedEvent(Model):
    """Event emitted when a reasoning summary part is added"""

    item_id: str
    output_index: int
    part: ReasoningSummaryText
    sequence_number: int
    summary_index: int
    # Always "response.reasoning_summary_part.added".
    type: str


class ReasoningSummaryPartDoneEvent(Model):
    """Event emitted when a reasoning summary part is complete"""

    item_id: str
    output_index: int
    part: ReasoningSummaryText
    sequence_number: int
    summary_index: int
    # Always "response.reasoning_summary_part.done".
    type: str


class ReasoningSummaryTextDeltaEvent(Model):
    """Event emitted when reasoning summary text delta is streamed"""

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    summary_index: int
    # Always "response.reasoning_summary_text.delta".
    type: str


class ReasoningSummaryTextDoneEvent(Model):
    """Event emitted when reasoning summary text streaming is complete"""

    item_id: str
    output_index: int
    sequence_number: int
    summary_index: int
    text: str
    # Always "response.reasoning_summary_text.done".
    type: str


class ImageGenCallInProgressEvent(Model):
    """Image generation call in progress"""

    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.image_generation_call.in_progress".
    type: str


class ImageGenCallGeneratingEvent(Model):
    """Image generation call is generating"""

    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.image_generation_call.generating".
    type: str


class ImageGenCallPartialImageEvent(Model):
    """Image generation call with partial image"""

    item_id: str
    output_index: int
    partial_image_b64: str
    partial_image_index: int
    sequence_number: int
    # Always "response.image_generation_call.partial_image".
    type: str


class ImageGenCallCompletedEvent(Model):
    """Image generation call completed"""

    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.image_generation_call.completed".
    type: str


class CodeInterpreterCallInProgressEvent(Model):
    """Code interpreter call in progress"""

    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.code_interpreter_call.in_progress".
    type: str


class CodeInterpreterCallInterpretingEvent(Model):
    """Code interpreter is executing the code"""

    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.code_interpreter_call.interpreting".
    type: str


class CodeInterpreterCallCompletedEvent(Model):
    """Code interpreter call completed"""

    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.code_interpreter_call.completed".
    type: str


class CodeInterpreterCallCodeDeltaEvent(Model):
    """Incremental chunk of code being streamed for a `code_interpreter_call`."""

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.code_interpreter_call_code.delta".
    type: str


class CodeInterpreterCallCodeDoneEvent(Model):
    """Emitted when code streaming completes for a `code_interpreter_call`."""

    code: str
    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.code_interpreter_call_code.done".
    type: str


class WebSearchCallInProgressEvent(Model):
    """Web search call in progress"""

    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.web_search_call.in_progress".
    type: str


class WebSearchCallSearchingEvent(Model):
    """Web search call is searching"""

    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.web_search_call.searching".
    type: str


class WebSearchCallCompletedEvent(Model):
    """Web search call completed"""

    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.web_search_call.completed".
    type: str


class CustomToolCallInputDeltaEvent(Model):
    """Event emitted when a custom tool call's freeform input is being streamed."""

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.custom_tool_call_input.delta".
    type: str


class CustomToolCallInputDoneEvent(Model):
    """Event emitted when a custom tool call's freeform input streaming is complete."""

    input: str
    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.custom_tool_call_input.done".
    type: str


class ApplyPatchCallOperationDiffDeltaEvent(Model):
    """Incremental chunk of `operation.diff` for an `apply_patch_call`."""

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.apply_patch_call_operation_diff.delta".
    type: str


class ApplyPatchCallOperationDiffDoneEvent(Model):
    """Emitted when `operation.diff` streaming completes for an `apply_patch_call`."""

    diff: str
    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.apply_patch_call_operation_diff.done".
    type: str


class FusionCallInProgressEvent(Model):
    """Emitted when an openrouter:fusion tool call begins executing."""

    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.fusion_call.in_progress".
    type: str


class FusionCallPanelAddedEvent(Model):
    """Emitted when a fusion analysis-panel model starts."""

    item_id: str
    model: str
    output_index: int
    sequence_number: int
    # Always "response.fusion_call.panel.added".
    type: str


class FusionCallPanelDeltaEvent(Model):
    """Incremental content token from a fusion panel model."""

    delta: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    # Always "response.fusion_call.panel.delta".
    type: str


class FusionCallPanelReasoningDeltaEvent(Model):
    """Incremental reasoning token from a fusion panel model."""

    delta: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    # Always "response.fusion_call.panel.reasoning.delta".
    type: str


class FusionCallPanelCompletedEvent(Model):
    """Emitted when a fusion panel model finishes with its full content."""

    content: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    # Always "response.fusion_call.panel.completed".
    type: str


class FusionCallPanelFailedEvent(Model):
    """Emitted when a fusion panel model fails."""

    error: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    # Always "response.fusion_call.panel.failed".
    type: str
    status_code: int | None = None


class FusionCallAnalysisInProgressEvent(Model):
    """Emitted when the fusion analyst starts producing the structured analysis."""

    # Slug of the model producing the structured analysis.
    analyst_model: str
    item_id: str
    # Deprecated alias of `analyst_model`, kept so existing consumers keep working.
    judge_model: str
    output_index: int
    sequence_number: int
    # Always "response.fusion_call.analysis.in_progress".
    type: str


class FusionCallAnalysisCompletedEvent(Model):
    """Emitted when the fusion analyst completes with the structured analysis."""

    analysis: FusionAnalysisResult
    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.fusion_call.analysis.completed".
    type: str


class FusionCallCompletedEvent(Model):
    """Emitted when the openrouter:fusion tool call finishes."""

    item_id: str
    output_index: int
    sequence_number: int
    # Always "response.fusion_call.completed".
    type: str


class DebugEvent(Model):
    """Debug event emitted when debug.echo_upstream_body is true."""

    debug: DebugEventDebug
    sequence_number: int
    # Always "response.debug".
    type: str


class DebugEventDebug(Model):
    """The ``DebugEvent.debug`` object."""

    echo_upstream_body: dict[str, Any] | None = None
    timings: DebugEventDebugTimings | None = None


class DebugEventDebugTimings(Model):
    """The ``DebugEventDebug.timings`` object."""

    epoch_ms: int
    # One of: adapter_request, upstream_headers_received, first_token_received, ... (1 more).
    event: str
    start_ms: int


# Every responses stream event the spec knows (the API may add more).
ResponsesStreamEvent: TypeAlias = (
    OpenResponsesCreatedEvent
    | OpenResponsesInProgressEvent
    | StreamEventsResponseCompleted
    | StreamEventsResponseIncomplete
    | StreamEventsResponseFailed
    | ErrorEvent
    | StreamEventsResponseOutputItemAdded
    | StreamEventsResponseOutputItemDone
    | ContentPartAddedEvent
    | ContentPartDoneEvent
    | TextDeltaEvent
    | TextDoneEvent
    | RefusalDeltaEvent
    | RefusalDoneEvent
    | AnnotationAddedEvent
    | FunctionCallArgsDeltaEvent
    | FunctionCallArgsDoneEvent
    | ReasoningDeltaEvent
    | ReasoningDoneEvent
    | ReasoningSummaryPartAddedEvent
    | ReasoningSummaryPartDoneEvent
    | ReasoningSummaryTextDeltaEvent
    | ReasoningSummaryTextDoneEvent
    | ImageGenCallInProgressEvent
    | ImageGenCallGeneratingEvent
    | ImageGenCallPartialImageEvent
    | ImageGenCallCompletedEvent
    | CodeInterpreterCallInProgressEvent
    | CodeInterpreterCallInterpretingEvent
    | CodeInterpreterCallCompletedEvent
    | CodeInterpreterCallCodeDeltaEvent
    | CodeInterpreterCallCodeDoneEvent
    | WebSearchCallInProgressEvent
    | WebSearchCallSearchingEvent
    | WebSearchCallCompletedEvent
    | CustomToolCallInputDeltaEvent
    | CustomToolCallInputDoneEvent
    | ApplyPatchCallOperationDiffDeltaEvent
    | ApplyPatchCallOperationDiffDoneEvent
    | FusionCallInProgressEvent
    | FusionCallPanelAddedEvent
    | FusionCallPanelDeltaEvent
    | FusionCallPanelReasoningDeltaEvent
    | FusionCallPanelCompletedEvent
    | FusionCallPanelFailedEvent
    | FusionCallAnalysisInProgressEvent
    | FusionCallAnalysisCompletedEvent
    | FusionCallCompletedEvent
    | DebugEvent
)

# Event ``type`` -> its Struct; a type missing here is an event the spec
# doesn't know yet: pass it through undecoded rather than failing.
RESPONSES_EVENT_TYPES: dict[str, type[Model]] = {
    "response.created": OpenResponsesCreatedEvent,
    "response.in_progress": OpenResponsesInProgressEvent,
    "response.completed": StreamEventsResponseCompleted,
    "response.incomplete": StreamEventsResponseIncomplete,
    "response.failed": StreamEventsResponseFailed,
    "error": ErrorEvent,
    "response.output_item.added": StreamEventsResponseOutputItemAdded,
    "response.output_item.done": StreamEventsResponseOutputItemDone,
    "response.content_part.added": ContentPartAddedEvent,
    "response.content_part.done": ContentPartDoneEvent,
    "response.output_text.delta": TextDeltaEvent,
    "response.output_text.done": TextDoneEvent,
    "response.refusal.delta": RefusalDeltaEvent,
    "response.refusal.done": RefusalDoneEvent,
    "response.output_text.annotation.added": AnnotationAddedEvent,
    "response.function_call_arguments.delta": FunctionCallArgsDeltaEvent,
    "response.function_call_arguments.done": FunctionCallArgsDoneEvent,
    "response.reasoning_text.delta": ReasoningDeltaEvent,
    "response.reasoning_text.done": ReasoningDoneEvent,
    "response.reasoning_summary_part.added": ReasoningSummaryPartAddedEvent,
    "response.reasoning_summary_part.done": ReasoningSummaryPartDoneEvent,
    "response.reasoning_summary_text.delta": ReasoningSummaryTextDeltaEvent,
    "response.reasoning_summary_text.done": ReasoningSummaryTextDoneEvent,
    "response.image_generation_call.in_progress": ImageGenCallInProgressEvent,
    "response.image_generation_call.generating": ImageGenCallGeneratingEvent,
    "response.image_generation_call.partial_image": ImageGenCallPartialImageEvent,
    "response.image_generation_call.completed": ImageGenCallCompletedEvent,
    "response.code_interpreter_call.in_progress": CodeInterpreterCallInProgressEvent,
    "response.code_interpreter_call.interpreting": CodeInterpreterCallInterpretingEvent,
    "response.code_interpreter_call.completed": CodeInterpreterCallCompletedEvent,
    "response.code_interpreter_call_code.delta": CodeInterpreterCallCodeDeltaEvent,
    "response.code_interpreter_call_code.done": CodeInterpreterCallCodeDoneEvent,
    "response.web_search_call.in_progress": WebSearchCallInProgressEvent,
    "response.web_search_call.searching": WebSearchCallSearchingEvent,
    "response.web_search_call.completed": WebSearchCallCompletedEvent,
    "response.custom_tool_call_input.delta": CustomToolCallInputDeltaEvent,
    "response.custom_tool_call_input.done": CustomToolCallInputDoneEvent,
    "response.apply_patch_call_operation_diff.delta": ApplyPatchCallOperationDiffDeltaEvent,
    "response.apply_patch_call_operation_diff.done": ApplyPatchCallOperationDiffDoneEvent,
    "response.fusion_call.in_progress": FusionCallInProgressEvent,
    "response.fusion_call.panel.added": FusionCallPanelAddedEvent,
    "response.fusion_call.panel.delta": FusionCallPanelDeltaEvent,
    "response.fusion_call.panel.reasoning.delta": FusionCallPanelReasoningDeltaEvent,
    "response.fusion_call.panel.completed": FusionCallPanelCompletedEvent,
    "response.fusion_call.panel.failed": FusionCallPanelFailedEvent,
    "response.fusion_call.analysis.in_progress": FusionCallAnalysisInProgressEvent,
    "response.fusion_call.analysis.completed": FusionCallAnalysisCompletedEvent,
    "response.fusion_call.completed": FusionCallCompletedEvent,
    "response.debug": DebugEvent,
}
