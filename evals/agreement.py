"""Agreement between annotators: how far two people labelling the same articles agree.

List fields are compared with the evals' own matching (`alias_matrix` + the Hungarian
assignment in `newsbrief.evals.matching`, with the same similarity and thresholds the
scorers use), so "the annotators agree on this actor" means exactly what "the model got
this actor" means. Per field and pair of annotators the report gives F1 over the items
pooled across the articles both labelled (2·matched / (items of A + items of B)).

Categorical attributes (actor kind, relation kind, topics) get Krippendorff's alpha
(nominal), computed by the `krippendorff` package over units built with the same
matching: an actor of A and one of B that match are one unit with two values; an actor
only one annotator listed is a unit with one value (it adds nothing to alpha, and shows
up in the F1 instead). Topics are coded 0/1 per article and vocabulary topic.

Only reviewed gold is compared (`newsbrief.evals.goldreview.reviewed_gold`): unreviewed
model suggestions never count as an annotator's answer, a field an annotator reviewed
in part is left out, as scoring leaves it out, and an article whose record holds only
suggestions counts as not labelled by that annotator. `AgreementReport.review` counts
each annotator's reviewed items and suggestions apart.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import krippendorff
import numpy as np
from rapidfuzz import fuzz

from newsbrief.evals.goldreview import ReviewCounts, count_review, reviewed_gold
from newsbrief.evals.matching import THRESHOLDS, MatchResult, match_matrix
from newsbrief.evals.textsim import alias_matrix, normalise
from newsbrief.schemas import FIVE_W1H_QUESTIONS, NOT_STATED, GoldBriefing, GoldRecord
from newsbrief.schemas.topics import TOPICS

__all__ = [
    "FIELDS",
    "AgreementReport",
    "Disagreement",
    "PairScore",
    "agreement",
    "field_disagreement",
    "field_items",
    "match_field",
    "nominal_alpha",
]

QUESTIONS = FIVE_W1H_QUESTIONS
_SENTENCE_QUESTIONS = {"what", "why", "how"}


@dataclass(frozen=True)
class _Field:
    """How one gold field is compared: its items' alternatives, scorer and threshold."""

    items: Callable[[GoldBriefing], list[Any] | None]
    names: Callable[[Any], list[str]]
    scorer: Callable[..., float]
    threshold: float


def _five_w(question: str) -> Callable[[GoldBriefing], list[Any] | None]:
    def get(gold: GoldBriefing) -> list[Any] | None:
        if gold.five_w1h is None:
            return None
        value = getattr(gold.five_w1h, question)
        if value is None:
            return None
        return [] if value == NOT_STATED else list(value)

    return get


FIELDS: dict[str, _Field] = {
    "actors": _Field(
        lambda g: g.actors, lambda a: a.names, fuzz.token_sort_ratio, THRESHOLDS["name"]
    ),
    "events": _Field(
        lambda g: g.events, lambda e: e.what, fuzz.token_sort_ratio, THRESHOLDS["sentence"]
    ),
    "quotes": _Field(lambda g: g.quotes, lambda q: [q.text], fuzz.ratio, THRESHOLDS["quote"]),
    "key_points": _Field(
        lambda g: g.key_points,
        lambda p: p.alternatives,
        fuzz.token_sort_ratio,
        THRESHOLDS["sentence"],
    ),
    "relations": _Field(
        lambda g: g.relations,
        lambda r: [" ".join(r.parties)],
        fuzz.token_sort_ratio,
        THRESHOLDS["name"],
    ),
    **{
        f"five_w1h.{q}": _Field(
            _five_w(q),
            lambda p: p.alternatives,
            fuzz.token_sort_ratio,
            THRESHOLDS["sentence" if q in _SENTENCE_QUESTIONS else "name"],
        )
        for q in QUESTIONS
    },
    "topics": _Field(lambda g: g.topics, lambda t: [t], fuzz.ratio, 1.0),
}


def field_items(gold: GoldBriefing, name: str) -> list[Any] | None:
    """The items of a field; None when the annotator left it unlabelled."""
    return FIELDS[name].items(gold)


def match_field(name: str, left: Sequence[Any], right: Sequence[Any]) -> MatchResult:
    """Pair the items two annotators gave for one field, as the scorers pair them."""
    spec = FIELDS[name]
    matrix = alias_matrix(
        [spec.names(x) for x in left], [spec.names(x) for x in right], scorer=spec.scorer
    )
    return match_matrix(matrix, spec.threshold)


def _label(name: str, item: Any) -> str:
    return " | ".join(FIELDS[name].names(item))


@dataclass
class Disagreement:
    """One article and field where two annotators differ, and how."""

    article: str
    field: str
    annotators: tuple[str, str]
    only_first: list[str] = dataclasses.field(default_factory=list)
    only_second: list[str] = dataclasses.field(default_factory=list)
    attributes: list[str] = dataclasses.field(default_factory=list)  # "kind of X: person vs other"


@dataclass
class PairScore:
    field: str
    annotators: tuple[str, str]
    articles: int = 0
    matched: int = 0
    items_first: int = 0
    items_second: int = 0

    @property
    def f1(self) -> float | None:
        """Pooled F1; None when neither listed anything (nothing to agree on)."""
        total = self.items_first + self.items_second
        return 2 * self.matched / total if total else None


@dataclass
class AgreementReport:
    annotators: list[str]
    shared_articles: int
    pairs: list[PairScore]
    alphas: dict[str, tuple[float | None, int]]  # attribute -> (alpha, units with 2+ values)
    disagreements: list[Disagreement]
    review: dict[str, ReviewCounts] = dataclasses.field(default_factory=dict)  # per annotator


