"""What the spec does not say about the resource layer: the one table ``gen_resources`` reads.

Everything else (paths, methods, parameters, bodies, responses, names where the spec carries
``x-speakeasy-name-override``, docstrings) comes from the spec itself.
"""

from __future__ import annotations

# operationId -> why it is written by hand (its area's module subclasses the generated class).
HAND_WRITTEN = {
    "sendChatCompletionRequest": "streams; the hot path",
    "createCompletions": "streams",
    "createMessages": "streams",
    "createResponses": "streams",
    "createPresetsChatCompletions": "streams",
    "createPresetsMessages": "streams",
    "createPresetsResponses": "streams",
    "createImages": "streams",
    "createApiAlphaDecisions": "nested resource under the server root",
    "createAudioSpeech": "binary answer, streams",
    "createAudioTranscriptions": "multipart upload",
    "createEmbeddings": "base64 decoding, generate_many",
    "uploadFile": "multipart upload",
    "downloadFileContent": "binary answer",
    "downloadContainerFileContent": "binary answer",
    "listVideosContent": "binary answer",
    "createBatches": "retries a 429 only: a 5xx could queue the batch twice",
    "listBatches": "date filters and one-or-many status",
    "createOauthToken": "form-encoded body",
    "createCoinbaseCharge": "retired: answers 410; body typed by hand",
    "createRerank": "the official SDK's accept_header_override",
}

# operationId -> method name, for the operations of the extra fragment whose official name is
# not their operationId in snake_case (the upstream spec carries ``x-speakeasy-name-override``).
NAMES = {
    "deleteBatch": "delete",
    "listExternalUsers": "list",
    "createExternalUser": "create",
    "getExternalUser": "get",
    "updateExternalUser": "update",
    "deleteExternalUser": "delete",
    "getOrganizationSettings": "get_settings",
    "updateOrganizationSettings": "update_settings",
    "listPrivateEndpoints": "list",
    "createPrivateEndpoint": "create",
    "getPrivateEndpoint": "get",
    "updatePrivateEndpoint": "update",
    "deletePrivateEndpoint": "delete",
    "activatePrivateEndpoint": "activate",
    "disablePrivateEndpoint": "disable",
    "enablePrivateEndpoint": "enable",
    "updatePrivateEndpointPricing": "update_pricing",
    "validatePrivateEndpoint": "validate",
    "createScimSyncJob": "create_sync_job",
    "getScimSyncJob": "get_sync_job",
    "createSystemone": "create",
}

# operationId -> (page class, advance function of ``openrouter_lite._pagination``). A list
# operation named here returns a page whose ``next()`` fetches the following one.
PAGES = {
    "list": ("ApiKeysPage", "offset_advance"),
    "listBYOKKeys": ("ByokPage", "offset_advance"),
    "getAppRankings": ("AppRankingsPage", "offset_advance"),
    "getSessionCost": ("SessionCostPage", "offset_advance"),
    "listFiles": ("FilesPage", "files_advance"),
    "listGuardrails": ("GuardrailsPage", "offset_advance"),
    "listGuardrailKeyAssignments": ("KeyAssignmentsPage", "offset_advance"),
    "listKeyAssignments": ("KeyAssignmentsPage", "offset_advance"),
    "listGuardrailMemberAssignments": ("MemberAssignmentsPage", "offset_advance"),
    "listMemberAssignments": ("MemberAssignmentsPage", "offset_advance"),
    "getModels": ("ModelsPage", "offset_advance"),
    "listModelsUser": ("ModelsPage", "offset_advance"),
    "listObservabilityDestinations": ("ObservabilityDestinationsPage", "offset_advance"),
    "listOrganizationMembers": ("OrganizationMembersPage", "offset_advance"),
    "listPresets": ("PresetsPage", "offset_advance"),
    "listPresetVersions": ("PresetVersionsPage", "offset_advance"),
    "listScimGroupMappings": ("ScimGroupMappingsPage", "offset_advance"),
    "listScimGroups": ("ScimGroupsPage", "offset_advance"),
    "listWorkspaces": ("WorkspacesPage", "offset_advance"),
    "listWorkspaceMembers": ("WorkspaceMembersPage", "offset_advance"),
    "listContainerFiles": ("ContainerFilesPage", "cursor_advance"),
    "listExternalUsers": ("ExternalUsersPage", "offset_advance"),
    "listTools": ("ToolsPage", "offset_advance"),
    "listInternEffectiveVaultSecrets": ("VaultEffectiveSecretsPage", "offset_while_has_more"),
    "listInternVaultSecrets": ("VaultSecretsPage", "offset_while_has_more"),
    "listVaultSecrets": ("VaultSecretsPage", "offset_while_has_more"),
}

# operationId -> a sentence the docstring adds to the spec's (behaviour of this client).
NOTES = {
    "createPrivateEndpoint": (
        "`idempotency_key` (sent as `Idempotency-Key`) makes a retried create return the first "
        "one's endpoint."
    ),
    "getUserActivity": (
        "`request`: the same query fields as one mapping, like the official SDK's `request=`."
    ),
}

# operationId -> {wire name: Python name} where the official SDK names a parameter its own way
# (its budget operations say `workspace_ref` for the spec's `{id}`).
PARAM_NAMES = {
    op: {"id": "workspace_ref"}
    for op in (
        "listWorkspaceBudgets",
        "getWorkspaceBudget",
        "deleteWorkspaceBudget",
        "upsertWorkspaceBudget",
    )
}
