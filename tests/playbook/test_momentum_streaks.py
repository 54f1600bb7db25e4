"""Momentum walked week by week: streaks with rest weeks, anti-coasting, praise, pipeline, broadening."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from onward.playbook.momentum import WeekRecord, anti_coasting, effort_streak, praise_actions
from onward.playbook.pipeline import SentApplication, broaden_when_stalled, pipeline_health

W0 = date(2026, 9, 7)  # a Monday; the search starts here


def weeks(pattern: str) -> list[WeekRecord]:
    """'M' met, 'R' declared rest, '.' quiet (not met); one letter per week from W0."""
    return [WeekRecord(W0 + timedelta(weeks=i), met=c == "M", rest=c == "R") for i, c in enumerate(pattern)]


def streak_at(pattern: str) -> tuple[int, int]:
    records = weeks(pattern)
    s = effort_streak(records, current_week=records[-1].week_start)
    return s.weeks, s.rest_weeks


def test_walking_a_search_week_by_week() -> None:
    assert streak_at("M") == (1, 0)
    assert streak_at("MM") == (2, 0)
    assert streak_at("MMR") == (2, 0)  # the current rest week does not count yet
    assert streak_at("MMRM") == (3, 1)  # a rest week pauses, never breaks
    assert streak_at("MMRRRM") == (3, 3)  # a long declared break too
    assert streak_at("MM.M") == (3, 1)  # one quiet week is treated as rest
    assert streak_at("MM..M") == (1, 0)  # two quiet weeks in a row end the old streak
    assert streak_at("MM.") == (2, 0)  # the week in progress, not met yet, does not break it


def test_rejections_never_touch_the_streak_because_it_counts_effort_only() -> None:
    # A week with three rejections but the plan met is simply a met week.
    assert streak_at("MMM") == (3, 0)
    assert not hasattr(WeekRecord(W0), "rejections")


def test_streak_messages_praise_effort_and_mention_rest() -> None:
    records = weeks("MMRM")
    s = effort_streak(records, current_week=records[-1].week_start)
    assert s.message == "3 weeks of effort that met your plan, with 1 rest week taken."
    assert "never break" in effort_streak([], current_week=W0).message


@given(st.text(alphabet="MR.", min_size=1, max_size=20))
def test_streak_is_never_negative_and_never_exceeds_met_weeks(pattern: str) -> None:
    n, rests = streak_at(pattern)
    assert 0 <= n <= pattern.count("M")
    assert 0 <= rests <= len(pattern)
    # Declaring a quiet week as rest never shortens the streak.
    n2, _ = streak_at(pattern.replace(".", "R"))
    assert n2 >= n


def test_anti_coasting_after_an_invite_keeps_the_minimum_and_predicts_nothing() -> None:
    assert anti_coasting(invites_this_week=0, actions_this_week=0, weekly_minimum=5) is None
    nudge = anti_coasting(invites_this_week=1, actions_this_week=2, weekly_minimum=5)
    assert nudge and nudge.code == "anti_coasting"
    assert "3 more actions" in nudge.message and "two other doors" in nudge.message
    met = anti_coasting(invites_this_week=1, actions_this_week=6, weekly_minimum=5)
    assert met and met.code == "anti_coasting_met"
    for text in (nudge.message, met.message):
        assert "!" not in text
        assert not any(w in text.lower() for w in ("surely", "you'll get", "will get", "guaranteed"))


def test_praise_names_actions() -> None:
    text = praise_actions(applications=6, outreach=1, practice_hours=1.5, follow_ups=0)
    assert text == "This week you've done 6 applications, 1 outreach message and 1.5 hours of practice. That effort is yours, whatever the replies."
    assert "ready" in praise_actions(applications=0, outreach=0, practice_hours=0, follow_ups=0)


def test_pipeline_health_for_every_closed_door_open_two() -> None:
    healthy = pipeline_health(active=12, target=10, closed_this_week=0)
    assert healthy.status == "healthy" and healthy.to_open == 0
    thin = pipeline_health(active=9, target=10, closed_this_week=3)
    assert thin.status == "thin" and thin.to_open == 6
    assert "open two" in thin.message
    empty = pipeline_health(active=0, target=10, closed_this_week=0)
    assert empty.status == "empty" and empty.to_open == 10


def sent(n: int, *, responded: int = 0, channel: str = "job_board", start: date = date(2026, 11, 1)) -> list[SentApplication]:
    return [SentApplication(start + timedelta(days=i % 28), channel, "Data Analyst", i < responded) for i in range(n)]


def test_broaden_when_many_applications_get_no_response() -> None:
    today = date(2026, 11, 30)
    assert broaden_when_stalled(sent(10), today=today) is None  # too few to say
    assert broaden_when_stalled(sent(20, responded=1), today=today) is None
    stalled = broaden_when_stalled(sent(20), today=today)
    assert stalled and stalled.applications == 20
    assert stalled.titles == ("data analyst",) and stalled.mostly_cold
    assert "Belot" in stalled.source and "300" in stalled.source
    assert any("adjacent" in s for s in stalled.suggestions)
    assert "not a verdict" in stalled.message
    old = sent(20, start=date(2026, 8, 1))
    assert broaden_when_stalled(old, today=today) is None  # outside the window


def test_a_lighter_week_drops_the_pipeline_push() -> None:
    gentle = pipeline_health(active=3, target=10, closed_this_week=4, gentle=True)
    assert gentle.status == "resting" and gentle.to_open == 0
    assert "open two" not in gentle.message and "can wait" in gentle.message
