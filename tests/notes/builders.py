"""Briefing records with real evidence offsets into seed articles, built by hand.

Offsets are computed with `str.find` on the actual article text, so a highlight test
that checks "the marked text equals the actor's name" checks real alignment.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.schemas import (
    Actor,
    Article,
    Briefing,
    BriefingRecord,
    Event,
    Evidence,
    FiveW1H,
    GroundingSummary,
    Manifest,
    Provenance,
    Quote,
    Relation,
)

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "examples" / "seeds.jsonl"
CAMBODIA_MALAYSIA = "000_0c837def3d75426e"
FABRICATED_QUOTE = "We will sign a defence treaty next week"
HOSTILE_TEXT = (
    "Ministers met in Vientiane on 4 May 2023.\n\n"
    "<script>window.__pwned=1</script>\n\n"
    'The caption read <img src=x onerror="window.__pwned=1"> under the photo.\n\n'
    "\u201cWe agreed on <b>everything</b> & more,\u201d said Minister Alounkeo Kittikhoun."
)


def seed_article(article_id: str = CAMBODIA_MALAYSIA) -> Article:
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        if obj["id"] == article_id:
            return Article.model_validate(obj)
    raise KeyError(article_id)


def found(text: str, phrase: str, after: int = 0) -> Evidence:
    start = text.index(phrase, after)
    return Evidence(start=start, end=start + len(phrase), method="exact", score=100.0)


MISSING = Evidence(method="none")


def provenance() -> Provenance:
    return Provenance(
        backend="baseline",
        model="baseline",
        prompt_id="briefing",
        prompt_version=1,
        prompt_hash="abc123def4567890",
        schema_hash="5c4e3a2b1d0f",
    )


def seed_record(article: Article | None = None, grounded: bool = True) -> BriefingRecord:
    """A briefing of the Cambodia-Malaysia seed; one quote is fabricated (ungrounded)."""
    article = article or seed_article()
    t = article.text
    quote_text = "opened another page of history"
    ev = (lambda phrase, after=0: found(t, phrase, after)) if grounded else (lambda *a: None)
    briefing = Briefing(
        headline="Cambodia and Malaysia armies pledge closer security cooperation",
        summary="Cambodia's and Malaysia's army chiefs met on March 3 and agreed to expand "
        "bilateral defence cooperation, including peacekeeping and cybersecurity.",
        key_points=[
            "Hun Manet met General Zamrose Mohd Zain in Cambodia.",
            "Cambodian soldiers have trained in Malaysia since 2002.",
        ],
        five_w1h=FiveW1H(
            who=["Hun Manet", "Zamrose Mohd Zain"],
            what="army chiefs' meeting",
            when="March 3",
            where="Phnom Penh, Cambodia",
            why=None,
            how=None,
            # "what" is a paraphrase: not found, but never flagged. "where" is flagged.
            evidence={
                "who": [ev("Hun Manet", 600), ev("Zamrose Mohd Zain", 600)],
                "when": [ev("March 3", 600)],
                "where": [MISSING],
                "what": [MISSING],
            }
            if grounded
            else {},
        ),
        actors=[
            Actor(
                name="Hun Manet",
                kind="person",
                role="Royal Cambodian Army commander",
                affiliation="RCAF",
                evidence=ev("Hun Manet", 600),
            ),
            Actor(
                name="Zamrose Mohd Zain",
                kind="person",
                role="Malaysian Army chief",
                affiliation="Malaysia",
                evidence=ev("Zamrose Mohd Zain", 600),
            ),
            # Points inside the long RCAF quote: an overlapping highlight.
            Actor(name="Malaysia", kind="country", evidence=ev("Malaysia, which")),
            Actor(name="Cambodia", kind="country"),  # not looked up: unchecked
        ],
        events=[
            Event(
                what="Army chiefs met in Cambodia",
                when="2022-03-03",
                when_text="March 3",
                where="Cambodia",
                participants=["Hun Manet", "Zamrose Mohd Zain"],
                evidence=ev("March 3", 600),
                where_evidence=ev("Cambodia", t.index("visit to Cambodia")),
            ),
            Event(
                what="Training programme began",
                when="2002",
                when_text="since 2002",
                where="Kuala Lumpur",
                evidence=ev("since 2002"),
                where_evidence=MISSING if grounded else None,
            ),
            Event(
                what="Army staff talks may be hosted",
                when=None,
                when_text="down the road",
                evidence=ev("down the road"),
            ),
        ],
        quotes=[
            Quote(
                speaker="RCAF",
                text="Both sides expressed the importance of maintaining and "
                "expanding bilateral cooperation between the army of Cambodia and that of "
                "Malaysia",
                evidence=ev("Both sides expressed the importance"),
            ),
            Quote(speaker="Hun Manet and Zamrose", text=quote_text, evidence=ev(quote_text)),
            Quote(
                speaker="Hun Manet", text=FABRICATED_QUOTE, evidence=MISSING if grounded else None
            ),
        ],
        relations=[
            Relation(
                parties=["Cambodia", "Malaysia"],
                kind="cooperation",
                description="The two armies expand defence cooperation.",
            )
        ],
        topics=["defence", "diplomacy"],
        grounding=GroundingSummary(
            checked=16,
            grounded=13,
            ungrounded=[
                f"quotes[2].text: {FABRICATED_QUOTE!r}",
                "events[1].where: 'Kuala Lumpur'",
                "five_w1h.where: 'Phnom Penh, Cambodia'",
            ],
        )
        if grounded
        else None,
    )
    if grounded:  # the long quote's evidence spans the whole quotation
        q = briefing.quotes[0]
        start = t.index(q.text)
        q.evidence = Evidence(start=start, end=start + len(q.text), method="exact", score=100.0)
    return BriefingRecord(
        id=article.id,
        line=1,
        briefing=briefing,
        provenance=provenance(),
        created_at="2026-03-07T10:00:00.000+00:00",
    )


def hostile_article() -> Article:
    return Article(id="hostile-1", text=HOSTILE_TEXT, title="Ministers meet")


def hostile_record() -> BriefingRecord:
    """Model text that itself carries markup, grounded on spans that cover markup."""
    t = HOSTILE_TEXT
    briefing = Briefing(
        headline="<script>window.__pwned=1</script> Ministers meet",
        summary='Summary with <img src=x onerror="window.__pwned=1"> and **bold** | pipe.',
        actors=[
            Actor(
                name="Alounkeo Kittikhoun",
                kind="person",
                role="<i>Minister</i>",
                evidence=found(t, "Alounkeo Kittikhoun"),
            )
        ],
        quotes=[
            Quote(
                speaker="<b>Alounkeo</b>",
                text="We agreed on <b>everything</b> & more,",
                evidence=found(t, "We agreed on <b>everything</b> & more,"),
            )
        ],
        events=[
            Event(
                what="<script>window.__pwned=1</script>",
                when="2023-05-04",
                when_text="4 May 2023",
                evidence=found(t, "<script>window.__pwned=1</script>"),
            )
        ],
        five_w1h=FiveW1H(
            what='<img src=x onerror="window.__pwned=1">',
            evidence={"what": [found(t, '<img src=x onerror="window.__pwned=1">')]},
        ),
        topics=["diplomacy"],
        injection_suspected=True,
        grounding=GroundingSummary(checked=4, grounded=4),
    )
    return BriefingRecord(id="hostile-1", briefing=briefing, provenance=provenance())


def write_run(run_dir: Path, records: list[BriefingRecord], input_path: Path = SEEDS) -> Path:
    """A minimal run directory holding `records` (as `briefing run` writes it)."""
    run_dir.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(
        run_id="20260307-100000-baseline-abcdef",
        input=str(input_path),
        backend="baseline",
        model="baseline",
        prompt_id="briefing",
        prompt_version=1,
        prompt_hash="abc123def4567890",
        schema_hash="5c4e3a2b1d0f",
        code_version="0.1.0",
        started_at="2026-03-07T10:00:00.000+00:00",
        status="finished",
    )
    (run_dir / "manifest.json").write_text(manifest.model_dump_json(indent=2), encoding="utf-8")
    with (run_dir / "briefings.jsonl").open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(record.model_dump_json() + "\n")
    (run_dir / "errors.jsonl").write_text("", encoding="utf-8")
    return run_dir
