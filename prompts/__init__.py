"""Prompt files as data: prompts/<name>/v<N>.yaml. The loader lives in pipeline.prompting."""

from pathlib import Path

PROMPTS_DIR = Path(__file__).resolve().parent
