"""Example: Guardrails."""

import os

from openrouter_lite import OpenRouter

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
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
        enforce_zdr=True,
    )
    guardrail_id = new_guardrail.data.id

    # Assign keys to guardrail
    client.guardrails.bulk_assign_keys(
        id=guardrail_id,
        key_hashes=["c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"],
    )

    # Assign members to guardrail
    client.guardrails.bulk_assign_members(
        id=guardrail_id, member_user_ids=["user_abc123", "user_def456"]
    )

    # Update guardrail
    client.guardrails.update(id=guardrail_id, limit_usd=150.0, name="Updated Production Guardrail")

    # Delete guardrail
    client.guardrails.delete(id=guardrail_id)
