"""Types of the chat API area, generated from the OpenAPI spec.

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
    CostDetails,
    DatetimeServerTool,
    FileParserPlugin,
    FilesServerTool,
    FusionPlugin,
    FusionServerToolOpenRouter,
    ImageGenerationServerToolOpenRouter,
    ModerationPlugin,
    OpenRouterMetadata,
    OpenRouterWebSearchServerTool,
    ParetoRouterPlugin,
    PromptCacheBreakpoint,
    PromptCacheOptions,
    ProviderPreferences,
    ResponseHealingPlugin,
    SearchModelsServerToolConfig,
    ServerToolUseDetails,
    StopServerToolsWhenCondition,
    SubagentServerToolOpenRouter,
    TraceConfig,
    WebFetchPlugin,
    WebFetchServerTool,
    WebSearchConfig,
    WebSearchPlugin,
    WebSearchUserLocationServerTool,
)

__all__ = (
    "ChatRequest",
    "ChatRequestParams",
    "ChatSystemMessage",
    "ChatContentText",
    "ChatContentCacheControl",
    "ChatUserMessage",
    "ChatContentImage",
    "ChatContentImageImageUrl",
    "ChatContentAudio",
    "ChatContentAudioInputAudio",
    "LegacyChatContentVideo",
    "LegacyChatContentVideoInput",
    "ChatContentVideo",
    "ChatContentVideoInput",
    "ChatContentFile",
    "ChatContentFileFile",
    "ChatContentItems",
    "ChatDeveloperMessage",
    "ChatAssistantMessage",
    "ChatAudioOutput",
    "ChatAssistantImagesItem",
    "ChatAssistantImagesItemImageUrl",
    "ReasoningDetailSummary",
    "ReasoningDetailEncrypted",
    "ReasoningDetailText",
    "ReasoningDetailServerToolCall",
    "ReasoningDetailUnion",
    "ChatToolCall",
    "ChatToolCallFunction",
    "ChatToolMessage",
    "ChatMessages",
    "Prediction",
    "PredictionContentText",
    "ChatRequestReasoning",
    "ChatFormatTextConfig",
    "ChatFormatJsonObjectConfig",
    "ChatFormatJsonSchemaConfig",
    "ChatJsonSchemaConfig",
    "ChatFormatGrammarConfig",
    "ChatFormatPythonConfig",
    "ChatStreamOptions",
    "ChatNamedToolChoice",
    "ChatNamedToolChoiceFunction",
    "ChatServerToolChoice",
    "ChatToolChoice",
    "ChatFunctionToolFunction",
    "ChatFunctionDefinition",
    "ChatSearchModelsServerTool",
    "ChatWebSearchShorthand",
    "ChatFunctionTool",
    "ChatResult",
    "ChatChoice",
    "ChatTokenLogprobs",
    "ChatTokenLogprob",
    "ChatTokenLogprobTopLogprobs",
    "ChatUsage",
    "ChatUsageCompletionTokensDetails",
    "ChatUsagePromptTokensDetails",
    "ChatStreamChunk",
    "ChatStreamChoice",
    "ChatStreamDelta",
    "ChatStreamToolCall",
    "ChatStreamToolCallFunction",
    "ChatStreamChunkError",
    "ChatStreamChunkErrorMetadata",
    "ChatResponse",
)


class ChatRequest(Request):
    """Chat completion request parameters"""

    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | UnsetType = UNSET
    debug: ChatDebugOptions | Mapping[str, Any] | UnsetType = UNSET
    # Frequency penalty (-2.0 to 2.0)
    frequency_penalty: float | None | UnsetType = UNSET
    image_config: Mapping[str, str | float | Sequence[Any]] | UnsetType = UNSET
    # Token logit bias adjustments
    logit_bias: Mapping[str, float] | None | UnsetType = UNSET
    # Return log probabilities
    logprobs: bool | None | UnsetType = UNSET
    # Maximum tokens in completion
    max_completion_tokens: int | None | UnsetType = UNSET
    # Maximum tokens (deprecated, use max_completion_tokens).
    max_tokens: int | None | UnsetType = UNSET
    # List of messages for the conversation
    messages: Sequence[ChatMessages | Mapping[str, Any]] | UnsetType = UNSET
    # Key-value pairs for additional object information (max 16 pairs, 64 char keys, 512 char...
    metadata: Mapping[str, str] | UnsetType = UNSET
    # Minimum probability threshold relative to the most likely token.
    min_p: float | None | UnsetType = UNSET
    # Output modalities for the response.
    # One of: text, image, audio.
    modalities: Sequence[str] | UnsetType = UNSET
    model: str | UnsetType = UNSET
    models: Sequence[str] | UnsetType = UNSET
    # Whether to enable parallel function calling during tool use.
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
    prediction: Prediction | Mapping[str, Any] | None | UnsetType = UNSET
    # Presence penalty (-2.0 to 2.0)
    presence_penalty: float | None | UnsetType = UNSET
    prompt_cache_key: str | None | UnsetType = UNSET
    prompt_cache_options: PromptCacheOptions | Mapping[str, Any] | None | UnsetType = UNSET
    provider: ProviderPreferences | Mapping[str, Any] | None | UnsetType = UNSET
    # Configuration options for reasoning models
    reasoning: ChatRequestReasoning | Mapping[str, Any] | UnsetType = UNSET
    # Shorthand for setting reasoning effort.
    # One of: max, xhigh, high, medium, low, minimal, none.
    reasoning_effort: str | None | UnsetType = UNSET
    # Penalizes tokens based on how much they have already appeared in the text.
    repetition_penalty: float | None | UnsetType = UNSET
    # Response format configuration
    response_format: (
        ChatFormatTextConfig
        | ChatFormatJsonObjectConfig
        | ChatFormatJsonSchemaConfig
        | ChatFormatGrammarConfig
        | ChatFormatPythonConfig
        | Mapping[str, Any]
        | UnsetType
    ) = UNSET
    # One of: fallback, sort.
    route: str | None | UnsetType = UNSET
    # Random seed for deterministic outputs
    seed: int | None | UnsetType = UNSET
    # The service tier to use for processing this request.
    # One of: auto, default, fast, flex, priority, scale.
    service_tier: str | None | UnsetType = UNSET
    # A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    session_id: str | UnsetType = UNSET
    # Stop sequences (up to 4)
    stop: str | Sequence[str] | None | UnsetType = UNSET
    stop_server_tools_when: (
        Sequence[StopServerToolsWhenCondition | Mapping[str, Any]] | UnsetType
    ) = UNSET
    # Enable streaming response
    stream: bool | UnsetType = UNSET
    stream_options: ChatStreamOptions | Mapping[str, Any] | None | UnsetType = UNSET
    # Sampling temperature (0-2)
    temperature: float | None | UnsetType = UNSET
    # One of: none, auto, required.
    tool_choice: ChatToolChoice | Mapping[str, Any] | UnsetType = UNSET
    # Available tools for function calling
    tools: Sequence[ChatFunctionTool | Mapping[str, Any]] | UnsetType = UNSET
    # Consider only tokens with "sufficiently high" probabilities based on the probability of...
    top_a: float | None | UnsetType = UNSET
    # Limits the model to choose from the top K most likely tokens at each step.
    top_k: int | None | UnsetType = UNSET
    # Number of top log probabilities to return (0-20)
    top_logprobs: int | None | UnsetType = UNSET
    # Nucleus sampling parameter (0-1)
    top_p: float | None | UnsetType = UNSET
    trace: TraceConfig | Mapping[str, Any] | UnsetType = UNSET
    # Per-end-user identifier for abuse isolation.
    user: str | UnsetType = UNSET
    # Opt-in versioned router-level deferred-tool protocol (`profile`, `protocol`, `search`...
    deferred_tools: Mapping[str, Any] | UnsetType = UNSET


class ChatRequestParams(TypedDict, total=False):
    """The optional fields of ``ChatRequest``, as keyword arguments."""

    cache_control: AnthropicCacheControlDirective | Mapping[str, Any]
    debug: ChatDebugOptions | Mapping[str, Any]
    frequency_penalty: float | None
    image_config: Mapping[str, str | float | Sequence[Any]]
    logit_bias: Mapping[str, float] | None
    logprobs: bool | None
    max_completion_tokens: int | None
    max_tokens: int | None
    metadata: Mapping[str, str]
    min_p: float | None
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
    prediction: Prediction | Mapping[str, Any] | None
    presence_penalty: float | None
    prompt_cache_key: str | None
    prompt_cache_options: PromptCacheOptions | Mapping[str, Any] | None
    provider: ProviderPreferences | Mapping[str, Any] | None
    reasoning: ChatRequestReasoning | Mapping[str, Any]
    reasoning_effort: str | None
    repetition_penalty: float | None
    response_format: (
        ChatFormatTextConfig
        | ChatFormatJsonObjectConfig
        | ChatFormatJsonSchemaConfig
        | ChatFormatGrammarConfig
        | ChatFormatPythonConfig
        | Mapping[str, Any]
    )
    route: str | None
    seed: int | None
    service_tier: str | None
    session_id: str
    stop: str | Sequence[str] | None
    stop_server_tools_when: Sequence[StopServerToolsWhenCondition | Mapping[str, Any]]
    stream_options: ChatStreamOptions | Mapping[str, Any] | None
    temperature: float | None
    tool_choice: ChatToolChoice | Mapping[str, Any]
    tools: Sequence[ChatFunctionTool | Mapping[str, Any]]
    top_a: float | None
    top_k: int | None
    top_logprobs: int | None
    top_p: float | None
    trace: TraceConfig | Mapping[str, Any]
    user: str
    deferred_tools: Mapping[str, Any]


class ChatSystemMessage(Model):
    """System message for setting behavior

    Request-only: encoded, never decoded.
    """

    # System message content
    content: str | Sequence[ChatContentText | Mapping[str, Any]]
    # Always "system".
    role: str
    # Optional name for the system message
    name: str | None = None


class ChatContentText(Model):
    """Text content part"""

    text: str
    # Always "text".
    type: str
    cache_control: ChatContentCacheControl | None = None
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None


class ChatContentCacheControl(Model):
    """Anthropic-style cache breakpoint for the content part."""

    # Always "ephemeral".
    type: str
    # One of: 5m, 1h.
    ttl: str | None = None


class ChatUserMessage(Model):
    """User message

    Request-only: encoded, never decoded.
    """

    # User message content
    content: (
        str
        | Sequence[
            ChatContentText
            | ChatContentImage
            | ChatContentAudio
            | LegacyChatContentVideo
            | ChatContentVideo
            | ChatContentFile
            | ChatContentItems
            | Mapping[str, Any]
        ]
    )
    # Always "user".
    role: str
    # Optional name for the user
    name: str | None = None


class ChatContentImage(Model):
    """Image content part for vision models"""

    image_url: ChatContentImageImageUrl
    # Always "image_url".
    type: str


class ChatContentImageImageUrl(Model):
    """The ``ChatContentImage.image_url`` object."""

    # URL of the image (data: URLs supported)
    url: str
    # Image detail level for vision models.
    # One of: auto, low, high, original.
    detail: str | None = None


class ChatContentAudio(Model):
    """Audio input content part."""

    input_audio: ChatContentAudioInputAudio
    # Always "input_audio".
    type: str


class ChatContentAudioInputAudio(Model):
    """The ``ChatContentAudio.input_audio`` object."""

    # Base64 encoded audio data
    data: str
    # Audio format (e.g., wav, mp3, flac, m4a, ogg, aiff, aac, pcm16, pcm24).
    format: str


class LegacyChatContentVideo(Model):
    """Video input content part (legacy format - deprecated)"""

    # Always "input_video".
    type: str
    video_url: LegacyChatContentVideoInput


class LegacyChatContentVideoInput(Model):
    """Video input object"""

    # URL of the video (data: URLs supported)
    url: str


class ChatContentVideo(Model):
    """Video input content part"""

    # Always "video_url".
    type: str
    video_url: ChatContentVideoInput


class ChatContentVideoInput(Model):
    """Video input object"""

    # URL of the video (data: URLs supported)
    url: str


class ChatContentFile(Model):
    """File content part for document processing"""

    file: ChatContentFileFile
    # Always "file".
    type: str


class ChatContentFileFile(Model):
    """The ``ChatContentFile.file`` object."""

    # File content as base64 data URL or URL
    file_data: str | None = None
    # File ID for previously uploaded files
    file_id: str | None = None
    # Original filename
    filename: str | None = None


class ChatContentItems(Model):
    """Content part for chat completion messages

    The union of ChatContentText, ChatContentImage, ChatContentAudio, LegacyChatContentVideo,
    ChatContentVideo and ChatContentFile, merged into one Struct: every field is optional and
    a field the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: text, image_url, input_audio, input_video, video_url, file.
    type: str
    cache_control: ChatContentCacheControl | None = None
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    text: str | None = None
    image_url: ChatContentImageImageUrl | None = None
    input_audio: ChatContentAudioInputAudio | None = None
    video_url: LegacyChatContentVideoInput | None = None
    file: ChatContentFileFile | None = None


