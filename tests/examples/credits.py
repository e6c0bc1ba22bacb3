"""Example: Credits."""

import os

from openrouter_lite import OpenRouter, operations

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    # Get credit balance
    credits = client.credits.get_credits()
    print(f"Total Credits: ${credits.data.total_credits}")
    print(f"Total Usage: ${credits.data.total_usage}")
    print(f"Remaining: ${credits.data.total_credits - credits.data.total_usage}")

    # Create Coinbase charge for crypto payment
    charge = client.credits.create_coinbase_charge(
        security=operations.CreateCoinbaseChargeSecurity(bearer=os.getenv("OPENROUTER_BEARER", "")),
        amount=100,
        sender="0x1234567890123456789012345678901234567890",
        chain_id=1,
    )
    print(f"Charge ID: {charge.data.id}")
