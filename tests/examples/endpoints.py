"""Example: Endpoints."""

import os

from openrouter_lite import OpenRouter

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    # List endpoints for a specific model
    endpoints = client.endpoints.list(author="openai", slug="gpt-4")
    print(f"Model: {endpoints.data.name}")
    for endpoint in endpoints.data.endpoints:
        print(f"  {endpoint.provider_name}:")
        print(f"    Context: {endpoint.context_length}")
        print(f"    Uptime (30m): {endpoint.uptime_last_30m}%")
        print(f"    Latency p50: {endpoint.latency_last_30m.p50}ms")

    # Preview ZDR impact on endpoints
    zdr_endpoints = client.endpoints.list_zdr_endpoints()
    print(f"ZDR-compatible endpoints: {len(zdr_endpoints.data)}")
