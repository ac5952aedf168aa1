"""Text metrics (ROUGE, token-F1), 5W1H (incl. "not stated") and topics, hand-computed."""

from __future__ import annotations

import random

import pytest
from rouge_score import rouge_scorer

from newsbrief.evals.metrics.five_w1h import FIVE_W1H_SCORERS
from newsbrief.evals.metrics.text_fields import score_headline, score_summary
from newsbrief.evals.metrics.topics import score_topics
from newsbrief.evals.rouge import rouge, rouge_single
from newsbrief.evals.scorer import Case
from newsbrief.evals.textsim import token_f1
from newsbrief.schemas import Briefing, GoldBriefing

REFERENCE = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)

PAIRS = [
    (
        "The armies were strengthening cooperation in Cambodia",
        "Cambodia armies strengthened their cooperation",
    ),
    (
        "Cambodia and Malaysia agreed to boost security co-operation on March 3, 2022.",
        "On 3 March 2022 Malaysia and Cambodia agreed to boost co-operation in security.",
    ),
    ("the the the cat", "the cat the"),
    ("Prices rose 3.5% in May", "In May, prices rose by 3.5 percent"),
    ("Völker rücken zusammen, sagte Müller", "Müller sagte, die Völker rücken zusammen"),
    ("completely different words here", "nothing shared at all"),
    ("x", "x"),
]


@pytest.mark.parametrize(("prediction", "target"), PAIRS)
def test_rouge_matches_rouge_score_exactly(prediction: str, target: str) -> None:
    expected = {k: v.fmeasure for k, v in REFERENCE.score(target, prediction).items()}
    assert rouge_single(prediction, target) == pytest.approx(expected, abs=1e-12)


def test_rouge_multi_matches_score_multi() -> None:
    prediction, targets = PAIRS[0][0], [PAIRS[1][1], PAIRS[0][1], "armies"]
    expected = {k: v.fmeasure for k, v in REFERENCE.score_multi(targets, prediction).items()}
    assert rouge(prediction, targets) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    ("prediction", "reference", "expected"),
    [
        ("Hun Manet met Zamrose", "Hun Manet met Zamrose", 1.0),
        ("the armies boost ties", "Cambodia and Malaysia armies boost security ties", 0.6),
        ("Hun Manet, Zamrose!", "hun manet zamrose", 1.0),  # case and punctuation ignored
        ("x y y", "y y z", 2 / 3),  # clipped counts: overlap 2 of 3 and 3 -> P = R = 2/3
        ("a cat", "the cat", 1.0),  # articles a/an/the are dropped (SQuAD)
        ("", "", 1.0),
        ("", "something", 0.0),
        ("something", "", 0.0),
        ("習近平 會見", "習近平", 2 / 3),  # P = 1/2, R = 1 -> F1 = 2/3
        ("Ólafur Grímsson", "ólafur grímsson", 1.0),
    ],
)
def test_token_f1(prediction: str, reference: str, expected: float) -> None:
    assert token_f1(prediction, reference) == pytest.approx(expected)


def case(prediction: dict | None, **gold: object) -> Case:
    briefing = None
    if prediction is not None:
        briefing = Briefing.model_validate({"headline": "h", "summary": "s", **prediction})
    return Case(id="x", prediction=briefing, gold=GoldBriefing.model_validate(gold))


def test_headline_best_alternative_and_failed_article() -> None:
    gold = ["Cambodia and Malaysia armies boost security ties", "Armies boost ties"]
    scores = score_headline(case({"headline": "Armies boost ties"}, headline=gold))
    assert scores == {
        "headline.rouge1": 1.0,
        "headline.rouge2": 1.0,
        "headline.rougeL": 1.0,
        "headline.token_f1": 1.0,
    }
    failed = score_headline(case(None, headline=gold))
    assert set(failed.values()) == {0.0}
    assert set(score_summary(case({"summary": "x"})).values()) == {None}  # unlabelled


def test_summary_token_f1_against_best_alternative() -> None:
    scores = score_summary(
        case(
            {"summary": "the armies boost ties"},
            summary=["Cambodia and Malaysia armies boost security ties", "Unrelated text"],
        )
    )
    assert scores["summary.token_f1"] == pytest.approx(0.6)
    # ROUGE-1 with stems: pred {armi, boost, tie} + "the"; 3 of 4 vs 3 of 7 -> F = 6/11
    assert scores["summary.rouge1"] == pytest.approx(6 / 11)


SCORERS = {s.name: s for s in FIVE_W1H_SCORERS}


