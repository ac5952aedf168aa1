"""The Markdown briefing note: what `briefing note` prints and writes to `.md`.

Model output is untrusted text: it is Markdown-escaped so a quote containing `*`, `|`,
`<script>` or a leading `#` renders as the literal characters, never as markup (and
never as HTML when a viewer allows inline HTML). Items the grounding step could not
find in the article carry a visible ⚠ marker next to them, not only in the summary.
"""

from __future__ import annotations

import re

from newsbrief.notes.highlight import KIND_LABELS
from newsbrief.notes.model import (
    CHECK_SOURCE_TEXT,
    FIVE_W_FIELDS,
    NOT_CHECKED_TEXT,
    UNGROUNDED_MARK,
    Item,
    Note,
)

__all__ = ["md_cell", "md_escape", "render_markdown", "status_mark"]

# Characters that start inline markup anywhere (CommonMark allows escaping any ASCII
# punctuation with a backslash, so the escaped text reads the same in every renderer).
_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
# Characters that only mean something at the start of a line (headings, lists, quotes).
_LINE_START = re.compile(r"^(\s*)([#>+\-=])", re.MULTILINE)
_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def md_escape(text: str | None) -> str:
    """Escape model or article text for inline use in Markdown (one line)."""
    if not text:
        return ""
    text = " ".join(text.split())
    text = _INLINE.sub(r"\\\1", text)
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def md_cell(text: str | None) -> str:
    """Escape for a table cell; an empty cell shows an en dash so columns stay aligned."""
    return md_escape(text) or "–"


def status_mark(item: Item | None, checked: bool = True, what: str = "") -> str:
    """The marker after an item: ⚠ when looked for and not found; "not checked" when the
    grounding step ran but skipped this item (silent when grounding never ran at all:
    the grounding section says so once instead of on every line). `what` names the part
    of a row the marker is about ("date", "place")."""
    prefix = f"{what} " if what else ""
    if item is None:
        return ""
    if item.status == "ungrounded":
        return f" {UNGROUNDED_MARK} *{prefix}not found in the article*"
    if item.status == "approximate":
        return f" ≈ *{md_escape(item.reason or 'approximate')}*"
    if item.status == "unchecked" and checked:
        return f" *({prefix}not checked)*"
    if item.status in ("contradicted", "unsupported"):  # older runs: as written
        return f" {UNGROUNDED_MARK} *{item.status}: {md_escape(item.reason or '')}*"
    if item.status == "unverified":
        return f" ? *{CHECK_SOURCE_TEXT}*"
    return ""


def summary_markdown(note: Note) -> str:
    """The summary with each checked sentence's mark after it (contradicted: ⚠ and the
    reason; unverified: ? check against the source), as the HTML note marks them in
    place; the summary as written when it was never checked."""
    sentences = note.summary_claims()
    if not sentences:
        return md_escape(note.briefing.summary)
    return " ".join(f"{md_escape(item.label)}{status_mark(item)}" for item in sentences)


def _heading(lines: list[str], title: str) -> None:
    lines.extend(["", f"## {title}", ""])


def source_lines(note: Note) -> list[str]:
    """`Source: outlet · by author · published date · <url>`; nothing without the
    article (the note cannot know its source)."""
    c = note.citation
    if c is None:
        return []
    text = "Source: " + " · ".join(md_escape(part) for part in c.parts())
    if c.link:
        text += f" · <{c.link}>"
    elif c.url:
        text += f" · {md_escape(c.url)}"
    return [text]


def render_markdown(note: Note) -> str:
    """The whole note as Markdown text (ends with a newline)."""
    b = note.briefing
    lines = [f"# {md_escape(b.headline)}", "", f"*{md_escape(note.provenance_line())}*"]
    if note.article is not None:
        title = f" – {md_escape(note.article.title)}" if note.article.title else ""
        lines += ["", f"*article `{note.record.id}`{title}*", "", *source_lines(note)]
    if b.injection_suspected:
        lines += [
            "",
            (
                f"> {UNGROUNDED_MARK} **The article may contain instructions aimed "
                "at the model (prompt injection suspected). Check this briefing against "
                "the article before relying on it.**"
            ),
        ]
    if note.removals():
        lines += [
            "",
            (
                f"> {UNGROUNDED_MARK} **Partial briefing: removed because they still "
                "failed validation:**"
            ),
        ]
        lines += [f"> - {md_escape(line)}" for line in note.removals()]
    _heading(lines, "Summary")
    lines.append(summary_markdown(note))
    if b.key_points:
        _heading(lines, "Key points")
        lines += [
            f"- {md_escape(point)}{status_mark(note.claim(f'key_points[{i}]'))}"
            for i, point in enumerate(b.key_points)
        ]
    _five_w(lines, note)
    _actors(lines, note)
    _events(lines, note)
    _quotes(lines, note)
    if b.relations:
        _heading(lines, "Relations")
        for i, rel in enumerate(b.relations):
            parties = " ↔ ".join(md_escape(p) for p in rel.parties)
            said = status_mark(note.claim(f"relations[{i}].description"))
            lines.append(
                f"- **{parties}** ({md_escape(rel.kind)}): {md_escape(rel.description)}{said}"
            )
    if b.topics:
        _heading(lines, "Topics")
        lines.append(", ".join(f"`{t}`" for t in b.topics))
    _grounding(lines, note)
    return "\n".join(lines).strip() + "\n"


