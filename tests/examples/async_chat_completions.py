"""Example: Async Chat Completions."""

import asyncio
import os

from openrouter_lite import OpenRouter


async def main():
    async with OpenRouter(
        server_url=os.environ["EXAMPLE_SERVER_URL"],
        api_key=os.getenv("OPENROUTER_API_KEY", ""),
    ) as client:
        # Single async request
        response = await client.chat.send_async(
            model="anthropic/claude-3.5-sonnet", messages=[{"role": "user", "content": "Hello!"}]
        )
        print(response.choices[0].message.content)

        # Async streaming
        response = await client.chat.send_async(
            model="openai/gpt-4",
            messages=[{"role": "user", "content": "Write a haiku about coding."}],
            stream=True,
        )
        async with response as event_stream:
            async for event in event_stream:
                if event.choices and event.choices[0].delta.content:
                    print(event.choices[0].delta.content, end="")


asyncio.run(main())
