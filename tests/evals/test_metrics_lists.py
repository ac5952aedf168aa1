"""Table-driven tests for the list metrics, with hand-computed expected values."""

from __future__ import annotations

import pytest

from newsbrief.evals.metrics.lists import (
    _date_grade,
    score_actors,
    score_events,
    score_key_points,
    score_quotes,
    score_relations,
)
from newsbrief.evals.scorer import Case
from newsbrief.schemas import Briefing, GoldBriefing

HUN_MANET = {
    "names": ["Hun Manet", "Lieutenant General Hun Manet"],
    "kind": "person",
    "role": ["army commander", "Royal Cambodian Army commander"],
}
ZAMROSE = {"names": ["Zamrose Mohd Zain"], "kind": "person"}
MALAYSIA = {"names": ["Malaysia"], "kind": "country"}
GOLD_ACTORS = [HUN_MANET, ZAMROSE, MALAYSIA]

P_HUN = {"name": "Hun Manet", "kind": "person", "role": "army commander"}
P_ZAM = {"name": "Zamrose Mohd Zain", "kind": "person"}
P_MAL = {"name": "Malaysia", "kind": "country"}


def case(prediction: dict | None, **gold: object) -> Case:
    briefing = None
    if prediction is not None:
        briefing = Briefing.model_validate({"headline": "h", "summary": "s", **prediction})
    return Case(id="x", prediction=briefing, gold=GoldBriefing.model_validate(gold))


def approx(expected: dict) -> dict:
    return {k: (pytest.approx(v) if v is not None else None) for k, v in expected.items()}


ACTOR_CASES = {
    "perfect": (
        [P_HUN, P_ZAM, P_MAL],
        GOLD_ACTORS,
        {"precision": 1.0, "recall": 1.0, "f1": 1.0, "kind_acc": 1.0, "role_sim": 1.0},
    ),
    "one-missing": (
        [P_HUN, P_ZAM],
        GOLD_ACTORS,
        {"precision": 1.0, "recall": 2 / 3, "f1": 0.8, "kind_acc": 1.0, "role_sim": 1.0},
    ),
    "one-extra": (
        [P_HUN, P_ZAM, P_MAL, {"name": "Thailand", "kind": "country"}],
        GOLD_ACTORS,
        {"precision": 0.75, "recall": 1.0, "f1": 6 / 7, "kind_acc": 1.0, "role_sim": 1.0},
    ),
    "alias-match": (
        [{"name": "Lieutenant General Hun Manet", "kind": "person"}],
        GOLD_ACTORS,
        {"precision": 1.0, "recall": 1 / 3, "f1": 0.5, "kind_acc": 1.0, "role_sim": 0.0},
    ),  # matched, but no role given: role scores 0
    "swapped-order": (
        [P_MAL, P_ZAM, P_HUN],
        GOLD_ACTORS,
        {"precision": 1.0, "recall": 1.0, "f1": 1.0, "kind_acc": 1.0, "role_sim": 1.0},
    ),
    "wrong-kind": (
        [P_HUN, P_ZAM, {"name": "Malaysia", "kind": "organisation"}],
        GOLD_ACTORS,
        {"precision": 1.0, "recall": 1.0, "f1": 1.0, "kind_acc": 2 / 3, "role_sim": 1.0},
    ),
    "empty-gold": (
        [P_HUN],
        [],
        {"precision": 0.0, "recall": None, "f1": 0.0, "kind_acc": None, "role_sim": None},
    ),
    "empty-prediction": (
        [],
        GOLD_ACTORS,
        {"precision": None, "recall": 0.0, "f1": 0.0, "kind_acc": None, "role_sim": None},
    ),
    "both-empty": (
        [],
        [],
        {"precision": 1.0, "recall": 1.0, "f1": 1.0, "kind_acc": None, "role_sim": None},
    ),
    "unicode": (
        [
            {"name": "ólafur ragnar grímsson", "kind": "person"},
            {
                "name": "Владимир Путин",
                "kind": "person",
            },
            {"name": "習近平", "kind": "person"},
        ],
        [
            {"names": ["Ólafur Ragnar Grímsson"], "kind": "person"},
            {
                "names": ["Владимир Путин"],
                "kind": "person",
            },
            {"names": ["習近平", "Xi Jinping"], "kind": "person"},
        ],
        {"precision": 1.0, "recall": 1.0, "f1": 1.0, "kind_acc": 1.0, "role_sim": None},
    ),
    "prediction-alias": (
        [{"name": "RCAF", "kind": "organisation", "aliases": ["Royal Cambodian Armed Forces"]}],
        [{"names": ["Royal Cambodian Armed Forces"], "kind": "organisation"}],
        {"precision": 1.0, "recall": 1.0, "f1": 1.0, "kind_acc": 1.0, "role_sim": None},
    ),
}