class ChatDeveloperMessage(Model):
    """Developer message

    Request-only: encoded, never decoded.
    """

    # Developer message content
    content: str | Sequence[ChatContentText | Mapping[str, Any]]
    # Always "developer".
    role: str
    # Optional name for the developer message
    name: str | None = None


class ChatAssistantMessage(Model):
    """Assistant message for requests and responses"""

    # Always "assistant".
    role: str
    audio: ChatAudioOutput | None = None
    # Assistant message content
    content: str | list[ChatContentItems] | None = None
    images: list[ChatAssistantImagesItem] | None = None
    # Model that generated this assistant message
    model: str | None = None
    # Optional name for the assistant
    name: str | None = None
    # Reasoning output
    reasoning: str | None = None
    reasoning_details: list[ReasoningDetailUnion] | None = None
    # Refusal message if content was refused
    refusal: str | None = None
    # Tool calls made by the assistant
    tool_calls: list[ChatToolCall] | None = None


class ChatAudioOutput(Model):
    """Audio output data or reference"""

    # Base64 encoded audio data
    data: str | None = None
    # Audio expiration timestamp
    expires_at: int | None = None
    # Audio output identifier
    id: str | None = None
    # Audio transcript
    transcript: str | None = None


class ChatAssistantImagesItem(Model):
    image_url: ChatAssistantImagesItemImageUrl


