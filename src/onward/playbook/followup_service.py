"""The follow-up queue: load the record, ask the pure clocks, save what changed (one transaction).

``refresh_queue`` is idempotent: run it on page loads, from the CLI or a worker. Marking a
follow-up done logs an outbound interaction through the tracker, which restarts the contact's
keep-in-touch clock and the application's silence clock.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, fields, replace

from django.db import transaction
from django.db.models import Max, Q, QuerySet
from django.utils import timezone

from onward.accounts.models import User
from onward.errors import InvalidInput, NotAllowed, NotFound
from onward.owned import get_owned
from onward.playbook import followup as clocks
from onward.playbook.drafts import DraftFields, mailto_link, render_draft, specific_detail
from onward.playbook.ics import CalendarEntry, build_calendar
from onward.playbook.models_momentum import CalendarFeed, FollowUp, MomentumSettings
from onward.tracker import people, services
from onward.tracker.models import Application, Contact, Interaction

OPEN = ("due", "snoozed")


@dataclass(frozen=True)
class QueueRow:
    item: FollowUp
    state: str  # upcoming | due | overdue | snoozed | done | dismissed

    @property
    def mailto(self) -> str:
        return follow_up_mailto(self.item)


@dataclass(frozen=True)
class RefreshSummary:
    created: int
    superseded: int
    ghosted: list[int]
    reopened: list[int]


def follow_up_mailto(item: FollowUp) -> str:
    from onward.playbook.drafts import Draft

    return mailto_link(item.to_email, Draft(item.action, "", item.draft_subject, item.draft_body))


def clock_rules(owner: User) -> clocks.ClockRules:
    overrides = MomentumSettings.objects.filter(owner=owner).values_list("clock_overrides", flat=True).first() or {}
    known = {f.name for f in fields(clocks.ClockRules)}
    return replace(clocks.ClockRules(), **{k: v for k, v in overrides.items() if k in known})


def _date(value: dt.datetime | None) -> dt.date | None:
    return timezone.localdate(value) if value else None


def _with_clock_facts(apps: QuerySet[Application]) -> QuerySet[Application]:
    """One query for the dates every clock needs (the last word each way, the last stage move)."""
    return apps.annotate(
        last_in=Max("interactions__occurred_at", filter=Q(interactions__direction="in")),
        last_out=Max("interactions__occurred_at", filter=Q(interactions__direction="out")),
        last_move=Max("history__at", filter=Q(history__to_ending="")),
    )


def _done_dates(owner: User) -> dict[int, list[dt.date]]:
    dates: dict[int, list[dt.date]] = defaultdict(list)
    rows = FollowUp.objects.filter(owner=owner, kind="application", status="done", done_on__isnull=False)
    for app_id, done_on in rows.values_list("application_id", "done_on"):
        if app_id and done_on:
            dates[app_id].append(done_on)
    return dates


def application_clock(app: Application, done: list[dt.date]) -> clocks.ApplicationClock:
    """Plain facts about one application (annotated by ``_with_clock_facts``) for the pure clock."""
    inbound = _date(getattr(app, "last_in", None))
    anchors = [d for d in (app.applied_on, _date(getattr(app, "last_out", None)), _date(getattr(app, "last_move", None)), max(done, default=None)) if d]
    sent = sum(1 for d in done if inbound is None or d >= inbound)
    return clocks.ApplicationClock(
        application_id=app.pk,
        company=app.company.name,
        role=app.role_title,
        stage=app.stage,
        last_outbound_on=max(anchors) if anchors else timezone.localdate(app.created_at),
        ending=app.ending,
        last_inbound_on=inbound,
        follow_ups_sent=sent,
        ghosted_on=app.ended_on if app.ending == "ghosted" else None,
    )


def contact_clock(contact: Contact) -> clocks.ContactClock:
    last = _date(getattr(contact, "last_talk", None))
    return clocks.ContactClock(contact.pk, contact.name, contact.cadence_days, last, timezone.localdate(contact.created_at))


def _first_linked(app: Application, *roles: str) -> Contact | None:
    link = app.people.filter(role__in=roles).select_related("contact").order_by("id").first()
    return link.contact if link else None


def _application_follow_up(owner: User, app: Application, wanted: clocks.WantedFollowUp) -> FollowUp:
    who = _first_linked(app, "recruiter", "hiring_manager", "referrer")
    fields_ = DraftFields(
        company=app.company.name, role=app.role_title, first_name=who.name.split()[0] if who else "",
        stage=app.stage, seeker_name=owner.get_full_name(),
    )  # fmt: skip
    draft = render_draft("follow_up", fields_)
    return FollowUp(
        owner=owner, kind="application", action="follow_up", application=app, contact=who,
        title=f"Follow up: {app.role_title} at {app.company.name}" + (f" ({wanted.number} of 2)" if wanted.number else ""),
        due_on=wanted.due_on, number=wanted.number, rule="follow_up_after_silence", why=wanted.why,
        to_name=who.name if who else "", to_email=who.email if who else "",
        draft_subject=draft.subject, draft_body=draft.body, uid=wanted.uid,
    )  # fmt: skip


def _contact_follow_up(owner: User, contact: Contact, wanted: clocks.WantedFollowUp) -> FollowUp:
    last = contact.interactions.order_by("-occurred_at").first()
    draft = render_draft(
        "keep_in_touch",
        DraftFields(
            company=contact.company.name if contact.company else "", role="", first_name=contact.name.split()[0],
            detail=specific_detail(last.summary if last else ""), seeker_name=owner.get_full_name(),
        ),
    )  # fmt: skip
    return FollowUp(
        owner=owner, kind="contact", action="keep_in_touch", contact=contact,
        title=f"Keep in touch with {contact.name}", due_on=wanted.due_on, rule="contact_cadence",
        why=wanted.why, to_name=contact.name, to_email=contact.email,
        draft_subject=draft.subject, draft_body=draft.body, uid=wanted.uid,
    )  # fmt: skip


IN_PROCESS = ("screening", "assessment", "interviewing", "final_round")
MEETING_KINDS = ("call", "video_call", "meeting")


def _recent_interviews(owner: User, today: dt.date, rules: clocks.ClockRules) -> QuerySet[Interaction]:
    since = dt.datetime.combine(
        today - dt.timedelta(days=rules.thank_you_offered_for_days), dt.time.min, tzinfo=timezone.get_current_timezone()
    )
    return Interaction.objects.filter(
        owner=owner, kind__in=MEETING_KINDS, contact__isnull=False, application__ending="",
        application__stage__in=IN_PROCESS, occurred_at__gte=since,
    ).select_related("application__company", "contact")  # fmt: skip


def _thank_you_follow_up(owner: User, talk: Interaction, wanted: clocks.WantedFollowUp) -> FollowUp:
    app, contact = talk.application, talk.contact
    assert app is not None and contact is not None  # filtered in _recent_interviews
    draft = render_draft(
        "thank_you",
        DraftFields(
            company=app.company.name, role=app.role_title, first_name=contact.name.split()[0],
            stage=app.stage, detail=specific_detail(talk.summary), seeker_name=owner.get_full_name(),
        ),
    )  # fmt: skip
    return FollowUp(
        owner=owner, kind="thank_you", action="thank_you", application=app, contact=contact,
        title=f"Thank {contact.name} for the conversation ({app.company.name})", due_on=wanted.due_on,
        rule="thank_you_after_interview", why=wanted.why, to_name=contact.name, to_email=contact.email,
        draft_subject=draft.subject, draft_body=draft.body, uid=wanted.uid,
    )  # fmt: skip


@transaction.atomic
def refresh_queue(*, owner: User, today: dt.date | None = None) -> RefreshSummary:
    """Bring the queue in line with the clocks; close silent applications and reopen answered ones.

    1. For each application, ask the pure clock for its move; ghost or reopen through the tracker.
    2. For each contact with a cadence, compute when to get back in touch.
    3. Create follow-ups the clocks want that do not exist yet; supersede open ones they no longer want.
    """
    today = today or timezone.localdate()
    rules = clock_rules(owner)
    wanted: list[clocks.WantedFollowUp] = []
    objects: dict[str, FollowUp] = {}
    ghosted: list[int] = []
    reopened: list[int] = []
    apps = Application.objects.filter(owner=owner).filter(Q(ending="") | Q(ending="ghosted")).select_related("company")
    done = _done_dates(owner)
    for app in _with_clock_facts(apps):
        clock = application_clock(app, done.get(app.pk, []))
        move = clocks.application_move(clock, today=today, rules=rules)
        if move.kind == "ghost":
            services.end(owner=owner, application_id=app.pk, ending="ghosted", source="rule", note=move.why)
            ghosted.append(app.pk)
        elif move.kind == "reopen":
            services.reopen(owner=owner, application_id=app.pk, source="rule", note=move.why)
            reopened.append(app.pk)
        item = clocks.wanted_for_application(clock, move)
        if item:
            wanted.append(item)
            objects[item.uid] = _application_follow_up(owner, app, item)
    contacts = Contact.objects.filter(owner=owner, cadence_days__isnull=False).select_related("company")
    for contact in contacts.annotate(last_talk=Max("interactions__occurred_at")):
        item = clocks.wanted_for_contact(contact_clock(contact))
        if item:
            wanted.append(item)
            objects[item.uid] = _contact_follow_up(owner, contact, item)
    for talk in _recent_interviews(owner, today, rules):
        item = clocks.wanted_thank_you(
            clocks.Conversation(talk.pk, talk.application_id or 0, talk.contact_id or 0, timezone.localdate(talk.occurred_at)),
            today=today, rules=rules,
        )  # fmt: skip
        if item:
            wanted.append(item)
            objects[item.uid] = _thank_you_follow_up(owner, talk, item)
    stored = [
        clocks.StoredFollowUp(f.uid, f.kind, (f.application_id if f.kind == "application" else f.contact_id) or 0, f.status)
        for f in FollowUp.objects.filter(owner=owner)
    ]
    changes = clocks.queue_changes(stored, wanted)
    new = [objects[w.uid] for w in changes.create]
    for row in new:
        # A follow-up the seeker is only now learning about is due today, not "overdue" since weeks.
        row.due_on = max(row.due_on, today)
    FollowUp.objects.bulk_create(new)
    FollowUp.objects.filter(owner=owner, uid__in=changes.supersede).update(status="dismissed", done_on=today)
    return RefreshSummary(len(changes.create), len(changes.supersede), ghosted, reopened)


def get_follow_up(*, owner: User, follow_up_id: int) -> FollowUp:
    rows = FollowUp.objects.select_related("application__company", "contact")
    return get_owned(rows, "follow-up", follow_up_id, owner=owner)


_STATE_ORDER = {"overdue": 0, "due": 1, "upcoming": 2, "snoozed": 3, "done": 4, "dismissed": 5}


def queue(*, owner: User, today: dt.date | None = None, include_closed: bool = False) -> list[QueueRow]:
    """Every follow-up with its state today: overdue first, then due, upcoming, snoozed (then closed)."""
    today = today or timezone.localdate()
    qs = FollowUp.objects.filter(owner=owner).select_related("application__company", "contact")
    if not include_closed:
        qs = qs.filter(status__in=OPEN)
    rows = [
        QueueRow(f, clocks.queue_state(status=f.status, due_on=f.due_on, today=today, snoozed_until=f.snoozed_until))
        for f in qs
    ]
    return sorted(rows, key=lambda r: (_STATE_ORDER[r.state], r.item.snoozed_until or r.item.due_on, r.item.pk))


def _log_sent(owner: User, item: FollowUp, on: dt.date) -> Interaction | None:
    if item.contact_id is None and item.application_id is None:
        return None
    at = dt.datetime.combine(on, timezone.localtime().time(), tzinfo=timezone.get_current_timezone())
    return people.log_interaction(
        owner=owner, kind="email", occurred_at=at, summary=f"Sent: {item.draft_subject or item.title}",
        contact_id=item.contact_id, application_id=item.application_id, direction="out",
    )  # fmt: skip


@transaction.atomic
def mark_done(*, owner: User, follow_up_id: int, today: dt.date | None = None, log: bool = True) -> FollowUp:
    """Done = sent (or handled). Logs an outbound interaction, which restarts the related clocks."""
    item = get_follow_up(owner=owner, follow_up_id=follow_up_id)
    if item.status == "done":
        return item
    today = today or timezone.localdate()
    item.status, item.done_on = "done", today
    if log:
        item.interaction = _log_sent(owner, item, today)
    item.save(update_fields=["status", "done_on", "interaction"])
    return item


@transaction.atomic
def snooze(*, owner: User, follow_up_id: int, until: dt.date | None = None, days: int = 0, today: dt.date | None = None) -> FollowUp:
    item = get_follow_up(owner=owner, follow_up_id=follow_up_id)
    today = today or timezone.localdate()
    target = until or (today + dt.timedelta(days=days or 3))
    if target <= today:
        raise InvalidInput({"until": "snooze until a day after today"})
    if item.status in {"done", "dismissed"}:
        raise NotAllowed("this follow-up is already closed")
    item.status, item.snoozed_until, item.sequence = "snoozed", target, item.sequence + 1
    item.save(update_fields=["status", "snoozed_until", "sequence"])
    return item


@transaction.atomic
def dismiss(*, owner: User, follow_up_id: int, today: dt.date | None = None) -> FollowUp:
    item = get_follow_up(owner=owner, follow_up_id=follow_up_id)
    item.status, item.done_on = "dismissed", today or timezone.localdate()
    item.save(update_fields=["status", "done_on"])
    return item


@transaction.atomic
def update_draft(*, owner: User, follow_up_id: int, subject: str, body: str) -> FollowUp:
    item = get_follow_up(owner=owner, follow_up_id=follow_up_id)
    if not body.strip():
        raise InvalidInput({"body": "the message is empty"})
    item.draft_subject, item.draft_body = subject.strip(), body.strip()
    item.save(update_fields=["draft_subject", "draft_body"])
    return item


@dataclass(frozen=True)
class OwnRate:
    """The seeker's own outreach results; there is no reliable market figure to compare with."""

    action: str
    sent: int
    answered: int

    @property
    def sentence(self) -> str:
        if not self.sent:
            return ""
        return f"{self.sent} sent, {self.answered} led to a reply or a conversation so far."


