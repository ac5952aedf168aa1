"""pipeline/text."""