@pytest.mark.parametrize("name", ACTOR_CASES)
def test_actor_metrics(name: str) -> None:
    predicted, gold, expected = ACTOR_CASES[name]
    scores = score_actors(case({"actors": predicted}, actors=gold))
    assert scores == approx({f"actors.{k}": v for k, v in expected.items()})


def test_unlabelled_gold_is_not_scored_and_failed_article_scores_empty() -> None:
    assert set(score_actors(case({"actors": [P_HUN]})).values()) == {None}
    failed = score_actors(case(None, actors=GOLD_ACTORS))
    assert failed["actors.f1"] == 0.0
    assert failed["actors.recall"] == 0.0


@pytest.mark.parametrize(
    ("predicted", "gold", "grade"),
    [
        ("2022-03-03", "2022-03-03", "exact"),
        ("2022-03-05", "2022-03-03", "month"),
        ("2022-03", "2022-03-03", "month"),
        (None, "2022-03-03", "wrong"),
        ("2022-04-03", "2022-03-03", "wrong"),
        ("2022-03", "2022", "wrong"),
        ("2022", "2022", "exact"),
    ],
)
def test_date_grades(predicted: str | None, gold: str, grade: str) -> None:
    assert _date_grade(predicted, gold) == grade


GOLD_EVENTS = [
    {"what": ["The army chiefs met in Phnom Penh"], "when": "2022-03-03"},
    {
        "what": [
            "Cambodia and Malaysia agreed to expand military cooperation",
            "The two armies agreed to cooperate",
        ],
        "when": "2022-03",
    },
    {"what": ["The RCAF issued a statement"]},  # undated in gold: no date grade
]

EVENT_CASES = {
    "perfect": (
        [
            {"what": "The army chiefs met in Phnom Penh", "when": "2022-03-03"},
            {"what": "The two armies agreed to cooperate", "when": "2022-03"},
            {"what": "The RCAF issued a statement"},
        ],
        {
            "precision": 1.0,
            "recall": 1.0,
            "f1": 1.0,
            "date_exact": 1.0,
            "date_month": 1.0,
            "date_wrong": 0.0,
        },
    ),
    "dates-month-and-missing": (
        [
            {"what": "The army chiefs met in Phnom Penh", "when": "2022-03-07"},
            {"what": "The two armies agreed to cooperate"},
        ],
        {
            "precision": 1.0,
            "recall": 2 / 3,
            "f1": 0.8,
            "date_exact": 0.0,
            "date_month": 0.5,
            "date_wrong": 0.5,
        },
    ),
    "unrelated-event": (
        [{"what": "Floods hit Bangkok suburbs overnight", "when": "2022-03-03"}],
        {
            "precision": 0.0,
            "recall": 0.0,
            "f1": 0.0,
            "date_exact": None,
            "date_month": None,
            "date_wrong": None,
        },
    ),
}


