"""The employer conduct ledger: how each company treated the seeker.

Pure: no Django. Per company: how fast they replied, whether they went silent, whether they
gave feedback, and how far the seeker got. This turns "they rejected me" into "they took
41 days and never explained" — information about the employer, not about the seeker.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from statistics import median

from onward.taxonomy import STAGES, label

# Silence past this many days with no ending counts as ghosting (the tracker may mark it sooner).
GHOST_AFTER_DAYS = 30
_RANK = {code: i for i, code in enumerate(STAGES)}


@dataclass(frozen=True)
class ConductFacts:
    company: str
    applied_on: date | None
    first_reply_on: date | None = None
    ending: str | None = None
    furthest_stage: str | None = None
    rejected: bool = False
    feedback_given: bool = False
    last_heard_on: date | None = None


@dataclass(frozen=True)
class CompanyConduct:
    company: str
    applications: int
    replied: int
    median_days_to_reply: float | None
    ghosted: int
    ghosted_late: int  # silent after an interview
    rejections: int
    feedback_given: int
    furthest_stage: str | None

    @property
    def treated_well(self) -> bool:
        """Replied every time, never went silent, and explained any no."""
        return (
            self.applications > 0
            and self.replied == self.applications
            and self.ghosted == 0
            and self.feedback_given >= self.rejections
        )

    @property
    def furthest_stage_label(self) -> str:
        return label("stages", self.furthest_stage) if self.furthest_stage else "—"

    @property
    def summary(self) -> str:
        parts: list[str] = []
        if self.median_days_to_reply is not None:
            days = round(self.median_days_to_reply)
            parts.append(f"replied in {days} day{'s' if days != 1 else ''}")
        if self.ghosted:
            parts.append("went silent" + (" after an interview" if self.ghosted_late else ""))
        if self.rejections:
            if self.feedback_given:
                parts.append("gave feedback")
            else:
                parts.append("gave no feedback")
        return ", ".join(parts) or "no reply yet"


def is_ghosted(facts: ConductFacts, today: date) -> bool:
    if facts.ending == "ghosted":
        return True
    if facts.ending is not None or facts.applied_on is None:
        return False
    last = facts.last_heard_on or facts.first_reply_on or facts.applied_on
    return (today - last).days > GHOST_AFTER_DAYS


def ledger(rows: Iterable[ConductFacts], today: date) -> list[CompanyConduct]:
    """One line per company, the best-behaved first, then by name."""
    by_company: dict[str, list[ConductFacts]] = {}
    for row in rows:
        by_company.setdefault(row.company.strip() or "(unnamed)", []).append(row)
    lines = [_company_line(name, facts, today) for name, facts in by_company.items()]
    return sorted(lines, key=lambda c: (not c.treated_well, c.ghosted, c.company.lower()))


def _company_line(name: str, facts: list[ConductFacts], today: date) -> CompanyConduct:
    delays = [
        (f.first_reply_on - f.applied_on).days
        for f in facts
        if f.first_reply_on is not None and f.applied_on is not None
    ]
    ghosted = [f for f in facts if is_ghosted(f, today)]
    late = [f for f in ghosted if f.furthest_stage in ("interviewing", "final_round")]
    stages = [f.furthest_stage for f in facts if f.furthest_stage in _RANK]
    furthest = max(stages, key=lambda s: _RANK[s]) if stages else None
    return CompanyConduct(
        company=name,
        applications=len(facts),
        replied=sum(1 for f in facts if f.first_reply_on is not None),
        median_days_to_reply=float(median(delays)) if delays else None,
        ghosted=len(ghosted),
        ghosted_late=len(late),
        rejections=sum(1 for f in facts if f.rejected),
        feedback_given=sum(1 for f in facts if f.rejected and f.feedback_given),
        furthest_stage=furthest,
    )
