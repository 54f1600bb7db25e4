"""The seeker's own funnel: applied → response → interview → offer, by furthest stage reached.

Pure: no Django. The tracker's append-only history is passed in as plain events; the funnel
counts the furthest stage each application ever reached (domain.md §1), so "rejected after two
interviews" still counts as an interview and a backwards correction never un-counts a stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from onward.taxonomy import CHANNELS, ENDINGS, STAGES

from .stats import Rate, rate

STEPS: tuple[str, ...] = ("applied", "response", "interview", "offer")
STEP_LABELS: dict[str, str] = {
    "applied": "Applied",
    "response": "Any reply",
    "interview": "Interview",
    "offer": "Offer",
}
_RANK = {code: i for i, code in enumerate(STAGES)}
# Stages that only an employer's reply can move an application into.
_REPLY_STAGES = frozenset(STAGES[STAGES.index("screening") :])
_INTERVIEW_STAGES = frozenset(("interviewing", "final_round", "offer"))


@dataclass(frozen=True)
class StageEvent:
    """One line of an application's history: it moved to a stage, or it ended."""

    on: date
    code: str  # a stage code or an ending code

    def __post_init__(self) -> None:
        if self.code not in _RANK and self.code not in ENDINGS:
            raise ValueError(f"unknown stage or ending {self.code!r}")


@dataclass(frozen=True)
class ApplicationHistory:
    id: int | str
    channel: str = "other"
    events: tuple[StageEvent, ...] = ()
    # Any message from the employer (an acknowledgement does not count; a rejection does).
    employer_replied: bool = False
    company: str = ""


@dataclass(frozen=True)
class Reached:
    """What one application reached, in funnel terms."""

    id: int | str
    channel: str
    furthest_stage: str | None
    applied: bool
    response: bool
    interview: bool
    offer: bool
    ending: str | None

    def step(self, name: str) -> bool:
        return bool(getattr(self, name))


@dataclass(frozen=True)
class Funnel:
    counts: dict[str, int]
    by_stage: dict[str, int]
    conversions: dict[str, Rate]  # "response": response/applied, "interview": interview/response, ...
    from_applied: dict[str, Rate]  # each step over applications sent
    open_count: int
    reached: tuple[Reached, ...] = field(default=(), repr=False)

    @property
    def applied(self) -> int:
        return self.counts["applied"]


def furthest_stage(events: Iterable[StageEvent]) -> str | None:
    """The furthest stage in the history; an accepted offer means the offer stage was reached."""
    best: int | None = None
    for event in events:
        rank = _RANK.get(event.code)
        if event.code == "accepted":
            rank = _RANK["offer"]
        if rank is not None and (best is None or rank > best):
            best = rank
    return None if best is None else STAGES[best]


def current_ending(events: Sequence[StageEvent]) -> str | None:
    """The ending in force: the last ending, unless a later stage move reopened the application.

    Events are read in log order (the tracker's history is append-only, so that is time order).
    """
    ending: str | None = None
    for event in events:
        ending = event.code if event.code in ENDINGS else None
    return ending


def reached(history: ApplicationHistory) -> Reached:
    stage = furthest_stage(history.events)
    codes = {e.code for e in history.events}
    rejected = "rejected" in codes
    response = history.employer_replied or rejected or stage in _REPLY_STAGES
    applied = response or (stage is not None and stage != "saved")
    interview = stage in _INTERVIEW_STAGES
    offer = stage == "offer"
    return Reached(
        id=history.id,
        channel=history.channel if history.channel in CHANNELS else "other",
        furthest_stage=stage,
        applied=applied,
        response=response,
        interview=interview,
        offer=offer,
        ending=current_ending(history.events),
    )


def funnel(histories: Iterable[ApplicationHistory]) -> Funnel:
    rows = tuple(reached(h) for h in histories)
    return funnel_of(rows)


def funnel_of(rows: Sequence[Reached]) -> Funnel:
    counts = {step: sum(1 for r in rows if r.step(step)) for step in STEPS}
    by_stage = {
        stage: sum(1 for r in rows if r.furthest_stage is not None and _RANK[r.furthest_stage] >= i)
        for i, stage in enumerate(STAGES)
    }
    conversions = {
        step: rate(counts[step], counts[prev]) for prev, step in pairwise(STEPS)
    }
    from_applied = {step: rate(counts[step], counts["applied"]) for step in STEPS[1:]}
    open_count = sum(1 for r in rows if r.applied and r.ending is None and not r.offer)
    return Funnel(counts, by_stage, conversions, from_applied, open_count, tuple(rows))


def funnel_by_channel(histories: Iterable[ApplicationHistory]) -> dict[str, Funnel]:
    """One funnel per channel that has at least one application, in taxonomy order."""
    rows = [reached(h) for h in histories]
    return {
        channel: funnel_of([r for r in rows if r.channel == channel])
        for channel in CHANNELS
        if any(r.channel == channel for r in rows)
    }
