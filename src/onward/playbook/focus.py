"""Step 3 — focus areas, ranked: recurrence × recency × how late in the process.

Pure: no Django. Signals come from tagged feedback items and self-reviews. Each weakness (or
mixed) signal adds weight to its area: recent signals count more (a half-life), and signals
from late stages count more (a final-round "no" says more than a silent résumé screen). The
sum over signals is the recurrence. Strengths are kept beside each area but never push it up.
"Outside your control" is never a focus area: there is nothing to practise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from onward.taxonomy import FOCUS_AREAS, REJECTION_STAGES, STAGES, label

HALF_LIFE_DAYS = 28.0
# How late in the process a signal came from; stage codes and rejection-stage codes both work.
LATENESS: dict[str, float] = {
    "saved": 1.0,
    "applied": 1.0,
    "after_application": 1.0,
    "screening": 1.5,
    "after_screen": 1.5,
    "assessment": 1.75,
    "interviewing": 2.0,
    "after_interview": 2.0,
    "final_round": 2.5,
    "after_final_round": 2.5,
    "offer": 2.5,
}
POLARITY_WEIGHT = {"weakness": 1.0, "mixed": 0.5, "strength": 0.0}
NOT_PRACTISABLE = frozenset({"outside_control"})
SOURCE_LABELS = {
    "rejection": "rejection message",
    "interviewer": "interviewer",
    "recruiter": "recruiter",
    "mock": "mock interview",
    "seeker": "your notes",
    "self_review": "your self-review",
}


@dataclass(frozen=True)
class FocusSignal:
    id: int | str
    area: str
    polarity: str  # strength | weakness | mixed
    on: date
    stage: str = ""
    source: str = "seeker"  # rejection | interviewer | recruiter | mock | seeker | self_review
    text: str = ""

    @property
    def stage_label(self) -> str:
        if self.stage in STAGES:
            return label("stages", self.stage).lower()
        if self.stage in REJECTION_STAGES and self.stage != "unknown":
            return label("rejection_stages", self.stage).lower()
        return ""

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS.get(self.source, self.source)


@dataclass(frozen=True)
class WeightedSignal:
    signal: FocusSignal
    weight: float


@dataclass(frozen=True)
class RankedArea:
    rank: int
    area: str
    label: str
    score: float
    weaknesses: int
    strengths: int
    last_seen: date
    items: tuple[WeightedSignal, ...]  # what is behind the rank, heaviest first
    strengths_items: tuple[FocusSignal, ...]


def recency_weight(on: date, today: date) -> float:
    age = max(0, (today - on).days)
    return float(0.5 ** (age / HALF_LIFE_DAYS))


def lateness_weight(stage: str) -> float:
    return LATENESS.get(stage, 1.0)


def signal_weight(signal: FocusSignal, today: date) -> float:
    return POLARITY_WEIGHT.get(signal.polarity, 0.0) * recency_weight(signal.on, today) * lateness_weight(signal.stage)


def rank(signals: Iterable[FocusSignal], today: date) -> list[RankedArea]:
    """Areas with at least one weakness or mixed signal, highest score first."""
    by_area: dict[str, list[FocusSignal]] = {}
    for s in signals:
        if s.area in FOCUS_AREAS and s.area not in NOT_PRACTISABLE:
            by_area.setdefault(s.area, []).append(s)
    scored = []
    for area, items in by_area.items():
        weighted = sorted(
            (WeightedSignal(s, signal_weight(s, today)) for s in items if POLARITY_WEIGHT.get(s.polarity, 0) > 0),
            key=lambda w: (-w.weight, w.signal.on),
        )
        if not weighted:
            continue
        strengths = tuple(s for s in items if s.polarity == "strength")
        score = sum(w.weight for w in weighted)
        scored.append((area, score, weighted, strengths, max(s.on for s in items)))
    order = {a: i for i, a in enumerate(FOCUS_AREAS)}
    scored.sort(key=lambda t: (-round(t[1], 9), order[t[0]]))
    return [
        RankedArea(
            rank=i + 1,
            area=area,
            label=label("focus_areas", area),
            score=round(score, 3),
            weaknesses=len(weighted),
            strengths=len(strengths),
            last_seen=last,
            items=tuple(weighted),
            strengths_items=strengths,
        )
        for i, (area, score, weighted, strengths, last) in enumerate(scored)
    ]


def strengths(signals: Iterable[FocusSignal]) -> dict[str, int]:
    """How often each area was named as a strength: worth knowing, and worth saying."""
    out: dict[str, int] = {}
    for s in signals:
        if s.polarity == "strength" and s.area not in NOT_PRACTISABLE:
            out[s.area] = out.get(s.area, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))
