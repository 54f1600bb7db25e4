"""What rejections and feedback keep saying, set against the profile (issue 6 §7).

1. Rejections that cite `experience_gap` or `skills_mismatch` are grouped by role family
   ("data roles", "design roles") from the role title.
2. Skills named in their evidence or feedback text are counted per family.
3. Each counted skill is looked up in the profile: how often it appears and whether any bullet
   showing it has a result. That gives lines like "3 rejections for data roles mention SQL —
   your profile lists SQL once, without a result".
4. Focus areas that feedback names again and again and that a profile can answer
   (application materials, qualifications match, role skills) get a pointer too.
Pure module: no Django.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from onward.profile.match import profile_evidence
from onward.profile.review import has_result
from onward.profile.skills import Vocabulary, vocabulary
from onward.taxonomy import label

PROFILE_REASONS = ("experience_gap", "skills_mismatch")
PROFILE_AREAS = {
    "application_materials": "Your review lists the bullets to sharpen first.",
    "qualifications_match": "Compare the posting's years and level with your dated work on the match page.",
    "role_skills": "Show depth where you claim a skill: a bullet with what you built and what changed.",
}
FAMILIES = (
    ("data roles", r"\bdata\b|analyst|analytics|scientist|machine learning|\bml\b|\bbi\b"),
    ("design roles", r"design|\bux\b|\bui\b|product designer"),
    ("marketing roles", r"marketing|seo|content|brand|growth"),
    ("sales roles", r"sales|account (executive|manager)|business development|\bsdr\b|\bbdr\b"),
    ("finance roles", r"financ|account(ant|ing)|controller|audit|payroll|fp&a"),
    ("healthcare roles", r"nurse|nursing|clinic|medical|health|care assistant|pharma"),
    ("operations roles", r"operations|logistics|supply chain|project manager|program manager"),
    ("product roles", r"product manager|product owner"),
    ("engineering roles", r"engineer|developer|devops|programmer|software|sre"),
)


@dataclass(frozen=True)
class RejectionFacts:
    role_title: str
    received_on: date
    reasons: tuple[str, ...]
    text: str  # reasons' evidence and feedback text, joined


@dataclass(frozen=True)
class FeedbackFacts:
    area: str
    polarity: str
    text: str
    on: date


@dataclass
class Lesson:
    text: str
    count: int
    skill: str = ""
    family: str = ""
    area: str = ""
    where: list[str] = field(default_factory=list)
    suggestion: str = ""


def role_family(title: str) -> str:
    lowered = title.lower()
    for name, pattern in FAMILIES:
        if re.search(pattern, lowered):
            return name
    return "these roles"


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _profile_side(skill: str, document: Any, evidence: dict[str, Any]) -> tuple[str, list[str], str]:
    found = evidence.get(skill)
    if found is None:
        return (f"your profile doesn't mention {skill}", [],
                f"If you have used {skill}, add where and what it achieved; if not, it is a "
                "skill to build before similar applications.")
    direct = [p for p in found.where if " (via " not in p]
    if not direct:
        return (f"your profile shows {skill} only through {found.via}", found.where[:2],
                f"Name {skill} explicitly in the bullet that uses {found.via}.")
    bullets = [p for p in direct if ".highlights[" in p]
    texts = _texts(document)
    with_result = [p for p in bullets if has_result(texts.get(p, ""))]
    count = _times(len(direct))
    if with_result:
        return (f"your profile shows {skill} {count}, with a result at {with_result[0]}", direct,
                "Lead with that bullet in tailored copies for these roles.")
    if bullets:
        return (f"your profile lists {skill} {count}, without a result", direct,
                f"Add what your {skill} work changed (a number, a scale, a time saved) to {bullets[0]}.")
    return (f"your profile lists {skill} {count}, without a result", direct,
            f"{skill} is only in your skills list: add a bullet where you used it and what came of it.")


def _texts(document: Any) -> dict[str, str]:
    from onward.profile.resume import text_fields

    return {f.path: f.text for f in text_fields(document)}


def lessons(document: Any, rejections: list[RejectionFacts], feedback: list[FeedbackFacts], *,
            vocab: Vocabulary | None = None) -> list[Lesson]:
    vocab = vocab or vocabulary()
    evidence = profile_evidence(document, vocab)
    found: list[Lesson] = []
    found += _from_rejections(document, rejections, evidence, vocab)
    found += _from_feedback(document, feedback, evidence, vocab)
    return sorted(found, key=lambda lesson: -lesson.count)


def _from_rejections(document: Any, rejections: list[RejectionFacts], evidence: dict[str, Any],
                     vocab: Vocabulary) -> list[Lesson]:
    relevant = [r for r in rejections if set(r.reasons) & set(PROFILE_REASONS)]
    by_family: dict[str, list[RejectionFacts]] = {}
    for rejection in relevant:
        by_family.setdefault(role_family(rejection.role_title), []).append(rejection)
    found: list[Lesson] = []
    for family, items in by_family.items():
        counts: Counter[str] = Counter()
        for rejection in items:
            counts.update(set(vocab.names_in(rejection.text)))
        for skill, count in counts.most_common(3):
            side, where, suggestion = _profile_side(skill, document, evidence)
            said = "rejection for {} mentions" if count == 1 else "rejections for {} mention"
            found.append(Lesson(f"{count} {said.format(family)} {skill} — {side}.", count,
                                skill=skill, family=family, where=where, suggestion=suggestion))
        unnamed = sum(1 for r in items if not vocab.names_in(r.text))
        if unnamed >= 2:
            found.append(Lesson(
                f"{unnamed} rejections for {family} cite an experience gap or skills mismatch "
                "without naming a skill.", unnamed, family=family,
                suggestion="Compare your profile with one of those postings on the match page: "
                           "the missing required skills are the likeliest reading."))
    return found


def _from_feedback(document: Any, feedback: list[FeedbackFacts], evidence: dict[str, Any],
                   vocab: Vocabulary) -> list[Lesson]:
    weak = [f for f in feedback if f.polarity in ("weakness", "mixed") and f.area in PROFILE_AREAS]
    found: list[Lesson] = []
    for area, count in Counter(f.area for f in weak).most_common():
        if count < 2:
            continue
        texts = " ".join(f.text for f in weak if f.area == area)
        skills = Counter(vocab.names_in(texts)).most_common(1)
        text = f"Feedback named “{label('focus_areas', area)}” {_times(count)}"
        where: list[str] = []
        suggestion = PROFILE_AREAS[area]
        if skills:
            skill = skills[0][0]
            side, where, suggestion = _profile_side(skill, document, evidence)
            text += f", mentioning {skill} — {side}."
        else:
            text += "."
        found.append(Lesson(text, count, area=area, skill=skills[0][0] if skills else "",
                            where=where, suggestion=suggestion))
    return found
