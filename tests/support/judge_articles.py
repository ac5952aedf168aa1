"""Articles whose briefings carry claims for a judge, and the server answer that makes
those briefings, shared by the `--judge` tests of the local and the Ray engine.

The fake server answers each briefing request with `briefing_with_doubts`: the
article's own first sentences (the rules support them) plus two doubtful key points, one
with another number than the article's (the rules say `contradicted`) and one the
article does not mention (`unverified`). Judge requests go to a judge persona
(`tests.support.judge_personas`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.fake_briefing import article_text_of, briefing_for_text, dumps
from tests.support.fake_openai import FakeOpenAIServer
from tests.support.judge_personas import judge_responder

__all__ = [
    "ARTICLES",
    "NUMBERS",
    "VISIT",
    "briefing_with_doubts",
    "number_claim",
    "write_articles",
]

ARTICLES = [
    (
        "flood",
        (
            "Flooding in the northern province killed 12 people on Tuesday, officials said. "
            "Rescue teams were still searching for survivors in three villages. "
            "The governor said the army would help rebuild the roads."
        ),
    ),
    (
        "quake",
        (
            "An earthquake of magnitude 6 struck the coast on Monday, the geological survey "
            "said. Hundreds of buildings were damaged in the port city. "
            "Schools will stay closed for two days while engineers inspect them."
        ),
    ),
]
# Per article kind: a key point with another number than the article's.
NUMBERS = {
    "flood": "Flooding in the northern province killed 99 people.",
    "quake": "An earthquake of magnitude 9 struck the coast.",
}
VISIT = "The president visited the region."
_TOWNS = ("Arden", "Belmont", "Carrow", "Dunmore", "Elston", "Farley", "Glenhaven", "Hartwell")


def number_claim(text: str) -> str:
    """The key point with the wrong number that the server adds for this article."""
    return NUMBERS["flood"] if "Flooding" in text else NUMBERS["quake"]


def briefing_with_doubts(body: dict[str, Any]) -> str:
    """The server's briefing answer: the article's first sentences plus two doubts."""
    text = article_text_of(body)
    answer = briefing_for_text(text)
    answer["key_points"] = [*answer["key_points"], number_claim(text), VISIT]
    return dumps(answer)


def write_articles(path: Path, count: int) -> list[str]:
    """`count` distinct articles, the two of `ARTICLES` in turn, each with a closing
    sentence of its own (so no two share a judge request or a cached answer); their ids."""
    ids, lines = [], []
    for number in range(count):
        kind, text = ARTICLES[number % len(ARTICLES)]
        town = _TOWNS[number % len(_TOWNS)] + ("" if number < len(_TOWNS) else f" {number}")
        ids.append(f"{kind}-{number}")
        lines.append(
            json.dumps({"id": ids[-1], "text": f"{text} Officials in {town} expect more news."})
        )
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return ids


def judge_servers(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[str], FakeOpenAIServer]]:
    """For a fixture: starts a test server per call that answers briefings with
    `briefing_with_doubts` and judge requests as the named judge persona, and points
    the openai client at the last one started; stops them all at teardown."""
    servers: list[FakeOpenAIServer] = []

    def start(persona: str) -> FakeOpenAIServer:
        server = FakeOpenAIServer(responder=judge_responder(persona, briefing_with_doubts))
        servers.append(server.start_in_thread())
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        return server

    yield start
    for server in servers:
        server.stop_thread()
