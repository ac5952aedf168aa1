"""The rows of a labelled faithfulness set, as its generator script writes them
(`benchmarks/faithfulness_heldout*_data.py`): one place for the row shape, the id rule
and the file it goes to, so every set reads the same in `benchmarks/faithfulness.py`."""

from __future__ import annotations

import json
from pathlib import Path

__all__ = ["LabelledClaims"]

DATA = Path(__file__).resolve().parent / "data"


class LabelledClaims:
    """The claims of one set, in the order they are written. A row's id is the article
    id's first three characters, a tag and the label (`001-p3-negation`), so a faithful
    claim and its corruptions share a tag."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows: list[dict[str, str]] = []

    def _add(self, article: str, tag: str, label: str, kind: str, claim: str,
             **extra: str) -> None:  # fmt: skip
        self.rows.append({"id": f"{article[:3]}-{tag}-{label}", "article": article,
                          "kind": kind, "label": label, "claim": claim, **extra})  # fmt: skip

    def prose(self, article: str, tag: str, label: str, claim: str) -> None:
        """A sentence a summary could hold, checked against the article's support."""
        self._add(article, tag, label, "prose", claim)

    def speaker(self, article: str, tag: str, label: str, claim: str, quote: str) -> None:
        """`claim` names who said `quote` (a quotation of the article)."""
        self._add(article, tag, label, "speaker", claim, quote=quote)

    def quote(self, article: str, tag: str, label: str, claim: str) -> None:
        """`claim` is the text of a quotation, verbatim or altered."""
        self._add(article, tag, label, "quote", claim)

    def write(self) -> Path:
        """benchmarks/data/faithfulness_NAME.jsonl, refusing repeated ids."""
        ids = [row["id"] for row in self.rows]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise SystemExit(f"{self.name}: repeated row ids {repeated[:5]}")
        out = DATA / f"faithfulness_{self.name}.jsonl"
        out.write_text(
            "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in self.rows),
            encoding="utf-8",
        )
        print(f"wrote {len(self.rows)} labelled claims to {out}")
        return out
