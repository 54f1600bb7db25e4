"""Importing mail into proposals, and deciding on proposals.

Tracker rows are only ever changed through ``onward.tracker.services`` / ``people``.

Import (``import_source``):
1. Stream the source; skip what an unfinished earlier run of the same source already handled.
2. Parse and understand each message; a Message-ID seen before is a duplicate.
3. Keep recruiting mail only; the rest is counted and forgotten.
4. Match it to an application and plan a proposal (pure ``matching`` and ``propose``).
5. Commit every ``batch_size`` messages together with the run's position and IMAP state, so a
   killed import resumes with no duplicates and nothing lost.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from onward.errors import InvalidInput, NotAllowed, NotFound, OnwardError
from onward.mail import matching, propose
from onward.mail.models import Correction, ImapSyncState, ImportRun, MailMessage, Proposal
from onward.mail.pipeline import Unreadable, read
from onward.mail.sources import FolderState, RawMail, open_source
from onward.mail.understand import Correction as Remembered
from onward.tracker import people
from onward.tracker import services as tracker

KEEP_TEXT = 20_000
MAX_ERRORS = 200


@dataclass
class ImportSummary:
    source: str
    read: int = 0
    recruiting: int = 0
    proposals: int = 0
    duplicates: int = 0
    forgotten: int = 0
    auto_accepted: int = 0
    resumed_from: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# ---------------------------------------------------------------- helpers


def remembered_corrections(owner: Any) -> tuple[Remembered, ...]:
    rows = Correction.objects.filter(owner=owner).order_by("-created_at")[:500]
    return tuple(
        Remembered(
            category=row.category,
            subject=row.subject,
            body=row.body,
            sender_address=row.sender_address,
            corrected_on=row.created_at.date(),
            stage=row.stage or None,
            reasons=tuple(row.reasons),
            company=row.company or None,
            role=row.role or None,
        )
        for row in rows
    )


def _application_refs(owner: Any) -> list[matching.ApplicationRef]:
    return [
        matching.ApplicationRef(
            app.pk, app.company.name, app.role_title, app.stage, app.ending or None, app.applied_on
        )
        for app in tracker.list_applications(owner=owner)
    ]


def _state_of(ref: matching.ApplicationRef | None) -> propose.AppState | None:
    if ref is None:
        return None
    return propose.AppState(ref.id, ref.company, ref.role, ref.stage or "applied", ref.ending or "")


def is_recruiting(category: str, parsed: Any) -> bool:
    if category == "job_alert":
        return False  # alerts are counted, not kept: they are listings, not the seeker's mail
    if category != "other":
        return True
    return matching.looks_like_recruiting(
        subject=parsed.subject, text=parsed.text, sender_address=parsed.sender_address
    )


def _imap_account(spec: str) -> str:
    from onward.mail.sources import parse_imap_url

    target = parse_imap_url(spec)
    return f"{target.account}:{target.port}"


# ---------------------------------------------------------------- import


@dataclass
class _Batch:
    messages: list[MailMessage] = field(default_factory=list)
    drafts: list[propose.ProposalDraft | None] = field(default_factory=list)
    imap: dict[str, tuple[int, int]] = field(default_factory=dict)  # folder → (validity, uid)


class _Importer:
    def __init__(self, *, owner: Any, spec: str, run: ImportRun, summary: ImportSummary) -> None:
        self.owner, self.spec, self.run, self.summary = owner, spec, run, summary
        self.known = set(
            MailMessage.objects.filter(owner=owner).values_list("message_id", flat=True)
        )
        self.refs = _application_refs(owner)
        self.by_id = {ref.id: ref for ref in self.refs}
        self.corrections = remembered_corrections(owner)
        self.batch = _Batch()

    def take(self, raw: RawMail) -> None:
        self.summary.read += 1
        if raw.folder is not None and raw.uid is not None and raw.uidvalidity is not None:
            self.batch.imap[raw.folder] = (raw.uidvalidity, raw.uid)
        try:
            reading = read(raw.data, corrections=self.corrections, want_html=True)
        except Exception as exc:  # one bad message must not stop the import
            reason = str(exc) if isinstance(exc, Unreadable) else f"{type(exc).__name__}: {exc}"
            self._error(raw.source, reason)
            return
        parsed, found = reading.parsed, reading.understanding
        if parsed.message_id in self.known:
            self.summary.duplicates += 1
            return
        self.known.add(parsed.message_id)
        if not is_recruiting(found.category, parsed):
            self.summary.forgotten += 1
            return
        self.summary.recruiting += 1
        facts = found.as_dict()
        self.batch.messages.append(
            MailMessage(
                owner=self.owner, message_id=parsed.message_id, source=raw.source[:1000],
                subject=parsed.subject, sender_name=parsed.sender_name,
                sender_address=parsed.sender_address, to=parsed.to, sent_at=parsed.date,
                headers=parsed.headers, facts=facts, category=found.category,
                text=parsed.text[:KEEP_TEXT], html_sanitized=parsed.html_sanitized,
            )
        )  # fmt: skip
        match = matching.match_application(
            applications=self.refs, company=found.company, role=found.role,
            sender_address=parsed.sender_address, sender_name=parsed.sender_name,
            category=found.category,
        )  # fmt: skip
        ref = self.by_id.get(match.application_id) if match.application_id else None
        when = parsed.date.date().isoformat() if parsed.date else None
        self.batch.drafts.append(
            propose.plan(facts=facts, match=match, app=_state_of(ref), message_date=when)
        )

    def _error(self, source: str, reason: str) -> None:
        if len(self.summary.errors) < MAX_ERRORS:
            self.summary.errors.append({"source": source, "reason": reason})

    @transaction.atomic
    def commit(self, position: int) -> list[int]:
        batch, self.batch = self.batch, _Batch()
        created = MailMessage.objects.bulk_create(batch.messages)
        proposals = [
            Proposal(
                owner=self.owner,
                message=message,
                application_id=draft.application_id,
                kind=draft.kind,
                summary=draft.summary[:500],
                payload=draft.payload,
                confidence=draft.confidence,
                evidence=list(draft.evidence),
            )
            for message, draft in zip(created, batch.drafts, strict=True)
            if draft is not None
        ]
        made = Proposal.objects.bulk_create(proposals)
        self.summary.proposals += len(made)
        for folder, (validity, uid) in batch.imap.items():
            ImapSyncState.objects.update_or_create(
                owner=self.owner, account=_imap_account(self.spec), folder=folder,
                defaults={"uidvalidity": validity, "last_uid": uid},
            )  # fmt: skip
        run, summary = self.run, self.summary
        run.position = position
        for name in ("read", "recruiting", "proposals", "duplicates", "forgotten"):
            setattr(run, name, getattr(summary, name))
        run.errors = summary.errors
        run.save()
        return [p.pk for p in made]


def _imap_state(owner: Any, spec: str) -> dict[str, FolderState]:
    rows = ImapSyncState.objects.filter(owner=owner, account=_imap_account(spec))
    return {row.folder: FolderState(row.uidvalidity, row.last_uid) for row in rows}


def _resume(owner: Any, spec: str) -> ImportRun:
    unfinished = ImportRun.objects.filter(owner=owner, source=spec, finished_at=None).first()
    return unfinished or ImportRun.objects.create(owner=owner, source=spec)


def import_source(
    *,
    owner: Any,
    spec: str,
    since: date | None = None,
    password_prompt: Callable[[str], str] | None = None,
    ssl_context: ssl.SSLContext | None = None,
    progress: Callable[[int], None] | None = None,
    batch_size: int = 500,
    auto_accept_above: float | None = None,
) -> ImportSummary:
    """Import a path or ``imaps://`` source into kept messages and pending proposals.

    ``auto_accept_above`` defaults to the ``ONWARD_AUTO_ACCEPT_CONFIDENCE`` setting (off).
    """
    if auto_accept_above is None:
        from onward.config import get_settings

        auto_accept_above = get_settings().auto_accept_confidence
    is_imap = spec.startswith(("imaps://", "imap+starttls://", "imap://"))
    run = _resume(owner, spec)
    summary = ImportSummary(source=spec, resumed_from=0 if is_imap else run.position)
    for name in ("read", "recruiting", "proposals", "duplicates", "forgotten"):
        setattr(summary, name, getattr(run, name))
    summary.errors = list(run.errors)
    stream: Iterator[RawMail] = open_source(
        spec, since=since, state=_imap_state(owner, spec) if is_imap else None,
        password_prompt=password_prompt, ssl_context=ssl_context,
    )  # fmt: skip
    importer = _Importer(owner=owner, spec=spec, run=run, summary=summary)
    position, made = 0, []
    for raw in stream:
        position += 1
        if not is_imap and position <= run.position:
            continue  # handled by the interrupted run
        importer.take(raw)
        if progress:
            progress(position)
        if position % batch_size == 0:
            made += importer.commit(position)
    made += importer.commit(position)
    run.finished_at = timezone.now()
    if auto_accept_above is not None:
        summary.auto_accepted = accept_all(owner=owner, min_confidence=auto_accept_above).accepted
        run.auto_accepted = summary.auto_accepted
    run.save()
    return summary


# ---------------------------------------------------------------- deciding


def get_proposal(*, owner: Any, proposal_id: int) -> Proposal:
    try:
        return Proposal.objects.select_related("message", "application__company").get(
            owner=owner, pk=proposal_id
        )
    except (Proposal.DoesNotExist, ValueError, TypeError):
        raise NotFound("proposal", proposal_id) from None


def list_proposals(*, owner: Any, status: str | None = "pending", min_confidence: float = 0.0):  # type: ignore[no-untyped-def]
    rows = Proposal.objects.filter(owner=owner, confidence__gte=min_confidence)
    if status:
        rows = rows.filter(status=status)
    return rows.select_related("message", "application__company")


def _application_for(owner: Any, proposal: Proposal) -> int:
    """The application a proposal acts on; finds or adds it when the mail named a new one."""
    if proposal.application_id:
        return int(proposal.application_id)
    new = proposal.payload.get("new") or {}
    company, role = new.get("company"), new.get("role_title")
    if not company:
        raise InvalidInput({"application": "choose the application this message is about"})
    found = matching.match_application(
        applications=_application_refs(owner), company=company, role=role or None
    )
    if found.application_id:
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


def _apply(owner: Any, proposal: Proposal) -> str:
    payload, message = proposal.payload, proposal.message
    app_id = _application_for(owner, proposal)
    proposal.application_id = app_id
    if proposal.kind == "new_application":
        return "application added"
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
    if proposal.kind == "move":
        change = tracker.move(
            owner=owner, application_id=app_id, to_stage=payload["to_stage"], source="mail",
            note=f"from mail: {message.subject}"[:500], at=message.sent_at,
        )  # fmt: skip
        return "moved" if change.changed else f"not moved: {change.why}"
    people.log_interaction(
        owner=owner, kind="email", occurred_at=message.sent_at, direction="in",
        summary=f"{payload.get('summary', 'Message')}: {message.subject}"[:1000],
        application_id=app_id,
    )  # fmt: skip
    return "logged on the timeline"


@transaction.atomic
def accept(*, owner: Any, proposal_id: int, edits: dict[str, Any] | None = None) -> Proposal:
    """Apply a proposal through the tracker; with ``edits``, the seeker's version of it."""
    proposal = get_proposal(owner=owner, proposal_id=proposal_id)
    if proposal.status != Proposal.PENDING:
        raise NotAllowed(f"this proposal was already {proposal.status}")
    if edits:
        _edit(owner, proposal, edits)
    proposal.outcome = _apply(owner, proposal)
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


def latest_imports(*, owner: Any, limit: int = 10):  # type: ignore[no-untyped-def]
    return ImportRun.objects.filter(owner=owner)[:limit]
