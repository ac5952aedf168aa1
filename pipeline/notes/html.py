"""The HTML briefing note: one self-contained page, safe to open from an e-mail.

Jinja2 with autoescape on renders every value from the article or the model as text.
The only markup that is not escaped by the template is the highlighted article, which
`highlight_article` builds from individually escaped segments. Defence in depth: a
Content-Security-Policy allows no network loads at all and only the page's own inline
script (pinned by its SHA-256), so even a missed escape could not run a script or fetch
anything. The page reads completely without the script; it only adds click-to-focus.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from newsbrief.notes.highlight import KIND_LABELS, highlight_article
from newsbrief.notes.model import FIVE_W_FIELDS, UNGROUNDED_MARK, Note
from newsbrief.text.injection import injected_spans
from newsbrief.version import code_version

__all__ = [
    "TEMPLATES",
    "content_security_policy",
    "environment_globals",
    "note_context",
    "note_script",
    "render_html",
    "render_page",
]

TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every variable is escaped unless it is Markup we built
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(environment_globals())
    return env


def environment_globals() -> dict[str, Any]:
    """Names every note template expects (the workspace's environment adds them too)."""
    return {"mark": UNGROUNDED_MARK, "kind_labels": KIND_LABELS, "five_w_fields": FIVE_W_FIELDS}


@lru_cache(maxsize=1)
def note_script() -> str:
    return (TEMPLATES / "note.js").read_text(encoding="utf-8")


def content_security_policy(script: str) -> str:
    """No network, no plugins, and only the page's own script (by hash) may run."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


def render_page(template: str, **context: Any) -> str:
    """Render one of the page templates with the shared script and policy."""
    script = note_script()
    return (
        environment()
        .get_template(template)
        .render(
            script=Markup(script),
            csp=content_security_policy(script),
            code_version=code_version(),
            **context,
        )
    )


def note_context(note: Note) -> dict[str, Any]:
    """What `_note_body.html.j2` needs: the note, its highlighted article and counts.

    The workspace renders the same body inside its own page, so both build it here."""
    text = note.text
    spans = note.spans()
    counts: dict[str, int] = {}
    for span in spans:
        counts[span.kind] = counts.get(span.kind, 0) + 1
    return {
        "note": note,
        "b": note.briefing,
        "p": note.record.provenance,
        "article_html": (
            highlight_article(text, spans, note.spans(prose=True), injected_spans(text))
            if text is not None
            else None
        ),
        "span_counts": counts,
        "rate": _rate(note),
    }


def render_html(note: Note) -> str:
    """The note as a complete HTML document (a string)."""
    return render_page("note.html.j2", **note_context(note))


def _rate(note: Note) -> float | None:
    summary = note.briefing.grounding
    return summary.rate if summary is not None else None
