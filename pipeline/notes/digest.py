"""A digest: several briefings in one note, grouped by country and topic, one timeline.

The digest is built once (`build_digest`) and rendered to Markdown or HTML, so both
formats agree. Dated events from every article are merged into one timeline sorted by
their ISO date; partial dates sort before the full dates they contain ("2022" before
"2022-03" before "2022-03-03") and show their precision as written. Every entry links
back to its article by id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsbrief.notes.countries import countries_of
from newsbrief.notes.html import render_page
from newsbrief.notes.markdown import md_escape, source_lines, summary_markdown, verdict_lines
from newsbrief.notes.model import UNGROUNDED_MARK, Note
from newsbrief.schemas import Article, BriefingRecord, Manifest

__all__ = [
    "Digest",
    "DigestArticle",
    "TimelineEntry",
    "build_digest",
    "date_key",
    "render_digest_html",
    "render_digest_markdown",
]

NO_COUNTRY = "No country identified"


def date_key(iso: str) -> tuple[int, int, int]:
    """Sort key for YYYY, YYYY-MM or YYYY-MM-DD: missing parts sort first (as 0)."""
    parts = [int(p) for p in iso.split("-")] + [0, 0]
    return parts[0], parts[1], parts[2]


def anchor(article_id: str) -> str:
    """An HTML id for an article: ids are arbitrary strings, anchors are not."""
    return "article-" + re.sub(r"[^A-Za-z0-9_-]", "-", article_id)


@dataclass(frozen=True)
class TimelineEntry:
    when: str
    when_text: str | None
    what: str
    where: str | None
    article_id: str
    anchor: str
    ungrounded: bool


@dataclass
class DigestArticle:
    note: Note
    countries: list[str]
    anchor: str
    undated: int = 0

    @property
    def record(self) -> BriefingRecord:
        return self.note.record


@dataclass
class Digest:
    articles: list[DigestArticle]
    by_country: dict[str, list[DigestArticle]] = field(default_factory=dict)
    by_topic: dict[str, list[DigestArticle]] = field(default_factory=dict)
    timeline: list[TimelineEntry] = field(default_factory=list)
    manifest: Manifest | None = None
    topic: str | None = None

    @property
    def undated(self) -> int:
        return sum(a.undated for a in self.articles)


def build_digest(
    records: list[BriefingRecord],
    manifest: Manifest | None = None,
    topic: str | None = None,
    articles: dict[str, Article] | None = None,
) -> Digest:
    """Group records by country and topic and merge their dated events; `articles`
    (by id) give each entry its source line."""
    digest = Digest(articles=[], manifest=manifest, topic=topic)
    for record in records:
        note = Note(record, (articles or {}).get(record.id))
        article = DigestArticle(note, countries_of(record.briefing), anchor(record.id))
        digest.articles.append(article)
        for country in article.countries or [NO_COUNTRY]:
            digest.by_country.setdefault(country, []).append(article)
        topics: list[str] = list(record.briefing.topics) or ["untagged"]
        for name in topics:
            digest.by_topic.setdefault(name, []).append(article)
        for i, event in enumerate(record.briefing.events):
            if event.when is None:
                article.undated += 1
                continue
            item = note.item(f"event-{i}")
            digest.timeline.append(
                TimelineEntry(
                    event.when,
                    event.when_text,
                    event.what,
                    event.where,
                    record.id,
                    article.anchor,
                    item is not None and item.status == "ungrounded",
                )
            )
    digest.by_country = dict(
        sorted(digest.by_country.items(), key=lambda kv: (kv[0] == NO_COUNTRY, -len(kv[1]), kv[0]))
    )
    digest.by_topic = dict(sorted(digest.by_topic.items(), key=lambda kv: (-len(kv[1]), kv[0])))
    digest.timeline.sort(key=lambda e: (date_key(e.when), e.article_id))
    return digest


def _link(article: DigestArticle) -> str:
    return f"[{md_escape(article.record.briefing.headline)}](#{article.anchor}) (`{article.record.id}`)"


def render_digest_markdown(digest: Digest) -> str:
    """The digest as Markdown text."""
    title = f"Digest: {len(digest.articles)} briefings"
    if digest.topic:
        title += f" on {digest.topic}"
    lines = [f"# {title}", ""]
    if digest.manifest is not None:
        m = digest.manifest
        lines.append(
            f"*run {md_escape(m.run_id)} · {m.backend} · model {md_escape(m.model)} · "
            f"prompt {m.prompt_id}@v{m.prompt_version} (hash {m.prompt_hash[:12]}) · "
            f"{m.started_at[:10]}*"
        )
    lines += ["", "## By country", ""]
    for country, articles in digest.by_country.items():
        lines.append(
            f"- **{md_escape(country)}** ({len(articles)}): "
            + "; ".join(_link(a) for a in articles)
        )
    lines += ["", "## By topic", ""]
    for name, articles in digest.by_topic.items():
        lines.append(f"- **{name}** ({len(articles)}): " + "; ".join(_link(a) for a in articles))
    lines += ["", "## Timeline", ""]
    if not digest.timeline:
        lines.append("No dated events.")
    for entry in digest.timeline:
        written = f" (“{md_escape(entry.when_text)}”)" if entry.when_text else ""
        where = f" – {md_escape(entry.where)}" if entry.where else ""
        mark = f" {UNGROUNDED_MARK} *not found in the article*" if entry.ungrounded else ""
        lines.append(
            f"- **{entry.when}**{written}{where}: {md_escape(entry.what)} "
            f"[`{entry.article_id}`](#{entry.anchor}){mark}"
        )
    if digest.undated:
        lines += ["", f"{digest.undated} undated event(s) are listed with their articles below."]
    lines += ["", "## Articles"]
    for article in digest.articles:
        lines += _article_lines(article)
    return "\n".join(lines).strip() + "\n"


def _article_lines(article: DigestArticle) -> list[str]:
    note, b = article.note, article.record.briefing
    lines = [
        "",
        f'### <a id="{article.anchor}"></a>{md_escape(b.headline)}',
        "",
        f"*`{article.record.id}` · {md_escape(note.provenance_line())}*",
        "",
        *[line for text in source_lines(note) for line in (text, "")],
        summary_markdown(note),
        *verdict_lines(note),
        "",
    ]
    facts = [
        f"countries: {md_escape(', '.join(article.countries)) or '–'}",
        f"topics: {', '.join(b.topics) or '–'}",
        f"grounding: {note.grounding_rate_text()}",
    ]
    missing = note.ungrounded()
    if missing:
        facts.append(f"{UNGROUNDED_MARK} {len(missing)} item(s) not found in the article")
    if b.injection_suspected:
        facts.append(f"{UNGROUNDED_MARK} prompt injection suspected")
    lines.append(" · ".join(facts))
    undated = [e for e in b.events if e.when is None]
    if undated:
        lines += ["", "Undated events:"] + [f"- {md_escape(e.what)}" for e in undated]
    return lines


def render_digest_html(digest: Digest) -> str:
    """The digest as a self-contained HTML page."""
    return render_page("digest.html.j2", digest=digest, no_country=NO_COUNTRY)
