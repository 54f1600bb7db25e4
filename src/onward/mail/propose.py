"""What to propose for one understood message: a plain draft the seeker accepts, edits or dismisses.

Pure: the classifier's facts, the matched application's state and the match in; a
``ProposalDraft`` out. No Django import here.

Kinds:
- ``reject``  — close the application as rejected, with stage, reasons and what they said;
- ``move``    — move the application forward (screening, assessment, interviewing, offer);
- ``log``     — record the message on the application's timeline (scheduling, on hold, …);
- ``new_application`` — add an application Onward did not know about;
- ``restore`` — an employer says an earlier rejection was sent in error: reopen the
  application, keeping the rejection in its history (marked reversed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from onward import taxonomy
from onward.mail.matching import Match

STAGE_ORDER = (
    "saved",
    "applied",
    "screening",
    "assessment",
    "interviewing",
    "final_round",
    "offer",
)
# The stage a category proves the application has reached.
STAGE_FOR_CATEGORY = {
    "advancing": "screening",
    "assessment_invite": "assessment",
    "interview_invite": "interviewing",
    "offer": "offer",
}
LOG_SUMMARY = {
    "scheduling": "Interview arrangements",
    "on_hold": "The role or search is on hold; no decision yet",
    "other": "A message about this application",
    "application_received": "They confirmed they received the application",
}
NOT_PROPOSED = frozenset({"job_alert"})
CATEGORY_LABEL = {
    "rejection": "rejected",
    "on_hold": "on hold",
    "advancing": "moving forward",
    "interview_invite": "invited to interview",
    "scheduling": "interview arrangements",
    "assessment_invite": "invited to an assessment",
    "offer": "an offer",
    "application_received": "application received",
    "recruiter_outreach": "a recruiter's approach",
    "job_alert": "a job alert",
    "other": "other",
}


@dataclass(frozen=True)
class AppState:
    id: int
    company: str
    role: str
    stage: str
    ending: str  # "" while open


@dataclass(frozen=True)
class ProposalDraft:
    kind: str
    summary: str
    payload: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()
    application_id: int | None = None


def _stage_index(stage: str) -> int:
    return STAGE_ORDER.index(stage) if stage in STAGE_ORDER else 0


def _title(app: AppState | None, facts: dict[str, Any]) -> str:
    if app is not None:
        return f"{app.role} at {app.company}"
    role, company = facts.get("role") or "a role", facts.get("company") or "an unknown company"
    return f"{role} at {company}"


def _reason_label(code: str) -> str:
    """"another candidate chosen" rather than ``other_candidate_stronger`` (the payload keeps
    the codes)."""
    try:
        return taxonomy.label("reasons", code).lower()
    except taxonomy.UnknownTerm:
        return code.replace("_", " ")


def _rejection(facts: dict[str, Any], title: str) -> tuple[str, dict[str, Any]]:
    reasons = [r for r in facts.get("reasons") or () if r != "no_reason_given"]
    payload = {
        "stage_reached": facts.get("stage") or "unknown",
        "reasons": reasons,
        "templated": facts.get("templated"),
        "invites_reapply": facts.get("invites_reapply"),
        "feedback_offered": facts.get("feedback_offered"),
        "feedback_text": "\n".join(facts.get("feedback") or ()),
    }
    parts = [f"mark {title} rejected"]
    stage = str(payload["stage_reached"])
    if stage != "unknown":
        parts.append(stage.replace("_", " "))
    summary = " ".join(parts)
    if reasons:
        summary += "; reasons: " + ", ".join(_reason_label(r) for r in reasons)
    if payload["invites_reapply"]:
        summary += "; invites re-apply"
    return summary, payload


REVERSAL_EVIDENCE = "rule reversal"
CONFIRMED = "The employer confirmed the decision"  # a closing for an application closed already


def is_reversal(facts: dict[str, Any]) -> bool:
    """The classifier files a reversal under ``other`` with ``kind: reversal`` (facts stored
    before that field existed name the rule in their evidence)."""
    if facts.get("category") != "other":
        return False
    if "kind" in facts:
        return facts["kind"] == "reversal"
    return any(str(e).startswith(REVERSAL_EVIDENCE) for e in facts.get("evidence") or ())


def plan(
    *, facts: dict[str, Any], match: Match, app: AppState | None, message_date: str | None = None
) -> ProposalDraft | None:
    """The proposal for one message, or None when there is nothing to propose.

    1. Job alerts and unmatched, company-less mail propose nothing (the message is still kept).
    2. A rejection for an application holding an offer is only logged: a rejection never
       overwrites an offer, the seeker decides.
    3. A signal that would not move the application forward is logged, never moved back.
    """
    category = facts.get("category") or "other"
    confidence = float(facts.get("confidence") or 0.0)
    evidence = tuple(facts.get("evidence") or ()) + tuple(f"matched: {why}" for why in match.why)
    if category in NOT_PROPOSED:
        return None
    if app is None and not (facts.get("company") or match.company):
        return None
    if app is None and match.application_id is None and not match.propose_new:
        confidence *= 0.8  # acting on it will need a new application too
    title = _title(app, {**facts, "company": facts.get("company") or match.company})
    new_app = {
        "company": facts.get("company") or match.company,
        "role_title": facts.get("role") or "",
    }
    base = {"category": category, "received_on": message_date, **({} if app else {"new": new_app})}

    def draft(kind: str, summary: str, payload: dict[str, Any] | None = None) -> ProposalDraft:
        return ProposalDraft(
            kind, summary, {**base, **(payload or {})}, round(confidence, 3), evidence,
            app.id if app else None,
        )  # fmt: skip

    if category == "rejection":
        if app is not None and app.stage == "offer" and not app.ending:
            return draft(
                "log",
                f"looks like a rejection for {title}, which holds an offer; the offer is kept",
                {"summary": "A message that reads like a rejection (offer kept)"},
            )
        if app is not None and app.ending:
            return draft("log", f"log a closing message on {title} (already {app.ending})",
                         {"summary": CONFIRMED})  # fmt: skip
        summary, payload = _rejection(facts, title)
        return draft("reject", summary, payload)
    if category in STAGE_FOR_CATEGORY:
        target = STAGE_FOR_CATEGORY[category]
        if app is None or (not app.ending and _stage_index(target) > _stage_index(app.stage)):
            label = CATEGORY_LABEL[category]
            return draft("move", f"move {title} to {target.replace('_', ' ')} ({label})",
                         {"to_stage": target})  # fmt: skip
        return draft("log", f"log on {title}: {CATEGORY_LABEL[category]}",
                     {"summary": f"Message: {CATEGORY_LABEL[category]}"})  # fmt: skip
    if category in {"application_received", "recruiter_outreach"} and app is None:
        stage = "saved" if category == "recruiter_outreach" else "applied"
        channel = "recruiter_outreach" if category == "recruiter_outreach" else "company_site"
        return draft("new_application", f"add {title} ({CATEGORY_LABEL[category]})",
                     {"stage": stage, "channel": channel})  # fmt: skip
    if is_reversal(facts) and app is not None and app.ending == "rejected":
        return draft("restore", f"reopen {title}: they say the rejection was sent in error",
                     {"summary": "The employer reversed an earlier rejection"})  # fmt: skip
    summary = LOG_SUMMARY.get(category, f"Message: {CATEGORY_LABEL.get(category, category)}")
    return draft("log", f"log on {title}: {summary.lower()}", {"summary": summary})
