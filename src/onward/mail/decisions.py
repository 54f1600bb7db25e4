"""Deciding on proposals: accept (optionally edited), dismiss, accept all above a confidence.

Accepting applies the change through the tracker's services only; a rejection never overwrites
an offer (the tracker refuses, and the proposal stays pending with the reason). Edits and
dismissals that say what a message really was are stored as corrections, which the classifier
uses for the seeker's next similar message.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from onward.errors import InvalidInput, NotAllowed, OnwardError
from onward.mail import matching, propose
from onward.mail.models import Correction, MailMessage, Proposal
from onward.owned import get_owned
from onward.tracker import people
from onward.tracker import services as tracker


def application_refs(owner: Any) -> list[matching.ApplicationRef]:
    """The seeker's applications as matching sees them, each with the senders of the mail
    already filed on it (so the next message from that employer finds it)."""
    senders: dict[int, set[str]] = defaultdict(set)
    filed = Proposal.objects.filter(
        owner=owner, status__in=(Proposal.ACCEPTED, Proposal.EDITED), application__isnull=False
    ).values_list("application_id", "message__sender_address")
    for app_id, address in filed:
        key = matching.sender_key(address or "")
        if key:
            senders[app_id].add(key)
    return [
        matching.ApplicationRef(
            app.pk,
            app.company.name,
            app.role_title,
            app.stage,
            app.ending or None,
            app.applied_on,
            frozenset(senders.get(app.pk, ())),
        )
        for app in tracker.list_applications(owner=owner)
    ]


def get_proposal(*, owner: Any, proposal_id: int) -> Proposal:
    rows = Proposal.objects.select_related("message", "application__company")
    return get_owned(rows, "proposal", proposal_id, owner=owner)


def list_proposals(*, owner: Any, status: str | None = "pending", min_confidence: float = 0.0):  # type: ignore[no-untyped-def]
    rows = Proposal.objects.filter(owner=owner, confidence__gte=min_confidence)
    if status:
        rows = rows.filter(status=status)
    return rows.select_related("message", "application__company")


@dataclass(frozen=True)
class FilesOn:
    """Where a pending proposal for a new application would go if accepted now."""

    application_id: int
    label: str  # "Embedded Software Developer at Lakeside Medical"
    why: tuple[str, ...]


def files_on(owner: Any, proposals: Iterable[Proposal]) -> dict[int, FilesOn]:
    """For pending proposals made before their application existed (the import saw no match),
    the application accepting each one now would file it on, as ``_application_for`` decides;
    the import's title ("add … at Lakesidesensors") is left as the mail said it."""
    waiting = [p for p in proposals if p.status == Proposal.PENDING and not p.application_id
               and (p.payload.get("new") or {}).get("company")]
    if not waiting:
        return {}
    refs = application_refs(owner)
    by_id = {ref.id: ref for ref in refs}
    found: dict[int, FilesOn] = {}
    for proposal in waiting:
        match = _match_new(refs, proposal)
        ref = by_id.get(match.application_id or -1)
        if ref is not None:
            found[proposal.pk] = FilesOn(ref.id, f"{ref.role} at {ref.company}", tuple(match.why))
    return found


def _match_new(refs: list[matching.ApplicationRef], proposal: Proposal) -> matching.Match:
    """The application a proposal that named a new one matches now, by the company and role
    the mail gave and the address it came from."""
    new = proposal.payload.get("new") or {}
    return matching.match_application(
        applications=refs, company=new.get("company"), role=new.get("role_title") or None,
        sender_address=proposal.message.sender_address,
        sender_name=proposal.message.sender_name,
    )  # fmt: skip


def _application_for(owner: Any, proposal: Proposal) -> int:
    """The application a proposal acts on; finds or adds it when the mail named a new one."""
    if proposal.application_id:
        return int(proposal.application_id)
    new = proposal.payload.get("new") or {}
    company, role = new.get("company"), new.get("role_title")
    if not company:
        raise InvalidInput({"application": "choose the application this message is about"})
    found = _match_new(application_refs(owner), proposal)
    if found.application_id:
        # Say why it was filed there: the import's "no application … yet" no longer holds.
        kept = [e for e in proposal.evidence if not str(e).startswith("matched: ")]
        proposal.evidence = [*kept, *(f"matched: {why}" for why in found.why)]
        return found.application_id
    app = tracker.add_application(
        owner=owner, company=company, role_title=role or "Unnamed role",
        stage=proposal.payload.get("stage", "applied"),
        channel=proposal.payload.get("channel", "company_site"), source="mail",
        applied_on=_received_on(proposal),
    )  # fmt: skip
    return int(app.pk)


def _received_on(proposal: Proposal) -> date | None:
    value = proposal.payload.get("received_on")
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


