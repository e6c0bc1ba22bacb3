"""Example: Beta Responses API."""

import os

from openrouter_lite import OpenRouter

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    # Basic response
    response = client.beta.responses.send(
        model="anthropic/claude-3.5-sonnet",
        input=[{"role": "user", "content": "What is the capital of France?"}],
        service_tier="auto",
        stream=False,
    )
    with response as event_stream:
        for event in event_stream:
            print(event)

    # With reasoning and tools
    response = client.beta.responses.send(
        model="openai/gpt-4",
        input=[{"role": "user", "content": "Calculate 25 * 47"}],
        reasoning={"summary": "auto", "enabled": True},
        tools=[
            {
                "type": "function",
                "function": {
                    "name": "calculator",
                    "description": "Performs arithmetic calculations",
                    "parameters": {
                        "type": "object",
                        "properties": {"expression": {"type": "string"}},
                    },
                },
            }
        ],
        temperature=0.5,
    )
