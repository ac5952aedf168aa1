"""pipeline/inputs."""
