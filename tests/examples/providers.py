"""Example: Providers."""

import os

from openrouter_lite import OpenRouter

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    providers = client.providers.list()
    for provider in providers.data:
        print(f"{provider.name} ({provider.slug})")
        print(f"  Privacy Policy: {provider.privacy_policy_url}")
