"""The weekly plan (Abel, Burger, Carranza & Piraino 2019, AEJ: Applied; field RCT, ~1,100
unemployed young people in Johannesburg): what / when (day and time slot) / where-how, with
numeric weekly targets on inputs the seeker controls. Progress counts actions taken, never
outcomes. Each week holds one skill task and one motivation element (Liu, Huang & Wang 2014).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from importlib import resources

DAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_LABELS = {
    "mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
    "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
}
SLOTS: tuple[str, ...] = ("morning", "afternoon", "evening")
KINDS: tuple[str, ...] = ("applications", "outreach", "practice", "follow_ups", "skill", "motivation")
TARGET_LABELS = {
    "applications": "applications sent",
    "outreach": "outreach messages",
    "practice_hours": "hours of practice",
    "follow_ups": "follow-ups",
}
DEFAULT_MEET_SHARE = 0.8


@dataclass(frozen=True)
class Targets:
    applications: int = 5
    outreach: int = 3
    practice_hours: float = 2.0
    follow_ups: int = 0

    def as_dict(self) -> dict[str, float]:
        return {
            "applications": self.applications,
            "outreach": self.outreach,
            "practice_hours": self.practice_hours,
            "follow_ups": self.follow_ups,
        }

    def lighter(self, factor: float = 0.5) -> Targets:
        """A lighter week keeps a small floor of action (one of each) rather than none."""
        return Targets(
            applications=max(1, int(self.applications * factor)),
            outreach=max(1, int(self.outreach * factor)),
            practice_hours=max(0.5, round(self.practice_hours * factor * 2) / 2),
            follow_ups=self.follow_ups,
        )


@dataclass(frozen=True)
class PlanItem:
    kind: str
    what: str
    day: str
    slot: str
    where_how: str


@dataclass(frozen=True)
class WeekPlan:
    week_start: date
    targets: Targets
    items: tuple[PlanItem, ...]
    rest: bool = False
    lighter: bool = False

    @property
    def skill_task(self) -> PlanItem | None:
        return next((i for i in self.items if i.kind == "skill"), None)

    @property
    def motivation_element(self) -> PlanItem | None:
        return next((i for i in self.items if i.kind == "motivation"), None)


@dataclass(frozen=True)
class WeekActivity:
    """Actions taken in one week (never outcomes such as replies or offers)."""

    applications: int = 0
    outreach: int = 0
    practice_hours: float = 0.0
    follow_ups: int = 0
    skill_done: bool = False
    motivation_done: bool = False

    def as_dict(self) -> dict[str, float]:
        return {
            "applications": self.applications,
            "outreach": self.outreach,
            "practice_hours": self.practice_hours,
            "follow_ups": self.follow_ups,
        }


@dataclass(frozen=True)
class TargetProgress:
    key: str
    label: str
    done: float
    target: float

    @property
    def fraction(self) -> float:
        return 1.0 if self.target <= 0 else min(1.0, self.done / self.target)

    @property
    def met(self) -> bool:
        return self.done >= self.target


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def progress(plan: WeekPlan, activity: WeekActivity) -> list[TargetProgress]:
    done = activity.as_dict()
    return [
        TargetProgress(key, TARGET_LABELS[key], done[key], target)
        for key, target in plan.targets.as_dict().items()
        if target > 0
    ]


def completion(plan: WeekPlan, activity: WeekActivity) -> float:
    """Share of the week's plan done: each numeric target, the skill task and the motivation element weigh the same."""
    parts = [p.fraction for p in progress(plan, activity)]
    if plan.skill_task:
        parts.append(1.0 if activity.skill_done else 0.0)
    if plan.motivation_element:
        parts.append(1.0 if activity.motivation_done else 0.0)
    return sum(parts) / len(parts) if parts else 1.0


def met_plan(plan: WeekPlan, activity: WeekActivity, *, share: float = DEFAULT_MEET_SHARE) -> bool:
    """A week meets its plan when at least ``share`` of it was done (rest weeks are handled by the streak)."""
    return completion(plan, activity) >= share


@cache
def _tasks() -> dict[str, dict[str, list[str]]]:
    text = resources.files("onward.playbook").joinpath("data/plan_tasks.toml").read_text("utf-8")
    data: dict[str, dict[str, list[str]]] = tomllib.loads(text)
    return data


def skill_tasks(focus_area: str) -> list[str]:
    skills = _tasks()["skill"]
    return skills.get(focus_area) or skills["general"]


def motivation_elements() -> list[str]:
    return _tasks()["motivation"]["items"]


def _plural(n: float, one: str, many: str) -> str:
    return f"{n:g} {one if n == 1 else many}"


def item_text(kind: str, targets: Targets) -> str:
    """The suggested wording of a numeric plan item, kept in step with its target."""
    return {
        "applications": f"Send {_plural(targets.applications, 'tailored application', 'tailored applications')}",
        "outreach": f"Send {_plural(targets.outreach, 'outreach message', 'outreach messages')}",
        "practice": f"Practise for {_plural(targets.practice_hours, 'hour', 'hours')}",
        "follow_ups": f"Clear {_plural(targets.follow_ups, 'follow-up', 'follow-ups')}",
    }.get(kind, "")


def _pick(options: list[str], week: date) -> str:
    # Rotate by ISO week so consecutive weeks vary but the same week is always the same.
    return options[week.isocalendar().week % len(options)]


def suggest_week(
    start: date,
    *,
    targets: Targets | None = None,
    focus_areas: tuple[str, ...] = (),
    lighter: bool = False,
    follow_ups_due: int = 0,
) -> WeekPlan:
    """A ready plan for the week starting ``start`` that the seeker then edits.

    The skill task comes from the seeker's top focus area (from their debriefs), the motivation
    element rotates weekly; a lighter week halves the numeric targets but keeps both elements.
    """
    base = targets or Targets()
    base = replace(base, follow_ups=max(base.follow_ups, follow_ups_due))
    chosen = base.lighter() if lighter else base
    focus = next((f for f in focus_areas if f != "outside_control"), "general")
    items: tuple[PlanItem, ...] = (
        PlanItem("follow_ups", item_text("follow_ups", chosen), "mon", "morning", "Onward's follow-up queue, drafts ready"),
        PlanItem("applications", item_text("applications", chosen), "tue", "morning", "Company careers pages and one saved job-board search"),
        PlanItem("outreach", item_text("outreach", chosen), "wed", "afternoon", "Email or LinkedIn, starting from the drafts in Onward"),
        PlanItem("practice", item_text("practice", chosen), "thu", "evening", "Mock questions out loud, or with a friend"),
        PlanItem("skill", _pick(skill_tasks(focus), start), "thu", "morning", "At your desk, 45 minutes, phone away"),
        PlanItem("motivation", _pick(motivation_elements(), start), "fri", "afternoon", "Your notebook or Onward's confidence bank"),
    )
    if not chosen.follow_ups:
        items = items[1:]
    items = tuple(sorted(items, key=lambda i: (DAYS.index(i.day), SLOTS.index(i.slot))))
    return WeekPlan(start, chosen, items, lighter=lighter)