def nominal_alpha(units: Sequence[Mapping[str, str]], annotators: Sequence[str]) -> float | None:
    """Krippendorff's alpha (nominal) of `units` (annotator -> value); None when it is
    undefined (fewer than two pairable values, or one value used throughout)."""
    pairable = [u for u in units if len(u) >= 2]
    values = sorted({v for u in pairable for v in u.values()})
    if not pairable or len(values) < 2:
        return None
    code = {value: float(i) for i, value in enumerate(values)}
    data = np.full((len(annotators), len(pairable)), np.nan)
    for j, unit in enumerate(pairable):
        for i, annotator in enumerate(annotators):
            if annotator in unit:
                data[i, j] = code[unit[annotator]]
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def _units(
    name: str, per_annotator: Mapping[str, list[Any]], attribute: Callable[[Any], str]
) -> list[dict[str, str]]:
    """Cluster items across annotators by matching each one's items to the units so far."""
    units: list[tuple[Any, dict[str, str]]] = []  # (first item: the unit's names, values)
    for annotator, items in per_annotator.items():
        result = match_field(name, items, [first for first, _ in units])
        matched = {p: g for p, g, _ in result.pairs}
        for index, item in enumerate(items):
            if index in matched:
                units[matched[index]][1][annotator] = attribute(item)
            else:
                units.append((item, {annotator: attribute(item)}))
    return [values for _, values in units]


def _kind(value: str | list[str]) -> str:
    return normalise(value if isinstance(value, str) else value[0])


def agreement(labels: Mapping[str, Sequence[GoldRecord]]) -> AgreementReport:
    """Pairwise F1 per field, alpha per categorical attribute, and the disagreements."""
    annotators = list(labels)
    by_id = {
        a: {r.id: g for r in records if (g := reviewed_gold(r)) is not None}
        for a, records in labels.items()
    }
    ids = list(dict.fromkeys(i for a in annotators for i in by_id[a]))
    shared = [i for i in ids if sum(i in by_id[a] for a in annotators) >= 2]
    pairs: list[PairScore] = []
    disagreements: list[Disagreement] = []
    for first, second in combinations(annotators, 2):
        for name in FIELDS:
            score = PairScore(name, (first, second))
            for article in shared:
                if article not in by_id[first] or article not in by_id[second]:
                    continue
                left = field_items(by_id[first][article], name)
                right = field_items(by_id[second][article], name)
                if left is None or right is None:
                    continue
                result = match_field(name, left, right)
                score.articles += 1
                score.matched += result.true_positives
                score.items_first += len(left)
                score.items_second += len(right)
                found = _disagreement(article, name, (first, second), left, right, result)
                if found is not None:
                    disagreements.append(found)
            pairs.append(score)
    alphas = {
        "actors.kind": _alpha("actors", labels, shared, by_id, lambda a: a.kind),
        "relations.kind": _alpha("relations", labels, shared, by_id, lambda r: _kind(r.kind)),
        "topics": _topic_alpha(annotators, shared, by_id),
    }
    review = {a: count_review(records) for a, records in labels.items()}
    return AgreementReport(annotators, len(shared), pairs, alphas, disagreements, review)


def field_disagreement(
    article: str, name: str, pair: tuple[str, str], left: list[Any], right: list[Any]
) -> Disagreement | None:
    """How two annotators' items of one field differ; None when they agree."""
    return _disagreement(article, name, pair, left, right, match_field(name, left, right))


def _disagreement(
    article: str,
    name: str,
    pair: tuple[str, str],
    left: list[Any],
    right: list[Any],
    result: MatchResult,
) -> Disagreement | None:
    matched_left = {p for p, _, _ in result.pairs}
    matched_right = {g for _, g, _ in result.pairs}
    found = Disagreement(
        article,
        name,
        pair,
        [_label(name, x) for i, x in enumerate(left) if i not in matched_left],
        [_label(name, x) for i, x in enumerate(right) if i not in matched_right],
    )
    if name in ("actors", "relations"):
        for p, g, _ in result.pairs:
            a, b = _kind(left[p].kind), _kind(right[g].kind)
            if a != b:
                found.attributes.append(f"kind of {_label(name, left[p])}: {a} vs {b}")
    if found.only_first or found.only_second or found.attributes:
        return found
    return None


def _alpha(
    name: str,
    labels: Mapping[str, Sequence[GoldRecord]],
    shared: list[str],
    by_id: Mapping[str, Mapping[str, GoldBriefing]],
    attribute: Callable[[Any], str],
) -> tuple[float | None, int]:
    units: list[dict[str, str]] = []
    for article in shared:
        per = {
            a: items
            for a in labels
            if article in by_id[a] and (items := field_items(by_id[a][article], name)) is not None
        }
        if len(per) >= 2:
            units += _units(name, per, attribute)
    return nominal_alpha(units, list(labels)), sum(len(u) >= 2 for u in units)


def _topic_alpha(
    annotators: list[str], shared: list[str], by_id: Mapping[str, Mapping[str, GoldBriefing]]
) -> tuple[float | None, int]:
    units: list[dict[str, str]] = []
    for article in shared:
        chosen = {
            a: set(topics)
            for a in annotators
            if article in by_id[a] and (topics := by_id[a][article].topics) is not None
        }
        if len(chosen) < 2:
            continue
        for topic in TOPICS:
            units.append({a: str(int(topic in picked)) for a, picked in chosen.items()})
    return nominal_alpha(units, annotators), len(units)
