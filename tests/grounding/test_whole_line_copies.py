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

import pytest

from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.support import SupportIndex

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