class ChatAssistantImagesItemImageUrl(Model):
    """The ``ChatAssistantImagesItem.image_url`` object."""

    # URL or base64-encoded data of the generated image
    url: str


class ReasoningDetailSummary(Model):
    """Reasoning detail summary schema"""

    summary: str
    # Always "reasoning.summary".
    type: str
    # One of: unknown, openai-responses-v1, azure-openai-responses-v1, ... (6 more).
    format: str | None = None
    id: str | None = None
    index: int | None = None


class ReasoningDetailEncrypted(Model):
    """Reasoning detail encrypted schema"""

    data: str
    # Always "reasoning.encrypted".
    type: str
    # One of: unknown, openai-responses-v1, azure-openai-responses-v1, ... (6 more).
    format: str | None = None
    id: str | None = None
    index: int | None = None


class ReasoningDetailText(Model):
    """Reasoning detail text schema"""

    # Always "reasoning.text".
    type: str
    # One of: unknown, openai-responses-v1, azure-openai-responses-v1, ... (6 more).
    format: str | None = None
    id: str | None = None
    index: int | None = None
    signature: str | None = None
    text: str | None = None


class ReasoningDetailServerToolCall(Model):
    """Record of an OpenRouter server-tool invocation (e.g. openrouter:fusion), carried in
    reasoning_details so a prior tool call can be rehydrated into a later turn of the same
    conversation.
    """

    arguments: str
    result: str
    tool_name: str
    # Always "reasoning.server_tool_call".
    type: str
    # One of: unknown, openai-responses-v1, azure-openai-responses-v1, ... (6 more).
    format: str | None = None
    id: str | None = None
    index: int | None = None
    tool_call_id: str | None = None