_NOT_A_PERSON = ("no-reply", "noreply", "donotreply", "do-not-reply", "notifications", "mailer")


def _keep_contact(owner: Any, proposal: Proposal, app_id: int) -> bool:
    """Keep the person who wrote (name and address) as a contact on the application.

    People met in a process are worth keeping whatever the outcome; system senders are not.
    """
    facts = proposal.message.facts
    name = str(facts.get("contact_name") or "").strip()
    email = str(facts.get("contact_email") or "").strip().lower()
    if not name or not email or email.split("@", 1)[0] in _NOT_A_PERSON:
        return False
    try:
        contact = people.list_contacts(owner=owner).filter(email__iexact=email).first()
        if contact is None:
            app = tracker.get_application(owner=owner, application_id=app_id)
            contact = people.add_contact(
                owner=owner, name=name[:200], email=email, company=app.company.name,
                how_we_know=f"Wrote about {app.role_title} ({proposal.message.subject})"[:500],
            )  # fmt: skip
        people.link_contact(owner=owner, application_id=app_id, contact_id=contact.pk)
    except OnwardError:  # e.g. an address the contact book refuses: the decision still stands
        return False
    return True


def _already_rejected(owner: Any, app_id: int) -> bool:
    return tracker.get_application(owner=owner, application_id=app_id).ending == "rejected"


def _apply(owner: Any, proposal: Proposal) -> str:
    payload, message = proposal.payload, proposal.message
    app_id = _application_for(owner, proposal)
    proposal.application_id = app_id
    if proposal.kind == "new_application":
        return "application added"
    if proposal.kind == "reject" and _already_rejected(owner, app_id):
        # A second letter about the same no (the system's after the recruiter's): it goes on
        # the timeline, as when the application was known at import.
        _log(owner, message, app_id, propose.CONFIRMED)
        return "already rejected; logged on the timeline"
    if proposal.kind == "reject":
        reasons = [
            {"code": code, "source": "mail", "evidence": "; ".join(proposal.evidence[:2])}
            for code in payload.get("reasons") or []
        ]
        tracker.reject(
            owner=owner, application_id=app_id, received_on=_received_on(proposal),
            stage_reached=payload.get("stage_reached") or None, reasons=reasons,
            templated=payload.get("templated"), invites_reapply=payload.get("invites_reapply"),
            feedback_offered=payload.get("feedback_offered"),
            feedback_text=payload.get("feedback_text") or "", source="mail",
            source_message_id=message.message_id, note=f"from mail: {message.subject}"[:500],
        )  # fmt: skip
        return "marked rejected"
    if proposal.kind == "restore":
        tracker.reverse_rejection(
            owner=owner, application_id=app_id, source="mail",
            note=f"from mail: {message.subject}"[:500], at=message.sent_at,
        )  # fmt: skip
        return "reopened; the rejection stays in its history, marked reversed"
    if proposal.kind == "move":
        change = tracker.move(
            owner=owner, application_id=app_id, to_stage=payload["to_stage"], source="mail",
            note=f"from mail: {message.subject}"[:500], at=message.sent_at,
        )  # fmt: skip
        return "moved" if change.changed else f"not moved: {change.why}"
    _log(owner, message, app_id, payload.get("summary", "Message"))
    return "logged on the timeline"


def _log(owner: Any, message: MailMessage, app_id: int, summary: str) -> None:
    people.log_interaction(
        owner=owner, kind="email", occurred_at=message.sent_at, direction="in",
        summary=f"{summary}: {message.subject}"[:1000], application_id=app_id,
    )  # fmt: skip


@transaction.atomic
def accept(*, owner: Any, proposal_id: int, edits: dict[str, Any] | None = None) -> Proposal:
    """Apply a proposal through the tracker; with ``edits``, the seeker's version of it."""
    proposal = get_proposal(owner=owner, proposal_id=proposal_id)
    if proposal.status != Proposal.PENDING:
        raise NotAllowed(f"this proposal was already {proposal.status}")
    if edits:
        _edit(owner, proposal, edits)
    proposal.outcome = _apply(owner, proposal)
    if proposal.application_id and _keep_contact(owner, proposal, int(proposal.application_id)):
        proposal.outcome += "; contact kept"
    proposal.status = Proposal.EDITED if edits else Proposal.ACCEPTED
    proposal.decided_at = timezone.now()
    proposal.save()
    return proposal


_EDITABLE = {"category", "application_id", "stage_reached", "reasons", "to_stage", "company",
             "role_title", "summary", "invites_reapply", "feedback_text"}  # fmt: skip


