"""Import the Giveme5W1H gold standard (one JSON file per article) as gold records.

Decisions (documented in docs/gold.md and evals/gold/GUIDE.md):

- Article text = title, description and body joined by blank lines, the description left
  out when the body already contains it. Coders picked phrases from all three, and the
  same text goes to `briefing run` (articles export) and into `GoldRecord.text`, so
  grounding offsets and verbatim checks refer to one string.
- Each annotated phrase becomes one `GoldPhrase` (one acceptable answer) with
  weight = coderPhraseCount / 3. Phrases no coder chose (count 0) are dropped: they
  carry no credit, and kept with weight 0 a metric that ignores weights would credit them.
- An entry with a count but no text is a coder vote for "no answer". A question whose
  entries are all such votes becomes `NOT_STATED`; where some coders gave phrases, the
  phrases are kept and the missing votes show as weights below 1.
- `parsed` dates go into `GoldPhrase.date`. A text-less `when` entry with a parsed date
  (coders agreed no phrase states it) stays `NOT_STATED`; its date is kept in `notes`.
- Upstream double-escaped some phrases (`\\u2019`, `\\"`); those escapes are decoded.
  Where a phrase differs from the article only in curly vs straight quotes, the
  article's spelling is added as a second alternative.
- Articles flagged `parsingError` stay in, with their short text; the flag goes to notes
  and to the article's meta.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsbrief.evals.errors import Giveme5W1HFormatError
from newsbrief.schemas import (
    FIVE_W1H_QUESTIONS,
    NOT_STATED,
    Article,
    GoldBriefing,
    GoldFiveW1H,
    GoldPhrase,
    GoldRecord,
)
from newsbrief.schemas.briefing import PARTIAL_ISO_DATE

__all__ = [
    "CODERS",
    "QUESTIONS",
    "Giveme5W1HImport",
    "ImportStats",
    "article_text",
    "import_directory",
    "import_documents",
    "load_document",
    "to_article",
    "to_gold_record",
]

CODERS = 3
QUESTIONS = FIVE_W1H_QUESTIONS
SOURCE = "giveme5w1h"
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\([\"'\\/])")
# One-to-one character folding, so an index in the folded text is an index in the original.
_FOLD_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


@dataclass
class ImportStats:
    """What the import did, so a user can see no phrase vanished unexplained."""

    articles: int = 0
    phrases: int = 0
    not_stated: int = 0
    zero_count_dropped: int = 0
    unescaped: int = 0
    parsing_error: int = 0


@dataclass
class Giveme5W1HImport:
    """Gold records and the matching `briefing run` articles, in the same order."""

    records: list[GoldRecord] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    stats: ImportStats = field(default_factory=ImportStats)


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)) if m[1] else m[2], text)


def _clean(text: Any) -> str:
    return " ".join(str(text or "").split())


def _spellings(phrase: str, article: str) -> list[str]:
    """The coder's phrase, plus the article's own spelling when they differ only in
    typographic quotes (the annotation tool curled some apostrophes)."""
    if phrase in article:
        return [phrase]
    at = article.translate(_FOLD_QUOTES).find(phrase.translate(_FOLD_QUOTES))
    return [phrase, article[at : at + len(phrase)]] if at >= 0 else [phrase]


def load_document(path: Path) -> dict[str, Any]:
    """Read one article file and check the keys the importer relies on."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Giveme5W1HFormatError(path, f"not a readable JSON file ({exc})") from exc
    if not isinstance(doc, dict):
        raise Giveme5W1HFormatError(path, "expected a JSON object per article")
    missing = [key for key in ("dId", "text", "fiveWoneH") if key not in doc]
    if missing:
        raise Giveme5W1HFormatError(path, f"missing keys {missing}; is this Giveme5W1H gold?")
    if not isinstance(doc["fiveWoneH"], dict):
        raise Giveme5W1HFormatError(path, "fiveWoneH must be an object keyed by question")
    return doc


def article_text(doc: dict[str, Any]) -> str:
    """Title, description (unless the body already has it) and body, blank-line separated."""
    title = (doc.get("title") or "").strip()
    description = (doc.get("description") or "").strip()
    body = (doc.get("text") or "").strip()
    if description and _clean(description) in _clean(body):
        description = ""
    return "\n\n".join(part for part in (title, description, body) if part)


