"""pipeline/prompting."""
