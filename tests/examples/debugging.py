"""Example: Debugging."""

import logging
import os

from openrouter_lite import OpenRouter

# Enable debug logging
logging.basicConfig(level=logging.DEBUG)
logger = logging.getLogger("openrouter")

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
    debug_logger=logger,
) as client:
    response = client.chat.send(
        model="openai/gpt-4", messages=[{"role": "user", "content": "Hello!"}]
    )

# Alternative: Set OPENROUTER_DEBUG=true environment variable
