"""Example: API Keys."""

import os

from openrouter_lite import OpenRouter

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
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
        name="Production API Key", limit=100.0, limit_reset="monthly", include_byok_in_limit=True
    )
    print(f"New key created: {new_key.key}")

    # Update an API key
    updated = client.api_keys.update(
        hash="f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
        name="Updated Key Name",
        limit=150.0,
        disabled=False,
    )

    # Delete an API key
    result = client.api_keys.delete(
        hash="f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"
    )
    print(f"Deleted: {result.deleted}")
