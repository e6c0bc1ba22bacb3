"""Example: Embeddings."""

import os

from openrouter_lite import OpenRouter

with OpenRouter(
    server_url=os.environ["EXAMPLE_SERVER_URL"],
    api_key=os.getenv("OPENROUTER_API_KEY", ""),
) as client:
    # Generate embeddings for text
    response = client.embeddings.generate(
        input="The quick brown fox jumps over the lazy dog.", model="openai/text-embedding-ada-002"
    )
    embedding = response.data[0].embedding
    print(f"Embedding dimension: {len(embedding)}")

    # Batch embeddings
    response = client.embeddings.generate(
        input=["First sentence", "Second sentence", "Third sentence"],
        model="openai/text-embedding-ada-002",
        encoding_format="float",
    )
    for i, item in enumerate(response.data):
        print(f"Text {i}: {len(item.embedding)} dimensions")

    # List available embedding models
    embedding_models = client.embeddings.list_models()
    for model in embedding_models.data:
        print(f"Embedding model: {model.id}")
