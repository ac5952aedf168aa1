"""The baseline backend on the five seed articles: required facts, honesty, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import model_validator

from newsbrief.backends import create_backend
from newsbrief.backends.baseline.backend import BaselineBackend
from newsbrief.backends.baseline.rules.compose import compose_briefing
from newsbrief.errors import BackendError
from newsbrief.prompting.spec import load_prompt
from newsbrief.schemas import Actor, Article, Briefing, Usage

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds.jsonl"
ARTICLES = {a.id[:3]: a for a in (Article(**json.loads(line)) for line in SEEDS.open())}
BRIEFINGS = {key: compose_briefing(article) for key, article in ARTICLES.items()}
FURNITURE = (".jpeg", "scroll to top", "|", "Ry Sochan", "PMO", "ដោយ", "Grand News Asia")


def actor(briefing: Briefing, name: str, kind: str) -> Actor:
    matches = [a for a in briefing.actors if a.name == name and a.kind == kind]
    assert matches, f"{kind} {name!r} missing from {[a.name for a in briefing.actors]}"
    return matches[0]


def test_seed_000_people_roles_countries_and_dates() -> None:
    briefing = BRIEFINGS["000"]
    manet = actor(briefing, "Hun Manet", "person")
    assert manet.role is not None
    assert "Royal Cambodian Army commander" in manet.role
    assert "Lieutenant General Hun Manet" in manet.aliases
    zamrose = actor(briefing, "Zamrose Mohd Zain", "person")
    assert zamrose.role == "Malaysian Army chief"
    assert zamrose.affiliation == "Malaysian Army"
    actor(briefing, "Cambodia", "country")
    actor(briefing, "Malaysia", "country")
    assert "RCAF" in actor(briefing, "Royal Cambodian Armed Force", "organisation").aliases
    assert briefing.headline == ARTICLES["000"].title
    march_3 = [e for e in briefing.events if e.when_text == "March 3"]
    assert march_3
    assert march_3[0].when == "2022-03-03"
    assert "Hun Manet" in march_3[0].participants
    assert briefing.quotes[0].speaker == "Royal Cambodian Armed Force"
    assert briefing.five_w1h.where == "PHNOM PENH"
    assert (
        briefing.five_w1h.why
        == "to support peacekeeping efforts and protect security in the region"
    )
    assert any(set(r.parties) == {"Cambodia", "Malaysia"} for r in briefing.relations)
    assert "defence" in briefing.topics


def test_seed_001_without_a_year_keeps_only_the_date_text() -> None:
    briefing = BRIEFINGS["001"]
    sophan = actor(briefing, "Mao Sophan", "person")
    assert sophan.role is not None
    assert sophan.role.startswith("commander of the Cambodian Army")
    assert actor(briefing, "Oleg Salyukov", "person").affiliation == "Russia"
    actor(briefing, "Kin Phea", "person")
    actor(briefing, "Russia", "country")
    june_17 = [e for e in briefing.events if e.when_text == "June 17"]
    assert june_17
    assert june_17[0].when is None
    assert [q.speaker for q in briefing.quotes][-2:] == ["Kin Phea", "Kin Phea"]
    assert any(
        r.kind == "agreement" and set(r.parties) == {"Cambodia", "Russia"}
        for r in briefing.relations
    )


def test_seed_002_minister_counterpart_and_cica() -> None:
    briefing = BRIEFINGS["002"]
    sokhonn = actor(briefing, "Prak Sokhonn", "person")
    assert sokhonn.role == "Minister of Foreign Affairs and International Cooperation"
    assert actor(briefing, "Mukhtar Tileuberdi", "person").affiliation == "Kazakhstan"
    assert actor(briefing, "Hun Sen", "person").role == "Prime Minister"
    actor(briefing, "Kazakhstan", "country")
    cica = actor(
        briefing, "Conference on Interaction and Confidence-Building in Asia", "organisation"
    )
    assert cica.aliases == ["CICA"]
    assert {"Prak Sokhonn", "Cambodia", "Kazakhstan"} <= set(briefing.five_w1h.who)


def test_seed_003_skips_khmer_furniture_and_dates_from_the_khmer_dateline() -> None:
    briefing = BRIEFINGS["003"]
    assert actor(briefing, "Donald Trump", "person").role == "US President"
    assert actor(briefing, "Pete Hegseth", "person").role == "US Defence Secretary"
    assert "Sothirak" in actor(briefing, "Pou Sothirak", "person").aliases
    for name in ("Lloyd Austin", "Prak Sokhonn", "Tea Seiha", "Allison Hooker", "Anwar Ibrahim"):
        actor(briefing, name, "person")
    assert "US" in actor(briefing, "United States", "country").aliases
    actor(briefing, "Thailand", "country")
    october_26 = [e for e in briefing.events if e.when_text == "October 26"]
    assert october_26
    assert october_26[0].when == "2025-10-26"
    assert october_26[0].where == "Kuala Lumpur"
    assert briefing.quotes[0].speaker == "Pou Sothirak"
    # 'he said' after 'Sothirak recalled that ... Lloyd Austin's visit' is Sothirak.
    assert [q.speaker for q in briefing.quotes[4:]] == ["Pou Sothirak"] * 4
    assert not briefing.summary.startswith("US President")  # the photo caption is no lead


def test_seed_004_tables_and_headings_stay_out() -> None:
    briefing = BRIEFINGS["004"]
    austin = actor(briefing, "Lloyd Austin", "person")
    assert austin.role is not None
    assert "Secretary of Defense" in austin.role
    actor(briefing, "Cambodia", "country")
    actor(briefing, "United States", "country")
    assert briefing.headline.startswith("U.S. Secretary of Defense Lloyd Austin")
    assert len(briefing.headline.split()) <= 15
    assert not briefing.summary.startswith("Introduction")
    assert briefing.quotes == []
    assert briefing.events == []


@pytest.mark.parametrize("key", sorted(ARTICLES))
def test_nothing_is_invented(key: str) -> None:
    text, briefing = ARTICLES[key].text, BRIEFINGS[key]
    for quote in briefing.quotes:
        assert quote.text in text
        assert quote.speaker is None or quote.speaker in text
    for found in briefing.actors:
        assert found.name in text
        assert all(alias in text for alias in found.aliases)
    for event in briefing.events:
        assert event.when_text is None or event.when_text in text
        assert event.where is None or event.where in text
    for answer in (briefing.five_w1h.when, briefing.five_w1h.where, *briefing.five_w1h.who):
        assert answer is None or answer in text


@pytest.mark.parametrize("key", sorted(ARTICLES))
def test_shape_and_no_furniture(key: str) -> None:
    briefing = BRIEFINGS[key]
    Briefing.model_validate(briefing.model_dump())
    assert 1 <= len(briefing.topics) <= 3
    assert 3 <= len(briefing.key_points) <= 6
    assert briefing.summary
    assert briefing.five_w1h.what
    for part in (briefing.headline, briefing.summary, *briefing.key_points):
        assert not any(junk in part for junk in FURNITURE), part


def test_same_input_same_output() -> None:
    for key, article in ARTICLES.items():
        assert compose_briefing(article).model_dump() == BRIEFINGS[key].model_dump()


_DUMP_SEEDS = (
    "import json, sys; from newsbrief.schemas import Article; "
    "from newsbrief.backends.baseline.rules.compose import compose_briefing; "
    "print(json.dumps([compose_briefing(Article(**json.loads(l))).model_dump(mode='json') "
    "for l in open(sys.argv[1])]))"
)


def test_same_output_whatever_the_hash_seed() -> None:
    """Set and dict orders must never leak into a briefing: two processes with different
    string-hash seeds give byte-identical output."""
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _DUMP_SEEDS, str(SEEDS)],
            capture_output=True,
            text=True,
            env=env,
            cwd=SEEDS.parents[1],
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])[0]["headline"] == ARTICLES["000"].title


def test_article_without_entities_still_briefs() -> None:
    article = Article(id="x", text="short text")
    briefing = compose_briefing(article)
    assert briefing.headline
    assert briefing.summary
    assert briefing.actors == []
    assert briefing.quotes == []


async def test_backend_returns_a_free_single_attempt_completion() -> None:
    backend = create_backend("baseline", temperature=0.2)
    assert isinstance(backend, BaselineBackend)
    assert backend.model == ""
    assert backend.model_string == "baseline"
    completion = await backend.brief(ARTICLES["000"], load_prompt())
    assert completion.usage == Usage()
    assert completion.usage.cost_usd == 0.0
    assert completion.usage.total_tokens == 0
    assert completion.attempts == 1
    assert completion.reasks == 0
    assert completion.briefing.model_dump() == BRIEFINGS["000"].model_dump()


async def test_a_briefing_the_response_model_rejects_becomes_a_validation_error() -> None:
    class NoQuotes(Briefing):
        @model_validator(mode="after")
        def _refuse_quotes(self) -> NoQuotes:
            if self.quotes:
                raise ValueError("quotes are not allowed here")
            return self

    backend = BaselineBackend()
    backend.response_model = NoQuotes
    with pytest.raises(BackendError) as caught:
        await backend.brief(ARTICLES["000"], load_prompt())
    assert caught.value.kind == "validation"
    assert "quotes are not allowed here" in caught.value.message
    assert caught.value.attempts == 1
    await backend.brief(ARTICLES["004"], load_prompt())  # no quotes there: validates
