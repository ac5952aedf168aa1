"""Rendering for the workspace pages: the jinja2 environment and the page contexts.

The environment loads the workspace's templates first and the notes' templates second,
so the article page includes exactly the body `briefing note` writes (same highlights,
same grounding marks) instead of a copy of it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import jinja2
from starlette.responses import HTMLResponse

from newsbrief.evals.adjudicate import adjudication_rows
from newsbrief.evals.field_diff import FIELDS, gold_field, predicted_field
from newsbrief.evals.goldreview import count_review, scorable_gold, unreviewed_line
from newsbrief.notes import Note
from newsbrief.notes.html import TEMPLATES as NOTE_TEMPLATES
from newsbrief.notes.html import environment_globals, note_context
from newsbrief.schemas import Article, BriefingRecord, ErrorRecord, GoldBriefing, GoldRecord
from newsbrief.version import code_version
from newsbrief.workspace.draft import draft_gold
from newsbrief.workspace.goldstore import GoldStore
from newsbrief.workspace.paths import TEMPLATES

__all__ = ["Renderer", "note_context", "note_css", "review_context", "side_by_side"]


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(TEMPLATES), jinja2.FileSystemLoader(NOTE_TEMPLATES)]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(environment_globals())
    env.globals["code_version"] = code_version()
    env.filters["pct"] = lambda v: "–" if v is None else f"{v:.0%}"
    env.filters["num"] = lambda v: "–" if v is None else f"{v:,}"
    return env


@lru_cache(maxsize=1)
def note_css() -> str:
    return (NOTE_TEMPLATES / "style.css").read_text(encoding="utf-8")


class Renderer:
    """Renders a page template with what every page needs (the anti-forgery token)."""

    def __init__(self, csrf_token: str) -> None:
        self.csrf_token = csrf_token

    def __call__(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = environment().get_template(template).render(csrf=self.csrf_token, **context)
        return HTMLResponse(html, status)


def review_context(
    store: GoldStore,
    article_id: str,
    record: BriefingRecord | ErrorRecord,
    article: Article | None,
    run_id: str | None = None,
) -> dict[str, Any]:
    """The editor's starting point: the saved gold (reviewed items and the suggestions
    left unreviewed) if any, else the model's briefing as suggestions from run `run_id`."""
    saved, version = store.get(article_id)
    if saved is not None:
        draft, origin = saved, "saved"
    elif isinstance(record, BriefingRecord):
        title = article.title if article else None
        draft = draft_gold(record.id, record.briefing, title, run_id, record.provenance.prompt_hash)
        origin = "model"
    else:
        draft, origin = GoldRecord(id=article_id, gold=GoldBriefing()), "empty"
    payload = draft.model_dump(mode="json", exclude_none=True)
    return {
        "draft_json": json.dumps(payload, ensure_ascii=False),
        "origin": origin,
        "version": version,
        "saved": saved,
        "review_line": unreviewed_line(count_review([saved])) if saved else "",
        "adjudication_json": json.dumps(
            adjudication_rows(saved) if saved else [], ensure_ascii=False
        ),
        "text": article.text if article else None,
        "gold_problems": store.problems(),
    }


def side_by_side(
    records: list[BriefingRecord | ErrorRecord | None],
    article: Article | None,
    gold: GoldRecord | None = None,
) -> dict[str, Any]:
    """Each field of both briefings as display strings, with the differences marked, and
    the gold next to them: what scoring uses (reviewed items; a field reviewed in part
    shows as unlabelled), with the unreviewed suggestions counted apart."""
    briefings = [r.briefing if isinstance(r, BriefingRecord) else None for r in records]
    scored = scorable_gold(gold) if gold is not None else None
    rows = []
    for name in FIELDS:
        a, b = (predicted_field(briefing, name) for briefing in briefings)
        rows.append(
            {
                "field": name,
                "a": [(item, item not in b) for item in a],
                "b": [(item, item not in a) for item in b],
                "differs": a != b,
                "gold": gold_field(scored, name),
            }
        )
    notes = [
        note_context(Note(r, article)) if isinstance(r, BriefingRecord) else None for r in records
    ]
    counts = count_review([gold]) if gold is not None else None
    return {
        "rows": rows,
        "records": records,
        "notes": notes,
        "article": article,
        "gold": gold,
        "gold_line": counts.line() if counts else "",
    }
