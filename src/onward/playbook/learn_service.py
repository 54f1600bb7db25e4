"""Step 3 services: feedback items, self-reviews, ranked focus areas and the week's practice.

Loads rows, calls the pure modules (tagging, self_review, focus, practice), saves in one
transaction. Every query is scoped by owner.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone

from onward.errors import InvalidInput
from onward.owned import get_owned
from onward.taxonomy import FOCUS_AREAS
from onward.tracker import services as tracker

from . import self_review as review_logic
from .focus import FocusSignal, RankedArea, rank, strengths
from .models_learning import FEEDBACK_SOURCES, FeedbackItem, SelfReview, SelfReviewRating
from .practice import PracticePlan, weekly_practice
from .tagging import POLARITIES, tag

if TYPE_CHECKING:
    from onward.accounts.models import User

SOURCES = tuple(code for code, _ in FEEDBACK_SOURCES)


@dataclass(frozen=True)
class Learning:
    ranked: list[RankedArea]
    strengths: dict[str, int]
    practice: PracticePlan
    feedback: list[FeedbackItem]
    reviews: list[SelfReview]


def _today(today: dt.date | None) -> dt.date:
    return today or timezone.localdate()


def _check_areas(areas: Iterable[str]) -> list[str]:
    clean = [a for a in dict.fromkeys(areas) if a]
    unknown = [a for a in clean if a not in FOCUS_AREAS]
    if unknown:
        raise InvalidInput({"areas": f"unknown focus area: {', '.join(unknown)}"})
    return clean


def suggest(text: str) -> dict[str, Any]:
    """The tagger's suggestion for a text (areas, polarity, evidence) — nothing is saved."""
    return tag(text).as_json()


@transaction.atomic
def add_feedback(
    *,
    owner: User,
    text: str,
    source: str = "seeker",
    application_id: int | None = None,
    rejection_id: int | None = None,
    debrief_id: int | None = None,
    areas: Sequence[str] | None = None,
    polarity: str | None = None,
    received_on: dt.date | None = None,
    stage: str = "",
) -> FeedbackItem:
    """Save feedback; areas and polarity are suggested from the text unless given."""
    text = text.strip()
    if not text:
        raise InvalidInput({"text": "write the feedback you received"})
    if source not in SOURCES:
        raise InvalidInput({"source": f"choose one of: {', '.join(SOURCES)}"})
    if polarity is not None and polarity not in POLARITIES:
        raise InvalidInput({"polarity": f"choose one of: {', '.join(POLARITIES)}"})
    app = tracker.get_application(owner=owner, application_id=application_id) if application_id else None
    suggestion = suggest(text)
    chosen_areas = _check_areas(areas) if areas is not None else list(suggestion["areas"])
    chosen_polarity = polarity or suggestion["polarity"]
    if app is not None and not stage:
        stage = app.furthest_stage
    return FeedbackItem.objects.create(
        owner=owner,
        application=app,
        rejection_id=rejection_id,
        debrief_id=debrief_id,
        source=source,
        text=text,
        areas=chosen_areas,
        polarity=chosen_polarity,
        evidence={a: e for a, e in suggestion["evidence"].items() if a in chosen_areas},
        suggested={"areas": suggestion["areas"], "polarity": suggestion["polarity"]},
        edited=(chosen_areas != suggestion["areas"] or chosen_polarity != suggestion["polarity"]),
        received_on=received_on or timezone.localdate(),
        stage=stage,
    )


def get_feedback(*, owner: User, item_id: int) -> FeedbackItem:
    return get_owned(FeedbackItem.objects.all(), "feedback item", item_id, owner=owner)


@transaction.atomic
def update_feedback(
    *, owner: User, item_id: int, areas: Sequence[str] | None = None, polarity: str | None = None, text: str | None = None
) -> FeedbackItem:
    """The seeker's correction always wins over the suggestion."""
    item = get_feedback(owner=owner, item_id=item_id)
    if text is not None and text.strip():
        item.text = text.strip()
    if areas is not None:
        item.areas = _check_areas(areas)
        item.evidence = {a: e for a, e in item.evidence.items() if a in item.areas}
    if polarity is not None:
        if polarity not in POLARITIES:
            raise InvalidInput({"polarity": f"choose one of: {', '.join(POLARITIES)}"})
        item.polarity = polarity
    item.edited = True
    item.save()
    return item


def delete_feedback(*, owner: User, item_id: int) -> None:
    item = get_feedback(owner=owner, item_id=item_id)
    if item.rejection_id is not None:
        # Keep a hidden marker so the rejection's feedback is not imported again.
        item.hidden = True
        item.save(update_fields=["hidden"])
    else:
        item.delete()


