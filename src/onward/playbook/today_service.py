"""The Today page: what to do now, gathered from the rooms' services into one plain object.

Order of what a seeker sees, and why: a gentle word first when pacing calls for it; then the
follow-ups due (the concrete next conversations); the latest rejection's next steps beside three
wins and what it did not say; this week's plan and progress; the streak; pipeline health; a check-in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone

from onward.accounts.models import User
from onward.playbook import (
    bank,
    checkin,
    checkin_service,
    followup_service,
    momentum,
    outreach_service,
    plan_service,
)
from onward.playbook import pipeline as pipeline_rules
from onward.playbook.bank_service import STAGE_FOCUS, stories_for_stage, three_wins
from onward.playbook.models_momentum import FollowUp, Story
from onward.playbook.plan import week_start
from onward.tracker.models import Application, Rejection

DUE_SHOWN = 6


@dataclass
class LatestRejection:
    rejection: Rejection
    steps: list[FollowUp]
    wins: list[bank.WinItem]
    unsaid: list[str]


@dataclass
class NextInterview:
    application: Application
    stories: list[Story]
    gaps: list[str]


@dataclass
class TodayPage:
    today: dt.date
    due: list[followup_service.QueueRow]
    due_more: int
    upcoming: int
    week: plan_service.WeekStatus
    streak: momentum.Streak
    praise: str
    nudge: momentum.Nudge | None
    pipeline: pipeline_rules.PipelineHealth
    broaden: pipeline_rules.Broaden | None
    pacing: checkin.Pacing
    needs_checkin: bool
    latest: LatestRejection | None
    next_interview: NextInterview | None
    ghosted_now: list[int] = field(default_factory=list)

    @property
    def has_data(self) -> bool:
        return bool(self.due or self.latest or self.pipeline.active)


def _latest(owner: User, today: dt.date) -> LatestRejection | None:
    rejection = outreach_service.latest_rejection(owner=owner, today=today)
    if rejection is None:
        return None
    steps = [s for s in outreach_service.next_steps_for(rejection, today=today) if s.status in ("due", "snoozed")]
    unsaid = bank.what_it_did_not_say(
        reasons=tuple(rejection.reason_codes), furthest_stage=rejection.application.furthest_stage
    )
    return LatestRejection(rejection, steps, three_wins(owner=owner), unsaid)


def _next_interview(owner: User) -> NextInterview | None:
    app = (
        Application.objects.filter(owner=owner, ending="", stage__in=tuple(STAGE_FOCUS))
        .select_related("company")
        .order_by("-updated_at")
        .first()
    )
    if app is None:
        return None
    stories, gaps = stories_for_stage(owner=owner, stage=app.stage)
    return NextInterview(app, stories, gaps)


def today_for(*, owner: User, today: dt.date | None = None) -> TodayPage:
    today = today or timezone.localdate()
    summary = followup_service.refresh_queue(owner=owner, today=today)
    rows = followup_service.queue(owner=owner, today=today)
    # Next steps of the latest rejection are shown in their own panel beside the wins.
    latest = _latest(owner, today)
    shown_elsewhere = {s.pk for s in latest.steps} if latest else set()
    due = [r for r in rows if r.state in ("due", "overdue") and r.item.pk not in shown_elsewhere]
    pacing = checkin_service.pacing_for(owner=owner, today=today)
    plan = plan_service.plan_for_week(owner=owner, week_start=week_start(today), lighter=pacing.lighter_week)
    week = plan_service.week_status(owner=owner, plan=plan)
    # In a heavy stretch, a lighter or a rest week, Onward drops every push for more.
    gentle = pacing.lighter_week or plan.rest or plan.lighter
    a = week.activity
    return TodayPage(
        today=today,
        due=due[:DUE_SHOWN],
        due_more=max(0, len(due) - DUE_SHOWN),
        upcoming=sum(1 for r in rows if r.state == "upcoming"),
        week=week,
        streak=plan_service.streak(owner=owner, today=today),
        praise=momentum.praise_actions(
            applications=a.applications, outreach=a.outreach, practice_hours=a.practice_hours, follow_ups=a.follow_ups
        ),
        nudge=None if gentle else plan_service.anti_coasting(week),
        pipeline=plan_service.pipeline_health(owner=owner, today=today, gentle=gentle),
        broaden=plan_service.broaden(owner=owner, today=today),
        pacing=pacing,
        needs_checkin=checkin_service.needs_checkin(owner=owner, today=today),
        latest=latest,
        next_interview=_next_interview(owner),
        ghosted_now=summary.ghosted,
    )
