"""ICS export: valid iCalendar that parses back, with stable UIDs so re-imports update, not duplicate."""

from __future__ import annotations

from datetime import UTC, date, datetime

from icalendar import Calendar

from onward.playbook.followup import ApplicationClock, application_move, wanted_for_application
from onward.playbook.ics import CalendarEntry, build_calendar

STAMP = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def entries() -> list[CalendarEntry]:
    app = ApplicationClock(7, "Contoso", "Analyst", "applied", date(2026, 11, 23))
    wanted = wanted_for_application(app, application_move(app, today=date(2026, 11, 30)))
    assert wanted
    return [
        CalendarEntry(wanted.uid, "Follow up: Analyst at Contoso", wanted.due_on, wanted.why, "http://127.0.0.1:8000/followups/"),
        CalendarEntry("contact-5-20261101@onward", "Keep in touch with Jo King", date(2026, 12, 1), "Every 30 days"),
    ]


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def test_the_calendar_parses_back_with_one_all_day_event_per_follow_up() -> None:
    cal = parse(build_calendar(entries(), name="Onward follow-ups", stamp=STAMP))
    events = cal.walk("VEVENT")
    assert len(events) == 2
    assert str(cal["X-WR-CALNAME"]) == "Onward follow-ups"
    first = next(e for e in events if str(e["UID"]).startswith("application-7"))
    assert first.decoded("DTSTART") == date(2026, 12, 2)
    assert first.decoded("DTEND") == date(2026, 12, 3)
    assert str(first["SUMMARY"]) == "Follow up: Analyst at Contoso"
    assert "business days" in str(first["DESCRIPTION"])


def test_uids_are_stable_across_exports_so_calendars_update_instead_of_duplicating() -> None:
    one = parse(build_calendar(entries(), name="x", stamp=STAMP))
    later = parse(build_calendar(list(reversed(entries())), name="x", stamp=datetime(2026, 12, 5, tzinfo=UTC)))
    uids = [str(e["UID"]) for e in one.walk("VEVENT")]
    assert uids == [str(e["UID"]) for e in later.walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    assert "application-7-20261123-1@onward" in uids


def test_a_snoozed_follow_up_keeps_its_uid_and_raises_its_sequence() -> None:
    snoozed = [CalendarEntry("application-7-20261123-1@onward", "Follow up", date(2026, 12, 9), sequence=1)]
    event = parse(build_calendar(snoozed, name="x", stamp=STAMP)).walk("VEVENT")[0]
    assert str(event["UID"]) == "application-7-20261123-1@onward"
    assert int(event["SEQUENCE"]) == 1
    assert event.decoded("DTSTART") == date(2026, 12, 9)


def test_an_empty_queue_is_still_a_valid_calendar() -> None:
    cal = parse(build_calendar([], name="x", stamp=STAMP))
    assert cal.walk("VEVENT") == []
    assert str(cal["VERSION"]) == "2.0"
