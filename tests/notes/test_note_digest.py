"""Digests: grouping by country and topic, one timeline sorted by partial ISO dates."""

from __future__ import annotations

import pytest

from newsbrief.notes import NoteError, build_digest, render_digest_html, render_digest_markdown
from newsbrief.notes.countries import countries_of
from newsbrief.notes.digest import date_key
from newsbrief.notes.source import select_records
from newsbrief.schemas import Actor, Briefing, BriefingRecord, Event, FiveW1H, Relation
from tests.notes.builders import provenance, seed_record, write_run


def _record(ident: str, topics: list[str], events: list[Event], **fields) -> BriefingRecord:  # type: ignore[no-untyped-def]
    briefing = Briefing(
        headline=f"Headline {ident}",
        summary=f"Summary {ident}.",
        topics=topics,
        events=events,
        **fields,
    )
    return BriefingRecord(id=ident, briefing=briefing, provenance=provenance())


def _records() -> list[BriefingRecord]:
    return [
        _record(
            "a",
            ["defence"],
            [
                Event(what="Drill", when="2022-03-03", when_text="March 3"),
                Event(what="Plan", when=None, when_text="soon"),
            ],
            actors=[Actor(name="Viet Nam", kind="country")],
        ),
        _record(
            "b",
            ["diplomacy", "defence"],
            [Event(what="Year", when="2022"), Event(what="Month", when="2022-03")],
            five_w1h=FiveW1H(where="Moscow, Russia"),
        ),
        _record(
            "c",
            ["economy"],
            [Event(what="Old", when="2019-12-31")],
            relations=[Relation(parties=["Vietnam", "US"], kind="trade", description="x")],
        ),
    ]


@pytest.mark.parametrize(
    ("iso", "key"),
    [
        ("2022", (2022, 0, 0)),
        ("2022-03", (2022, 3, 0)),
        ("2022-03-03", (2022, 3, 3)),
    ],
)
def test_date_key_sorts_partial_dates_before_the_dates_they_contain(iso: str, key: tuple) -> None:
    assert date_key(iso) == key


def test_timeline_merges_articles_sorted_by_iso_date() -> None:
    digest = build_digest(_records())
    assert [(e.when, e.what, e.article_id) for e in digest.timeline] == [
        ("2019-12-31", "Old", "c"),
        ("2022", "Year", "b"),
        ("2022-03", "Month", "b"),
        ("2022-03-03", "Drill", "a"),
    ]
    assert digest.undated == 1


def test_grouping_by_country_and_topic() -> None:
    digest = build_digest(_records())
    by_country = {k: [a.record.id for a in v] for k, v in digest.by_country.items()}
    assert by_country == {"Vietnam": ["a", "c"], "Russia": ["b"], "United States": ["c"]}
    by_topic = {k: [a.record.id for a in v] for k, v in digest.by_topic.items()}
    assert by_topic == {"defence": ["a", "b"], "diplomacy": ["b"], "economy": ["c"]}


@pytest.mark.parametrize(
    ("actors", "where", "expected"),
    [
        ([Actor(name="Cambodia", kind="country")], None, ["Cambodia"]),
        (
            [Actor(name="Kin Phea", kind="person", affiliation="Royal Academy of Cambodia")],
            None,
            ["Cambodia"],
        ),
        ([], "Phnom Penh", []),  # no gazetteer of cities: not guessed
        ([], "between us and them", []),  # the pronoun is not the USA
        # a "country" actor is a country only when the country table knows the name: the
        # model's actor kind is not trusted ("Lieutenant General Hun" was one)
        ([Actor(name="The Kingdom", kind="country")], None, []),
        ([Actor(name="Lieutenant General Hun", kind="country")], None, []),
        ([Actor(name="Viet Nam", kind="country")], None, ["Vietnam"]),
        ([], "Korea, Republic of", ["South Korea"]),
    ],
)
def test_countries_of(actors: list[Actor], where: str | None, expected: list[str]) -> None:
    briefing = Briefing(headline="h", summary="s", actors=actors, five_w1h=FiveW1H(where=where))
    assert countries_of(briefing) == expected


def test_markdown_digest_links_every_entry_to_its_article() -> None:
    text = render_digest_markdown(build_digest(_records()))
    assert "- **2022** (“Year”)" not in text  # no when_text given, none invented
    assert "- **2022**: Year [`b`](#article-b)" in text
    assert "- **2022-03-03** (“March 3”): Drill [`a`](#article-a)" in text
    assert '### <a id="article-a"></a>Headline a' in text
    assert (
        "- **defence** (2): [Headline a](#article-a) (`a`); [Headline b](#article-b) (`b`)" in text
    )
    assert text.index("2019-12-31") < text.index("**2022**") < text.index("2022-03-03")


def test_html_digest_has_anchors_for_every_link() -> None:
    html = render_digest_html(build_digest(_records()))
    for ident in "abc":
        assert f'id="article-{ident}"' in html
        assert f'href="#article-{ident}"' in html


def test_select_records_filters_by_ids_and_topic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = write_run(tmp_path / "run", _records())
    assert [r.id for r in select_records(run, ["c", "a"])] == ["c", "a"]
    assert [r.id for r in select_records(run, topic="defence")] == ["a", "b"]
    with pytest.raises(NoteError, match="unknown topic 'war'; topics are: politics"):
        select_records(run, topic="war")
    with pytest.raises(NoteError, match=r"no briefing for id\(s\) zz .*ids in this run: a, b, c"):
        select_records(run, ["zz"])
    with pytest.raises(NoteError, match="no briefings with topic 'health'"):
        select_records(run, topic="health")


def test_digest_of_seed_record_marks_ungrounded_counts() -> None:
    text = render_digest_markdown(build_digest([seed_record()]))
    assert "⚠ 3 item(s) not found in the article" in text
    assert "grounding: 81% (13 of 16 items found in the article)" in text


def test_a_digest_marks_what_the_article_contradicts_and_what_no_check_could_link() -> None:
    """A digest shows each summary with its verdicts, as the note does: a contradicted
    sentence is marked red in place and listed with the article's words; an unlinked
    one asks for a check. Plain prose would pass the article's contradiction on."""
    from tests.notes.test_note_prose_browser import UNLINKED, note

    built = note()
    digest = build_digest([built.record], articles={built.record.id: built.article})  # type: ignore[dict-item]
    markdown = render_digest_markdown(digest)
    assert "⚠ Contradicted by the article (do not use as written):" in markdown
    assert "sentence: Cambodian soldiers have trained under the Malaysian Defence" in markdown
    assert "(says '2012'; the article says '2002')" in markdown
    assert f"- ? sentence: {UNLINKED}" in markdown
    html = render_digest_html(digest)
    assert '<span class="claim contradicted" data-claim="claim-summary-1"' in html
    assert html.count('class="contradicted-item"') == 3  # two sentences and a speaker
    assert html.count('class="unverified-item"') == 1