def _edit(owner: Any, proposal: Proposal, edits: dict[str, Any]) -> None:
    unknown = set(edits) - _EDITABLE
    if unknown:
        raise InvalidInput({name: "cannot be edited" for name in sorted(unknown)})
    facts = dict(proposal.message.facts)
    was = facts.get("category") or ""
    if edits.get("application_id"):
        proposal.application_id = tracker.get_application(
            owner=owner, application_id=int(edits["application_id"])
        ).pk
    if edits.get("company") or edits.get("role_title"):
        new = dict(proposal.payload.get("new") or {})
        new.update({k: edits[k] for k in ("company", "role_title") if edits.get(k)})
        proposal.payload = {**proposal.payload, "new": new}
    category = edits.get("category") or was
    if category != was or "stage_reached" in edits or "reasons" in edits:
        facts.update(category=category)
        if "stage_reached" in edits:
            facts["stage"] = edits["stage_reached"]
        if "reasons" in edits:
            facts["reasons"] = list(edits["reasons"])
        ref = None
        if proposal.application_id:
            app = tracker.get_application(owner=owner, application_id=proposal.application_id)
            ref = propose.AppState(app.pk, app.company.name, app.role_title, app.stage, app.ending)
        match = matching.Match(proposal.application_id, 1.0, ("chosen by you",),
                               company=(proposal.payload.get("new") or {}).get("company"))  # fmt: skip
        draft = propose.plan(facts=facts, match=match, app=ref,
                             message_date=proposal.payload.get("received_on"))  # fmt: skip
        if draft is None:
            raise InvalidInput(
                {"category": f"nothing to apply for {category!r}; dismiss it instead"}
            )
        proposal.kind, proposal.summary = draft.kind, draft.summary[:500]
        proposal.payload = {**draft.payload, "new": proposal.payload.get("new")}
        remember(owner=owner, message=proposal.message, category=category, was=was, facts=facts)
    simple = {
        k: edits[k]
        for k in ("to_stage", "summary", "invites_reapply", "feedback_text")
        if k in edits
    }
    proposal.payload = {**proposal.payload, **simple}


def remember(
    *, owner: Any, message: MailMessage, category: str, was: str, facts: dict[str, Any]
) -> Correction:
    """Store a correction so similar mail is read the seeker's way next time."""
    return Correction.objects.create(
        owner=owner, message=message, category=category, was_category=was,
        stage=facts.get("stage") or "", reasons=list(facts.get("reasons") or []),
        company=facts.get("company") or "", role=facts.get("role") or "",
        subject=message.subject, body=message.text[:2000], sender_address=message.sender_address,
    )  # fmt: skip


@transaction.atomic
def dismiss(*, owner: Any, proposal_id: int, actual_category: str | None = None) -> Proposal:
    """Set a proposal aside; ``actual_category`` says what the message really was."""
    proposal = get_proposal(owner=owner, proposal_id=proposal_id)
    if proposal.status != Proposal.PENDING:
        raise NotAllowed(f"this proposal was already {proposal.status}")
    facts = dict(proposal.message.facts)
    if actual_category and actual_category != facts.get("category"):
        from onward.mail.understand import CATEGORIES

        if actual_category not in CATEGORIES:
            raise InvalidInput({"category": f"unknown category {actual_category!r}"})
        was = facts.get("category") or ""
        remember(owner=owner, message=proposal.message, category=actual_category, was=was,
                 facts={**facts, "category": actual_category})  # fmt: skip
    proposal.status, proposal.decided_at = Proposal.DISMISSED, timezone.now()
    proposal.save()
    return proposal


@dataclass
class BulkResult:
    accepted: int = 0
    failed: list[dict[str, Any]] = field(default_factory=list)


def accept_all(
    *, owner: Any, min_confidence: float, ids: Sequence[int] | None = None
) -> BulkResult:
    """Accept every pending proposal at or above a confidence, oldest mail first.

    One that cannot be applied (e.g. a rejection for an application holding an offer) stays
    pending with the reason in ``outcome``; the others go ahead.
    """
    if not 0.0 <= min_confidence <= 1.0:
        raise InvalidInput({"min_confidence": "a confidence between 0 and 1"})
    result = BulkResult()
    rows = list_proposals(owner=owner, min_confidence=min_confidence).order_by(
        "message__sent_at", "id"
    )
    if ids is not None:
        rows = rows.filter(pk__in=list(ids))
    for proposal_id in list(rows.values_list("pk", flat=True)):
        try:
            accept(owner=owner, proposal_id=proposal_id)
            result.accepted += 1
        except OnwardError as exc:
            Proposal.objects.filter(pk=proposal_id).update(outcome=str(exc)[:500])
            result.failed.append({"id": proposal_id, "reason": str(exc)})
    return result
