"""Step 3 — a weekly practice plan: one skill task and one motivation element, as learning goals.

Pure: no Django. Liu, Huang & Wang (2014, Psychological Bulletin, meta-analysis of 47
interventions): job-search programmes raised employment odds (×2.67) only when they built skills
*and* motivation together, so the plan always holds both. Goals are phrased as things to learn
or try (van Hooft & Noordzij 2009; low-quality evidence per DOL CLEAR, so the claim is modest).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from onward.taxonomy import label

from .focus import RankedArea
from .practice_library import motivation_elements, tasks_for_area

DEFAULT_AREA = "application_materials"
EVIDENCE = (
    "Skill and motivation together: Liu, Huang & Wang (2014), Psychological Bulletin 140(4), "
    "meta-analysis of 47 job-search interventions; learning goals: van Hooft & Noordzij (2009), "
    "Journal of Applied Psychology 94(6)."
)


@dataclass(frozen=True)
class PracticePlan:
    week_start: date
    area: str
    area_label: str
    skill_task: str
    motivation_kind: str
    motivation: str
    why_area: str
    evidence: str = EVIDENCE

    def as_json(self) -> dict[str, str]:
        return {
            "week_start": self.week_start.isoformat(),
            "area": self.area,
            "area_label": self.area_label,
            "skill_task": self.skill_task,
            "motivation_kind": self.motivation_kind,
            "motivation": self.motivation,
            "why_area": self.why_area,
            "evidence": self.evidence,
        }


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_practice(ranked: Sequence[RankedArea], today: date) -> PracticePlan:
    """The week's plan: the top focus area's skill task, and a motivation element.

    Both rotate by ISO week, so a seeker working on the same area meets a new task each week,
    while the same week always shows the same plan.
    """
    start = monday_of(today)
    week = start.isocalendar().week
    if ranked:
        top = ranked[0]
        area = top.area
        why = (
            f"Your top focus area: named {top.weaknesses} time{'s' if top.weaknesses != 1 else ''}"
            f" as something to work on, most recently on {top.last_seen:%d %b}."
        )
    else:
        area = DEFAULT_AREA
        why = "No feedback recorded yet; a good first experiment is sharpening what employers see first."
    tasks = tasks_for_area(area)
    motivations = motivation_elements()
    motivation = motivations[week % len(motivations)]
    return PracticePlan(
        week_start=start,
        area=area,
        area_label=label("focus_areas", area),
        skill_task=learning_goal(tasks[week % len(tasks)]),
        motivation_kind=motivation["kind"],
        motivation=motivation["text"],
        why_area=why,
    )


def learning_goal(task: str) -> str:
    """Phrase a task as something to learn or try, not a result to prove."""
    if task.startswith(("Learn", "Try", "Practise")):
        return task
    return f"Try: {task[:1].lower()}{task[1:]}"
