"""Example: Error Handling."""

import os

from openrouter_lite import OpenRouter
from openrouter_lite.errors import (
    BadRequestResponseError,
    ChatError,
    InternalServerResponseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    try:
        response = client.chat.send(
            model="openai/gpt-4", messages=[{"role": "user", "content": "Hello!"}]
        )
        print(response.choices[0].message.content)

    except UnauthorizedResponseError as e:
        print(f"Authentication failed: {e.data.message}")

    except PaymentRequiredResponseError as e:
        print(f"Insufficient credits: {e.data.message}")

    except TooManyRequestsResponseError as e:
        print(f"Rate limited: {e.data.message}")

    except BadRequestResponseError as e:
        print(f"Invalid request: {e.data.message}")

    except ProviderOverloadedResponseError as e:
        print(f"Provider overloaded, try again: {e.data.message}")

    except InternalServerResponseError as e:
        print(f"Server error: {e.data.message}")

    except ChatError as e:
        print(f"Chat error: {e.error.message}")
