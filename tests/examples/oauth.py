"""Example: OAuth."""

import os

from openrouter_lite import OpenRouter

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    # Create authorization code (initiate OAuth flow)
    auth_response = client.o_auth.create_auth_code(
        callback_url="https://myapp.com/auth/callback",
        code_challenge="E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        code_challenge_method="S256",
        limit=100.0,
    )
    print(f"Auth Code ID: {auth_response.data.id}")
    # Redirect user to OpenRouter authorization page

    # Exchange authorization code for API key (after callback)
    key_response = client.o_auth.exchange_auth_code_for_api_key(
        code="auth_code_abc123def456",
        code_verifier="dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
        code_challenge_method="S256",
    )
    print(f"User API Key: {key_response.key}")
    print(f"User ID: {key_response.user_id}")
