"""Explicit date expressions and their ISO 8601 (partial) values.

Only explicit dates are read ('March 7, 2022', 'June 17', '17 June 2022', 'June 18-20',
'2022-03-07', 'October 2025', 'in 2019'). A day and month without a year get the year
of the article's anchor date: its publication date, else a full date written in the
text (a dateline), else a year in a Khmer-script dateline. Bare years ('since 2016')
are never used as anchors: they are usually history, and a wrong year is worse than
none, so without an anchor `iso` stays None and only the text is kept.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from newsbrief.text.lexicon import MONTHS

__all__ = ["DateMention", "anchor_date", "find_dates", "resolve_year"]

# Longest form first, so 'September' is never read as 'Sep' + 'tember'.
_MONTH = rf"(?P<month>{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_RANGE = r"(?:\s*[-–]\s*[0-3]?\d)?"
_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}{_RANGE}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_DAY}{_RANGE}\s+{_MONTH}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_MONTH}(?:\s+of)?,?\s+{_YEAR}\b"),
    re.compile(rf"\b(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-?)\s+{_MONTH}\b(?!\s+[0-3]?\d)"),
    re.compile(rf"(?<![\w,.$-]){_YEAR}(?![\w-]|\s*(?:%|per|km|people|troops|soldiers))"),
]
_HINT = re.compile(r"[0-9]|(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)")
_KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
_KHMER_YEAR = re.compile(r"ឆ្នាំ\s*([០-៩]{4})")
_ISO_PREFIX = re.compile(r"((?:19|20)\d{2})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class DateMention:
    """A date written in the text: `text` is verbatim, `iso` is YYYY[-MM[-DD]] or None."""

    text: str
    start: int
    end: int
    iso: str | None
    year: int | None
    month: int | None
    day: int | None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _mention(match: re.Match[str], offset: int) -> DateMention | None:
    groups = match.groupdict()
    text = match.group(0)
    month_word = groups.get("month")
    if (
        month_word is not None
        and month_word.lower().rstrip(".") == "may"
        and not (groups.get("day") or groups.get("year"))
    ):
        return None  # 'in May' is too often the verb
    month = (
        int(groups["mnum"])
        if groups.get("mnum")
        else (MONTHS[month_word.rstrip(".")] if month_word else None)
    )
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    if day is not None and (month is None or not 1 <= day <= 31):
        return None
    start, end = (position + offset for position in match.span())
    if text[:1].islower() or text.split()[0] in {"In", "Early", "Late", "Mid"}:
        # Keep 'In March' verbatim only from the month on.
        offset = text.find(month_word) if month_word else 0
        start, text = start + offset, text[offset:]
    return DateMention(text, start, end, None, year, month, day)


def find_dates(text: str) -> list[DateMention]:
    """Every explicit date in text, longest match first per position, in text order.

    Lines with no digit and no month abbreviation are skipped without running the
    patterns: most lines of an article hold no date, and that halves the cost.
    """
    found: list[DateMention] = []
    offset = 0
    for line in text.split("\n"):
        if _HINT.search(line):
            found.extend(_line_dates(line, offset))
        offset += len(line) + 1
    return found


def _line_dates(line: str, offset: int) -> list[DateMention]:
    taken: list[tuple[int, int]] = []  # sorted, never overlapping: neighbours suffice
    found: list[DateMention] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(line):
            start, end = match.span()
            at = bisect.bisect_left(taken, (start, end))
            if (at > 0 and taken[at - 1][1] > start) or (at < len(taken) and taken[at][0] < end):
                continue
            mention = _mention(match, offset)
            if mention is None:
                continue
            taken.insert(at, (start, end))
            found.append(mention)
    return sorted(found, key=lambda mention: mention.start)


def anchor_date(
    text: str, published: str | None, dates: list[DateMention] | None = None
) -> date | int | None:
    """The date that undated days and months are read against (see module docstring).

    Returns a full date where one is known, a bare year from a Khmer dateline, else None.
    `dates` are find_dates(text) when the caller already has them.
    """
    if published:
        match = _ISO_PREFIX.search(published)
        if match and match.group(2) and match.group(3):
            anchored = _safe_date(*(int(part) for part in match.groups()))
            if anchored:
                return anchored
        if match:
            return int(match.group(1))
    for mention in find_dates(text) if dates is None else dates:
        if mention.year and mention.month and mention.day:
            full = _safe_date(mention.year, mention.month, mention.day)
            if full:
                return full
    khmer = _KHMER_YEAR.search(text)
    if khmer:
        return int(khmer.group(1).translate(_KHMER_DIGITS))
    return None


def resolve_year(mention: DateMention, anchor: date | int | None) -> str | None:
    """ISO 8601 partial date for a mention, filling a missing year from the anchor.

    A day-month later than a full anchor date by over a month belongs to the year
    before (an article of 7 March 2022 that says 'December 5' means 2021).
    """
    year = mention.year
    if year is None and mention.month is not None:
        if isinstance(anchor, date):
            year = anchor.year
            candidate = _safe_date(year, mention.month, mention.day or 1)
            if candidate and (candidate - anchor).days > 31:
                year -= 1
        elif isinstance(anchor, int):
            year = anchor
    if year is None:
        return None
    if mention.month is None:
        return f"{year:04d}"
    if mention.day is None:
        return f"{year:04d}-{mention.month:02d}"
    if _safe_date(year, mention.month, mention.day) is None:
        return f"{year:04d}-{mention.month:02d}"
    return f"{year:04d}-{mention.month:02d}-{mention.day:02d}"
