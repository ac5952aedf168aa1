"""A claim that copies a whole line of the article is supported as copied, even when the
line is no sentence of the index: an article's title and standfirst are written
without a full stop, so the sentence splitter reads them as headings, and a summary that
opens with the headline (as models' summaries often do) was linked to other sentences
and could be marked contradicted against them ("World Series 2016: ..." against the
body's "1908").

Each row is hand-computed: the article, the claim, and whether the claim copies a whole
line (lower case, single spaces, a closing stop aside; five words or more).
"""

from __future__ import annotations

import random
import re

import pytest

from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.support import WHOLE_LINE_WORDS, SupportIndex, _line_key
from tests.text.test_scan import _texts

ARTICLE = (
    "World Series 2016: Chicago Cubs end 108-year title drought\n"
    "\n"
    "Fans celebrate the first triumph since 1908\n"
    "\n"
    "By Ann Lee\n"
    "\n"
    "The Chicago Cubs won the World Series for the first time since 1908 on Wednesday."
)


@pytest.mark.parametrize(
    ("claim", "span"),
    [
        # the title with a closing full stop
        ("World Series 2016: Chicago Cubs end 108-year title drought.", (0, 58)),
        # ... in another case, with other spacing
        ("world series 2016:  Chicago Cubs END 108-year title drought", (0, 58)),
        # the standfirst, with an exclamation mark
        ("Fans celebrate the first triumph since 1908!", (60, 103)),
        # a line of fewer than five words (a byline) is not read so
        ("By Ann Lee.", None),
        # part of a line is not the line
        ("Chicago Cubs end 108-year title drought.", None),
        # another number is not the line
        ("World Series 2015: Chicago Cubs end 108-year title drought.", None),
    ],
)  # fmt: skip
def test_whole_line(claim: str, span: tuple[int, int] | None) -> None:
    index = SupportIndex(ARTICLE)
    assert index.whole_line(claim) == span


def test_a_copied_headline_is_supported_not_contradicted() -> None:
    check = check_claim(
        SupportIndex(ARTICLE),
        "World Series 2016: Chicago Cubs end 108-year title drought.",
        "summary",
    )
    assert (check.verdict, check.rule) == ("supported", "copied")
    assert [(e.start, e.end) for e in check.support] == [(0, 58)]


def test_a_changed_headline_is_still_checked() -> None:
    check = check_claim(
        SupportIndex(ARTICLE),
        "World Series 2016: Chicago Cubs end 118-year title drought.",
        "summary",
    )
    assert check.rule != "copied"


def _whole_line_read_whole(text: str, claim: str) -> tuple[int, int] | None:
    """What `whole_line` answered when every line of the article was read whole: each
    line's key (of five words or more) with its span, the first line of a key kept."""
    lines: dict[str, tuple[int, int]] = {}
    for found in re.finditer(r"^[ \t]*(\S[^\n]*?)[ \t]*$", text, re.MULTILINE):
        key = _line_key(found.group(1))
        if key.count(" ") + 1 >= WHOLE_LINE_WORDS:
            lines.setdefault(key, found.span(1))
    return lines.get(_line_key(claim))


def _claims(text: str, rng: random.Random) -> list[str]:
    """Every line and sentence of `text`, and each changed as a summary might copy it."""
    out = []
    for piece in [*text.split("\n"), *(s.text for s in SupportIndex(text).sentences)]:
        out += [piece, piece.strip() + ".", piece.upper(), " ".join(piece.split()[1:])]
        words = piece.split()
        if words:
            words[rng.randrange(len(words))] = "other"
            out.append(" ".join(words))
    return out


def test_the_first_words_of_lines_find_what_reading_every_line_whole_found() -> None:
    rng = random.Random(22)
    odd = (
        "  \t Headline with five words here \t \r\n\u00a0Not a line with five words\n"
        "headline WITH five words  here!!\nΣΟΦΙΑ ΣΑΣ wrote five words here"
    )
    texts = [*_texts()[:300], ARTICLE, odd]
    found = 0
    for text in texts:
        index = SupportIndex(text)
        for claim in _claims(text, rng):
            expected = _whole_line_read_whole(text, claim)
            assert index.whole_line(claim) == expected, (claim, text[:80])
            found += expected is not None
    assert found > 100
