"""Failures earn nothing; SQuAD-style normalisation; who by coder agreement; when by
parsed date. Every expected value is computed by hand in the comment beside it."""

from __future__ import annotations

import pytest

from newsbrief.evals.metrics import DEFAULT_SCORERS
from newsbrief.evals.metrics.five_w1h import FIVE_W1H_SCORERS
from newsbrief.evals.scorer import Case
from newsbrief.evals.scoring import score_case
from newsbrief.evals.textsim import normalise, token_f1
from newsbrief.evals.weights import DEFAULT_WEIGHTS
from newsbrief.schemas import Briefing, GoldBriefing

SCORERS = {s.name: s for s in FIVE_W1H_SCORERS}
GOLD = GoldBriefing.model_validate(
    {
        "headline": ["Taliban attack consulate"],
        "five_w1h": {"who": [{"alternatives": ["Taliban"]}], "why": "not stated"},
    }
)
EMPTY = Briefing.model_validate({"headline": "Nothing here", "summary": "None."})


@pytest.mark.parametrize(
    ("status", "prediction", "why", "overall"),
    [
        # Succeeded, says nothing about why: "not stated" credit 1.0; headline 0, who 0
        # (weights 0.5 each for headline.rougeL, who.f1, why.token_f1): 0.5 / 1.5.
        ("ok", EMPTY, 1.0, 1 / 3),
        ("partial", EMPTY, 1.0, 1 / 3),  # salvaged briefings are scored as they are
        ("error", None, 0.0, 0.0),  # failed: nothing, "not stated" included
        ("invalid", None, 0.0, 0.0),
        ("missing", None, 0.0, 0.0),
    ],
)
def test_failed_article_earns_nothing(
    status: str, prediction: Briefing | None, why: float, overall: float
) -> None:
    scores = score_case(
        Case(id="x", prediction=prediction, gold=GOLD, status=status),
        DEFAULT_SCORERS,
        DEFAULT_WEIGHTS,
    )
    assert scores["five_w1h.why.token_f1"] == why
    assert scores["five_w1h.why.rougeL"] == why
    assert scores["overall"] == pytest.approx(overall)
    assert scores["ops.error"] == float(status not in ("ok", "partial"))
    assert scores["five_w1h.who.precision"] is None  # undefined stays undefined


@pytest.mark.parametrize(
    ("prediction", "reference", "expected"),
    [
        ("U.S. troops", "US troops", 1.0),  # was 0.4: "u s troops" vs "us troops"
        ("the U.S.", "US", 1.0),
        ("Lao's army", "Laos army", 1.0),
        # digits keep their point: [3, 5, percent] vs [35, percent]: P 1/3, R 1/2 -> 0.4
        ("3.5 percent", "35 percent", 0.4),
        ("...", "...", 1.0),  # both empty after normalising: the SQuAD convention
        ("!!", "troops", 0.0),
    ],
)
def test_squad_normalisation(prediction: str, reference: str, expected: float) -> None:
    assert token_f1(prediction, reference) == pytest.approx(expected)


def test_normalise_keeps_non_latin_and_joins_abbreviations() -> None:
    assert normalise("U.S.-led, D.C.") == "us led dc"
    assert normalise("Ун Ман'ет") == "ун манет"


def _who(predicted: list[str], gold: list[dict], source: str | None) -> dict:
    case = Case(
        id="x",
        prediction=Briefing.model_validate(
            {"headline": "h", "summary": "s", "five_w1h": {"who": predicted}}
        ),
        gold=GoldBriefing.model_validate({"five_w1h": {"who": gold}}),
        gold_source=source,
    )
    scores = SCORERS["five_w1h.who"](case)
    return {k.rsplit(".", 1)[1]: v for k, v in scores.items()}


CODERS = [
    {"alternatives": ["Donald Trump"], "weight": 2 / 3},
    {"alternatives": ["Trump"], "weight": 1 / 3},
]


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        # Best-agreed phrase alone: credit 1 -> P = R = F1 = 1 (one-to-one gave 0.667).
        (["Donald Trump"], (1.0, 1.0, 1.0, 1.0)),
        (["Donald Trump", "Donald Trump"], (1.0, 1.0, 1.0, 1.0)),  # repetition: no gain
        (["Trump"], (0.5, 0.5, 0.5, 1.0)),  # credit (1/3) / (2/3)
        (["Donald Trump", "Trump"], (0.75, 1.0, 6 / 7, 1.0)),  # P mean(1, 0.5)
        (["Donald Trump", "Obama"], (0.5, 1.0, 2 / 3, 1.0)),
        (["Obama"], (0.0, 0.0, 0.0, 0.0)),
        ([], (None, 0.0, 0.0, 0.0)),
    ],
)
def test_who_by_coder_agreement(predicted: list[str], expected: tuple) -> None:
    got = _who(predicted, CODERS, "giveme5w1h")
    assert (got["precision"], got["recall"], got["f1"], got["match"]) == tuple(
        pytest.approx(v) if v is not None else None for v in expected
    )


def test_who_on_hand_labelled_gold_stays_one_to_one() -> None:
    got = _who(
        ["Hun Manet"], [{"alternatives": ["Hun Manet"]}, {"alternatives": ["Hun Sen"]}], None
    )
    assert got["recall"] == 0.5  # each main actor is required


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        ("2016-11-10", {"token_f1": 1.0, "match": 1.0}),  # the phrase's parsed date
        ("late Thursday", {"token_f1": 1.0, "match": 1.0}),
        ("2016-11-11", {"token_f1": 0.0, "match": 0.0}),
    ],
)
def test_when_matches_the_parsed_date(predicted: str, expected: dict) -> None:
    case = Case(
        id="x",
        prediction=Briefing.model_validate(
            {"headline": "h", "summary": "s", "five_w1h": {"when": predicted}}
        ),
        gold=GoldBriefing.model_validate(
            {"five_w1h": {"when": [{"alternatives": ["late Thursday"], "date": "2016-11-10"}]}}
        ),
    )
    scores = SCORERS["five_w1h.when"](case)
    assert scores == {f"five_w1h.when.{k}": v for k, v in expected.items()}


def test_partial_record_is_scored_as_it_is(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from newsbrief.evals.scoring import score_run
    from newsbrief.schemas import GoldRecord
    from tests.support.eval_runs import briefing, write_gold, write_run

    gold = write_gold(
        tmp_path / "gold.jsonl",
        [
            GoldRecord.model_validate(
                {"id": "a", "gold": {"headline": ["Armies agree to cooperate"]}}
            )
        ],
    )
    run = write_run(tmp_path / "run", {"a": briefing()})
    line = json.loads((run / "briefings.jsonl").read_text(encoding="utf-8"))
    line["status"] = "partial"
    (run / "briefings.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    article = score_run(run, gold).by_id()["a"]
    assert article.status == "partial"
    assert not article.failed
    # headline.rougeL 1.0 is the only weighted metric the gold labels
    assert (article.scores["overall"], article.scores["ops.error"]) == (1.0, 0.0)
    assert article.scores["ops.schema_valid"] == 1.0