@pytest.mark.parametrize("name", EVENT_CASES)
def test_event_metrics(name: str) -> None:
    predicted, expected = EVENT_CASES[name]
    scores = score_events(case({"events": predicted}, events=GOLD_EVENTS))
    assert scores == approx({f"events.{k}": v for k, v in expected.items()})


GOLD_QUOTES = [
    {
        "speaker": ["Hun Manet", "Lieutenant General Hun Manet"],
        "text": "Both sides expressed the importance of cooperation",
    },
    {"text": "We will train together", "speaker": None},
]

QUOTE_CASES = {
    "perfect": (
        [
            {"speaker": "Hun Manet", "text": "Both sides expressed the importance of cooperation"},
            {"speaker": None, "text": "We will train together"},
        ],
        {"precision": 1.0, "recall": 1.0, "f1": 1.0, "speaker_acc": 1.0},
    ),
    "wrong-speaker-and-punctuation": (
        [{"speaker": "Zamrose", "text": "Both sides expressed the importance of cooperation."}],
        {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "speaker_acc": 0.0},
    ),
    "unattributed-gold-not-scored": (
        [{"speaker": "Hun Manet", "text": "We will train together"}],
        {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "speaker_acc": None},
    ),
    "paraphrase-is-not-a-quote": (
        [{"speaker": "Hun Manet", "text": "Cooperation matters to both sides, they said"}],
        {"precision": 0.0, "recall": 0.0, "f1": 0.0, "speaker_acc": None},
    ),
}


@pytest.mark.parametrize("name", QUOTE_CASES)
def test_quote_metrics(name: str) -> None:
    predicted, expected = QUOTE_CASES[name]
    scores = score_quotes(case({"quotes": predicted}, quotes=GOLD_QUOTES))
    assert scores == approx({f"quotes.{k}": v for k, v in expected.items()})


GOLD_POINTS = [
    {
        "alternatives": [
            "Cambodia and Malaysia will boost army cooperation",
            "The armies will cooperate more",
        ]
    },
    {"alternatives": ["The meeting took place on March 3"]},
]


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        (
            ["The meeting took place on March 3", "The armies will cooperate more"],
            {"precision": 1.0, "recall": 1.0, "f1": 1.0},
        ),
        (
            ["The armies will cooperate more", "Thailand was not involved in any way at all"],
            {"precision": 0.5, "recall": 0.5, "f1": 0.5},
        ),
        ([], {"precision": None, "recall": 0.0, "f1": 0.0}),
    ],
    ids=["alternatives-swapped", "one-extra-one-missing", "empty-prediction"],
)
def test_key_point_metrics(predicted: list[str], expected: dict) -> None:
    scores = score_key_points(case({"key_points": predicted}, key_points=GOLD_POINTS))
    assert scores == approx({f"key_points.{k}": v for k, v in expected.items()})


GOLD_RELATIONS = [
    {"parties": ["Cambodia", "Malaysia"], "kind": ["cooperation", "defence cooperation"]}
]


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        (
            [
                {
                    "parties": ["Malaysia", "Cambodia"],
                    "kind": "defence cooperation",
                    "description": "d",
                }
            ],
            {"precision": 1.0, "recall": 1.0, "f1": 1.0, "kind_acc": 1.0},
        ),
        (
            [
                {"parties": ["Cambodia", "Malaysia"], "kind": "conflict", "description": "d"},
                {"parties": ["Cambodia", "Thailand"], "kind": "trade", "description": "d"},
            ],
            {"precision": 0.5, "recall": 1.0, "f1": 2 / 3, "kind_acc": 0.0},
        ),
    ],
    ids=["swapped-parties", "wrong-kind-plus-extra"],
)
def test_relation_metrics(predicted: list[dict], expected: dict) -> None:
    scores = score_relations(case({"relations": predicted}, relations=GOLD_RELATIONS))
    assert scores == approx({f"relations.{k}": v for k, v in expected.items()})
