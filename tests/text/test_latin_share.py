"""The share of Latin letters that decides whether a line is in another script than its
article (`cleaning._latin_share`), hand-counted: ASCII letters count on the bytes, the
non-ASCII characters through the letter and Latin patterns."""

from __future__ import annotations

import pytest

from newsbrief.text.cleaning import _latin_share


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("plain ASCII, 42 words_", 1.0),  # ASCII: 1.0 without counting
        ("caf\u00e9 \u201cnews\u201d", 1.0),  # 8 letters, all Latin
        ("\u0416x", 0.5),  # Zhe and x: 1 of 2
        ("\u4e2d\u6587 ab", 0.5),  # two CJK letters, two Latin
        ("\u201c \u201d 12 _", 1.0),  # no letters at all
        ("\u00df_9", 1.0),  # sharp s is Latin; _ and 9 are not letters
        ("\u0661\u0662 \u0436", 0.0),  # Arabic-Indic digits are no letters; zhe is not Latin
        ("\u0416\u0416\u0416 abc \u1e9e", 4 / 7),  # capital sharp s (U+1E9E) is Latin
    ],
)
def test_latin_share(text: str, share: float) -> None:
    assert _latin_share(text) == pytest.approx(share)
