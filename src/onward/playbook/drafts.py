"""Drafts for outreach, rendered from templates kept as data (``data/templates/<action>.toml``).

A template has ``label``, ``when``, ``subject`` and ``body`` with ``{placeholders}``. Rendering is
strict: a placeholder without a value raises ``DraftError`` instead of leaving a gap, and the
result never contains a brace. Sending is the seeker's: we offer text and a ``mailto:`` link.
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import quote

_STAGE_PHRASES = {
    "saved": "my application",
    "applied": "my application",
    "screening": "our screening call",
    "assessment": "the assessment",
    "interviewing": "the interviews",
    "final_round": "the final round",
    "offer": "the offer stage",
}

# Phrases that introduce something specific in a seeker's notes ("we talked about X").
_DETAIL_PATTERNS = (
    r"\b(?:talked|spoke|chatted)\s+(?:a lot\s+)?about\s+(?P<x>[^.,;:!?\n]+)",
    r"\bdiscuss(?:ed|ing)\s+(?P<x>[^.,;:!?\n]+)",
    r"\b(?:asked|told)\s+(?:me\s+|us\s+)?about\s+(?P<x>[^.,;:!?\n]+)",
    r"\benjoyed\s+(?:talking about\s+|discussing\s+|hearing about\s+)?(?P<x>[^.,;:!?\n]+)",
    r"\b(?:interested|excited)\s+(?:in|about)\s+(?P<x>[^.,;:!?\n]+)",
    r"\bconversation\s+(?:about|on)\s+(?P<x>[^.,;:!?\n]+)",
    r"\b(?:case study|deep[- ]dive|presentation|discussion|chat|questions?|exercise)\s+(?:on|about|around)\s+(?P<x>[^.,;:!?\n]+)",
    r"\b(?:team|they)\s+(?:works?|is working|are working)\s+on\s+(?P<x>[^.,;:!?\n]+)",
)
_MAX_DETAIL_WORDS = 9


class DraftError(ValueError):
    """A template could not be filled from the record (a value is missing or the name is unknown)."""


@dataclass(frozen=True)
class Template:
    action: str
    label: str
    when: str
    subject: str
    body: str


@dataclass(frozen=True)
class Draft:
    action: str
    label: str
    subject: str
    body: str


@dataclass(frozen=True)
class DraftFields:
    """Values a draft can use; derived phrases are computed so templates stay simple."""

    company: str
    role: str
    first_name: str = ""
    stage: str = "applied"
    rounds: int = 0
    detail: str = ""
    seeker_name: str = ""
    their_company: str = ""

    def values(self) -> dict[str, str]:
        return {
            "company": self.company.strip(),
            "role": self.role.strip(),
            "first_name": self.first_name.strip(),
            "greeting": f"Hi {self.first_name.strip()}," if self.first_name.strip() else "Hello,",
            "stage_phrase": _stage_phrase(self.stage, self.rounds),
            "stage_verb": "applied" if self.stage in {"saved", "applied"} else "interviewed",
            "detail_sentence": f"I especially enjoyed our conversation about {self.detail}." if self.detail else "",
            "their_company": (self.their_company or self.company).strip() or "your company",
            "sign_off": f"Best wishes,\n{self.seeker_name.strip()}" if self.seeker_name.strip() else "Best wishes",
        }


def _stage_phrase(stage: str, rounds: int) -> str:
    if stage == "interviewing" and rounds == 1:
        return "our interview"
    return _STAGE_PHRASES.get(stage, "my application")


@cache
def load_template(action: str) -> Template:
    path = resources.files("onward.playbook").joinpath(f"data/templates/{action}.toml")
    if not path.is_file():
        raise DraftError(f"no draft template for action {action!r}")
    raw = tomllib.loads(path.read_text("utf-8"))
    return Template(action, raw["label"], raw["when"], raw["subject"], raw["body"].strip())


def template_actions() -> tuple[str, ...]:
    folder = resources.files("onward.playbook").joinpath("data/templates")
    return tuple(sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml")))


def _fill(text: str, values: dict[str, str], action: str) -> str:
    needed = {name for _, name, _, _ in string.Formatter().parse(text) if name}
    missing = sorted(n for n in needed if n not in values)
    if missing:
        raise DraftError(f"template {action!r} uses unknown field(s): {', '.join(missing)}")
    empty = sorted(n for n in needed if not values[n] and n not in {"detail_sentence"})
    if empty:
        raise DraftError(f"template {action!r} needs a value for: {', '.join(empty)}")
    return text.format_map(values)


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r" {2,}", " ", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def render_draft(action: str, fields: DraftFields) -> Draft:
    template = load_template(action)
    values = fields.values()
    subject = _tidy(_fill(template.subject, values, action))
    body = _tidy(_fill(template.body, values, action))
    return Draft(action, template.label, subject, body)


def specific_detail(notes: str) -> str:
    """A short phrase from the seeker's notes worth mentioning ("the data platform migration").

    Looks for what was talked about or enjoyed; returns "" when the notes hold nothing usable,
    so the draft simply leaves the sentence out rather than inventing one.
    """
    for pattern in _DETAIL_PATTERNS:
        match = re.search(pattern, notes or "", flags=re.IGNORECASE)
        if match:
            words = re.sub(r"[{}<>]", "", match.group("x")).split()
            phrase = " ".join(words[:_MAX_DETAIL_WORDS]).rstrip(",")
            phrase = re.sub(r"\s+(?:and|with|but|which|that|so)$", "", phrase)
            if len(phrase) >= 3:
                return phrase
    return ""


def mailto_link(email: str, draft: Draft) -> str:
    """A ``mailto:`` URL that opens the draft in the seeker's mail client (RFC 6068 escaping)."""
    return f"mailto:{quote(email.strip(), safe='@')}?subject={quote(draft.subject, safe='')}&body={quote(draft.body, safe='')}"
