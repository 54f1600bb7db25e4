"""One raw message → parsed → understood: the step every door shares (classify, import, bench).

No Django import here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from onward.mail.parse import ParsedMessage, parse_message
from onward.mail.sources import RawMail

if TYPE_CHECKING:
    from onward.mail.understand import MailText, Understanding

# The exact keys of one ``onward mail classify`` line, in order.
CLASSIFY_KEYS = (
    "source",
    "message_id",
    "category",
    "confidence",
    "company",
    "role",
    "stage",
    "reasons",
    "templated",
    "invites_reapply",
    "feedback_offered",
    "feedback",
    "evidence",
)


class Unreadable(Exception):
    """Bytes that are not a mail message at all (empty, or no header block)."""


@dataclass(frozen=True)
class Reading:
    parsed: ParsedMessage
    understanding: Understanding


def mail_text(parsed: ParsedMessage) -> MailText:
    from onward.mail.sources import sent_by_reader
    from onward.mail.understand import MailText

    return MailText(
        subject=parsed.subject,
        sender_name=parsed.sender_name,
        sender_address=parsed.sender_address,
        body=parsed.text,
        to=parsed.to,
        date=parsed.date,
        sent=sent_by_reader(parsed.gmail_labels),
    )


def parse_checked(data: bytes, *, want_html: bool = False) -> ParsedMessage:
    """Parse one message; raises ``Unreadable`` for bytes that are not mail at all."""
    if not data.strip():
        raise Unreadable("empty message")
    parsed = parse_message(data, want_html=want_html)
    if not parsed.headers:
        raise Unreadable("no mail headers found")
    return parsed


def understand_parsed(parsed: ParsedMessage, *, corrections: Sequence[Any] = ()) -> Understanding:
    from onward.mail.understand import understand

    return understand(mail_text(parsed), corrections=corrections)


def read(data: bytes, *, corrections: Sequence[Any] = (), want_html: bool = False) -> Reading:
    """Parse and understand one message; raises ``Unreadable`` for bytes that are not mail."""
    parsed = parse_checked(data, want_html=want_html)
    return Reading(parsed, understand_parsed(parsed, corrections=corrections))


def classify_record(raw: RawMail) -> dict[str, Any]:
    """One JSON Lines record for ``onward mail classify``; never raises."""
    try:
        reading = read(raw.data)
    except Exception as exc:  # one bad message must not stop the run
        record: dict[str, Any] = dict.fromkeys(CLASSIFY_KEYS)
        record["source"] = raw.source
        record["error"] = (
            str(exc) if isinstance(exc, Unreadable) else f"{type(exc).__name__}: {exc}"
        )
        return record
    found = reading.understanding
    return {
        "source": raw.source,
        "message_id": reading.parsed.message_id,
        "category": found.category,
        "confidence": round(float(found.confidence), 4),
        "company": found.company,
        "role": found.role,
        "stage": found.stage,
        "reasons": list(found.reasons),
        "templated": found.templated,
        "invites_reapply": found.invites_reapply,
        "feedback_offered": found.feedback_offered,
        "feedback": list(found.feedback),
        "evidence": list(found.evidence),
    }
