"""Example: Analytics."""

import os

from openrouter_lite import OpenRouter

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
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
