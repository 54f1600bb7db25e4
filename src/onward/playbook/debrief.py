"""Step 1 — accept and move on: which parts of the debrief to show, and what to offer.

Pure: no Django. The debrief is two minutes and every part is skippable. Deeper exercises are
*offered, never pushed*, and only when the evidence fits: expressive writing (Spera, Buhrfeind
& Pennebaker 1994: 20 minutes × 5 days after job loss) and a ~10-minute self-compassion
reflection (Kreemers et al. 2020, affect only) after a layoff or a painful late-stage
rejection — not after routine résumé rejections. Private writing is never analysed or scored:
nothing here takes its text.
"""

from __future__ import annotations

from dataclasses import dataclass

STEPS: tuple[str, ...] = ("feeling", "stage", "went_well", "do_differently", "feedback")
FEELINGS: dict[int, str] = {1: "Very low", 2: "Low", 3: "Mixed", 4: "Okay", 5: "Fine"}
LATE_REJECTION_STAGES = frozenset({"after_interview", "after_final_round"})
LATE_STAGES = frozenset({"interviewing", "final_round", "offer"})
PAINFUL_AT_OR_BELOW = 2


@dataclass(frozen=True)
class DebriefContext:
    stage_reached: str = "unknown"  # rejection_stages code
    furthest_stage: str | None = None  # stages code
    feeling: int | None = None  # 1 (very low) … 5 (fine); None when skipped
    layoff: bool = False


@dataclass(frozen=True)
class Offer:
    code: str
    title: str
    dose: str
    what: str
    evidence: str
    claim: str


EXPRESSIVE_WRITING = Offer(
    code="expressive_writing",
    title="Private expressive writing",
    dose="20 minutes a day, 5 days in a row",
    what="Write about your deepest thoughts and feelings about this — not plans, not a to-do list. Only you see it.",
    evidence="Spera, Buhrfeind & Pennebaker (1994), Academy of Management Journal 37(3): 63 laid-off professionals.",
    claim="After 8 months, 53% of those who wrote this way had new jobs, vs 24% of those who wrote about plans (small study, one employer).",
)
SELF_COMPASSION = Offer(
    code="self_compassion",
    title="A 10-minute self-compassion reflection",
    dose="About 10 minutes, once",
    what="Acknowledge how this feels; remember that rejection is common; write to yourself as you would to a friend; end with one thing you intend to improve.",
    evidence="Kreemers, van Hooft, van Vianen & Sisouw de Zilwa (2020), Frontiers in Psychology 11:1371: 180 job seekers.",
    claim="One such exercise lowered sadness and self-criticism right afterwards. It is about how it feels, not a promise about outcomes.",
)


def is_late_stage(ctx: DebriefContext) -> bool:
    return ctx.stage_reached in LATE_REJECTION_STAGES or (ctx.furthest_stage in LATE_STAGES)


def is_painful(ctx: DebriefContext) -> bool:
    """Low feeling, or — when the seeker skipped that question — a final-round no."""
    if ctx.feeling is not None:
        return ctx.feeling <= PAINFUL_AT_OR_BELOW
    return ctx.stage_reached == "after_final_round" or ctx.furthest_stage == "final_round"


def offers(ctx: DebriefContext) -> tuple[Offer, ...]:
    if ctx.layoff or (is_late_stage(ctx) and is_painful(ctx)):
        return (EXPRESSIVE_WRITING, SELF_COMPASSION)
    return ()


def feeling_label(value: int | None) -> str:
    return FEELINGS.get(value or 0, "Skipped")


def validate_feeling(value: int | None) -> int | None:
    if value is None:
        return None
    if value not in FEELINGS:
        raise ValueError("feeling must be 1 to 5")
    return value
