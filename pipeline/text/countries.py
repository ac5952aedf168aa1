"""The one country table: pycountry names plus what news writes, and demonyms.

pycountry supplies the ISO 3166 names; this module adds what news writes instead
('Russia', 'U.S.', 'Vietnam', 'Turkey') and demonyms ('Cambodian' -> Cambodia). A
country is reported under one display name (`canonical_name`): pycountry's common name
where it has one, else its name, except where ISO's is formal ('Russian Federation' ->
'Russia'). So Türkiye and Czechia are named as pycountry names them, in the baseline's
actors and in the digest's country groups alike.

Two matchers read the table: `find_countries` scans article text through capitalised
tokens (fast, offsets kept, demonyms marked); `countries_in` matches names in a short
free-text field of a briefing ('Moscow, Russia'; case-insensitive, acronyms exact).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from newsbrief.text.capitals import Token, capital_tokens

__all__ = [
    "CountryMention",
    "canonical_name",
    "countries_in",
    "country_of_word",
    "find_countries",
]

# Short everyday names where ISO's are formal ('Russian Federation').
_SHORT_NAMES = {
    "RU": "Russia",
    "US": "United States",
    "GB": "United Kingdom",
    "KR": "South Korea",
    "KP": "North Korea",
    "IR": "Iran",
    "SY": "Syria",
    "LA": "Laos",
    "VN": "Vietnam",
    "TW": "Taiwan",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "MD": "Moldova",
    "PS": "Palestine",
    "BN": "Brunei",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "MK": "North Macedonia",
    "FM": "Micronesia",
    "VA": "Vatican",
    "MM": "Myanmar",
}
_EXTRA_NAMES = {
    "US": ["US", "U.S.", "U.S.A.", "USA", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "MM": ["Burma"],
    "RU": ["Russian Federation"],
    "CI": ["Ivory Coast"],
    "TR": ["Turkey"],
    "CZ": ["Czech Republic"],
    "NL": ["Holland"],
    "KR": ["Republic of Korea"],
    "KP": ["DPRK"],
    "AE": ["UAE"],
    "CN": ["PRC"],
}
_DEMONYMS = {
    "American": "US",
    "Americans": "US",
    "Chinese": "CN",
    "Japanese": "JP",
    "Vietnamese": "VN",
    "Thai": "TH",
    "British": "GB",
    "French": "FR",
    "German": "DE",
    "Kazakh": "KZ",
    "Filipino": "PH",
    "Philippine": "PH",
    "Lao": "LA",
    "Laotian": "LA",
    "Burmese": "MM",
    "Singaporean": "SG",
    "Bruneian": "BN",
    "Pakistani": "PK",
    "Israeli": "IL",
    "Iraqi": "IQ",
    "Afghan": "AF",
    "Turkish": "TR",
    "Polish": "PL",
    "Dutch": "NL",
    "Swiss": "CH",
    "Swedish": "SE",
    "Norwegian": "NO",
    "Danish": "DK",
    "Finnish": "FI",
    "Spanish": "ES",
    "Portuguese": "PT",
    "Greek": "GR",
    "Saudi": "SA",
    "Emirati": "AE",
    "Qatari": "QA",
    "Bangladeshi": "BD",
    "Nepali": "NP",
    "Uzbek": "UZ",
    "Kyrgyz": "KG",
    "Tajik": "TJ",
    "Turkmen": "TM",
    "Azerbaijani": "AZ",
    "Irish": "IE",
    "Yemeni": "YE",
    "Omani": "OM",
    "Kuwaiti": "KW",
    "Lebanese": "LB",
    "Sudanese": "SD",
    "Congolese": "CD",
    "Taiwanese": "TW",
    "Korean": "KR",
    "Malay": "MY",
    "Scottish": "GB",
    "Welsh": "GB",
    "Belarusian": "BY",
    "Ukrainian": "UA",
    "Russian": "RU",
    "Russians": "RU",
}
# Country names that are also common given names or words: only alone, never in a run.
_AMBIGUOUS = frozenset({"Jordan", "Georgia", "Chad", "Niger", "Turkey", "Guinea", "China"})
_AMBIGUOUS_OK = frozenset({"China"})


@dataclass(frozen=True)
class CountryMention:
    surface: str
    canonical: str
    start: int
    end: int
    demonym: bool


def canonical_name(alpha_2: str) -> str:
    """The everyday short name for an ISO alpha-2 code."""
    if alpha_2 in _SHORT_NAMES:
        return _SHORT_NAMES[alpha_2]
    country = pycountry.countries.get(alpha_2=alpha_2)
    if country is None:
        return alpha_2
    return getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], dict[str, str], dict[str, int]]:
    """(name -> alpha_2, demonym -> alpha_2, first word -> longest name in words)."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = dict(_DEMONYMS)
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names[value] = code
    for code, short in _SHORT_NAMES.items():
        names[short] = code
    for code, extra in _EXTRA_NAMES.items():
        for value in extra:
            names[value] = code
    for name, code in list(names.items()):
        # Regular demonyms: Cambodia -> Cambodian, Malaysia -> Malaysian, Iran -> Iranian.
        if " " not in name and name.endswith("a"):
            demonyms.setdefault(name + "n", code)
            demonyms.setdefault(name + "ns", code)
        elif " " not in name and name.endswith(("n", "l", "q")):
            demonyms.setdefault(name + "ian", code)
    widths: dict[str, int] = {}
    for name in names:
        first, count = name.split(" ")[0], len(name.split(" "))
        widths[first] = max(widths.get(first, 1), count)
    return names, demonyms, widths


