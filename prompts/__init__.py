"""Prompt files as data: prompts/<name>/v<N>.yaml. The loader is newsbrief.prompting.spec."""

from pathlib import Path

if __name__ != "newsbrief.prompts":  # pragma: no cover - the folder imported by its own name
    raise ImportError("this folder is installed as newsbrief.prompts; import newsbrief.prompts")

PROMPTS_DIR = Path(__file__).resolve().parent
