"""Build the labelled faithfulness set from its hand-written source.

    .venv/bin/python benchmarks/faithfulness_data.py   # writes benchmarks/data/faithfulness*.jsonl

Input: benchmarks/data/faithfulness_source.yaml (faithful paraphrases, hand-written
negations and added details, entity lists, quotes with their speakers) and the articles
of examples/. Output: one labelled claim per line. The FactCC-style corruptions that are
mechanical are generated here, deterministically, with rules written independently of
the checker (their own number, date and name patterns):

- number: a number of a faithful sentence replaced, in turn, by another number of the
  same article, by a nearby value, or by a different magnitude (x10, million/billion);
- date: a weekday, month, day of the month or year replaced by another one;
- entity: a listed name of the sentence replaced by another name of the same kind from
  the same article (the full name, or the surname when only that is written);
- speaker: each quote attributed to another speaker or person of the same article.

Negations (added or removed) and added details are hand-written in the source.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
# (hand-written source, generated set): the development set the rules were written
# against, a held-out set written afterwards and never used to change them, and a second,
# a third, a fourth and a fifth held-out set written blind (without reading the checks) on
# five further articles each.
SETS = (
    (DATA / "faithfulness_source.yaml", DATA / "faithfulness.jsonl"),
    (DATA / "faithfulness_heldout_source.yaml", DATA / "faithfulness_heldout.jsonl"),
    (DATA / "faithfulness_heldout2_source.yaml", DATA / "faithfulness_heldout2.jsonl"),
    (DATA / "faithfulness_heldout3_source.yaml", DATA / "faithfulness_heldout3.jsonl"),
    (DATA / "faithfulness_heldout4_source.yaml", DATA / "faithfulness_heldout4.jsonl"),
    (DATA / "faithfulness_heldout5_source.yaml", DATA / "faithfulness_heldout5.jsonl"),
)
ARTICLES = (ROOT / "examples" / "seeds.jsonl", ROOT / "examples" / "giveme5w1h-dev-articles.jsonl")

WORD_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"]
NUMBER = re.compile(
    r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d])"
    r"|\b(" + "|".join(WORD_NUMBERS) + r")\b",
    re.IGNORECASE,
)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip
DATE = re.compile(
    r"\b(?P<wd>" + "|".join(WEEKDAYS) + r")\b"
    r"|\b(?P<month>" + "|".join(MONTHS) + r"|Oct)\b(?:\s(?P<day>\d{1,2})\b)?"
    r"|\b(?P<year>(?:19|20)\d\d)\b"
)


def load_articles() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in ARTICLES:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    return texts


def _value(text: str) -> float:
    lower = text.lower()
    if lower in WORD_NUMBERS:
        return float([2, 3, 4, 5, 6, 7, 8, 9, 10, 12][WORD_NUMBERS.index(lower)])
    return float(text.replace(",", ""))


def _format_like(original: str, value: float) -> str:
    if original.lower() in WORD_NUMBERS:
        words = dict(zip([2, 3, 4, 5, 6, 7, 8, 9, 10, 12], WORD_NUMBERS, strict=True))
        return words.get(int(value), str(int(value)))
    if "." in original and value != int(value):
        return f"{value:.1f}"
    return f"{int(value):,}" if "," in original or value >= 10_000 else str(int(value))


def _is_year(match: re.Match[str]) -> bool:
    text = match.group(0)
    return text.isdigit() and len(text) == 4 and text[:2] in ("19", "20")


def number_corruption(claim: str, article: str, turn: int) -> str | None:
    """Change the first number of `claim` that is not a year or a day of a month."""
    for match in NUMBER.finditer(claim):
        if _is_year(match) or re.search(
            r"(?:" + "|".join(MONTHS) + r"|Oct)\s$", claim[: match.start()]
        ):
            continue
        original = match.group(0)
        value = _value(original)
        mode = turn % 3
        new: float | None = None
        if mode == 0:  # another number of the same article
            others = [
                _value(m.group(0))
                for m in NUMBER.finditer(article)
                if not _is_year(m) and _value(m.group(0)) != value and _value(m.group(0)) > 0
            ]
            new = others[turn % len(others)] if others else None
        if new is None and mode in (0, 1):
            new = value + (1 + turn % 4) if value < 20 else round(value * (1.3 + 0.1 * (turn % 3)))
        if new is None:  # a different magnitude
            if re.match(r"\s(million|billion)", claim[match.end() :]):
                scale = claim[match.end() :].split()[0]
                swapped = "billion" if scale == "million" else "million"
                rest = claim[match.end() :].replace(scale, swapped, 1)
                return claim[: match.end()] + rest
            new = value * 10
        replacement = _format_like(original, new)
        if replacement == original:
            continue
        return claim[: match.start()] + replacement + claim[match.end() :]
    return None


def date_corruption(claim: str, turn: int) -> str | None:
    match = DATE.search(claim)
    if match is None:
        return None
    if match.group("wd"):
        index = WEEKDAYS.index(match.group("wd"))
        new = WEEKDAYS[(index + 2 + turn % 3) % 7]
        return claim[: match.start()] + new + claim[match.end() :]
    if match.group("month"):
        if match.group("day") and turn % 2 == 0:
            day = int(match.group("day"))
            new_day = day + 3 if day <= 25 else day - 4
            return claim[: match.start("day")] + str(new_day) + claim[match.end("day") :]
        month = match.group("month")
        index = 9 if month == "Oct" else MONTHS.index(month)
        new = MONTHS[(index + 1 + turn % 3) % 12]
        return claim[: match.start("month")] + new + claim[match.end("month") :]
    year = int(match.group("year"))
    return (
        claim[: match.start()]
        + str(year + (1 + turn % 3) * (-1 if turn % 2 else 1))
        + claim[match.end() :]
    )


def entity_corruption(claim: str, entities: dict[str, list[str]], turn: int) -> str | None:
    for names in entities.values():
        for name in names:
            forms = [name] if len(name.split()) == 1 else [name, name.split()[-1]]
            for position, form in enumerate(forms):
                found = re.search(rf"\b{re.escape(form)}\b", claim)
                if not found:
                    continue
                others = [n for n in names if n != name and n.split()[-1] not in claim]
                if not others:
                    continue
                other = others[turn % len(others)]
                new = other if position == 0 else other.split()[-1]
                return claim[: found.start()] + new + claim[found.end() :]
    return None


def build(source_path: Path) -> list[dict[str, Any]]:
    articles = load_articles()
    source = yaml.safe_load(source_path.read_text(encoding="utf-8"))
    rows: list[dict[str, Any]] = []
    turn = 0
    for entry in source:
        article_id = next(a for a in articles if a.startswith(str(entry["article"])))
        text = articles[article_id]

        def add(
            kind: str,
            label: str,
            claim: str,
            origin: str,
            article_id: str = article_id,
            **extra: Any,
        ) -> None:
            rows.append(
                {
                    "id": f"{article_id[:8]}-{origin}-{label}",
                    "article": article_id,
                    "kind": kind,
                    "label": label,
                    "claim": claim,
                    **extra,
                }
            )

        negated = {int(k): v for k, v in (entry.get("negated") or {}).items()}
        entities = entry.get("entities") or {}
        for index, paraphrase in enumerate(entry["paraphrases"]):
            turn += 1
            origin = f"p{index}"
            add("prose", "faithful", paraphrase, origin)
            for label, corrupted in (
                ("number", number_corruption(paraphrase, text, turn)),
                ("date", date_corruption(paraphrase, turn)),
                ("entity", entity_corruption(paraphrase, entities, turn)),
                ("negation", negated.get(index)),
            ):
                if corrupted and corrupted != paraphrase:
                    add("prose", label, corrupted, origin)
        for index, added in enumerate(entry.get("added") or []):
            add("prose", "added", added, f"a{index}")
        for index, quote in enumerate(entry.get("quotes") or []):
            origin = f"q{index}"
            add("speaker", "faithful", quote["speaker"], origin, quote=quote["text"])
            for other_index, other in enumerate(quote["others"]):
                add("speaker", "speaker", other, f"{origin}o{other_index}", quote=quote["text"])
    return rows


def main() -> None:
    for source, output in SETS:
        rows = build(source)
        output.write_text(
            "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
        )
        counts: dict[str, int] = {}
        for row in rows:
            key = f"{row['kind']}/{row['label']}"
            counts[key] = counts.get(key, 0) + 1
        print(f"wrote {len(rows)} labelled claims to {output.relative_to(ROOT)}: {counts}")


if __name__ == "__main__":
    main()
