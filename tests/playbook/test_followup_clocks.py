"""Follow-up clocks walked through a search day by day: follow-ups, ghosting, reopening, cadences, snooze."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from onward.playbook.followup import (
    ApplicationClock,
    ClockRules,
    ContactClock,
    StoredFollowUp,
    add_business_days,
    application_move,
    business_days_between,
    queue_changes,
    queue_state,
    wanted_for_application,
    wanted_for_contact,
)

APPLIED = date(2026, 11, 2)  # a Monday


def walk(app: ApplicationClock, start: date, end: date, *, they_write_on: date | None = None) -> list[tuple[date, str, ApplicationClock]]:
    """Live through each day: send follow-ups when due, close when the clock says ghosted, reopen if they write."""
    events: list[tuple[date, str, ApplicationClock]] = []
    day = start
    while day <= end:
        if they_write_on == day:
            app = replace(app, last_inbound_on=day)
            events.append((day, "they_wrote", app))
        move = application_move(app, today=day)
        if move.kind == "follow_up" and move.due_on == day:
            app = replace(app, last_outbound_on=day, follow_ups_sent=app.follow_ups_sent + 1)
            events.append((day, f"follow_up_{move.number}", app))
        elif move.kind == "ghost":
            app = replace(app, ending="ghosted", ghosted_on=day)
            events.append((day, "ghosted", app))
        elif move.kind == "reopen":
            app = replace(app, ending="", ghosted_on=None, follow_ups_sent=0, last_outbound_on=day)
            events.append((day, "reopened", app))
        day += timedelta(days=1)
    return events


def test_a_silent_application_gets_two_follow_ups_then_is_ghosted_then_reopens_when_they_write() -> None:
    app = ApplicationClock(1, "Contoso", "Analyst", "applied", last_outbound_on=APPLIED)
    events = walk(app, APPLIED, date(2026, 12, 31), they_write_on=date(2026, 12, 9))
    names = [(d, name) for d, name, _ in events]
    assert names == [
        (date(2026, 11, 11), "follow_up_1"),  # 7 business days after applying
        (date(2026, 11, 20), "follow_up_2"),
        (date(2026, 12, 1), "ghosted"),  # a silence after the second follow-up
        (date(2026, 12, 9), "they_wrote"),
        (date(2026, 12, 9), "reopened"),
    ]
    # Once they wrote, the ball is in the seeker's court: no new follow-up is proposed.
    reopened = events[-1][2]
    assert application_move(replace(reopened, last_inbound_on=date(2026, 12, 9), last_outbound_on=date(2026, 12, 8)), today=date(2026, 12, 20)).kind == "none"


def test_follow_ups_never_land_on_a_weekend_and_fall_in_the_5_to_10_business_day_window() -> None:
    for offset in range(14):
        applied = APPLIED + timedelta(days=offset)
        move = application_move(ApplicationClock(1, "A", "B", "applied", applied), today=applied)
        assert move.kind == "follow_up" and move.due_on
        assert move.due_on.weekday() < 5
        assert 5 <= business_days_between(applied, move.due_on) <= 10


def test_a_stated_decision_date_moves_the_first_follow_up() -> None:
    app = ApplicationClock(1, "A", "B", "interviewing", APPLIED, decision_expected_on=date(2026, 11, 20))
    move = application_move(app, today=APPLIED)
    assert move.due_on == date(2026, 11, 24)  # two business days after Friday the 20th
    assert "20 Nov" in move.why


def test_a_reply_stops_the_clock_and_supersedes_the_open_follow_up() -> None:
    app = ApplicationClock(1, "A", "B", "screening", APPLIED)
    wanted = wanted_for_application(app, application_move(app, today=APPLIED))
    assert wanted
    stored = [StoredFollowUp(wanted.uid, "application", 1, "due")]
    replied = replace(app, last_inbound_on=date(2026, 11, 6))
    assert application_move(replied, today=date(2026, 11, 12)).kind == "none"
    changes = queue_changes(stored, [])
    assert changes.supersede == (wanted.uid,) and changes.create == ()


def test_ended_and_not_waiting_applications_have_no_clock() -> None:
    for stage, ending in [("saved", ""), ("offer", ""), ("applied", "rejected"), ("applied", "withdrawn"), ("final_round", "accepted")]:
        app = ApplicationClock(1, "A", "B", stage, APPLIED, ending=ending)
        assert application_move(app, today=date(2026, 12, 30)).kind == "none"


def test_one_follow_up_rule_ghosts_after_the_second_silence() -> None:
    rules = ClockRules(max_follow_ups=1)
    app = ApplicationClock(1, "A", "B", "applied", date(2026, 11, 11), follow_ups_sent=1)
    assert application_move(app, today=date(2026, 11, 19), rules=rules).kind == "wait"
    assert application_move(app, today=date(2026, 11, 20), rules=rules).kind == "ghost"


def test_contact_cadence_restarts_with_any_logged_interaction() -> None:
    contact = ContactClock(5, "Jo King", 30, last_interaction_on=None, added_on=date(2026, 11, 1))
    first = wanted_for_contact(contact)
    assert first and first.due_on == date(2026, 12, 1)
    stored = [StoredFollowUp(first.uid, "contact", 5, "due")]
    # Week 3: a coffee with Jo is logged; the clock restarts and the old reminder goes away.
    met = replace(contact, last_interaction_on=date(2026, 11, 20))
    second = wanted_for_contact(met)
    assert second and second.due_on == date(2026, 12, 20)
    changes = queue_changes(stored, [second])
    assert changes.supersede == (first.uid,)
    assert [w.uid for w in changes.create] == [second.uid]
    assert wanted_for_contact(replace(contact, cadence_days=None)) is None


def test_done_and_snoozed_follow_ups_stick_when_the_queue_is_refreshed() -> None:
    app = ApplicationClock(1, "A", "B", "applied", APPLIED)
    wanted = wanted_for_application(app, application_move(app, today=APPLIED))
    assert wanted
    for status in ("done", "snoozed", "dismissed"):
        changes = queue_changes([StoredFollowUp(wanted.uid, "application", 1, status)], [wanted])
        assert changes.create == () and changes.supersede == ()


def test_queue_states_through_a_snooze() -> None:
    due = date(2026, 11, 11)
    assert queue_state(status="due", due_on=due, today=date(2026, 11, 10)) == "upcoming"
    assert queue_state(status="due", due_on=due, today=due) == "due"
    assert queue_state(status="due", due_on=due, today=date(2026, 11, 12)) == "overdue"
    until = date(2026, 11, 16)
    assert queue_state(status="snoozed", due_on=due, today=date(2026, 11, 12), snoozed_until=until) == "snoozed"
    assert queue_state(status="snoozed", due_on=due, today=until, snoozed_until=until) == "due"
    assert queue_state(status="snoozed", due_on=due, today=date(2026, 11, 17), snoozed_until=until) == "overdue"
    assert queue_state(status="done", due_on=due, today=date(2026, 12, 1)) == "done"


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)), st.integers(min_value=0, max_value=40))
def test_business_day_arithmetic_round_trips(start: date, days: int) -> None:
    end = add_business_days(start, days)
    assert business_days_between(start, end) == days
    assert days == 0 or end.weekday() < 5


@given(st.integers(min_value=0, max_value=2), st.integers(min_value=0, max_value=60))
def test_the_clock_never_asks_for_more_than_the_maximum_follow_ups(sent: int, day_offset: int) -> None:
    app = ApplicationClock(1, "A", "B", "applied", APPLIED, follow_ups_sent=sent)
    move = application_move(app, today=APPLIED + timedelta(days=day_offset))
    if move.kind == "follow_up":
        assert move.number <= ClockRules().max_follow_ups


def test_long_silence_without_any_follow_up_is_closed_rather_than_nudged() -> None:
    app = ApplicationClock(1, "A", "B", "applied", APPLIED)
    assert application_move(app, today=date(2026, 12, 11)).kind == "follow_up"
    late = application_move(app, today=date(2026, 12, 14))  # 30 business days on
    assert late.kind == "ghost" and "reopens if they write" in late.why
    assert application_move(app, today=date(2026, 12, 14), rules=ClockRules(close_unanswered_after_business_days=60)).kind == "follow_up"


def test_thank_you_is_due_the_day_after_an_interview_and_not_offered_late() -> None:
    from onward.playbook.followup import Conversation, wanted_thank_you

    talk = Conversation(interaction_id=9, application_id=1, contact_id=3, on=date(2026, 11, 30))
    item = wanted_thank_you(talk, today=date(2026, 11, 30))
    assert item and item.due_on == date(2026, 12, 1) and item.uid == "thanks-9@onward"
    assert "etiquette" in item.why
    assert wanted_thank_you(talk, today=date(2026, 12, 3)) is not None
    assert wanted_thank_you(talk, today=date(2026, 12, 4)) is None
