"""pipeline/backends/llamacpp."""
