"""Step 1 services: the debrief after a rejection, private writing, and the seam to steps 4–5.

A debrief belongs to the application's current rejection. Saving it closes the loop (the
card has already left the active board through ``tracker.reject``; its history stays), turns
any feedback into a tagged ``FeedbackItem`` and returns what comes next.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone

from onward.errors import InvalidInput, NotAllowed
from onward.owned import get_owned
from onward.taxonomy import REJECTION_STAGES
from onward.tracker import services as tracker
from onward.tracker.models import Application, Rejection

from . import debrief as logic
from .attribution import Attribution
from .learn_service import add_feedback
from .models_learning import Debrief, FeedbackItem, WritingEntry
from .perspective_service import attribution_for

if TYPE_CHECKING:
    from onward.accounts.models import User

EXPRESSIVE_SESSIONS = 5


@dataclass(frozen=True)
class NextStep:
    """Something to do after the debrief. Steps 4–5 (follow-ups) provide these."""

    title: str
    due_on: dt.date | None = None
    url: str = ""
    why: str = ""


@dataclass(frozen=True)
class DebriefState:
    application: Application
    rejection: Rejection | None
    debrief: Debrief | None
    offers: tuple[logic.Offer, ...]
    attribution: Attribution | None
    next_steps: tuple[NextStep, ...] = field(default=())
    follow_ups: tuple[Any, ...] = field(default=())  # steps 4–5's FollowUp rows, when planned


def _current(owner: User, application_id: int) -> tuple[Application, Rejection | None, Debrief | None]:
    app = tracker.get_application(owner=owner, application_id=application_id)
    rejection = tracker.current_rejection(app)
    debrief = None
    if rejection is not None:
        debrief = Debrief.objects.filter(owner=owner, rejection=rejection).order_by("-created_at", "-id").first()
    return app, rejection, debrief


def context_of(app: Application, rejection: Rejection | None, debrief: Debrief | None) -> logic.DebriefContext:
    stage = (debrief.stage_reached if debrief and debrief.stage_reached else None) or (
        rejection.stage_reached if rejection else "unknown"
    )
    return logic.DebriefContext(
        stage_reached=stage,
        furthest_stage=app.furthest_stage,
        feeling=debrief.feeling if debrief else None,
        layoff=bool(debrief and debrief.layoff),
    )


def state(*, owner: User, application_id: int) -> DebriefState:
    app, rejection, debrief = _current(owner, application_id)
    done = bool(debrief and debrief.completed_at)
    return DebriefState(
        application=app,
        rejection=rejection,
        debrief=debrief,
        offers=logic.offers(context_of(app, rejection, debrief)) if done else (),
        attribution=attribution_for(owner=owner, application_id=application_id) if rejection else None,
        next_steps=tuple(next_steps(owner=owner, application=app, rejection=rejection)) if done else (),
        follow_ups=tuple(planned_follow_ups(rejection)) if done and rejection else (),
    )


def _clean_text(value: str | None, limit: int = 4000) -> str:
    return (value or "").strip()[:limit]


@transaction.atomic
def save_debrief(
    *,
    owner: User,
    application_id: int,
    feeling: int | None = None,
    feeling_word: str = "",
    stage_reached: str | None = None,
    went_well: str = "",
    do_differently: str = "",
    feedback: str | None = None,
    layoff: bool = False,
) -> DebriefState:
    """Save (or update) the debrief of the current rejection; blank answers are skipped parts."""
    app, rejection, debrief = _current(owner, application_id)
    if rejection is None:
        raise NotAllowed("there is no rejection on this application to debrief")
    try:
        feeling = logic.validate_feeling(feeling)
    except ValueError as exc:
        raise InvalidInput({"feeling": str(exc)}) from None
    if stage_reached and stage_reached not in REJECTION_STAGES:
        raise InvalidInput({"stage_reached": f"choose one of: {', '.join(REJECTION_STAGES)}"})
    feedback_text = rejection.feedback_text if feedback is None else _clean_text(feedback)
    values = {
        "feeling": feeling,
        "feeling_word": _clean_text(feeling_word, 60),
        "stage_reached": stage_reached or "",
        "went_well": _clean_text(went_well),
        "do_differently": _clean_text(do_differently),
        "feedback": feedback_text,
        "layoff": layoff,
    }
    skipped = [s for s, v in zip(logic.STEPS, (feeling, stage_reached, went_well, do_differently, feedback_text), strict=True) if not v]
    if debrief is None:
        debrief = Debrief(owner=owner, application=app, rejection=rejection)
    for key, value in values.items():
        setattr(debrief, key, value)
    debrief.skipped = skipped
    debrief.completed_at = timezone.now()
    debrief.save()
    _sync_feedback(owner, app, rejection, debrief)
    return state(owner=owner, application_id=application_id)


def _sync_feedback(owner: User, app: Application, rejection: Rejection, debrief: Debrief) -> None:
    """One tagged feedback item per rejection: the debrief's text replaces an older one."""
    existing = FeedbackItem.objects.filter(owner=owner, rejection=rejection, hidden=False).first()
    if existing is not None and existing.text == debrief.feedback:
        if existing.debrief_id != debrief.pk:
            existing.debrief = debrief
            existing.save(update_fields=["debrief"])
        return
    if existing is not None:
        existing.delete()
    if debrief.feedback:
        add_feedback(
            owner=owner,
            text=debrief.feedback,
            source="rejection",
            application_id=app.pk,
            rejection_id=rejection.pk,
            debrief_id=debrief.pk,
            received_on=rejection.received_on,
            stage=debrief.stage_reached or rejection.stage_reached,
        )