def _is_acronym(name: str) -> bool:
    """'US', 'U.S.', 'UAE': matched exactly, so the pronoun 'us' never means the USA."""
    return name.replace(".", "").isupper() and len(name.replace(".", "")) <= 4


@lru_cache(maxsize=1)
def _free_text_index() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """(case-folded name -> alpha_2, names pattern, acronyms pattern) for `countries_in`."""
    names, _, _ = _gazetteer()
    every = dict(names)
    for country in pycountry.countries:  # ISO's inverted names: 'Korea, Republic of'
        for attr in ("name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                every.setdefault(value, country.alpha_2)
    acronyms = {name: code for name, code in every.items() if _is_acronym(name)}
    folded = {name.casefold(): code for name, code in every.items() if name not in acronyms}
    words = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(name) for name in sorted(folded, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )
    exact = re.compile(
        r"(?<![\w.])("
        + "|".join(re.escape(name) for name in sorted(acronyms, key=len, reverse=True))
        + r")(?!\w)"
    )
    folded.update(acronyms)
    return folded, words, exact


def countries_in(text: str) -> list[str]:
    """Display names of the countries named in a short free text, names before acronyms."""
    index, words, exact = _free_text_index()
    found = [canonical_name(index[m.group(1).casefold()]) for m in words.finditer(text)]
    found += [canonical_name(index[m.group(1)]) for m in exact.finditer(text)]
    return found


@lru_cache(maxsize=65536)
def country_of_word(word: str) -> str | None:
    """Canonical country for a name or demonym ('Cambodian' -> 'Cambodia'), else None.

    Cached by word (the prose checks ask it for every word of every support window)."""
    names, demonyms, _ = _gazetteer()
    code = names.get(word) or demonyms.get(word)
    return canonical_name(code) if code else None


def find_countries(text: str, tokens: list[Token] | None = None) -> list[CountryMention]:
    """Every country name, abbreviation or demonym in text, longest match first."""
    names, demonyms, widths = _gazetteer()
    tokens = [
        t
        for t in (tokens if tokens is not None else capital_tokens(text))
        if not t.is_connector or t.text in ("of", "the")
    ]
    found: list[CountryMention] = []
    index = 0
    while index < len(tokens):
        matched = False
        longest = widths.get(tokens[index].text, 1)
        for width in range(min(longest, len(tokens) - index), 0, -1):
            window = tokens[index : index + width]
            if any(text[a.end : b.start] != " " for a, b in itertools.pairwise(window)):
                continue
            surface = text[window[0].start : window[-1].end]
            bare = window[-1].bare if width == 1 else surface
            if width == 1 and bare != surface:
                surface = bare
            code = names.get(surface)
            demonym = False
            if code is None and width == 1:
                code, demonym = demonyms.get(surface), True
            if code is None or (
                surface in _AMBIGUOUS
                and not _alone(text, window[0])
                and surface not in _AMBIGUOUS_OK
            ):
                continue
            start = window[0].start
            found.append(
                CountryMention(surface, canonical_name(code), start, start + len(surface), demonym)
            )
            index += width
            matched = True
            break
        if not matched:
            index += 1
    return found


def _alone(text: str, token: Token) -> bool:
    """True when no capitalised word touches the token (so 'Jordan' is not 'Michael Jordan')."""
    before = text[max(0, token.start - 2) : token.start]
    after = text[token.end : token.end + 2]
    return not (before[:1].isupper() or before[-1:].isalpha()) and not after[1:2].isupper()
