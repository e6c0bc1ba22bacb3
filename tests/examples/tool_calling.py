"""Example: Tool Calling."""

import json
import os

from openrouter_lite import OpenRouter


def get_weather(location: str, unit: str = "celsius") -> str:
    # Mock weather data
    return json.dumps({"location": location, "temperature": 22, "unit": unit, "condition": "sunny"})


with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Get the current weather in a given location",
                "parameters": {
                    "type": "object",
                    "properties": {
                        "location": {
                            "type": "string",
                            "description": "City and country, e.g., 'London, UK'",
                        },
                        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                    },
                    "required": ["location"],
                },
            },
        }
    ]

    messages = [{"role": "user", "content": "What's the weather like in Paris?"}]

    response = client.chat.send(
        model="openai/gpt-4", messages=messages, tools=tools, tool_choice="auto"
    )

    # Handle tool calls
    if response.choices[0].message.tool_calls:
        for tool_call in response.choices[0].message.tool_calls:
            if tool_call.function.name == "get_weather":
                args = json.loads(tool_call.function.arguments)
                result = get_weather(**args)

                # Send tool result back
                messages.append(response.choices[0].message)
                messages.append({"role": "tool", "tool_call_id": tool_call.id, "content": result})

                final_response = client.chat.send(
                    model="openai/gpt-4", messages=messages, tools=tools
                )
                print(final_response.choices[0].message.content)
