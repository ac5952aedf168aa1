"""One-to-one matching: optimal assignment, threshold after assignment, empty conventions."""

from __future__ import annotations

import numpy as np
import pytest

from newsbrief.evals.matching import match_items, match_matrix, prf
from newsbrief.evals.textsim import alias_matrix, name_similarity


@pytest.mark.parametrize(
    ("tp", "n_pred", "n_gold", "expected"),
    [
        (3, 3, 3, {"precision": 1.0, "recall": 1.0, "f1": 1.0}),  # perfect
        (2, 2, 3, {"precision": 1.0, "recall": 2 / 3, "f1": 0.8}),  # one missing
        (3, 4, 3, {"precision": 0.75, "recall": 1.0, "f1": 6 / 7}),  # one extra
        (0, 0, 0, {"precision": 1.0, "recall": 1.0, "f1": 1.0}),  # both empty
        (0, 2, 0, {"precision": 0.0, "recall": None, "f1": 0.0}),  # empty gold
        (0, 0, 2, {"precision": None, "recall": 0.0, "f1": 0.0}),  # empty prediction
        (0, 2, 2, {"precision": 0.0, "recall": 0.0, "f1": 0.0}),  # nothing matched
    ],
    ids=["perfect", "missing", "extra", "both-empty", "empty-gold", "empty-pred", "no-match"],
)
def test_prf_conventions(tp: int, n_pred: int, n_gold: int, expected: dict) -> None:
    got = prf(tp, n_pred, n_gold)
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert got[key] == (pytest.approx(value) if value is not None else None), key


def test_assignment_beats_greedy() -> None:
    # Greedy would take (p0, g0) = 0.9 first and strand p1 with g1 = 0.1 (dropped);
    # the optimal assignment pairs p0-g1 and p1-g0 (total 1.7) and keeps both.
    sim = np.array([[0.9, 0.85], [0.85, 0.1]])
    result = match_matrix(sim, threshold=0.8)
    assert sorted((p, g) for p, g, _ in result.pairs) == [(0, 1), (1, 0)]
    assert result.scores()["f1"] == 1.0


def test_threshold_is_applied_before_assignment() -> None:
    # Only pairs reaching 0.7 may match: p0-g0 (0.95) and p1-g0 (0.9) compete for g0,
    # p1-g1 (0.5) is not allowed. One match either way; the higher similarity wins.
    sim = np.array([[0.95, 0.0], [0.9, 0.5]])
    result = match_matrix(sim, threshold=0.7)
    assert [(p, g) for p, g, _ in result.pairs] == [(0, 0)]
    assert result.scores() == {"precision": 0.5, "recall": 0.5, "f1": 0.5}


def test_a_wrong_extra_item_cannot_unmatch_a_correct_pair() -> None:
    # Raw optimum: p0-g1 (0.75) + p1-g0 (0.75) = 1.5 > p0-g0 (0.95) + p1-g1 (0.0);
    # thresholding after that assignment dropped both pairs (F1 0). Thresholding first
    # keeps p0-g0: P = 1/2, R = 1/2.
    sim = np.array([[0.95, 0.75], [0.75, 0.0]])
    result = match_matrix(sim, threshold=0.8)
    assert [(p, g) for p, g, _ in result.pairs] == [(0, 0)]
    assert result.scores()["f1"] == 0.5


def test_more_matches_beat_more_similarity() -> None:
    # p0-g0 alone totals 0.99; p0-g1 + p1-g0 = 0.81 + 0.81 but two matches: recall 1.
    sim = np.array([[0.99, 0.81], [0.81, 0.0]])
    result = match_matrix(sim, threshold=0.8)
    assert sorted((p, g) for p, g, _ in result.pairs) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("predicted", "expected_f1"),
    [
        (["Hun Many"], 2 * 0.5 / 1.5),  # P 1/1, R 1/2 -> 0.667
        (["Hun Many", "Melania Trump"], 0.5),  # P 1/2, R 1/2: the match survives
        (["Melania Trump"], 0.0),
    ],
    ids=["alone", "with-wrong-extra", "wrong-only"],
)
def test_hun_many_keeps_its_match(predicted: list[str], expected_f1: float) -> None:
    gold = [["Hun Manet"], ["Hun Sen"]]
    sim = alias_matrix([[name] for name in predicted], gold)
    assert match_matrix(sim, threshold=0.8).scores()["f1"] == pytest.approx(expected_f1)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("U.S. troops", "US troops", 1.0),
        ("...", "!!", 0.0),
        ("", "", 0.0),
        ("--", "Hun Sen", 0.0),
    ],
)
def test_punctuation_only_never_matches(left: str, right: str, expected: float) -> None:
    assert alias_matrix([[left]], [[right]])[0, 0] == expected
    assert name_similarity(left, right) == expected


def test_rectangular_and_empty_matrices() -> None:
    result = match_matrix(np.array([[0.9], [0.95], [0.1]]), threshold=0.8)
    assert [(p, g) for p, g, _ in result.pairs] == [(1, 0)]  # best of three for one gold
    assert result.scores()["precision"] == pytest.approx(1 / 3)
    empty = match_matrix(np.zeros((0, 2)), threshold=0.8)
    assert empty.scores() == {"precision": None, "recall": 0.0, "f1": 0.0}


def test_alias_matrix_takes_best_alias_on_both_sides() -> None:
    sim = alias_matrix(
        [["RCAF", "Royal Cambodian Armed Forces"], ["Hun Manet"]],
        [["Lieutenant General Hun Manet", "Hun Manet"], ["Royal Cambodian Armed Forces"]],
    )
    assert sim.shape == (2, 2)
    assert sim[0, 1] == 1.0
    assert sim[1, 0] == 1.0
    assert sim[0, 0] < 0.5
    assert sim[1, 1] < 0.5


def test_match_items_generic_similarity() -> None:
    result = match_items(["b", "a"], ["a", "b", "c"], lambda p, g: float(p == g), 1.0)
    assert sorted((p, g) for p, g, _ in result.pairs) == [(0, 1), (1, 0)]
    assert result.scores()["recall"] == pytest.approx(2 / 3)
