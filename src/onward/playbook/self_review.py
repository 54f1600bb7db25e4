"""Step 3 — the post-interview self-review: rate the focus areas a round tested.

Pure: no Django. Four levels (domain.md §3): not shown / partly / solid / strong, one per area
actually tested. A review becomes focus signals: "not shown" reads as a weakness, "partly" as
mixed, "strong" as a strength; "solid" adds nothing to rank.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from onward.taxonomy import FOCUS_AREAS, codes

from .focus import FocusSignal

LEVELS: tuple[str, ...] = codes("self_review_levels")
LEVEL_POLARITY = {"not_shown": "weakness", "partly": "mixed", "solid": None, "strong": "strength"}


class SelfReviewError(ValueError):
    """A rating that is not on the scale, or an area that is not a focus area."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))


@dataclass(frozen=True)
class SelfReviewFacts:
    id: int | str
    on: date
    stage: str
    ratings: Mapping[str, str] = field(default_factory=dict)
    questions: str = ""
    notes: str = ""


def validate_ratings(ratings: Mapping[str, str]) -> dict[str, str]:
    """Clean ratings: known areas, known levels, blanks dropped (an area not tested is left out)."""
    errors: dict[str, str] = {}
    clean: dict[str, str] = {}
    for area, level in ratings.items():
        if not level:
            continue
        if area not in FOCUS_AREAS or area == "outside_control":
            errors[area] = "not a focus area you can rate"
        elif level not in LEVELS:
            errors[area] = f"choose one of: {', '.join(LEVELS)}"
        else:
            clean[area] = level
    if errors:
        raise SelfReviewError(errors)
    return clean


def signals(review: SelfReviewFacts) -> list[FocusSignal]:
    out = []
    for area, level in review.ratings.items():
        polarity = LEVEL_POLARITY.get(level)
        if polarity:
            out.append(FocusSignal(f"r{review.id}:{area}", area, polarity, review.on, review.stage, "self_review", level))
    return out
