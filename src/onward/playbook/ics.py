"""Follow-ups as an iCalendar file or feed (RFC 5545), built with the ``icalendar`` library.

Each follow-up becomes an all-day event with the follow-up's stable UID, so a calendar that
re-imports the file or refreshes the feed updates the event instead of adding a copy. Snoozing
moves the date and raises SEQUENCE.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event

PRODID = "-//Onward//Follow-ups//EN"


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    summary: str
    on: date
    description: str = ""
    url: str = ""
    sequence: int = 0


def build_calendar(entries: Iterable[CalendarEntry], *, name: str, stamp: datetime) -> bytes:
    """An ICS document with one all-day VEVENT per entry; ``stamp`` is the DTSTAMP (UTC)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for entry in sorted(entries, key=lambda e: (e.on, e.uid)):
        cal.add_component(_event(entry, stamp))
    return cal.to_ical()


def _event(entry: CalendarEntry, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", entry.on)
    event.add("dtend", entry.on + timedelta(days=1))
    event.add("summary", entry.summary)
    event.add("sequence", entry.sequence)
    event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: never blocks time
    if entry.description:
        event.add("description", entry.description)
    if entry.url:
        event.add("url", entry.url)
    return event
