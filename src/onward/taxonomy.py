"""One taxonomy for all of Onward: stages, endings, channels, roles, reasons, focus areas.

The terms live in ``data/taxonomy.json`` so they can be read, translated and extended without
code changes; this module loads them once and offers typed look-ups. No Django import here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Term:
    code: str
    label: str
    description: str


@dataclass(frozen=True)
class Reason(Term):
    bucket: str
    control: str


class UnknownTerm(ValueError):
    """A code that is not in the taxonomy."""

    def __init__(self, kind: str, code: str, allowed: tuple[str, ...]) -> None:
        self.kind, self.code, self.allowed = kind, code, allowed
        super().__init__(f"unknown {kind} {code!r}; expected one of: {', '.join(allowed)}")


@cache
def _raw() -> dict[str, list[dict[str, str]]]:
    text = resources.files("onward").joinpath("data/taxonomy.json").read_text("utf-8")
    data: dict[str, list[dict[str, str]]] = json.loads(text)
    return data


@cache
def terms(kind: str) -> tuple[Term, ...]:
    """All terms of one kind (``stages``, ``endings``, ``channels``, ...) in their order."""
    if kind == "reasons":
        return tuple(reasons())
    return tuple(Term(t["code"], t["label"], t["description"]) for t in _raw()[kind])


@cache
def reasons() -> tuple[Reason, ...]:
    return tuple(
        Reason(r["code"], r["label"], r["description"], r["bucket"], r["control"])
        for r in _raw()["reasons"]
    )


def codes(kind: str) -> tuple[str, ...]:
    return tuple(t.code for t in terms(kind))


def term(kind: str, code: str) -> Term:
    for t in terms(kind):
        if t.code == code:
            return t
    raise UnknownTerm(kind.rstrip("s").replace("_", " "), code, codes(kind))


def reason(code: str) -> Reason:
    for r in reasons():
        if r.code == code:
            return r
    raise UnknownTerm("reason", code, codes("reasons"))


def label(kind: str, code: str) -> str:
    return term(kind, code).label


def choices(kind: str) -> list[tuple[str, str]]:
    """(code, label) pairs for Django model and form fields."""
    return [(t.code, t.label) for t in terms(kind)]


STAGES: tuple[str, ...] = codes("stages")
ENDINGS: tuple[str, ...] = codes("endings")
CHANNELS: tuple[str, ...] = codes("channels")
CONTACT_ROLES: tuple[str, ...] = codes("contact_roles")
INTERACTION_KINDS: tuple[str, ...] = codes("interaction_kinds")
REASONS: tuple[str, ...] = codes("reasons")
FOCUS_AREAS: tuple[str, ...] = codes("focus_areas")
REJECTION_STAGES: tuple[str, ...] = codes("rejection_stages")
# Reasons outside the seeker's control, per domain.md §2 (comparative/process and situational).
OUTSIDE_CONTROL: frozenset[str] = frozenset(
    r.code for r in reasons() if r.control in {"no", "mostly_not", "situational"}
)