def planned_follow_ups(rejection: Rejection) -> list[Any]:
    """The seam to steps 4–5: the follow-up planner's next steps for this rejection, if it is
    installed (``outreach_service.next_steps_for``); the debrief shows them as they come."""
    try:
        from onward.playbook import outreach_service
    except ImportError:
        return []
    planner = getattr(outreach_service, "next_steps_for", None)
    return list(planner(rejection)) if planner else []


def next_steps(*, owner: User, application: Application, rejection: Rejection | None) -> list[NextStep]:
    """Gentle defaults shown with (or without) the planner's follow-ups (domain.md §5, convention)."""
    steps = [NextStep("Reply briefly and graciously, and keep the contact", why="A convention, not evidence: it keeps the door open.")]
    if rejection is not None and rejection.stage_reached in ("after_interview", "after_final_round"):
        steps.append(
            NextStep(
                "Ask once for feedback, forward-looking",
                why="“What would make a stronger application next time?” Expect no answer most of the time; that is normal.",
            )
        )
    return steps


def get_debrief(*, owner: User, debrief_id: int) -> Debrief:
    return get_owned(Debrief.objects.all(), "debrief", debrief_id, owner=owner)


@transaction.atomic
def add_writing(
    *, owner: User, kind: str, text: str, debrief_id: int | None = None, intention: str = ""
) -> WritingEntry:
    """Save a private writing session. The text is stored for its author only, never analysed."""
    if kind not in ("expressive_writing", "self_compassion"):
        raise InvalidInput({"kind": "choose expressive_writing or self_compassion"})
    debrief = get_debrief(owner=owner, debrief_id=debrief_id) if debrief_id else None
    done = WritingEntry.objects.filter(owner=owner, kind=kind, debrief=debrief).count()
    if kind == "expressive_writing" and done >= EXPRESSIVE_SESSIONS:
        raise NotAllowed("all five writing sessions are done")
    return WritingEntry.objects.create(
        owner=owner, debrief=debrief, kind=kind, session=done + 1, text=text, intention=_clean_text(intention, 300)
    )


def list_writing(*, owner: User, kind: str | None = None) -> list[WritingEntry]:
    qs = WritingEntry.objects.filter(owner=owner)
    if kind:
        qs = qs.filter(kind=kind)
    return list(qs)


def recent_rejections(*, owner: User, limit: int = 20) -> list[Rejection]:
    return list(
        Rejection.objects.filter(application__owner=owner, reversed_at__isnull=True)
        .select_related("application__company")
        .order_by("-received_on", "-id")[:limit]
    )
