"""Example: Generations."""

import os

from openrouter_lite import OpenRouter

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    # Get generation details by ID
    generation = client.generations.get_generation(id="gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG")
    print(f"Model: {generation.data.model}")
    print(f"Provider: {generation.data.provider_name}")
    print(f"Cost: ${generation.data.total_cost}")
    print(f"Latency: {generation.data.latency}ms")
    data = generation.data
    print(f"Tokens - Prompt: {data.tokens_prompt}, Completion: {data.tokens_completion}")
    print(f"Finish Reason: {generation.data.finish_reason}")
