"""Step 2 — don't take it personally: sort a rejection's causes, and find one lesson.

Pure: no Django. Each reason code carries a control level in the taxonomy (domain.md §2):
``yes``/``partly`` are within the seeker's control and specific; ``no``/``mostly_not``/
``situational`` are outside it; ``opaque``/``unknown`` are unclear and never counted as either.
The "N of your last M" sentence uses the seeker's own rejections only — no source measures a
market-wide share (research §2.3), so none is invented.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from onward import taxonomy

from .practice_library import lesson_for_area, lesson_for_reason, lesson_for_stage

WITHIN = frozenset({"yes", "partly"})
OUTSIDE = frozenset({"no", "mostly_not", "situational"})
SIDES = ("within", "outside", "unclear")


@dataclass(frozen=True)
class ReasonClaim:
    code: str
    source: str = "inferred"  # mail | seeker | inferred
    evidence: str = ""


@dataclass(frozen=True)
class RejectionFacts:
    id: int | str
    received_on: date
    stage_reached: str = "unknown"  # a rejection_stages code
    reasons: tuple[ReasonClaim, ...] = ()
    company: str = ""
    # What the seeker wrote as "one thing to do differently" in the debrief, if anything.
    seeker_lesson: str = ""
    # Focus areas the feedback points at as weaknesses (from tagging), most relevant first.
    feedback_weak_areas: tuple[str, ...] = ()
    application_id: int | str | None = None


@dataclass(frozen=True)
class SortedReason:
    code: str
    label: str
    bucket: str
    control: str
    side: str
    source: str
    evidence: str


@dataclass(frozen=True)
class Lesson:
    text: str
    area: str | None
    source: str  # seeker | reason | feedback | stage


@dataclass(frozen=True)
class Attribution:
    rejection_id: int | str
    reasons: tuple[SortedReason, ...]
    lesson: Lesson

    def side(self, name: str) -> tuple[SortedReason, ...]:
        return tuple(r for r in self.reasons if r.side == name)

    @property
    def has_outside(self) -> bool:
        return bool(self.side("outside"))

    @property
    def has_within(self) -> bool:
        return bool(self.side("within"))

    @property
    def has_unclear(self) -> bool:
        return bool(self.side("unclear"))

    @property
    def only_unclear(self) -> bool:
        return all(r.side == "unclear" for r in self.reasons)


@dataclass(frozen=True)
class AttributionSummary:
    considered: int  # M: the last M rejections
    outside: int  # N of them had at least one cause outside the seeker's control
    within: int  # had at least one controllable, specific cause
    unclear: int  # gave nothing but unclear or no reasons
    by_bucket: dict[str, int]
    sentence: str


def side_of(control: str) -> str:
    if control in WITHIN:
        return "within"
    if control in OUTSIDE:
        return "outside"
    return "unclear"


def sort_reasons(claims: Sequence[ReasonClaim]) -> tuple[SortedReason, ...]:
    """Each claimed reason with its bucket and side; no reasons at all means "no reason given"."""
    if not claims:
        claims = (ReasonClaim("no_reason_given", "inferred", ""),)
    out: list[SortedReason] = []
    seen: set[str] = set()
    for claim in claims:
        if claim.code in seen:
            continue
        seen.add(claim.code)
        r = taxonomy.reason(claim.code)
        out.append(
            SortedReason(r.code, r.label, r.bucket, r.control, side_of(r.control), claim.source, claim.evidence)
        )
    return tuple(out)


def choose_lesson(facts: RejectionFacts, sorted_reasons: Sequence[SortedReason]) -> Lesson:
    """One concrete, controllable lesson — even when the causes were outside the seeker's control.

    Order of preference: (1) the seeker's own words, (2) a controllable reason, (3) a weakness
    the feedback names, (4) a lesson fitted to the stage reached (or to an outside reason, which
    still leaves something to do: keep the contact, apply earlier, check pay first).
    """
    if facts.seeker_lesson.strip():
        return Lesson(facts.seeker_lesson.strip(), None, "seeker")
    for r in sorted_reasons:
        if r.side == "within":
            text, area = lesson_for_reason(r.code, facts.stage_reached)
            return Lesson(text, area, "reason")
    for area in facts.feedback_weak_areas:
        if area != "outside_control":
            return Lesson(lesson_for_area(area), area, "feedback")
    for r in sorted_reasons:
        if r.side == "outside":
            text, area = lesson_for_reason(r.code, facts.stage_reached)
            return Lesson(text, area, "reason")
    text, area = lesson_for_stage(facts.stage_reached)
    return Lesson(text, area, "stage")


def attribute(facts: RejectionFacts) -> Attribution:
    sorted_reasons = sort_reasons(facts.reasons)
    return Attribution(facts.id, sorted_reasons, choose_lesson(facts, sorted_reasons))


def summarise(rejections: Sequence[RejectionFacts], last: int = 10) -> AttributionSummary:
    """"N of your last M rejections had causes outside your control", from the seeker's data."""
    recent = sorted(rejections, key=lambda f: f.received_on, reverse=True)[:last]
    attributions = [attribute(f) for f in recent]
    m = len(attributions)
    outside = sum(1 for a in attributions if a.has_outside)
    within = sum(1 for a in attributions if a.has_within)
    unclear = sum(1 for a in attributions if a.only_unclear)
    buckets: Counter[str] = Counter(r.bucket for a in attributions for r in a.reasons)
    return AttributionSummary(m, outside, within, unclear, dict(buckets), _summary_sentence(m, outside, within, unclear))


def _summary_sentence(m: int, outside: int, within: int, unclear: int) -> str:
    if m == 0:
        return "No rejections recorded yet."
    noun = "rejection" if m == 1 else "rejections"
    head = f"{outside} of your last {m} {noun} had causes outside your control"
    if m == 1:
        head = f"Your last rejection {'had' if outside else 'did not have'} a cause outside your control"
    parts = [head]
    if within:
        parts.append(f"{within} had something specific you can work on")
    if unclear:
        parts.append(f"{unclear} gave no clear reason, which is common")
    return "; ".join(parts) + "."


def buckets_by_month(rejections: Sequence[RejectionFacts]) -> dict[str, dict[str, int]]:
    """Reasons per bucket per month ("2026-10" → {"comparative": 2, ...}), oldest month first."""
    months: dict[str, Counter[str]] = {}
    for f in sorted(rejections, key=lambda f: f.received_on):
        key = f.received_on.strftime("%Y-%m")
        counter = months.setdefault(key, Counter())
        for r in sort_reasons(f.reasons):
            counter[r.bucket] += 1
    return {k: dict(v) for k, v in months.items()}