class ReasoningDetailUnion(Model):
    """Reasoning detail union schema

    The union of ReasoningDetailSummary, ReasoningDetailEncrypted, ReasoningDetailText and
    ReasoningDetailServerToolCall, merged into one Struct: every field is optional and a field
    the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: reasoning.summary, reasoning.encrypted, reasoning.text, ... (1 more).
    type: str
    # One of: unknown, openai-responses-v1, azure-openai-responses-v1, ... (6 more).
    format: str | None = None
    id: str | None = None
    index: int | None = None
    summary: str | None = None
    data: str | None = None
    signature: str | None = None
    text: str | None = None
    arguments: str | None = None
    result: str | None = None
    tool_call_id: str | None = None
    tool_name: str | None = None


class ChatToolCall(Model):
    """Tool call made by the assistant"""

    function: ChatToolCallFunction
    # Tool call identifier
    id: str
    # Always "function".
    type: str


class ChatToolCallFunction(Model):
    """The ``ChatToolCall.function`` object."""

    # Function arguments as JSON string
    arguments: str
    # Function name to call
    name: str


class ChatToolMessage(Model):
    """Tool response message

    Request-only: encoded, never decoded.
    """

    # Tool response content
    content: (
        str
        | Sequence[
            ChatContentText
            | ChatContentImage
            | ChatContentAudio
            | LegacyChatContentVideo
            | ChatContentVideo
            | ChatContentFile
            | ChatContentItems
            | Mapping[str, Any]
        ]
    )
    # Always "tool".
    role: str
    # ID of the assistant message tool call this message responds to
    tool_call_id: str


class Prediction(Model):
    """Static predicted output content.

    Request-only: encoded, never decoded.
    """

    content: str | Sequence[PredictionContentText | Mapping[str, Any]]
    # Always "content".
    type: str


class PredictionContentText(Model):
    """Text content part for a predicted output.

    Request-only: encoded, never decoded.
    """

    text: str
    # Always "text".
    type: str


class ChatRequestReasoning(Model):
    """Configuration options for reasoning models

    Request-only: encoded, never decoded.
    """

    # Constrains effort on reasoning for reasoning models
    # One of: max, xhigh, high, medium, low, minimal, none.
    effort: str | None = None
    # One of: auto, concise, detailed.
    summary: str | None = None


class ChatFormatTextConfig(Model):
    """Default text response format

    Request-only: encoded, never decoded.
    """

    # Always "text".
    type: str


class ChatFormatJsonObjectConfig(Model):
    """JSON object response format

    Request-only: encoded, never decoded.
    """

    # Always "json_object".
    type: str


class ChatFormatJsonSchemaConfig(Model):
    """JSON Schema response format for structured outputs

    Request-only: encoded, never decoded.
    """

    json_schema: ChatJsonSchemaConfig | Mapping[str, Any]
    # Always "json_schema".
    type: str


class ChatJsonSchemaConfig(Model):
    """JSON Schema configuration object

    Request-only: encoded, never decoded.
    """

    # Schema name (a-z, A-Z, 0-9, underscores, dashes, max 64 chars)
    name: str
    # Schema description for the model
    description: str | None = None
    # JSON Schema object
    schema: Mapping[str, Any] | None = None
    # Enable strict schema adherence
    strict: bool | None = None


class ChatFormatGrammarConfig(Model):
    """Custom grammar response format

    Request-only: encoded, never decoded.
    """

    # Custom grammar for text generation
    grammar: str
    # Always "grammar".
    type: str


class ChatFormatPythonConfig(Model):
    """Python code response format

    Request-only: encoded, never decoded.
    """

    # Always "python".
    type: str


class ChatStreamOptions(Model):
    """Streaming configuration options

    Request-only: encoded, never decoded.
    """

    # Deprecated: This field has no effect.
    include_usage: bool | None = None


class ChatNamedToolChoice(Model):
    """Named tool choice for specific function

    Request-only: encoded, never decoded.
    """

    function: ChatNamedToolChoiceFunction | Mapping[str, Any]
    # Always "function".
    type: str


class ChatNamedToolChoiceFunction(Model):
    """The ``ChatNamedToolChoice.function`` object.

    Request-only: encoded, never decoded.
    """

    # Function name to call
    name: str


class ChatServerToolChoice(Model):
    """OpenRouter extension: force a specific server tool by naming it directly in
    `tool_choice.type` instead of wrapping it in `{ type: "function", function: { name } }`.

    Request-only: encoded, never decoded.
    """

    # OpenRouter server-tool type to force (e.g. `openrouter:web_search`, `web_search`...
    type: str


class ChatFunctionToolFunction(Model):
    """Request-only: encoded, never decoded."""

    # Function definition for tool calling
    function: ChatFunctionDefinition | Mapping[str, Any]
    # Always "function".
    type: str
    cache_control: ChatContentCacheControl | Mapping[str, Any] | None = None


class ChatFunctionDefinition(Model):
    """Function definition for tool calling

    Request-only: encoded, never decoded.
    """

    # Function name (a-z, A-Z, 0-9, underscores, dashes, max 64 chars)
    name: str
    # Function description for the model
    description: str | None = None
    # Function parameters as JSON Schema object
    parameters: Mapping[str, Any] | None = None
    # Enable strict schema adherence
    strict: bool | None = None


class ChatSearchModelsServerTool(Model):
    """OpenRouter built-in server tool: searches and filters AI models available on OpenRouter

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:experimental__search_models".
    type: str
    parameters: SearchModelsServerToolConfig | Mapping[str, Any] | None = None


