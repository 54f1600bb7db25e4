"""The mail room's section of the seeker's export: kept messages, proposals, corrections, IMAP state.

Rows refer to messages as ``m1, m2, …`` and to applications by the tracker's refs, never by
database ids, so export → import → export gives the same document. No password is ever here.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from onward.errors import InvalidInput
from onward.mail.models import Correction, ImapSyncState, MailMessage, Proposal

if TYPE_CHECKING:
    from onward.accounts.models import User
    from onward.portability import Refs

MESSAGE_FIELDS = ("message_id", "source", "subject", "sender_name", "sender_address", "to",
                  "headers", "facts", "category", "text", "html_sanitized")  # fmt: skip
PROPOSAL_FIELDS = ("kind", "summary", "payload", "confidence", "evidence", "status", "outcome")
CORRECTION_FIELDS = ("category", "was_category", "stage", "reasons", "company", "role", "subject",
                     "body", "sender_address")  # fmt: skip


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _when(value: Any, where: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput({where: "not an ISO date-time"}) from None


def export_mail(owner: User, refs: Refs) -> dict[str, Any]:
    messages = list(MailMessage.objects.filter(owner=owner).order_by("id"))
    mref = {m.pk: f"m{i}" for i, m in enumerate(messages, 1)}
    refs["mail_message"] = {ref: pk for pk, ref in mref.items()}
    aref = {pk: ref for ref, pk in refs.get("application", {}).items()}
    return {
        "messages": [
            {
                "ref": mref[m.pk],
                **{f: getattr(m, f) for f in MESSAGE_FIELDS},
                "sent_at": _iso(m.sent_at),
            }
            for m in messages
        ],
        "proposals": [
            {
                "message": mref[p.message_id],
                "application": aref.get(p.application_id or 0),
                **{f: getattr(p, f) for f in PROPOSAL_FIELDS},
                "decided_at": _iso(p.decided_at),
            }
            for p in Proposal.objects.filter(owner=owner).order_by("id")
        ],
        "corrections": [
            {
                "message": mref.get(c.message_id or 0),
                **{f: getattr(c, f) for f in CORRECTION_FIELDS},
            }
            for c in Correction.objects.filter(owner=owner).order_by("id")
        ],
        "imap": [
            {
                "account": s.account,
                "folder": s.folder,
                "uidvalidity": s.uidvalidity,
                "last_uid": s.last_uid,
            }
            for s in ImapSyncState.objects.filter(owner=owner).order_by("id")
        ],
    }


def _rows(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    rows = data.get(key, [])
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise InvalidInput({f"$.mail.{key}": "must be a list of objects"})
    return rows


def import_mail(owner: User, data: Any, refs: Refs) -> int:
    if data is None:
        return 0
    if not isinstance(data, dict):
        raise InvalidInput({"$.mail": "must be an object"})
    made: dict[str, MailMessage] = {}
    for i, row in enumerate(_rows(data, "messages")):
        fields = {f: row[f] for f in MESSAGE_FIELDS if f in row}
        if not fields.get("message_id"):
            raise InvalidInput({f"$.mail.messages[{i}].message_id": "required"})
        message = MailMessage.objects.create(
            owner=owner,
            sent_at=_when(row.get("sent_at"), f"$.mail.messages[{i}].sent_at"),
            **fields,
        )
        made[str(row.get("ref") or f"m{i + 1}")] = message
    refs["mail_message"] = {ref: m.pk for ref, m in made.items()}
    apps = refs.get("application", {})
    for i, row in enumerate(_rows(data, "proposals")):
        if row.get("message") not in made:
            raise InvalidInput({f"$.mail.proposals[{i}].message": "refers to no message"})
        Proposal.objects.create(
            owner=owner, message=made[row["message"]], application_id=apps.get(row.get("application") or ""),
            decided_at=_when(row.get("decided_at"), f"$.mail.proposals[{i}].decided_at"),
            **{f: row[f] for f in PROPOSAL_FIELDS if f in row},
        )  # fmt: skip
    for row in _rows(data, "corrections"):
        Correction.objects.create(
            owner=owner, message=made.get(row.get("message") or ""),
            **{f: row[f] for f in CORRECTION_FIELDS if f in row},
        )  # fmt: skip
    for row in _rows(data, "imap"):
        ImapSyncState.objects.update_or_create(
            owner=owner, account=row.get("account", ""), folder=row.get("folder", ""),
            defaults={"uidvalidity": int(row.get("uidvalidity", 0)), "last_uid": int(row.get("last_uid", 0))},
        )  # fmt: skip
    return len(made)
