"""Export and import of steps 1–3's rows (debriefs, private writing, self-reviews, feedback).

Registered as the ``learning`` section after the tracker's (``onward.portability``). Rows refer
to applications by the tracker's refs ("a3") and to a rejection by its position among that
application's rejections, never by database ids. Private writing belongs to its author and is
exported with the rest of their data, unaltered.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from onward.errors import InvalidInput
from onward.taxonomy import FOCUS_AREAS

from .models_learning import Debrief, FeedbackItem, SelfReview, SelfReviewRating, WritingEntry
from .self_review import LEVELS

if TYPE_CHECKING:
    from onward.accounts.models import User
    from onward.portability import Refs

SECTION = "learning"


def register() -> None:
    from onward.portability import register_section

    register_section(SECTION, export_learning, import_learning)


def _d(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _rejection_refs(owner: User, refs: Refs) -> dict[int, tuple[str, int]]:
    """rejection id → (application ref, position among that application's rejections)."""
    from onward.tracker.models import Rejection

    by_app = {pk: ref for ref, pk in refs.get("application", {}).items()}
    out: dict[int, tuple[str, int]] = {}
    counters: dict[int, int] = {}
    for rej in Rejection.objects.filter(application__owner=owner).order_by("application_id", "id"):
        n = counters.get(rej.application_id, 0)
        counters[rej.application_id] = n + 1
        if rej.application_id in by_app:
            out[rej.pk] = (by_app[rej.application_id], n)
    return out


def export_learning(owner: User, refs: Refs) -> dict[str, Any]:
    aref = {pk: ref for ref, pk in refs.get("application", {}).items()}
    rref = _rejection_refs(owner, refs)
    debriefs = list(Debrief.objects.filter(owner=owner).order_by("id"))
    dref = {d.pk: f"d{i}" for i, d in enumerate(debriefs, 1)}
    return {
        "debriefs": [
            {
                "ref": dref[d.pk], "application": aref.get(d.application_id),
                "rejection": list(rref[d.rejection_id]) if d.rejection_id in rref else None,
                "feeling": d.feeling, "feeling_word": d.feeling_word, "stage_reached": d.stage_reached,
                "went_well": d.went_well, "do_differently": d.do_differently, "feedback": d.feedback,
                "layoff": d.layoff, "skipped": d.skipped, "completed_at": _d(d.completed_at),
            }
            for d in debriefs
        ],
        "writing": [
            {"debrief": dref.get(w.debrief_id) if w.debrief_id else None, "kind": w.kind, "session": w.session,
             "text": w.text, "intention": w.intention, "created_at": _d(w.created_at)}
            for w in WritingEntry.objects.filter(owner=owner).order_by("id")
        ],
        "self_reviews": [
            {"application": aref.get(r.application_id), "round_label": r.round_label, "on": _d(r.on), "stage": r.stage,
             "questions": r.questions, "notes": r.notes, "ratings": {x.area: x.level for x in r.ratings.order_by("id")}}
            for r in SelfReview.objects.filter(owner=owner).order_by("id")
        ],
        "feedback": [
            {
                "application": aref.get(f.application_id) if f.application_id else None,
                "rejection": list(rref[f.rejection_id]) if f.rejection_id in rref else None,
                "debrief": dref.get(f.debrief_id) if f.debrief_id else None,
                "source": f.source, "text": f.text, "areas": f.areas, "polarity": f.polarity, "evidence": f.evidence,
                "suggested": f.suggested, "edited": f.edited, "hidden": f.hidden, "received_on": _d(f.received_on),
                "stage": f.stage,
            }
            for f in FeedbackItem.objects.filter(owner=owner).order_by("id")
        ],
    }


def _fail(where: str, msg: str) -> InvalidInput:
    return InvalidInput({f"$.{SECTION}{where}": msg})


def _app(refs: Refs, value: Any, where: str) -> int | None:
    if value is None:
        return None
    if value not in refs.get("application", {}):
        raise _fail(where, f"refers to unknown application {value!r}")
    return refs["application"][value]


def _rejection(owner: User, refs: Refs, value: Any, where: str) -> int | None:
    from onward.tracker.models import Rejection

    if value is None:
        return None
    app_id = _app(refs, value[0] if isinstance(value, list) and len(value) == 2 else None, where)
    if app_id is None or not isinstance(value[1], int):
        raise _fail(where, f"refers to unknown rejection {value!r}")
    rows = list(Rejection.objects.filter(application_id=app_id).order_by("id").values_list("pk", flat=True))
    if not 0 <= value[1] < len(rows):
        raise _fail(where, f"refers to unknown rejection {value!r}")
    return rows[value[1]]


def _date(value: Any, where: str, *, with_time: bool = False) -> Any:
    if value in (None, ""):
        return None
    try:
        return dt.datetime.fromisoformat(value) if with_time else dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise _fail(where, f"not a date: {value!r}") from None


def import_learning(owner: User, data: Any, refs: Refs) -> int:
    if not isinstance(data, dict):
        raise _fail("", "must be an object")
    count = 0
    dmap: dict[str, int] = {}
    for i, d in enumerate(data.get("debriefs", [])):
        where = f".debriefs[{i}]"
        app_id = _app(refs, d.get("application"), f"{where}.application")
        if app_id is None:
            raise _fail(f"{where}.application", "a debrief needs an application")
        row = Debrief.objects.create(
            owner=owner, application_id=app_id, rejection_id=_rejection(owner, refs, d.get("rejection"), f"{where}.rejection"),
            feeling=d.get("feeling"), feeling_word=d.get("feeling_word") or "", stage_reached=d.get("stage_reached") or "",
            went_well=d.get("went_well") or "", do_differently=d.get("do_differently") or "", feedback=d.get("feedback") or "",
            layoff=bool(d.get("layoff")), skipped=d.get("skipped") or [],
            completed_at=_date(d.get("completed_at"), f"{where}.completed_at", with_time=True),
        )  # fmt: skip
        dmap[d.get("ref") or f"d{i + 1}"] = row.pk
        count += 1
    for i, w in enumerate(data.get("writing", [])):
        where = f".writing[{i}]"
        if w.get("kind") not in ("expressive_writing", "self_compassion"):
            raise _fail(f"{where}.kind", f"unknown kind {w.get('kind')!r}")
        entry = WritingEntry.objects.create(
            owner=owner, debrief_id=dmap.get(w.get("debrief")) if w.get("debrief") else None, kind=w["kind"],
            session=int(w.get("session") or 1), text=w.get("text") or "", intention=w.get("intention") or "",
        )  # fmt: skip
        created = _date(w.get("created_at"), f"{where}.created_at", with_time=True)
        if created:
            WritingEntry.objects.filter(pk=entry.pk).update(created_at=created)
        count += 1
    for i, r in enumerate(data.get("self_reviews", [])):
        where = f".self_reviews[{i}]"
        app_id = _app(refs, r.get("application"), f"{where}.application")
        ratings = r.get("ratings") or {}
        bad = [a for a, lvl in ratings.items() if a not in FOCUS_AREAS or lvl not in LEVELS]
        if app_id is None or bad:
            raise _fail(f"{where}", f"needs an application and known ratings (bad: {bad})")
        review = SelfReview.objects.create(
            owner=owner, application_id=app_id, round_label=r.get("round_label") or "", on=_date(r.get("on"), f"{where}.on"),
            stage=r.get("stage") or "interviewing", questions=r.get("questions") or "", notes=r.get("notes") or "",
        )  # fmt: skip
        SelfReviewRating.objects.bulk_create(SelfReviewRating(review=review, area=a, level=lvl) for a, lvl in ratings.items())
        count += 1
    for i, f in enumerate(data.get("feedback", [])):
        where = f".feedback[{i}]"
        areas = f.get("areas") or []
        if any(a not in FOCUS_AREAS for a in areas):
            raise _fail(f"{where}.areas", f"unknown focus area in {areas}")
        FeedbackItem.objects.create(
            owner=owner, application_id=_app(refs, f.get("application"), f"{where}.application"),
            rejection_id=_rejection(owner, refs, f.get("rejection"), f"{where}.rejection"),
            debrief_id=dmap.get(f.get("debrief")) if f.get("debrief") else None,
            source=f.get("source") or "seeker", text=f.get("text") or "", areas=areas, polarity=f.get("polarity") or "weakness",
            evidence=f.get("evidence") or {}, suggested=f.get("suggested") or {}, edited=bool(f.get("edited")),
            hidden=bool(f.get("hidden")), received_on=_date(f.get("received_on"), f"{where}.received_on"), stage=f.get("stage") or "",
        )  # fmt: skip
        count += 1
    return count