class ChatWebSearchShorthand(Model):
    """Web search tool using OpenAI Responses API syntax.

    Request-only: encoded, never decoded.
    """

    # One of: web_search, web_search_preview, web_search_preview_2025_03_11, ... (1 more).
    type: str
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
    parameters: WebSearchConfig | Mapping[str, Any] | None = None
    # One of: low, medium, high.
    search_context_size: str | None = None
    user_location: WebSearchUserLocationServerTool | Mapping[str, Any] | None = None


class ChatResult(Model):
    """Chat completion response"""

    # List of completion choices
    choices: list[ChatChoice]
    # Unix timestamp of creation
    created: int
    # Unique completion identifier
    id: str
    # Model used for completion
    model: str
    # Always "chat.completion".
    object: str
    openrouter_metadata: OpenRouterMetadata | None = None
    # The service tier used by the upstream provider for this request
    service_tier: str | None = None
    # System fingerprint
    system_fingerprint: str | None = None
    usage: ChatUsage | None = None
    # The provider that served the request
    provider: str | None = None


class ChatChoice(Model):
    """Chat completion choice"""

    # Choice index
    index: int
    message: ChatAssistantMessage
    # One of: tool_calls, stop, length, content_filter, error.
    finish_reason: str | None = None
    logprobs: ChatTokenLogprobs | None = None
    # The provider's own finish reason
    native_finish_reason: str | None = None


