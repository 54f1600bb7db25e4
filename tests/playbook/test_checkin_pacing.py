"""Check-ins and pacing: a lighter week and a pointer to people, only when signals agree; never guilt."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from onward.playbook.checkin import CheckInEntry, needs_checkin, pacing

TODAY = date(2026, 11, 30)
GUILT = ("should", "behind", "failed", "lazy", "must", "falling", "disappoint", "!")


def low(days_ago: int, level: int = 2) -> CheckInEntry:
    return CheckInEntry(TODAY - timedelta(days=days_ago), level, level)


def rejections(n: int, *, within: int = 10) -> list[date]:
    return [TODAY - timedelta(days=i * within // max(n, 1)) for i in range(n)]


def test_clustered_rejections_and_low_checkins_suggest_a_lighter_week_and_people() -> None:
    p = pacing([low(5), low(1)], rejections(3), today=TODAY)
    assert p.lighter_week and p.support
    assert "lighter" in p.message and "helpline" in p.support_text


def test_one_signal_alone_is_not_enough() -> None:
    assert not pacing([low(5), low(1)], rejections(1), today=TODAY).lighter_week
    assert not pacing([low(5, 4), low(1, 4)], rejections(5), today=TODAY).lighter_week
    # Without check-ins we never guess how someone feels.
    assert not pacing([], rejections(6), today=TODAY).support


def test_old_signals_expire() -> None:
    assert not pacing([low(30), low(25)], rejections(3), today=TODAY).lighter_week
    assert not pacing([low(5), low(1)], [TODAY - timedelta(days=40 + i) for i in range(4)], today=TODAY).lighter_week


def test_very_low_checkins_point_to_people_even_without_rejections() -> None:
    p = pacing([low(3, 1), low(1, 1)], [], today=TODAY)
    assert p.support and not p.lighter_week


def test_a_recovering_check_in_lifts_the_suggestion() -> None:
    assert not pacing([low(5), low(3), low(1, 4)], rejections(4), today=TODAY).lighter_week


@given(
    st.lists(st.tuples(st.integers(0, 20), st.integers(1, 5), st.integers(1, 5)), max_size=8),
    st.lists(st.integers(0, 30), max_size=8),
)
def test_messages_never_carry_guilt(entries: list[tuple[int, int, int]], rej: list[int]) -> None:
    checkins = [CheckInEntry(TODAY - timedelta(days=d), m, e) for d, m, e in entries]
    p = pacing(checkins, [TODAY - timedelta(days=d) for d in rej], today=TODAY)
    text = (p.message + p.support_text).lower()
    assert not any(word in text for word in GUILT)


def test_a_check_in_is_offered_once_a_day() -> None:
    assert needs_checkin([], today=TODAY)
    assert not needs_checkin([low(0)], today=TODAY)
    assert needs_checkin([low(1)], today=TODAY)