def list_feedback(*, owner: User, application_id: int | None = None) -> list[FeedbackItem]:
    qs = FeedbackItem.objects.filter(owner=owner, hidden=False).select_related("application__company")
    if application_id is not None:
        qs = qs.filter(application_id=application_id)
    return list(qs)


@transaction.atomic
def add_self_review(
    *,
    owner: User,
    application_id: int,
    ratings: Mapping[str, str],
    on: dt.date | None = None,
    stage: str | None = None,
    round_label: str = "",
    questions: str = "",
    notes: str = "",
) -> SelfReview:
    app = tracker.get_application(owner=owner, application_id=application_id)
    try:
        clean = review_logic.validate_ratings(ratings)
    except review_logic.SelfReviewError as exc:
        raise InvalidInput({f"ratings.{k}": v for k, v in exc.errors.items()}) from None
    review = SelfReview.objects.create(
        owner=owner,
        application=app,
        round_label=round_label.strip(),
        on=on or timezone.localdate(),
        stage=stage or (app.stage if app.stage in ("screening", "assessment", "interviewing", "final_round") else "interviewing"),
        questions=questions.strip(),
        notes=notes.strip(),
    )
    SelfReviewRating.objects.bulk_create(SelfReviewRating(review=review, area=a, level=lvl) for a, lvl in clean.items())
    return review


def list_self_reviews(*, owner: User, application_id: int | None = None) -> list[SelfReview]:
    qs = SelfReview.objects.filter(owner=owner).prefetch_related("ratings").select_related("application__company")
    if application_id is not None:
        qs = qs.filter(application_id=application_id)
    return list(qs)


def _item_signals(item: FeedbackItem) -> list[FocusSignal]:
    out = []
    for area in item.areas:
        evidence = item.evidence.get(area) or {}
        # Per-area polarity from the tagger, unless the seeker edited the item.
        polarity = item.polarity if item.edited else evidence.get("polarity", item.polarity)
        out.append(FocusSignal(f"f{item.pk}", area, polarity, item.received_on, item.stage, item.source, item.text))
    return out


def signals_for(*, owner: User) -> list[FocusSignal]:
    signals: list[FocusSignal] = []
    for item in FeedbackItem.objects.filter(owner=owner, hidden=False):
        signals.extend(_item_signals(item))
    for review in SelfReview.objects.filter(owner=owner).prefetch_related("ratings"):
        facts = review_logic.SelfReviewFacts(
            review.pk, review.on, review.stage, {r.area: r.level for r in review.ratings.all()}, review.questions, review.notes
        )
        signals.extend(review_logic.signals(facts))
    return signals


def ranked_focus(*, owner: User, today: dt.date | None = None) -> list[RankedArea]:
    return rank(signals_for(owner=owner), _today(today))


def ranked_focus_codes(*, owner: User, today: dt.date | None = None) -> tuple[str, ...]:
    """Focus-area codes, most pressing first: the seam the weekly planner (steps 4–5) reads."""
    return tuple(r.area for r in ranked_focus(owner=owner, today=today))


def practice_plan(*, owner: User, today: dt.date | None = None) -> PracticePlan:
    return weekly_practice(ranked_focus(owner=owner, today=today), _today(today))


@transaction.atomic
def sync_rejection_feedback(*, owner: User) -> int:
    """Turn feedback written in rejection messages into tagged items, once each.

    Feedback recorded with a rejection (by hand or from the inbox) should count towards focus
    areas even before a debrief; an item the seeker removed stays hidden, never re-created.
    """
    from onward.tracker.models import Rejection

    have = set(FeedbackItem.objects.filter(owner=owner, rejection__isnull=False).values_list("rejection_id", flat=True))
    created = 0
    for rej in Rejection.objects.filter(application__owner=owner, reversed_at__isnull=True).exclude(feedback_text=""):
        if rej.pk in have:
            continue
        add_feedback(
            owner=owner, text=rej.feedback_text, source="rejection", application_id=rej.application_id,
            rejection_id=rej.pk, received_on=rej.received_on, stage=rej.stage_reached,
        )  # fmt: skip
        created += 1
    return created


def learning(*, owner: User, today: dt.date | None = None) -> Learning:
    today = _today(today)
    sync_rejection_feedback(owner=owner)
    signals = signals_for(owner=owner)
    ranked = rank(signals, today)
    return Learning(
        ranked=ranked,
        strengths=strengths(signals),
        practice=weekly_practice(ranked, today),
        feedback=list_feedback(owner=owner),
        reviews=list_self_reviews(owner=owner),
    )
