"""Example: Completions."""

import os

from openrouter_lite import OpenRouter

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    response = client.completions.generate(
        model="openai/gpt-3.5-turbo-instruct",
        prompt="Once upon a time in a land far away,",
        max_tokens=200,
        temperature=0.8,
        stream=False,
    )
    print(response.choices[0].text)
