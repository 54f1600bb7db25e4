"""Wilson intervals and the arithmetic phrasing, against hand-computed and published values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onward.playbook.stats import (
    arithmetic_sentence,
    expected_count_range,
    range_text,
    wilson_interval,
)


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        # Reference values from statsmodels proportion_confint(method="wilson") and
        # Newcombe (1998), Table I.
        (5, 10, 0.2366, 0.7634),
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (1, 30, 0.0059, 0.1667),
    ],
)
def test_wilson_matches_reference_values(k: int, n: int, low: float, high: float) -> None:
    lo, hi = wilson_interval(k, n)
    assert lo == pytest.approx(low, abs=5e-4)
    assert hi == pytest.approx(high, abs=5e-4)


def test_no_trials_means_we_know_nothing() -> None:
    assert wilson_interval(0, 0) == (0.0, 1.0)


def test_impossible_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        wilson_interval(3, 2)


@given(st.integers(min_value=0, max_value=500).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_interval_contains_the_observed_rate_and_stays_in_range(kn: tuple[int, int]) -> None:
    k, n = kn
    lo, hi = wilson_interval(k, n)
    assert 0.0 <= lo <= hi <= 1.0
    if n:
        assert lo <= k / n <= hi


def test_arithmetic_sentence_is_computed_from_the_range() -> None:
    assert arithmetic_sentence(30, 0.03, 0.13) == "at 3–13% response, 30 applications usually bring 1–4 replies"
    assert arithmetic_sentence(12, 0.03, 0.13).endswith("12 applications usually bring 0–2 replies")
    assert expected_count_range(100, 0.03, 0.13) == (3, 13)


def test_range_text_collapses_equal_ends() -> None:
    assert range_text(0.17, 0.28) == "17–28%"
    assert range_text(0.03, 0.03) == "3%"
