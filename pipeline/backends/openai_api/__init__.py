"""pipeline/backends/openai_api."""
