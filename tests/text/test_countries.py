"""The one country table: the baseline's actors and the digest's groups agree on names."""

from __future__ import annotations

import pytest

from newsbrief.text.countries import countries_in, country_of_word, find_countries


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Turkey", "Türkiye"),  # pycountry's name, written either way
        ("Türkiye", "Türkiye"),
        ("Czech Republic", "Czechia"),
        ("Czechia", "Czechia"),
        ("Viet Nam", "Vietnam"),
        ("DPRK", "North Korea"),
        ("UAE", "United Arab Emirates"),
    ],
)
def test_one_display_name_for_each_country(word: str, country: str) -> None:
    assert country_of_word(word) == country
    assert countries_in(f"near {word} today") == [country]


def test_demonyms_name_a_country_in_article_text_only() -> None:
    # A demonym in a briefing field ('Turkish firm') does not file the article under a
    # country; in the article scan it is a mention, marked as a demonym.
    assert country_of_word("Turkish") == "Türkiye"
    assert countries_in("a Turkish firm") == []
    [mention] = find_countries("Officials from the Turkish side arrived.")
    assert (mention.canonical, mention.demonym) == ("Türkiye", True)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Moscow, Russia", ["Russia"]),
        ("Korea, Republic of", ["South Korea"]),
        ("between us and them", []),  # the pronoun is not the USA
        ("US and U.S. forces", ["United States", "United States"]),
        ("royal academy of cambodia", ["Cambodia"]),  # names match in any case
    ],
)
def test_countries_in_free_text(text: str, found: list[str]) -> None:
    assert countries_in(text) == found


def test_article_scan_and_field_match_agree() -> None:
    text = "Ankara said Turkey would host the Czech Republic team."
    assert (
        [m.canonical for m in find_countries(text)]
        == countries_in(text)
        == [
            "Türkiye",
            "Czechia",
        ]
    )
