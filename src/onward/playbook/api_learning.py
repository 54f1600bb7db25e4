"""API for steps 1–3 under ``/api/v1/playbook``: debrief, private writing, perspective, learning.

Thin: each endpoint parses input, calls one service and returns the presenter's dict.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, cast

from django.http import HttpRequest
from ninja import Router, Schema

from onward.playbook import debrief_service, learn_service, perspective_service
from onward.playbook import learn_present as present

if TYPE_CHECKING:
    from onward.accounts.models import User


def _seeker(request: HttpRequest) -> User:
    """The owner ninja's auth put on the request."""
    return cast("User", request.auth)  # type: ignore[attr-defined]


router = Router(tags=["playbook"])


class DebriefIn(Schema):
    feeling: int | None = None
    feeling_word: str = ""
    stage_reached: str | None = None
    went_well: str = ""
    do_differently: str = ""
    feedback: str | None = None
    layoff: bool = False


class WritingIn(Schema):
    kind: str
    text: str = ""
    debrief_id: int | None = None
    intention: str = ""


class FeedbackIn(Schema):
    text: str
    source: str = "seeker"
    application_id: int | None = None
    areas: list[str] | None = None
    polarity: str | None = None
    received_on: dt.date | None = None


class FeedbackPatch(Schema):
    areas: list[str] | None = None
    polarity: str | None = None
    text: str | None = None


class SuggestIn(Schema):
    text: str


class ReviewIn(Schema):
    application_id: int
    ratings: dict[str, str]
    on: dt.date | None = None
    round_label: str = ""
    questions: str = ""
    notes: str = ""


@router.get("/debrief/{application_id}", summary="The debrief of an application's current rejection")
def get_debrief(request: HttpRequest, application_id: int) -> dict[str, Any]:
    return present.debrief_dict(debrief_service.state(owner=_seeker(request), application_id=application_id))


@router.post("/debrief/{application_id}", summary="Save the debrief (every field optional)")
def save_debrief(request: HttpRequest, application_id: int, payload: DebriefIn) -> dict[str, Any]:
    state = debrief_service.save_debrief(owner=_seeker(request), application_id=application_id, **payload.dict())
    return present.debrief_dict(state)


@router.get("/writing", summary="Your private writing (returned as written; never analysed)")
def list_writing(request: HttpRequest, kind: str | None = None) -> list[dict[str, Any]]:
    return [present.writing_dict(w) for w in debrief_service.list_writing(owner=_seeker(request), kind=kind)]


@router.post("/writing", summary="Save a private writing session")
def add_writing(request: HttpRequest, payload: WritingIn) -> dict[str, Any]:
    entry = debrief_service.add_writing(owner=_seeker(request), **payload.dict())
    return present.writing_dict(entry)


@router.get("/perspective", summary="Funnel vs sourced base rates, attribution summary, employer conduct")
def get_perspective(request: HttpRequest) -> dict[str, Any]:
    p = perspective_service.perspective(owner=_seeker(request))
    return present.perspective_dict(p, perspective_service.conduct_ledger(owner=_seeker(request)))


@router.get("/attribution/{application_id}", summary="This rejection's causes by control, and one lesson")
def get_attribution(request: HttpRequest, application_id: int) -> dict[str, Any] | None:
    return present.attribution_dict(perspective_service.attribution_for(owner=_seeker(request), application_id=application_id))


@router.get("/learn", summary="Focus areas ranked, this week's practice, feedback and self-reviews")
def get_learning(request: HttpRequest) -> dict[str, Any]:
    return present.learning_dict(learn_service.learning(owner=_seeker(request)))


@router.get("/feedback", summary="Feedback items")
def list_feedback(request: HttpRequest, application_id: int | None = None) -> list[dict[str, Any]]:
    return [present.feedback_dict(f) for f in learn_service.list_feedback(owner=_seeker(request), application_id=application_id)]


@router.post("/feedback", summary="Add feedback; areas and polarity suggested unless given")
def add_feedback(request: HttpRequest, payload: FeedbackIn) -> dict[str, Any]:
    return present.feedback_dict(learn_service.add_feedback(owner=_seeker(request), **payload.dict()))


@router.patch("/feedback/{item_id}", summary="Correct a feedback item's areas, polarity or text")
def patch_feedback(request: HttpRequest, item_id: int, payload: FeedbackPatch) -> dict[str, Any]:
    return present.feedback_dict(learn_service.update_feedback(owner=_seeker(request), item_id=item_id, **payload.dict()))


@router.delete("/feedback/{item_id}", summary="Remove a feedback item")
def delete_feedback(request: HttpRequest, item_id: int) -> dict[str, Any]:
    learn_service.delete_feedback(owner=_seeker(request), item_id=item_id)
    return {"deleted": item_id}


@router.post("/suggest", summary="Suggest focus areas and polarity for a text (nothing saved)")
def suggest(request: HttpRequest, payload: SuggestIn) -> dict[str, Any]:
    return learn_service.suggest(payload.text)


@router.get("/reviews", summary="Self-reviews after interview rounds")
def list_reviews(request: HttpRequest, application_id: int | None = None) -> list[dict[str, Any]]:
    return [present.review_dict(r) for r in learn_service.list_self_reviews(owner=_seeker(request), application_id=application_id)]


@router.post("/reviews", summary="Add a self-review: rate the focus areas a round tested")
def add_review(request: HttpRequest, payload: ReviewIn) -> dict[str, Any]:
    return present.review_dict(learn_service.add_self_review(owner=_seeker(request), **payload.dict()))