@pytest.mark.parametrize(
    ("question", "predicted", "gold", "expected"),
    [
        (
            "who",
            ["Hun Manet"],
            [
                {"alternatives": ["Hun Manet", "Lt Gen Hun Manet"]},
                {"alternatives": ["Zamrose Mohd Zain"]},
            ],
            {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "match": 1.0},
        ),
        (
            "who",
            ["Trump", "Somebody"],
            [{"alternatives": ["Donald Trump"]}, {"alternatives": ["Trump"]}],
            {"precision": 0.5, "recall": 0.5, "f1": 0.5, "match": 1.0},
        ),
        (
            "who",
            ["Nobody"],
            [{"alternatives": ["Trump"]}],
            {"precision": 0.0, "recall": 0.0, "f1": 0.0, "match": 0.0},
        ),
        (
            "who",
            [],
            [{"alternatives": ["Trump"]}],
            {"precision": None, "recall": 0.0, "f1": 0.0, "match": 0.0},
        ),
        ("who", [], "not stated", {"precision": 1.0, "recall": 1.0, "f1": 1.0, "match": 1.0}),
        (
            "who",
            ["Somebody"],
            "not stated",
            {"precision": 0.0, "recall": 0.0, "f1": 0.0, "match": 0.0},
        ),
        ("who", ["Somebody"], None, {"precision": None, "recall": None, "f1": None, "match": None}),
        (
            "when",
            "March 3",
            [{"alternatives": ["3 March 2022", "March 3"]}],
            {"token_f1": 1.0, "match": 1.0},
        ),
        ("when", "last week", [{"alternatives": ["March 3"]}], {"token_f1": 0.0, "match": 0.0}),
        (
            "where",
            "in Phnom Penh",
            [{"alternatives": ["Phnom Penh"]}],
            {"token_f1": 0.8, "match": 1.0},
        ),  # P = 2/3, R = 1; token-sort ratio 0.83
        ("where", None, "not stated", {"token_f1": 1.0, "match": 1.0}),
        ("why", None, "not stated", {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0, "token_f1": 1.0}),
        ("why", "  ", "not stated", {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0, "token_f1": 1.0}),
        (
            "why",
            "to keep the peace",
            "not stated",
            {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0, "token_f1": 0.0},
        ),
        # ROUGE tokens: [dure, a, visit] vs [dure, a, two, day, visit]: R1 P=1 R=3/5 -> 0.75,
        # R2 1 of 2 vs 1 of 4 bigrams -> 1/3, LCS 3 -> 0.75; token-F1 drops "a": 2/2 vs 2/4.
        (
            "how",
            "during a visit",
            [{"alternatives": ["during a two-day visit"]}],
            {"rouge1": 0.75, "rouge2": 1 / 3, "rougeL": 0.75, "token_f1": 2 / 3},
        ),
    ],
)
def test_five_w1h(question: str, predicted: object, gold: object, expected: dict) -> None:
    scores = SCORERS[f"five_w1h.{question}"](
        case({"five_w1h": {question: predicted}}, five_w1h={question: gold})
    )
    want = {
        f"five_w1h.{question}.{k}": (pytest.approx(v) if v is not None else None)
        for k, v in expected.items()
    }
    assert scores == want


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        (["defence", "diplomacy"], ["diplomacy", "defence"], (1.0, 1.0, 1.0)),
        (["defence"], ["defence", "diplomacy"], (1.0, 0.5, 2 / 3)),
        (["defence", "economy"], ["defence"], (0.5, 1.0, 2 / 3)),
        ([], [], (1.0, 1.0, 1.0)),
        (["economy"], [], (0.0, None, 0.0)),
        ([], ["economy"], (None, 0.0, 0.0)),
    ],
)
def test_topics(predicted: list[str], gold: list[str], expected: tuple) -> None:
    scores = score_topics(case({"topics": predicted}, topics=gold))
    got = (scores["topics.precision"], scores["topics.recall"], scores["topics.f1"])
    assert got == tuple(pytest.approx(v) if v is not None else None for v in expected)


def test_rouge_matches_rouge_score_on_random_texts() -> None:
    rng = random.Random(42)
    vocab = [
        "running",
        "runs",
        "ran",
        "Cambodia's",
        "co-operation",
        "U.S.",
        "3.5%",
        "2022",
        "the",
        "a",
        "Völker",
        "東京",
        "meeting",
        "meetings",
        "generalisation",
        "-",
        "x",
        "İstanbul",
        "ﬁnance",
        "agreed",
        "agreeing",
        "…",
        "I",
        "it's",
        "sky-high",
    ]
    for _ in range(300):
        prediction = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 25)))
        target = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 25)))
        expected = {k: v.fmeasure for k, v in REFERENCE.score(target, prediction).items()}
        assert rouge_single(prediction, target) == pytest.approx(expected, abs=1e-12), (
            prediction,
            target,
        )