def own_rate(*, owner: User, action: str = "informational_interview") -> OwnRate:
    """Requests sent (done) and how many were answered: any word from that person since."""
    sent = FollowUp.objects.filter(owner=owner, action=action, status="done", done_on__isnull=False)
    answered = 0
    for item in sent.exclude(contact__isnull=True):
        if item.done_on is None or item.contact_id is None:
            continue
        since = dt.datetime.combine(item.done_on, dt.time.min, tzinfo=timezone.get_current_timezone())
        if Interaction.objects.filter(owner=owner, contact_id=item.contact_id, direction="in", occurred_at__gte=since).exists():
            answered += 1
    return OwnRate(action, sent.count(), answered)


def calendar_ics(*, owner: User, base_url: str = "", stamp: dt.datetime | None = None) -> bytes:
    """Open follow-ups as an ICS calendar; UIDs are the follow-ups' own, so re-imports update."""
    entries = []
    for f in FollowUp.objects.filter(owner=owner, status__in=OPEN):
        on = f.snoozed_until if f.status == "snoozed" and f.snoozed_until else f.due_on
        url = f"{base_url.rstrip('/')}/followups/{f.pk}/" if base_url else ""
        description = f.why + (f"\n\nWhom to find: {f.find_whom}" if f.find_whom else "")
        entries.append(CalendarEntry(f.uid, f.title, on, description, url, f.sequence))
    return build_calendar(entries, name="Onward follow-ups", stamp=stamp or timezone.now())


def feed_token(*, owner: User) -> str:
    feed, _ = CalendarFeed.objects.get_or_create(owner=owner)
    return feed.token


@transaction.atomic
def regenerate_feed_token(*, owner: User) -> str:
    from onward.playbook.models_momentum import new_feed_token

    feed, _ = CalendarFeed.objects.get_or_create(owner=owner)
    feed.token = new_feed_token()
    feed.save(update_fields=["token"])
    return feed.token


def owner_for_feed(token: str) -> User:
    feed = CalendarFeed.objects.select_related("owner").filter(token=token).first() if token else None
    if feed is None:
        raise NotFound("calendar feed", "(token)")
    return feed.owner