class ChatTokenLogprobs(Model):
    """Log probabilities for the completion"""

    # Log probabilities for content tokens
    content: list[ChatTokenLogprob] | None = None
    # Log probabilities for refusal tokens
    refusal: list[ChatTokenLogprob] | None = None


class ChatTokenLogprob(Model):
    """Token log probability information"""

    # Log probability of the token
    logprob: float
    # The token
    token: str
    # Top alternative tokens with probabilities
    top_logprobs: list[ChatTokenLogprobTopLogprobs]
    # UTF-8 bytes of the token
    bytes_: list[int] | None = msgspec.field(default=None, name="bytes")


class ChatTokenLogprobTopLogprobs(Model):
    """The ``ChatTokenLogprob.top_logprobs`` object."""

    logprob: float
    token: str
    bytes_: list[int] | None = msgspec.field(default=None, name="bytes")


class ChatUsage(Model):
    """Token usage statistics"""

    # Number of tokens in the completion
    completion_tokens: int
    # Number of tokens in the prompt
    prompt_tokens: int
    # Total number of tokens
    total_tokens: int
    # Detailed completion token usage
    completion_tokens_details: ChatUsageCompletionTokensDetails | None = None
    # Cost of the completion
    cost: float | None = None
    cost_details: CostDetails | None = None
    # Whether a request was made using a Bring Your Own Key configuration
    is_byok: bool | None = None
    # Detailed prompt token usage
    prompt_tokens_details: ChatUsagePromptTokensDetails | None = None
    server_tool_use_details: ServerToolUseDetails | None = None


