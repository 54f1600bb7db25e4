"""Next steps after a rejection, as saved follow-ups the seeker can open, edit, send and tick off.

``next_steps_for(rejection)`` is what the debrief page calls: it builds the plain
``RejectionContext`` from the tracker's rows, asks the pure planner, and keeps one follow-up per
step (stable UID, so calling it again never duplicates and never undoes what was done).
Render the result with ``{% include "playbook/_next_steps.html" with steps=next_steps %}``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import fields, replace

from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone

from onward.accounts.models import User
from onward.owned import get_owned
from onward.playbook.models_momentum import FollowUp, MomentumSettings
from onward.playbook.outreach import NextStep, Person, RejectionContext, RuleConfig, plan_next_steps
from onward.tracker.models import Application, Contact, Rejection

MEETING_KINDS = ("call", "video_call", "meeting")
NETWORK_SIZE = 30
REFERRAL_ASK_WINDOW_DAYS = 90


def rule_config(owner: User) -> RuleConfig:
    overrides = MomentumSettings.objects.filter(owner=owner).values_list("rule_overrides", flat=True).first() or {}
    known = {f.name for f in fields(RuleConfig)}
    return replace(RuleConfig(), **{k: v for k, v in overrides.items() if k in known})


def _person(contact: Contact, role: str) -> Person:
    return Person(
        name=contact.name, role=role, email=contact.email,
        company=contact.company.name if contact.company else "", contact_id=contact.pk,
    )  # fmt: skip


def _rounds(app: Application) -> int:
    met = app.interactions.filter(kind__in=MEETING_KINDS).count()
    if met:
        return met
    return {"interviewing": 1, "final_round": 2, "offer": 2}.get(app.furthest_stage, 0)


def _notes(app: Application) -> str:
    summaries = [i.summary for i in app.interactions.order_by("-occurred_at")[:10] if i.summary]
    return "\n".join([app.notes, *summaries])


def rejection_context(rejection: Rejection) -> RejectionContext:
    """The plain facts the planner needs, read from the tracker's rows."""
    app = rejection.application
    owner = app.owner
    linked = [
        _person(link.contact, link.role)
        for link in app.people.select_related("contact__company").order_by("id")
    ]
    linked_ids = {p.contact_id for p in linked if p.contact_id is not None}
    # Nobody is asked for a referral twice within the window; the least recently asked come first.
    asked = FollowUp.objects.filter(
        owner=owner, action="ask_referral", contact__isnull=False,
        created_at__gte=timezone.now() - dt.timedelta(days=REFERRAL_ASK_WINDOW_DAYS),
    ).exclude(rejection=rejection).exclude(status="dismissed").values_list("contact_id", flat=True)  # fmt: skip
    candidates = (
        Contact.objects.filter(owner=owner)
        .exclude(pk__in=linked_ids)
        .exclude(pk__in=asked)
        .select_related("company")
        .annotate(last_talk=Max("interactions__occurred_at"))
        .order_by(F("last_talk").asc(nulls_first=True), "-created_at")[:NETWORK_SIZE]
    )
    network = [_person(c, "other") for c in candidates]
    return RejectionContext(
        company=app.company.name,
        role=app.role_title,
        furthest_stage=app.furthest_stage,
        received_on=rejection.received_on,
        rejection_stage=rejection.stage_reached,
        reasons=tuple(rejection.reason_codes),
        interview_rounds=_rounds(app),
        notes=_notes(app),
        contacts=tuple(linked),
        network=tuple(network),
        seeker_name=owner.get_full_name(),
        application_id=app.pk,
        rejection_id=rejection.pk,
    )


def _referral_pending(rejection: Rejection) -> bool:
    owner = rejection.application.owner
    open_asks = FollowUp.objects.filter(owner=owner, action="ask_referral", status__in=("due", "snoozed"))
    return open_asks.exclude(rejection=rejection).exists() and not open_asks.filter(rejection=rejection).exists()


def _uid(rejection: Rejection, step: NextStep) -> str:
    person = str(step.who.contact_id) if step.who and step.who.contact_id else "anyone"
    return re.sub(r"[^A-Za-z0-9@._-]", "-", f"next-{rejection.pk}-{step.action}-{person}@onward")


def _title(step: NextStep, ctx: RejectionContext) -> str:
    target = step.who.name if step.who else f"someone at {ctx.company}" if step.action != "ask_referral" else "someone you know"
    return f"{step.label}: {target}"


@transaction.atomic
def next_steps_for(rejection: Rejection, *, today: dt.date | None = None) -> list[FollowUp]:
    """The next conversations after this rejection, saved as follow-ups (soonest first)."""
    today = today or timezone.localdate()
    app = rejection.application
    ctx = rejection_context(rejection)
    rules = rule_config(app.owner)
    if _referral_pending(rejection):
        # One referral request at a time: another rejection's ask is still open.
        rules = replace(rules, referral_enabled=False)
    steps = plan_next_steps(ctx, today=today, rules=rules)
    existing = {f.uid: f for f in FollowUp.objects.filter(owner=app.owner, rejection=rejection)}
    rows: list[FollowUp] = []
    for step in steps:
        uid = _uid(rejection, step)
        if uid in existing:
            rows.append(existing[uid])
            continue
        rows.append(
            FollowUp.objects.create(
                owner=app.owner, kind="next_step", action=step.action, application=app,
                contact_id=step.who.contact_id if step.who else None, rejection=rejection,
                title=_title(step, ctx), due_on=step.due_on, rule=step.rule, why=step.why,
                find_whom=step.find_whom, to_name=step.who.name if step.who else "",
                to_email=step.who.email if step.who else "", draft_subject=step.draft.subject,
                draft_body=step.draft.body, uid=uid,
            )
        )
    return sorted(rows, key=lambda f: (f.due_on, f.pk))


def latest_rejection(*, owner: User, within_days: int = 21, today: dt.date | None = None) -> Rejection | None:
    today = today or timezone.localdate()
    return (
        Rejection.objects.filter(application__owner=owner, reversed_at__isnull=True, received_on__gte=today - dt.timedelta(days=within_days))
        .select_related("application__company")
        .order_by("-received_on", "-id")
        .first()
    )


def get_rejection(*, owner: User, rejection_id: int) -> Rejection:
    rows = Rejection.objects.select_related("application__company")
    return get_owned(rows, "rejection", rejection_id, application__owner=owner)
