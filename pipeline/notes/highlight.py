"""Article text as safe HTML with every grounded item highlighted.

Spans may overlap (an actor's name inside a quote, a date inside an event). Nested
`<mark>` elements cannot express partial overlaps, so the text is cut at every span
boundary into flat segments; each segment is wrapped once, carrying the classes and
keys of every span that covers it. Each segment's text is HTML-escaped on its own
before any markup is added, so article content can never become markup.

Support spans (the article sentences a summary sentence or key point rests on) are not
coloured: each segment they cover carries `data-support` with the claim keys, so the
page's script lights up the support of the claim under the pointer, and nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from markupsafe import Markup, escape

from newsbrief.notes.model import Span
from newsbrief.text.sentences import sentence_around

__all__ = ["highlight_article", "segments"]

KIND_LABELS = {
    "actor": "actor",
    "quote": "quote",
    "event": "event",
    "fivew": "5W1H",
    "prose": "sentence",
    "injected": "instruction-like text",
}


def segments(length: int, spans: Sequence[Span]) -> list[tuple[int, int, list[Span]]]:
    """Cut [0, length) at every span boundary: (start, end, spans covering it)."""
    cuts = {0, length}
    for span in spans:
        cuts.update((span.start, span.end))
    points = sorted(p for p in cuts if 0 <= p <= length)
    out: list[tuple[int, int, list[Span]]] = []
    for left, right in pairwise(points):
        covering = [s for s in spans if s.start <= left and right <= s.end]
        # The shortest span is the most specific one: it decides the colour.
        covering.sort(key=lambda s: (s.end - s.start, s.key))
        out.append((left, right, covering))
    return out


def _title(text: str, left: int, right: int, covering: list[Span]) -> str:
    labels = [
        f"{KIND_LABELS[s.kind]}: {_short(s.label)}" + (f"\n  {s.detail}" if s.detail else "")
        for s in covering
    ]
    return "\n".join(labels) + "\n\nSource: " + sentence_around(text, left, right)


def _short(label: str, limit: int = 90) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1] + "…"


INJECTED_TITLE = "Instruction-like text aimed at the model: never used in this briefing"


def highlight_article(
    text: str,
    spans: Sequence[Span],
    support: Sequence[Span] = (),
    injected: Sequence[tuple[int, int]] = (),
) -> Markup:
    """The article as escaped HTML with `<mark class="hl hl-KIND">` around grounded spans,
    `data-support` on the text that supports prose claims, and instruction-like text
    (`injected`, from `newsbrief.text.injection.injected_spans`) struck through."""
    parts: list[str] = []
    struck = [Span(start, end, "injected", f"injected-{start}", "") for start, end in injected]
    for left, right, found in segments(len(text), [*spans, *support, *struck]):
        everything = [s for s in found if s.kind != "injected"]
        piece = escape(text[left:right])
        if len(everything) < len(found):
            piece = Markup('<s class="injected" title="{}">{}</s>').format(INJECTED_TITLE, piece)
        covering = [s for s in everything if s.kind != "prose"]
        supports = " ".join(dict.fromkeys(s.key for s in everything if s.kind == "prose"))
        if not covering:
            if supports:
                piece = Markup('<span class="sup" data-support="{}">{}</span>').format(
                    supports, piece
                )
            parts.append(piece)
            continue
        kinds = list(dict.fromkeys(s.kind for s in covering))
        classes = " ".join(["hl", f"hl-{kinds[0]}", *(f"has-{k}" for k in kinds)])
        if len(covering) > 1:
            classes += " hl-overlap"
        keys = " ".join(dict.fromkeys(s.key for s in covering))
        source = sentence_around(text, left, right)
        parts.append(
            Markup(
                '<mark class="{}" data-keys="{}" data-source="{}" data-support="{}" title="{}" '
                'tabindex="0">{}</mark>'
            ).format(classes, keys, source, supports, _title(text, left, right, covering), piece)
        )
    return Markup("").join(parts)
