"""The Markdown note: every section present, ungrounded items marked, model text escaped."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from newsbrief.notes import Note, md_escape, render_markdown
from tests.notes.builders import FABRICATED_QUOTE, hostile_article, hostile_record, seed_record


def _note(grounded: bool = True) -> str:
    return render_markdown(Note(seed_record(grounded=grounded)))


def test_markdown_note_has_every_section_in_order() -> None:
    text = _note()
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    assert headings == [
        "Summary",
        "Key points",
        "5W1H",
        "Actors",
        "Timeline",
        "Quotes",
        "Relations",
        "Topics",
        "Grounding",
    ]
    assert text.startswith("# Cambodia and Malaysia armies pledge closer security cooperation\n")


def test_provenance_line_names_backend_model_prompt_hash_and_date() -> None:
    line = _note().splitlines()[2]
    assert (
        line
        == "*baseline · model baseline · prompt briefing@v1 (hash abc123def456) · generated 2026-03-07*"
    )


def test_tables_and_timeline_carry_the_fields() -> None:
    text = _note()
    assert "| Hun Manet | person | Royal Cambodian Army commander | RCAF |" in text
    assert "| who | Hun Manet, Zamrose Mohd Zain |" in text
    assert "| why | – |" in text
    assert (
        "- **2022-03-03** (“March 3”) – Cambodia: Army chiefs met in Cambodia "
        "[Hun Manet, Zamrose Mohd Zain]\n"
    ) in text
    assert "- **undated** (“down the road”): Army staff talks may be hosted" in text
    assert "> — RCAF" in text
    assert (
        "- **Cambodia ↔ Malaysia** (cooperation): The two armies expand defence cooperation."
        in text
    )
    assert "`defence`, `diplomacy`" in text


def test_ungrounded_items_are_marked_where_they_appear_and_in_the_grounding_section() -> None:
    text = _note()
    assert f"> “{FABRICATED_QUOTE}”\n>\n> — Hun Manet ⚠ *not found in the article*" in text
    assert "| where | Phnom Penh, Cambodia ⚠ *not found in the article* |" in text
    assert (
        "- **2002** (“since 2002”) – Kuala Lumpur: Training programme began "
        "⚠ *place not found in the article*"
    ) in text
    grounding = text.split("## Grounding", 1)[1]
    assert "Grounding rate: **81% (13 of 16 items found in the article)**" in grounding
    assert f"- ⚠ quote: {FABRICATED_QUOTE}" in grounding
    assert "- ⚠ 5W1H: where: Phnom Penh, Cambodia" in grounding
    assert "- ⚠ event: Kuala Lumpur: Training programme began" in grounding
    assert grounding.count("⚠") == 4  # the heading line and the three items
    assert "> — RCAF\n" in text  # a grounded quote carries no marker


def test_paraphrased_5w1h_answers_are_never_flagged() -> None:
    # "what" was looked for and not found, but it is a paraphrase by design.
    assert "| what | army chiefs' meeting |" in _note()


def test_item_skipped_by_grounding_says_not_checked() -> None:
    assert "| Cambodia *(not checked)* | country |" in _note()


def test_without_grounding_no_item_is_marked_and_the_section_says_not_checked() -> None:
    text = _note(grounded=False)
    assert "⚠" not in text
    assert "(not checked)" not in text
    assert "Not checked: no item of this briefing was looked up" in text.split("## Grounding")[1]


def test_model_text_with_markup_renders_as_literal_text() -> None:
    text = render_markdown(Note(hostile_record(), hostile_article()))
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
    assert "<script>" not in html
    assert "<img" not in html
    assert "<b>" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt; Ministers meet" in html
    assert "**bold**" in html  # not turned into <strong>
    assert "prompt injection suspected" in text


def test_md_escape_table() -> None:
    cases = {
        "a|b": r"a\|b",
        "*x* _y_": r"\*x\* \_y\_",
        "# not a heading": r"\# not a heading",
        "1. not a list": r"1\. not a list",
        "- dash": r"\- dash",
        "line\nbreak": "line break",
        "[link](http://x)": r"\[link\](http://x)",
        "Tom & Jerry": r"Tom \& Jerry",
        "plain, text.": "plain, text.",
        "": "",
    }
    for raw, expected in cases.items():
        assert md_escape(raw) == expected, raw