class ChatUsageCompletionTokensDetails(Model):
    """Detailed completion token usage"""

    # Accepted prediction tokens
    accepted_prediction_tokens: int | None = None
    # Tokens used for audio output
    audio_tokens: int | None = None
    # Tokens used for reasoning
    reasoning_tokens: int | None = None
    # Rejected prediction tokens
    rejected_prediction_tokens: int | None = None


class ChatUsagePromptTokensDetails(Model):
    """Detailed prompt token usage"""

    # Audio input tokens
    audio_tokens: int | None = None
    # Tokens written to cache.
    cache_write_tokens: int | None = None
    # Cached prompt tokens
    cached_tokens: int | None = None
    # Video input tokens
    video_tokens: int | None = None


class ChatStreamChunk(Model):
    """Streaming chat completion chunk"""

    # List of streaming chunk choices
    choices: list[ChatStreamChoice]
    # Unix timestamp of creation
    created: int
    # Unique chunk identifier
    id: str
    # Model used for completion
    model: str
    # Always "chat.completion.chunk".
    object: str
    # Error information
    error: ChatStreamChunkError | None = None
    openrouter_metadata: OpenRouterMetadata | None = None
    # The service tier used by the upstream provider for this request
    service_tier: str | None = None
    # System fingerprint
    system_fingerprint: str | None = None
    usage: ChatUsage | None = None
    # The provider that served the request
    provider: str | None = None


class ChatStreamChoice(Model):
    """Streaming completion choice chunk"""

    delta: ChatStreamDelta
    # Choice index
    index: int
    # One of: tool_calls, stop, length, content_filter, error.
    finish_reason: str | None = None
    logprobs: ChatTokenLogprobs | None = None
    # The provider's own finish reason
    native_finish_reason: str | None = None


class ChatStreamDelta(Model):
    """Delta changes in streaming response"""

    # Audio output data
    audio: ChatAudioOutput | None = None
    # Message content delta
    content: str | None = None
    # Reasoning content delta
    reasoning: str | None = None
    reasoning_details: list[ReasoningDetailUnion] | None = None
    # Refusal message delta
    refusal: str | None = None
    # The role of the message author
    # Always "assistant".
    role: str | None = None
    # Tool calls delta
    tool_calls: list[ChatStreamToolCall] | None = None
    images: list[ChatAssistantImagesItem] | None = None


class ChatStreamToolCall(Model):
    """Tool call delta for streaming responses"""

    # Tool call index in the array
    index: int
    # Function call details
    function: ChatStreamToolCallFunction | None = None
    # Tool call identifier
    id: str | None = None
    # Tool call type
    # Always "function".
    type: str | None = None


class ChatStreamToolCallFunction(Model):
    """Function call details"""

    # Function arguments as JSON string
    arguments: str | None = None
    # Function name
    name: str | None = None


class ChatStreamChunkError(Model):
    """Error information"""

    # Error code
    code: int
    # Error message
    message: str
    # Structured error metadata
    metadata: ChatStreamChunkErrorMetadata | None = None


class ChatStreamChunkErrorMetadata(Model):
    """Structured error metadata"""

    # One of: context_length_exceeded, max_tokens_exceeded, ... (25 more).
    error_type: str
    # Upstream provider-specific error code, when available
    provider_code: str | None = None


# Chat completion message with role-based discrimination
ChatMessages: TypeAlias = (
    ChatSystemMessage
    | ChatUserMessage
    | ChatDeveloperMessage
    | ChatAssistantMessage
    | ChatToolMessage
)


# Tool choice configuration
ChatToolChoice: TypeAlias = str | ChatNamedToolChoice | ChatServerToolChoice


# Tool definition for function calling (regular function or OpenRouter built-in server tool)
ChatFunctionTool: TypeAlias = (
    ChatFunctionToolFunction
    | AdvisorServerToolOpenRouter
    | BashServerTool
    | DatetimeServerTool
    | FilesServerTool
    | FusionServerToolOpenRouter
    | ImageGenerationServerToolOpenRouter
    | ChatSearchModelsServerTool
    | SubagentServerToolOpenRouter
    | WebFetchServerTool
    | OpenRouterWebSearchServerTool
    | ChatWebSearchShorthand
)


# Alias of ``ChatResult``.
ChatResponse: TypeAlias = ChatResult
