"""Follow-up clocks: quiet applications, keep-in-touch cadences and the queue's states.

Pure functions of the record and the date. The conventions (domain.md §5): follow up after the
stated decision date, or after 5–10 business days of silence; at most two follow-ups; after that,
treat the application as closed (``ghosted``) and keep the contact. If they write again, reopen.
A contact's keep-in-touch clock restarts with any logged interaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

# Stages where the seeker is waiting on the employer.
WAITING_STAGES: frozenset[str] = frozenset({"applied", "screening", "assessment", "interviewing", "final_round"})
STATES: tuple[str, ...] = ("upcoming", "due", "overdue", "snoozed", "done", "dismissed")


@dataclass(frozen=True)
class ClockRules:
    first_after_business_days: int = 7  # within the 5–10 business-day convention
    next_after_business_days: int = 7
    after_decision_business_days: int = 2
    max_follow_ups: int = 2
    ghost_after_business_days: int = 7  # silence after the last follow-up before we call it
    # Six weeks of silence with no follow-up sent at all: too late for a nudge, so close it.
    close_unanswered_after_business_days: int = 30
    thank_you_within_days: int = 1  # convention: a thank-you within 24 hours of an interview
    thank_you_offered_for_days: int = 3  # after that it is no longer worth suggesting


@dataclass(frozen=True)
class ApplicationClock:
    """What the clock needs to know about one application."""

    application_id: int
    company: str
    role: str
    stage: str
    last_outbound_on: date  # applied, interviewed, or sent a follow-up: the last move that awaits a reply
    ending: str = ""  # "" while active; a taxonomy ending code otherwise
    last_inbound_on: date | None = None  # the last time they wrote
    follow_ups_sent: int = 0  # follow-ups done since they last wrote
    decision_expected_on: date | None = None
    ghosted_on: date | None = None


@dataclass(frozen=True)
class ClockMove:
    """What the clock says now: ``wait``, ``follow_up`` (number n, due on), ``ghost``, ``reopen`` or ``none``."""

    kind: str
    due_on: date | None = None
    number: int = 0
    why: str = ""


@dataclass(frozen=True)
class ContactClock:
    contact_id: int
    name: str
    cadence_days: int | None
    last_interaction_on: date | None
    added_on: date


def add_business_days(start: date, days: int) -> date:
    """``start`` plus ``days`` weekdays (Saturday and Sunday skipped; holidays are not known)."""
    current, left = start, days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def business_days_between(start: date, end: date) -> int:
    count, current = 0, start
    while current < end:
        current += timedelta(days=1)
        if current.weekday() < 5:
            count += 1
    return count


def _they_replied(app: ApplicationClock) -> bool:
    return app.last_inbound_on is not None and app.last_inbound_on >= app.last_outbound_on


def application_move(app: ApplicationClock, *, today: date, rules: ClockRules | None = None) -> ClockMove:
    """The clock's verdict for one application on ``today``.

    1. A ghosted application they wrote to after it was closed is reopened.
    2. Ended applications, or stages where nobody waits (saved, offer), have no clock.
    3. If they wrote last, the move is the seeker's: no follow-up.
    4. Before the last allowed follow-up, the next follow-up is due after the decision date
       (if one was stated) or after the business-day interval.
    5. After the last follow-up, another silent interval closes it as ``ghosted``.
    6. Long silence with no follow-up at all (``close_unanswered_after_business_days``) closes it too.
    """
    r = rules or ClockRules()
    if app.ending == "ghosted":
        if app.last_inbound_on and app.ghosted_on and app.last_inbound_on >= app.ghosted_on:
            return ClockMove("reopen", today, why="They wrote after the application was closed, so it is open again.")
        return ClockMove("none")
    if app.ending or app.stage not in WAITING_STAGES or _they_replied(app):
        return ClockMove("none")
    if app.follow_ups_sent >= r.max_follow_ups:
        ghost_on = add_business_days(app.last_outbound_on, r.ghost_after_business_days)
        why = (
            f"No reply after {app.follow_ups_sent} follow-ups. The usual etiquette is to stop there, "
            "treat the application as closed and keep the contact; it reopens if they write."
        )
        return ClockMove("ghost" if today >= ghost_on else "wait", ghost_on, why=why)
    silent = business_days_between(app.last_outbound_on, today)
    if app.follow_ups_sent == 0 and not app.decision_expected_on and silent >= r.close_unanswered_after_business_days:
        why = (
            f"{silent} business days without any reply. A follow-up this late rarely changes much, so "
            "the application is marked as no reply; it reopens if they write, and the contact stays."
        )
        return ClockMove("ghost", add_business_days(app.last_outbound_on, r.close_unanswered_after_business_days), why=why)
    number = app.follow_ups_sent + 1
    if number == 1 and app.decision_expected_on:
        anchor = max(app.decision_expected_on, app.last_outbound_on)
        due = add_business_days(anchor, r.after_decision_business_days)
        why = f"They said they would decide by {app.decision_expected_on:%d %b}; a short check-in a couple of business days after is the convention."
    else:
        interval = r.first_after_business_days if number == 1 else r.next_after_business_days
        due = add_business_days(app.last_outbound_on, interval)
        why = (
            f"{interval} business days without a reply. Following up then is common etiquette "
            f"(the convention is 5–10 business days, at most {r.max_follow_ups} times), not evidence; "
            "silence at this stage is common."
        )
    return ClockMove("follow_up", due, number, why)


def contact_due_on(contact: ContactClock) -> date | None:
    """When to get back in touch: the last interaction (or when added) plus the cadence."""
    if not contact.cadence_days:
        return None
    anchor = contact.last_interaction_on or contact.added_on
    return anchor + timedelta(days=contact.cadence_days)


def queue_state(*, status: str, due_on: date, today: date, snoozed_until: date | None = None) -> str:
    """Where a queued follow-up stands today: upcoming, due, overdue, snoozed, done or dismissed."""
    if status in {"done", "dismissed"}:
        return status
    if snoozed_until and snoozed_until > today:
        return "snoozed"
    effective = max(due_on, snoozed_until) if snoozed_until else due_on
    if effective > today:
        return "upcoming"
    return "due" if effective == today else "overdue"


def follow_up_uid(kind: str, subject_id: int, anchor: date, number: int = 0) -> str:
    """A stable identifier: same follow-up, same UID, so calendars update instead of duplicating."""
    suffix = f"-{number}" if number else ""
    return f"{kind}-{subject_id}-{anchor:%Y%m%d}{suffix}@onward"


@dataclass(frozen=True)
class WantedFollowUp:
    """A follow-up the clocks say should exist now (one per application or contact at most)."""

    uid: str
    kind: str  # application | contact
    subject_id: int
    due_on: date
    number: int = 0
    why: str = ""


@dataclass(frozen=True)
class StoredFollowUp:
    uid: str
    kind: str
    subject_id: int
    status: str  # due | snoozed | done | dismissed


@dataclass(frozen=True)
class QueueChanges:
    create: tuple[WantedFollowUp, ...]
    supersede: tuple[str, ...]  # open follow-ups the clock no longer wants (they replied, or you met)


def queue_changes(stored: list[StoredFollowUp], wanted: list[WantedFollowUp]) -> QueueChanges:
    """Reconcile the stored queue with what the clocks want, without ever duplicating a UID.

    A wanted follow-up whose UID exists (in any status, even done) is left alone, so marking one
    done or snoozing it sticks. Open follow-ups for the same application or contact under an
    older UID are superseded: the clock moved because something happened.
    """
    known = {s.uid for s in stored}
    wanted_by_subject = {(w.kind, w.subject_id): w.uid for w in wanted}
    create = tuple(w for w in wanted if w.uid not in known)
    supersede = tuple(
        s.uid
        for s in stored
        if s.status in {"due", "snoozed"}
        and s.kind in {"application", "contact"}
        and wanted_by_subject.get((s.kind, s.subject_id)) != s.uid
    )
    return QueueChanges(create, supersede)


def wanted_for_application(app: ApplicationClock, move: ClockMove) -> WantedFollowUp | None:
    if move.kind != "follow_up" or move.due_on is None:
        return None
    uid = follow_up_uid("application", app.application_id, app.last_outbound_on, move.number)
    return WantedFollowUp(uid, "application", app.application_id, move.due_on, move.number, move.why)


def wanted_for_contact(contact: ContactClock) -> WantedFollowUp | None:
    due = contact_due_on(contact)
    if due is None:
        return None
    anchor = contact.last_interaction_on or contact.added_on
    why = (
        f"You chose to keep in touch with {contact.name} every {contact.cadence_days} days; the clock "
        "restarts whenever you log an interaction."
    )
    return WantedFollowUp(follow_up_uid("contact", contact.contact_id, anchor), "contact", contact.contact_id, due, 0, why)


@dataclass(frozen=True)
class Conversation:
    """An interview-like conversation (call, video call, meeting) on an application still in process."""

    interaction_id: int
    application_id: int
    contact_id: int
    on: date


def wanted_thank_you(talk: Conversation, *, today: date, rules: ClockRules | None = None) -> WantedFollowUp | None:
    """A thank-you note due the day after an interview; not suggested once the moment has passed."""
    r = rules or ClockRules()
    if (today - talk.on).days > r.thank_you_offered_for_days or talk.on > today:
        return None
    why = (
        "A short thank-you within a day of an interview is common etiquette, not measured evidence; "
        "mention one thing you talked about."
    )
    due = talk.on + timedelta(days=r.thank_you_within_days)
    return WantedFollowUp(f"thanks-{talk.interaction_id}@onward", "thank_you", talk.contact_id, due, 0, why)
