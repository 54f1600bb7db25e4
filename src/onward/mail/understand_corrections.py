"""A seeker's corrections, remembered: similar mail is classified the way they said.

A correction keeps the words of the corrected message and what the seeker said it was. A new
message that is close enough (same sending domain, overlapping word shingles of subject and
body) gets a ``correction`` hit that outweighs the built-in phrase families, and the evidence
says so ("you corrected a similar message from greenhouse-mail.io on 2026-11-02"). Built-in
rules and corrections are both ``Hit`` objects decided by the same ``decide``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Protocol

from onward.mail.rules import Hit

SIMILAR = 0.5  # below this a correction is about a different kind of message
_TOKEN = re.compile(r"[a-z]+")
_SHINGLE_WORDS = 3
_TEXT_LIMIT = 2000


class MailLike(Protocol):
    subject: str
    body: str
    sender_address: str


@dataclass(frozen=True)
class Correction:
    """What the seeker said an earlier message really was."""

    category: str
    subject: str = ""
    body: str = ""
    sender_address: str = ""
    corrected_on: date | None = None
    stage: str | None = None
    reasons: tuple[str, ...] = ()
    company: str | None = None
    role: str | None = None
    details: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, mail: MailLike, category: str, *, corrected_on: date | None = None,
           **facts: object) -> Correction:
        """The correction a seeker makes to one message (``facts``: stage, reasons, company…)."""
        known = {k: v for k, v in facts.items() if k in {"stage", "company", "role"}}
        given = facts.get("reasons") or ()
        reasons = tuple(str(r) for r in given) if isinstance(given, (list, tuple)) else ()
        return cls(category=category, subject=mail.subject, body=mail.body,
                   sender_address=mail.sender_address, corrected_on=corrected_on,
                   reasons=reasons, details=dict(facts), **known)  # type: ignore[arg-type]


@lru_cache(maxsize=4096)
def shingles(text: str) -> frozenset[tuple[str, ...]]:
    """Overlapping three-word pieces of a text: similar wording shares many of them."""
    words = _TOKEN.findall(text[:_TEXT_LIMIT].lower())
    if len(words) < _SHINGLE_WORDS:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(tuple(words[i : i + _SHINGLE_WORDS]) for i in range(len(words) - 2))


def _jaccard(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def sender_domain(address: str) -> str:
    return address.rpartition("@")[2].lower().strip(" >")


def similarity(correction: Correction, *, subject: str, body: str, sender_address: str) -> float:
    """0..1: how much a new message looks like the corrected one."""
    same_sender = bool(sender_domain(sender_address)) and (
        sender_domain(sender_address) == sender_domain(correction.sender_address)
    )
    words = _jaccard(shingles(body), shingles(correction.body))
    title = _jaccard(shingles(subject), shingles(correction.subject))
    return round(0.6 * words + 0.15 * title + (0.25 if same_sender else 0.0), 3)


def _describe(correction: Correction, score: float) -> str:
    source = sender_domain(correction.sender_address) or "an earlier sender"
    when = f" on {correction.corrected_on.isoformat()}" if correction.corrected_on else ""
    return (
        f"you corrected a similar message from {source}{when} to {correction.category} "
        f"(similarity {score:.2f})"
    )


def correction_hits(
    corrections: Sequence[Correction], *, subject: str, body: str, sender_address: str
) -> list[tuple[Hit, Correction]]:
    """One hit per correction similar enough to count, strongest first."""
    found: list[tuple[Hit, Correction]] = []
    for correction in corrections:
        score = similarity(correction, subject=subject, body=body, sender_address=sender_address)
        if score >= SIMILAR:
            hit = Hit("correction", correction.category, 10.0 * score, 0, 0,
                      _describe(correction, score))
            found.append((hit, correction))
    found.sort(key=lambda pair: -pair[0].weight)
    return found
