"""pipeline/step."""
