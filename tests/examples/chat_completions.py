"""Example: Chat Completions."""

import os

from openrouter_lite import OpenRouter

# Basic chat completion
with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    response = client.chat.send(
        model="anthropic/claude-3.5-sonnet",
        messages=[
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "Explain quantum computing in simple terms."},
        ],
        temperature=0.7,
        max_tokens=1000,
    )
    print(response.choices[0].message.content)

# Streaming chat completion
with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    response = client.chat.send(
        model="openai/gpt-4",
        messages=[{"role": "user", "content": "Write a short poem about Python."}],
        stream=True,
    )
    with response as event_stream:
        for event in event_stream:
            if event.choices and event.choices[0].delta.content:
                print(event.choices[0].delta.content, end="", flush=True)

# Chat with provider preferences and zero data retention
with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    response = client.chat.send(
        model="anthropic/claude-3.5-sonnet",
        messages=[{"role": "user", "content": "Hello!"}],
        provider={
            "zdr": True,  # Zero data retention
            "sort": "price",  # Sort by price
            "order": ["anthropic", "openai"],  # Provider preference order
        },
    )
