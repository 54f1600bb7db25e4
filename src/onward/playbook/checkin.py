"""Check-ins and pacing: an optional 1–5 mood and energy check-in, and when to suggest a lighter week.

People in a long search show more distress (Paul & Moser 2009, meta-analysis of 324 studies), so
when rejections cluster and check-ins stay low, Onward suggests a lighter week and points to
human support. The wording is warm and factual and never blames: no "should", no "behind".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

SCALE = (1, 2, 3, 4, 5)
MOOD_LABELS = {1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Very good"}

SUPPORT_POINTER = (
    "Talking it through with someone helps: a friend, a mentor, a careers adviser or a peer group. "
    "If things feel heavy for a while, your doctor or a local helpline can help "
    "(findahelpline.com lists free, confidential lines by country)."
)


@dataclass(frozen=True)
class CheckInEntry:
    on: date
    mood: int
    energy: int

    @property
    def level(self) -> float:
        return (self.mood + self.energy) / 2


@dataclass(frozen=True)
class PacingRules:
    window_days: int = 14
    cluster_rejections: int = 3
    low_level: float = 2.0  # average of mood and energy at or below this is "low"
    low_checkins: int = 2  # the most recent check-ins that must all be low
    very_low_level: float = 1.5


@dataclass(frozen=True)
class Pacing:
    lighter_week: bool
    support: bool
    message: str
    support_text: str = ""


def _recent(entries: list[CheckInEntry], today: date, days: int) -> list[CheckInEntry]:
    start = today - timedelta(days=days)
    return sorted((e for e in entries if start <= e.on <= today), key=lambda e: e.on)


def pacing(
    checkins: list[CheckInEntry],
    rejections_on: list[date],
    *,
    today: date,
    rules: PacingRules | None = None,
) -> Pacing:
    """Suggest a lighter week when rejections cluster and recent check-ins stay low.

    1. Rejections cluster when ``cluster_rejections`` or more arrived in the window.
    2. Check-ins stay low when the last ``low_checkins`` in the window are all low.
    3. Both → lighter week plus a pointer to people. Very low check-ins alone → the pointer.
    Without check-ins we never guess how someone feels.
    """
    r = rules or PacingRules()
    recent = _recent(checkins, today, r.window_days)
    last = recent[-r.low_checkins:]
    stays_low = len(last) >= r.low_checkins and all(e.level <= r.low_level for e in last)
    very_low = len(last) >= r.low_checkins and all(e.level <= r.very_low_level for e in last)
    clustered = sum(1 for d in rejections_on if today - timedelta(days=r.window_days) <= d <= today) >= r.cluster_rejections
    if clustered and stays_low:
        return Pacing(
            True,
            True,
            "Several rejections arrived close together, and your check-ins have been low. That is a "
            "heavy stretch for anyone. A lighter week can help: fewer applications, the same small "
            "skill task and something kind for yourself. The search will still be here.",
            SUPPORT_POINTER,
        )
    if very_low:
        return Pacing(
            False,
            True,
            "Your last check-ins have been very low. It may help to share how the search is going "
            "with someone you trust; you can also make this week a lighter one.",
            SUPPORT_POINTER,
        )
    return Pacing(False, False, "")


def needs_checkin(checkins: list[CheckInEntry], *, today: date) -> bool:
    """Offer (never require) a check-in once a day."""
    return not any(e.on == today for e in checkins)
