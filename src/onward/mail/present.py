"""Plain dicts of mail rows for JSON doors (API, ``--json``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def message_dict(message: Any) -> dict[str, Any]:
    sender = message.sender_name or message.sender_address
    if message.sender_name and message.sender_address:
        sender = f"{message.sender_name} <{message.sender_address}>"
    return {
        "id": message.pk,
        "message_id": message.message_id,
        "subject": message.subject,
        "sender": sender,
        "sent_at": message.sent_at.isoformat() if message.sent_at else None,
        "category": message.category,
        "facts": message.facts,
    }


def proposal_dicts(owner: Any, proposals: Iterable[Any]) -> list[dict[str, Any]]:
    """Proposals as dicts, each made before its application existed with the card accepting it
    now would file it on (``decisions.files_on``)."""
    from onward.mail.decisions import files_on

    rows = list(proposals)
    going = files_on(owner, rows)
    return [proposal_dict(p, going.get(p.pk)) for p in rows]


def proposal_dict(proposal: Any, files_on: Any = None) -> dict[str, Any]:
    """A proposal; ``files_on`` (``decisions.FilesOn``) is the card accepting it now would file
    it on, for one made before its application existed."""
    app = proposal.application
    return {
        "id": proposal.pk,
        "kind": proposal.kind,
        "summary": proposal.summary,
        "status": proposal.status,
        "confidence": round(proposal.confidence, 3),
        "evidence": list(proposal.evidence),
        "payload": proposal.payload,
        "outcome": proposal.outcome,
        "application": (
            {"id": app.pk, "company": app.company.name, "role_title": app.role_title}
            if app is not None
            else None
        ),
        "message": message_dict(proposal.message),
        "decided_at": proposal.decided_at.isoformat() if proposal.decided_at else None,
        "files_on": (
            {"application_id": files_on.application_id, "label": files_on.label,
             "why": list(files_on.why)}
            if files_on is not None
            else None
        ),
    }


def import_dict(run: Any) -> dict[str, Any]:
    from onward.mail import background

    return {
        "id": run.pk,
        "source": run.source,
        "label": run.label,
        "status": background.status(run),
        "percent": background.percent(run),
        "bytes_read": run.bytes_read,
        "total_bytes": run.total_bytes,
        "total_messages": run.total_messages,
        "error": run.error,
        "started_at": run.started_at.isoformat(),
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
        "read": run.read,
        "recruiting": run.recruiting,
        "proposals": run.proposals,
        "duplicates": run.duplicates,
        "forgotten": run.forgotten,
        "auto_accepted": run.auto_accepted,
        "errors": run.errors,
    }
