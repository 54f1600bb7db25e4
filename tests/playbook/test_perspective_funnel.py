"""The furthest-stage funnel on histories with backtracks, endings and reopenings."""

from __future__ import annotations

from datetime import date, timedelta

from onward.playbook.funnel import (
    ApplicationHistory,
    StageEvent,
    funnel,
    funnel_by_channel,
    reached,
)

D0 = date(2026, 9, 1)


def h(id_: int, channel: str, *codes: str, replied: bool = False) -> ApplicationHistory:
    events = tuple(StageEvent(D0 + timedelta(days=i), c) for i, c in enumerate(codes))
    return ApplicationHistory(id_, channel, events, employer_replied=replied)


HISTORY = [
    h(1, "job_board", "applied"),  # silence
    h(2, "job_board", "applied", "ghosted"),
    h(3, "job_board", "applied", "rejected"),  # a rejection is a reply
    h(4, "referral", "applied", "screening", "interviewing", "rejected"),
    # Backtrack: a correction moved it back to screening; it still reached the final round.
    h(5, "referral", "applied", "screening", "interviewing", "final_round", "screening", "rejected"),
    h(6, "company_site", "applied", "screening", "interviewing", "final_round", "offer", "accepted"),
    h(7, "company_site", "saved"),  # never applied: not in the funnel
    h(8, "company_site", "applied", "withdrawn"),
    h(9, "job_board", "applied", replied=True),  # a reply with no stage change yet
    h(10, "agency", "applied", "assessment", "rejected", "assessment"),  # reopened after a rejection
]


def test_counts_by_furthest_stage() -> None:
    f = funnel(HISTORY)
    # applied: all but the saved one; response: 3,4,5,6,9,10; interview: 4,5,6; offer: 6.
    assert f.counts == {"applied": 9, "response": 6, "interview": 3, "offer": 1}
    assert f.by_stage["saved"] == 10
    assert f.by_stage["applied"] == 9
    assert f.by_stage["screening"] == 4
    assert f.by_stage["assessment"] == 4
    assert f.by_stage["interviewing"] == 3
    assert f.by_stage["final_round"] == 2
    assert f.by_stage["offer"] == 1


def test_rejection_after_two_interviews_still_counts_as_interview() -> None:
    r = reached(HISTORY[4])
    assert r.furthest_stage == "final_round"
    assert r.interview and r.response and not r.offer
    assert r.ending == "rejected"


def test_reopened_application_has_no_ending() -> None:
    assert reached(HISTORY[9]).ending is None


def test_conversions_carry_sample_sizes_and_intervals() -> None:
    f = funnel(HISTORY)
    response = f.conversions["response"]
    assert (response.successes, response.trials) == (6, 9)
    assert response.low < 6 / 9 < response.high
    assert (f.conversions["interview"].successes, f.conversions["interview"].trials) == (3, 6)
    assert (f.conversions["offer"].successes, f.conversions["offer"].trials) == (1, 3)
    assert (f.from_applied["offer"].successes, f.from_applied["offer"].trials) == (1, 9)


def test_open_applications_are_counted() -> None:
    # 1 (silent, no ending), 9 (replied, open), 10 (reopened)
    assert funnel(HISTORY).open_count == 3


def test_by_channel() -> None:
    by = funnel_by_channel(HISTORY)
    assert list(by) == ["referral", "agency", "job_board", "company_site"]
    assert by["referral"].counts == {"applied": 2, "response": 2, "interview": 2, "offer": 0}
    assert by["job_board"].counts == {"applied": 4, "response": 2, "interview": 0, "offer": 0}
    assert by["company_site"].counts["applied"] == 2


def test_empty_history_has_unknown_rates() -> None:
    f = funnel([])
    assert f.counts["applied"] == 0
    assert not f.conversions["response"].known
