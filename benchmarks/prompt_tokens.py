"""Prompt tokens per request: briefing@v1 (instructor's JSON Schema in the system message)
against briefing@v2 (the compact typed shape), in json and md_json modes, on the seeds
and the 60 Giveme5W1H articles. Tokens are the project's estimate
(`newsbrief.text.tokens.estimate_tokens`) over the exact request the backend would send
(`OpenAIBackend.preview_request`); the schema part is the block that describes the
output. Nothing is sent anywhere.

    python benchmarks/prompt_tokens.py
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsbrief.backends import create_backend
from newsbrief.backends.openai_api.instructor_call import _SCHEMA_END, _SCHEMA_START
from newsbrief.prompting.compact import INSTRUCTION
from newsbrief.prompting.spec import load_prompt
from newsbrief.schemas import Article
from newsbrief.text.tokens import estimate_tokens

SETS = {
    "seeds (5)": REPO / "examples" / "seeds.jsonl",
    "Giveme5W1H (60)": REPO / "examples" / "giveme5w1h-dev-articles.jsonl",
}


def schema_part(system: str) -> str:
    """The output description inside the system message (either kind)."""
    start = system.find(_SCHEMA_START)
    if start >= 0:
        return system[start : system.find(_SCHEMA_END, start) + len(_SCHEMA_END)]
    return system[system.find(INSTRUCTION) :]


def measure(mode: str, ref: str, articles: list[Article]) -> tuple[float, int]:
    backend = create_backend("openai:test-model", base_url="http://127.0.0.1:9/v1",
                             api_key="x", mode=mode)  # fmt: skip
    prompt = load_prompt(ref)
    totals = []
    schema = 0
    for article in articles:
        request = backend.preview_request(article, prompt)
        messages = request["messages"]
        totals.append(sum(estimate_tokens(str(m.get("content") or "")) for m in messages))
        schema = estimate_tokens(schema_part(messages[0]["content"]))
    return statistics.mean(totals), schema


def main() -> None:
    print("| mode | articles | v1 tokens/request | v2 tokens/request | v1 schema | v2 schema "
          "| schema saving | request saving |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for mode in ("json", "md_json"):
        for name, path in SETS.items():
            articles = [Article.model_validate(json.loads(line))
                        for line in path.read_text(encoding="utf-8").splitlines()]  # fmt: skip
            old, old_schema = measure(mode, "briefing@v1", articles)
            new, new_schema = measure(mode, "briefing@v2", articles)
            print(
                f"| {mode} | {name} | {old:.0f} | {new:.0f} | {old_schema} | {new_schema} "
                f"| {1 - new_schema / old_schema:.0%} | {1 - new / old:.0%} |"
            )


if __name__ == "__main__":
    main()
