"""pipeline/backends/baseline."""