def _is_flagged(doc: dict[str, Any]) -> bool:
    return str(doc.get("parsingError", "")).strip().lower() == "true"


def _question(
    path: Path, question: str, entry: Any, article: str, stats: ImportStats, notes: list[str]
) -> list[GoldPhrase] | str | None:
    """One question's annotations -> phrases, NOT_STATED or None (not annotated)."""
    if entry is None:
        return None
    annotated = entry.get("annotated") if isinstance(entry, dict) else None
    if not isinstance(annotated, list):
        raise Giveme5W1HFormatError(path, f"fiveWoneH.{question}.annotated must be a list")
    phrases: dict[str, GoldPhrase] = {}
    no_answer_dates: list[str] = []
    for item in annotated:
        count = item.get("coderPhraseCount") if isinstance(item, dict) else None
        if not isinstance(count, int) or not 0 <= count <= CODERS:
            raise Giveme5W1HFormatError(
                path, f"fiveWoneH.{question}: coderPhraseCount must be 0..{CODERS}, got {count!r}"
            )
        parsed = item.get("parsed")
        date = parsed if isinstance(parsed, str) and PARTIAL_ISO_DATE.match(parsed) else None
        raw = item.get("text")
        text = _clean(_unescape(raw)) if isinstance(raw, str) else ""
        if not text:
            if date:
                no_answer_dates.append(date)
            continue
        if count == 0:
            stats.zero_count_dropped += 1
            continue
        stats.unescaped += int(text != _clean(raw))
        weight = count / CODERS
        if text not in phrases or phrases[text].weight < weight:
            alternatives = _spellings(text, article)
            phrases[text] = GoldPhrase(alternatives=alternatives, weight=weight, date=date)
    if phrases:
        stats.phrases += len(phrases)
        return list(phrases.values())
    if any(isinstance(item, dict) and not _clean(item.get("text")) for item in annotated):
        stats.not_stated += 1
        if no_answer_dates:
            notes.append(f"{question}: no phrase states it; coders' date {no_answer_dates[0]}")
        return NOT_STATED
    return None


def to_gold_record(doc: dict[str, Any], path: Path, stats: ImportStats) -> GoldRecord:
    """A gold record with only five_w1h labelled; every other gold field stays None."""
    notes: list[str] = []
    five = doc["fiveWoneH"]
    article = _clean(article_text(doc))
    answers = {q: _question(path, q, five.get(q), article, stats, notes) for q in QUESTIONS}
    if _is_flagged(doc):
        notes.insert(0, "parsingError: text only partly parsed upstream")
    return GoldRecord(
        id=str(doc["dId"]),
        title=doc.get("title") or None,
        text=article_text(doc),
        source=SOURCE,
        notes="; ".join(notes) or None,
        gold=GoldBriefing(five_w1h=GoldFiveW1H.model_validate(answers)),
    )


def to_article(doc: dict[str, Any]) -> Article:
    """The same article as `briefing run` input (same text as the gold record)."""
    meta: dict[str, Any] = {"dataset": SOURCE, "parsing_error": _is_flagged(doc)}
    if doc.get("category"):
        meta["category"] = doc["category"]
    return Article(
        id=str(doc["dId"]),
        text=article_text(doc),
        title=doc.get("title") or None,
        published=doc.get("date_publish") or None,
        source=doc.get("publisher") or None,
        url=doc.get("url") or None,
        language="en",
        meta=meta,
    )


def import_documents(paths: Iterable[Path]) -> Giveme5W1HImport:
    result = Giveme5W1HImport()
    for path in paths:
        doc = load_document(path)
        result.records.append(to_gold_record(doc, path, result.stats))
        result.articles.append(to_article(doc))
        result.stats.articles += 1
        result.stats.parsing_error += int(_is_flagged(doc))
    return result


def import_directory(src_dir: Path | str) -> Giveme5W1HImport:
    """Import every *.json in `src_dir`, in file-name order (stable output)."""
    src = Path(src_dir)
    if not src.is_dir():
        raise Giveme5W1HFormatError(src, "not a directory; give the folder of article JSON files")
    paths = sorted(src.glob("*.json"))
    if not paths:
        raise Giveme5W1HFormatError(src, "no *.json files found")
    return import_documents(paths)
