"""Plain dicts for JSON (CLI ``--json`` and the API) from steps 1–3's results. No text scoring:
private writing is returned to its author as written, never analysed."""

from __future__ import annotations

from typing import Any

from .attribution import Attribution, AttributionSummary
from .conduct import CompanyConduct
from .debrief_service import DebriefState
from .focus import RankedArea
from .funnel import Funnel
from .learn_service import Learning
from .models_learning import FeedbackItem, SelfReview, WritingEntry
from .perspective import Comparison, Perspective
from .perspective_base_rates import BaseRate
from .stats import Rate


def rate_dict(r: Rate) -> dict[str, Any]:
    return {"successes": r.successes, "trials": r.trials, "value": r.value, "low": round(r.low, 4), "high": round(r.high, 4)}


def base_rate_dict(r: BaseRate) -> dict[str, Any]:
    return {
        "id": r.id, "label": r.label, "display": r.display, "low": r.low, "high": r.high, "unit": r.unit,
        "population": r.population, "year": r.year, "strength": r.strength,
        "source": {"title": r.source_title, "url": r.source_url},
    }  # fmt: skip


def comparison_dict(c: Comparison) -> dict[str, Any]:
    return {
        "step": c.step, "label": c.label, "channel": c.channel, "yours": rate_dict(c.yours),
        "market": {"low": c.market[0], "high": c.market[1]} if c.market else None,
        "verdict": c.verdict, "verdict_text": c.verdict_text, "arithmetic": c.arithmetic,
        "sources": [base_rate_dict(r) for r in c.sources],
    }  # fmt: skip


def funnel_dict(f: Funnel) -> dict[str, Any]:
    return {
        "counts": f.counts, "by_stage": f.by_stage, "open": f.open_count,
        "conversions": {k: rate_dict(v) for k, v in f.conversions.items()},
        "from_applied": {k: rate_dict(v) for k, v in f.from_applied.items()},
    }  # fmt: skip


def summary_dict(s: AttributionSummary) -> dict[str, Any]:
    return {"considered": s.considered, "outside": s.outside, "within": s.within, "unclear": s.unclear, "by_bucket": s.by_bucket, "sentence": s.sentence}


def conduct_dict(c: CompanyConduct) -> dict[str, Any]:
    return {
        "company": c.company, "applications": c.applications, "replied": c.replied,
        "median_days_to_reply": c.median_days_to_reply, "ghosted": c.ghosted, "ghosted_after_interview": c.ghosted_late,
        "rejections": c.rejections, "feedback_given": c.feedback_given, "furthest_stage": c.furthest_stage,
        "treated_well": c.treated_well, "summary": c.summary,
    }  # fmt: skip


def perspective_dict(p: Perspective, ledger: list[CompanyConduct] | None = None) -> dict[str, Any]:
    out = {
        "attribution": summary_dict(p.attribution),
        "funnel": funnel_dict(p.funnel),
        "by_channel": {ch: funnel_dict(f) for ch, f in p.by_channel.items()},
        "comparisons": [comparison_dict(c) for c in p.comparisons],
        "channel_comparisons": [comparison_dict(c) for c in p.channel_comparisons],
        "reasons_by_month": p.buckets_by_month,
        "context": [base_rate_dict(r) for r in p.context],
    }
    if ledger is not None:
        out["conduct"] = [conduct_dict(c) for c in ledger]
    return out


def attribution_dict(a: Attribution | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {
        "rejection_id": a.rejection_id,
        "reasons": [
            {"code": r.code, "label": r.label, "bucket": r.bucket, "control": r.control, "side": r.side, "source": r.source, "evidence": r.evidence}
            for r in a.reasons
        ],
        "lesson": {"text": a.lesson.text, "area": a.lesson.area, "source": a.lesson.source},
    }


def debrief_dict(s: DebriefState) -> dict[str, Any]:
    d = s.debrief
    return {
        "application_id": s.application.pk,
        "company": s.application.company.name,
        "role_title": s.application.role_title,
        "rejection_id": s.rejection.pk if s.rejection else None,
        "debrief": None if d is None else {
            "id": d.pk, "feeling": d.feeling, "feeling_word": d.feeling_word, "stage_reached": d.stage_reached,
            "went_well": d.went_well, "do_differently": d.do_differently, "feedback": d.feedback,
            "layoff": d.layoff, "skipped": d.skipped, "completed_at": d.completed_at.isoformat() if d.completed_at else None,
        },
        "closed": s.application.ending == "rejected",
        "attribution": attribution_dict(s.attribution),
        "offers": [{"code": o.code, "title": o.title, "dose": o.dose, "what": o.what, "evidence": o.evidence, "claim": o.claim} for o in s.offers],
        "next_steps": [{"title": n.title, "due_on": n.due_on.isoformat() if n.due_on else None, "why": n.why} for n in s.next_steps],
        "follow_ups": [{"id": f.pk, "title": f.title, "due_on": f.due_on.isoformat(), "why": f.why} for f in s.follow_ups],
    }  # fmt: skip


def feedback_dict(f: FeedbackItem) -> dict[str, Any]:
    return {
        "id": f.pk, "text": f.text, "source": f.source, "areas": f.areas, "polarity": f.polarity,
        "evidence": f.evidence, "suggested": f.suggested, "edited": f.edited,
        "application_id": f.application_id, "rejection_id": f.rejection_id,
        "received_on": f.received_on.isoformat(), "stage": f.stage,
    }  # fmt: skip


def review_dict(r: SelfReview) -> dict[str, Any]:
    return {
        "id": r.pk, "application_id": r.application_id, "round_label": r.round_label, "on": r.on.isoformat(),
        "stage": r.stage, "ratings": {x.area: x.level for x in r.ratings.all()}, "questions": r.questions, "notes": r.notes,
    }  # fmt: skip


def writing_dict(w: WritingEntry) -> dict[str, Any]:
    return {"id": w.pk, "kind": w.kind, "session": w.session, "debrief_id": w.debrief_id, "text": w.text, "intention": w.intention, "created_at": w.created_at.isoformat()}


def ranked_dict(r: RankedArea) -> dict[str, Any]:
    return {
        "rank": r.rank, "area": r.area, "label": r.label, "score": r.score, "weaknesses": r.weaknesses,
        "strengths": r.strengths, "last_seen": r.last_seen.isoformat(),
        "items": [{"id": w.signal.id, "text": w.signal.text, "source": w.signal.source, "on": w.signal.on.isoformat(), "stage": w.signal.stage, "polarity": w.signal.polarity, "weight": round(w.weight, 3)} for w in r.items],
    }  # fmt: skip


def learning_dict(data: Learning) -> dict[str, Any]:
    return {
        "focus_areas": [ranked_dict(r) for r in data.ranked],
        "strengths": data.strengths,
        "practice": data.practice.as_json(),
        "feedback": [feedback_dict(f) for f in data.feedback],
        "self_reviews": [review_dict(r) for r in data.reviews],
    }
