"""Example: Models."""

import os

from openrouter_lite import OpenRouter, operations

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    # List all models
    models = client.models.list()
    for model in models.data:
        print(f"{model.id}: {model.name}")
        print(f"  Context: {model.context_length} tokens")
        pricing = model.pricing
        print(f"  Pricing: ${pricing.prompt}/1K prompt, ${pricing.completion}/1K completion")

    # Get model count
    count = client.models.count()
    print(f"Total models available: {count.data.count}")

    # Filter by category
    programming_models = client.models.list(category="programming")

    # List models for authenticated user (with provider preferences applied)
    user_models = client.models.list_for_user(
        security=operations.ListModelsUserSecurity(bearer=os.getenv("OPENROUTER_BEARER", ""))
    )
