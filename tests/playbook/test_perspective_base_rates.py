"""Every base rate has a source, population, year and strength; weak rows never headline."""

from __future__ import annotations

import copy

import pytest

from onward.playbook.perspective import build, compare
from onward.playbook.perspective_base_rates import (
    REQUIRED,
    BaseRateError,
    base_rates,
    parse_row,
    raw_rows,
    rows_for,
)
from onward.playbook.stats import rate


@pytest.mark.parametrize("row", raw_rows(), ids=lambda r: r.get("id", "?"))
def test_every_row_is_complete(row: dict) -> None:
    for key in REQUIRED:
        assert row.get(key) not in (None, "", []), f"{row.get('id')}: missing {key}"
    assert row["source"]["title"] and row["source"]["url"].startswith("http")
    assert ("value" in row) or ("low" in row and "high" in row)
    assert row["strength"] in {"S", "M", "W"}
    assert 1990 <= int(row["year"]) <= 2026
    parse_row(row)


@pytest.mark.parametrize("missing", ["source", "population", "year", "strength"])
def test_a_row_missing_anything_is_refused(missing: str) -> None:
    row = copy.deepcopy(raw_rows()[0])
    del row[missing]
    with pytest.raises(BaseRateError):
        parse_row(row)


def test_a_row_without_value_is_refused() -> None:
    row = copy.deepcopy(raw_rows()[0])
    row.pop("value", None)
    row.pop("low", None)
    with pytest.raises(BaseRateError):
        parse_row(row)


def test_ids_are_unique_and_the_unsourced_250_figure_is_absent() -> None:
    ids = [r.id for r in base_rates()]
    assert len(ids) == len(set(ids))
    assert all(r.low != 250 for r in base_rates())


def test_weak_rows_never_headline() -> None:
    weak = [r for r in base_rates() if r.strength == "W"]
    assert weak, "the data file keeps at least one weak row to prove the rule"
    for step in ("response", "interview", "offer_from_interview", "silence", "feedback"):
        assert all(r.strength != "W" for r in rows_for(step))
    p = build([], [])
    assert all(r.strength != "W" for r in p.context)
    for c in p.comparisons:
        assert all(r.strength != "W" for r in c.sources)


def test_response_range_is_three_to_thirteen_percent_with_sources() -> None:
    c = compare("response", rate(3, 30))
    assert c.market == pytest.approx((0.03, 0.13))
    assert c.arithmetic == "at 3–13% response, 30 applications usually bring 1–4 replies"
    assert {r.year for r in c.sources} >= {2004, 2017, 2024}
    assert c.verdict == "within"


def test_referral_channel_compares_with_referral_rows_only() -> None:
    c = compare("response", rate(4, 6), channel="referral", rows_step="response_by_channel")
    assert [r.id for r in c.sources] == ["first_screen_referral_lever_2017"]


def test_small_samples_are_not_compared() -> None:
    assert compare("response", rate(0, 3)).verdict == "too_few"
    assert compare("response", rate(0, 60)).verdict == "within"  # 0 of 60 still fits 3%
    assert compare("response", rate(0, 150)).verdict == "below"