def _five_w(lines: list[str], note: Note) -> None:
    fivew = note.briefing.five_w1h
    _heading(lines, "5W1H")
    lines += ["| question | answer |", "|---|---|"]
    for name in FIVE_W_FIELDS:
        value = getattr(fivew, name)
        answer = ", ".join(value) if isinstance(value, list) else value
        cell = md_cell(answer) + (
            status_mark(note.item(f"fivew-{name}"), note.grounding_checked) if answer else ""
        )
        lines.append(f"| {name} | {cell} |")


def _actors(lines: list[str], note: Note) -> None:
    actors = note.briefing.actors
    if not actors:
        return
    _heading(lines, "Actors")
    lines += ["| name | kind | role | affiliation |", "|---|---|---|---|"]
    for i, actor in enumerate(actors):
        name = md_cell(actor.name) + status_mark(note.item(f"actor-{i}"), note.grounding_checked)
        lines.append(
            f"| {name} | {actor.kind} | {md_cell(actor.role)} | {md_cell(actor.affiliation)} |"
        )


def _events(lines: list[str], note: Note) -> None:
    events = note.briefing.events
    if not events:
        return
    _heading(lines, "Timeline")
    for i, event in enumerate(events):
        date = event.when or "undated"
        written = f" (“{md_escape(event.when_text)}”)" if event.when_text else ""
        where = f" – {md_escape(event.where)}" if event.where else ""
        who = (
            f" [{', '.join(md_escape(p) for p in event.participants)}]"
            if event.participants
            else ""
        )
        mark = status_mark(note.item(f"event-{i}"), note.grounding_checked, "date") + status_mark(
            note.item(f"event-{i}-where"), note.grounding_checked, "place"
        )
        said = status_mark(note.claim(f"events[{i}].what"))
        lines.append(f"- **{date}**{written}{where}: {md_escape(event.what)}{said}{who}{mark}")


def _quotes(lines: list[str], note: Note) -> None:
    quotes = note.briefing.quotes
    if not quotes:
        return
    _heading(lines, "Quotes")
    for i, quote in enumerate(quotes):
        speaker = md_escape(quote.speaker) if quote.speaker else "unattributed"
        mark = status_mark(note.item(f"quote-{i}"), note.grounding_checked)
        lines += [f"> “{md_escape(quote.text)}”", ">", f"> — {speaker}{mark}", ""]
    lines.pop()


def _grounding(lines: list[str], note: Note) -> None:
    _heading(lines, "Grounding")
    if not note.grounding_checked:
        lines.append(NOT_CHECKED_TEXT)
        return
    lines.append(f"Grounding rate: **{note.grounding_rate_text()}**.")
    _unsupported(lines, note)
    missing = note.ungrounded()
    if not missing:
        lines += ["", note.found_text()]
        return
    lines += ["", f"{UNGROUNDED_MARK} Not found in the article (verify before use):", ""]
    for item in missing:
        reason = f" ({md_escape(item.reason)})" if item.reason else ""
        lines.append(
            f"- {UNGROUNDED_MARK} {KIND_LABELS[item.kind]}: {md_escape(item.label)}{reason}"
        )


def verdict_lines(note: Note) -> list[str]:
    """What the checks found against the briefing's claims, as Markdown lines: what the
    article contradicts (do not use as written) and what no check could link (check
    against the source); shared by the note and the digest."""
    lines: list[str] = []
    problems = note.contradicted_lines()
    if problems:
        lines += ["", f"{UNGROUNDED_MARK} Contradicted by the article (do not use as written):", ""]
        lines += [f"- {UNGROUNDED_MARK} {md_escape(line)}" for line in problems]
    unverified = note.unverified_lines()
    if unverified:
        lines += ["", "Not linked to the article by the checks (check against the source):", ""]
        lines += [f"- ? {md_escape(line)}" for line in unverified]
    return lines


def _unsupported(lines: list[str], note: Note) -> None:
    lines += verdict_lines(note)
    supported = note.supported_text()
    if supported:
        lines += ["", md_escape(supported)]
