"""Step 2 services: build the seeker's histories and rejections from the tracker, then the
pure perspective (funnel vs market, attribution, conduct ledger)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.utils import timezone

from onward.tracker import services as tracker
from onward.tracker.models import Application, Rejection

from . import perspective as logic
from .attribution import Attribution, ReasonClaim, RejectionFacts, attribute
from .conduct import CompanyConduct, ConductFacts, ledger
from .funnel import ApplicationHistory, StageEvent
from .models_learning import Debrief, FeedbackItem
from .tagging import weak_areas

if TYPE_CHECKING:
    from onward.accounts.models import User


def _applications(owner: User) -> list[Application]:
    return list(
        Application.objects.filter(owner=owner)
        .select_related("company")
        .prefetch_related("history", "rejections", "interactions")
        .order_by("id")
    )


def events_of(app: Application) -> tuple[StageEvent, ...]:
    """The stage log as funnel events; a rejection reversed as an error is dropped."""
    events: list[StageEvent] = []
    for ch in sorted(app.history.all(), key=lambda c: (c.at, c.pk)):
        on = ch.at.date()
        if ch.to_stage and ch.to_stage != ch.from_stage:
            events.append(StageEvent(on, ch.to_stage))
        if ch.to_ending != ch.from_ending:
            if ch.to_ending:
                events.append(StageEvent(on, ch.to_ending))
            else:
                if ch.from_ending == "rejected":
                    events = [e for e in events if e.code != "rejected"]
                events.append(StageEvent(on, ch.to_stage or app.stage))
    if not events:
        events.append(StageEvent(app.applied_on or app.created_at.date(), app.furthest_stage))
    return tuple(events)


def _employer_replied(app: Application) -> bool:
    return any(i.direction == "in" for i in app.interactions.all())


def history_of(app: Application) -> ApplicationHistory:
    return ApplicationHistory(app.pk, app.channel, events_of(app), _employer_replied(app), app.company.name)


def _weak_areas_for(rejection: Rejection, items: list[FeedbackItem]) -> tuple[str, ...]:
    areas: list[str] = []
    for item in items:
        if item.rejection_id == rejection.pk or item.application_id == rejection.application_id:
            areas.extend(a for a in item.areas if (item.evidence.get(a) or {}).get("polarity", item.polarity) != "strength")
    if not areas and rejection.feedback_text:
        from .tagging import tag

        areas.extend(weak_areas(tag(rejection.feedback_text)))
    return tuple(dict.fromkeys(areas))


def rejection_facts(rejection: Rejection, *, debrief: Debrief | None, items: list[FeedbackItem]) -> RejectionFacts:
    return RejectionFacts(
        id=rejection.pk,
        received_on=rejection.received_on,
        stage_reached=(debrief.stage_reached if debrief and debrief.stage_reached else rejection.stage_reached),
        reasons=tuple(ReasonClaim(r["code"], r.get("source", "inferred"), r.get("evidence", "")) for r in rejection.reasons),
        company=rejection.application.company.name,
        seeker_lesson=(debrief.do_differently if debrief else ""),
        feedback_weak_areas=_weak_areas_for(rejection, items),
        application_id=rejection.application_id,
    )


def _latest_debriefs(owner: User) -> dict[int, Debrief]:
    out: dict[int, Debrief] = {}
    for d in Debrief.objects.filter(owner=owner).order_by("created_at", "id"):
        if d.rejection_id is not None:
            out[d.rejection_id] = d
    return out


def all_rejection_facts(*, owner: User) -> list[RejectionFacts]:
    rejections = list(
        Rejection.objects.filter(application__owner=owner, reversed_at__isnull=True).select_related("application__company")
    )
    debriefs = _latest_debriefs(owner)
    items = list(FeedbackItem.objects.filter(owner=owner, hidden=False))
    return [rejection_facts(r, debrief=debriefs.get(r.pk), items=items) for r in rejections]


def recent_attributions(*, owner: User, limit: int = 6) -> list[tuple[RejectionFacts, Attribution]]:
    """The latest rejections, each with its causes sorted and its one lesson."""
    facts = sorted(all_rejection_facts(owner=owner), key=lambda f: (f.received_on, str(f.id)), reverse=True)[:limit]
    return [(f, attribute(f)) for f in facts]


def perspective(*, owner: User) -> logic.Perspective:
    histories = [history_of(a) for a in _applications(owner)]
    return logic.build(histories, all_rejection_facts(owner=owner))


def attribution_for(*, owner: User, application_id: int) -> Attribution | None:
    app = tracker.get_application(owner=owner, application_id=application_id)
    rejection = tracker.current_rejection(app)
    if rejection is None:
        return None
    debrief = Debrief.objects.filter(owner=owner, rejection=rejection).order_by("-created_at", "-id").first()
    items = list(FeedbackItem.objects.filter(owner=owner, application=app, hidden=False))
    return attribute(rejection_facts(rejection, debrief=debrief, items=items))


def _first_reply_on(app: Application, events: tuple[StageEvent, ...]) -> dt.date | None:
    dates = [i.occurred_at.date() for i in app.interactions.all() if i.direction == "in"]
    dates += [e.on for e in events if e.code not in ("saved", "applied", "withdrawn", "ghosted")]
    dates += [r.received_on for r in app.rejections.all() if r.reversed_at is None]
    return min(dates) if dates else None


def conduct_facts(app: Application) -> ConductFacts:
    events = events_of(app)
    current = next((r for r in app.rejections.all() if r.reversed_at is None), None)
    heard = [i.occurred_at.date() for i in app.interactions.all() if i.direction == "in"]
    heard += [e.on for e in events if e.code not in ("saved", "applied")]
    return ConductFacts(
        company=app.company.name,
        applied_on=app.applied_on or app.created_at.date(),
        first_reply_on=_first_reply_on(app, events),
        ending=app.ending or None,
        furthest_stage=app.furthest_stage,
        rejected=current is not None,
        feedback_given=bool(current and current.feedback_text),
        last_heard_on=max(heard) if heard else None,
    )


def conduct_ledger(*, owner: User, today: dt.date | None = None) -> list[CompanyConduct]:
    apps = [a for a in _applications(owner) if a.stage != "saved" or a.ending]
    return ledger((conduct_facts(a) for a in apps), today or timezone.localdate())
