"""Momentum without pressure: an effort streak in weeks, anti-coasting after a win, praise for actions.

The streak counts weeks that met their plan. Rest weeks (declared, or one quiet week between
active ones) pause it instead of breaking it, and outcomes such as rejections never touch it:
it measures effort only. After a win (an interview invite) a steady pace matters: Wanberg, Zhu
& van Hooft (2010, Academy of Management Journal; daily diary study of 233 unemployed people)
found that a day of high progress was followed by less effort the next day ("coasting").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class WeekRecord:
    week_start: date
    met: bool = False
    rest: bool = False  # declared by the seeker: a break, an illness, a hard week


@dataclass(frozen=True)
class Streak:
    weeks: int
    rest_weeks: int
    this_week_met: bool

    @property
    def message(self) -> str:
        if self.weeks == 0:
            return "Your streak starts with the first week that meets its plan. Rest weeks never break it."
        rest = f", with {self.rest_weeks} rest week{'s' if self.rest_weeks != 1 else ''} taken" if self.rest_weeks else ""
        return f"{self.weeks} week{'s' if self.weeks != 1 else ''} of effort that met your plan{rest}."


@dataclass(frozen=True)
class StreakRules:
    quiet_weeks_allowed: int = 1  # consecutive undeclared quiet weeks treated as rest


def effort_streak(weeks: list[WeekRecord], *, current_week: date, rules: StreakRules | None = None) -> Streak:
    """Count the streak of weeks that met the plan, walking back from the current week.

    1. The current week adds to the streak if already met; otherwise it is still in progress.
    2. Walking back through past weeks: a met week adds one; a declared rest week pauses.
    3. An undeclared quiet week pauses too, up to ``quiet_weeks_allowed`` in a row; one more ends it.
    4. Weeks with no record at all count as quiet weeks.
    """
    r = rules or StreakRules()
    by_start = {w.week_start: w for w in weeks}
    current = by_start.get(current_week)
    this_met = bool(current and current.met)
    count = 1 if this_met else 0
    rests = 0
    pending_rests = 0  # rest or quiet weeks only count once a met week lies before them
    quiet_run = 0
    earliest = min((w.week_start for w in weeks), default=current_week)
    cursor = current_week
    while True:
        cursor = date.fromordinal(cursor.toordinal() - 7)
        if cursor < earliest:
            break
        week = by_start.get(cursor, WeekRecord(cursor))
        if week.met:
            count += 1
            rests += pending_rests
            pending_rests = quiet_run = 0
        elif week.rest:
            pending_rests += 1
        else:
            quiet_run += 1
            if quiet_run > r.quiet_weeks_allowed:
                break
            pending_rests += 1
    return Streak(count, rests, this_met)


@dataclass(frozen=True)
class Nudge:
    code: str
    message: str


def anti_coasting(*, invites_this_week: int, actions_this_week: int, weekly_minimum: int) -> Nudge | None:
    """After an invite, keep the week's minimum going; praise the work that led to it, predict nothing."""
    if invites_this_week <= 0:
        return None
    left = max(0, weekly_minimum - actions_this_week)
    if left == 0:
        return Nudge(
            "anti_coasting_met",
            "An invite this week, and you kept your minimum going as well. That steady pace is the part you control.",
        )
    return Nudge(
        "anti_coasting",
        f"An invite: that came from the applications and messages you sent. Keep two other doors open "
        f"this week too: {left} more action{'s' if left != 1 else ''} keep{'s' if left == 1 else ''} your weekly minimum going, "
        "whatever happens with this one.",
    )


def praise_actions(*, applications: int, outreach: int, practice_hours: float, follow_ups: int) -> str:
    """Name what the seeker did this week; never predict an outcome."""
    parts = []
    if applications:
        parts.append(f"{applications} application{'s' if applications != 1 else ''}")
    if outreach:
        parts.append(f"{outreach} outreach message{'s' if outreach != 1 else ''}")
    if practice_hours:
        parts.append(f"{practice_hours:g} hour{'s' if practice_hours != 1 else ''} of practice")
    if follow_ups:
        parts.append(f"{follow_ups} follow-up{'s' if follow_ups != 1 else ''}")
    if not parts:
        return "Nothing logged yet this week. One small action is a good start, whenever you're ready."
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"This week you've done {listed}. That effort is yours, whatever the replies."
