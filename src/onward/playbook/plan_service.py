"""Weekly plans, the actions counted against them, the streak and pipeline health.

Activity is counted from what the seeker did (applications sent, messages and follow-ups sent,
practice logged, plan items ticked), never from what employers did.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from onward.accounts.models import User
from onward.errors import InvalidInput, NotFound
from onward.owned import get_owned
from onward.playbook import momentum, pipeline
from onward.playbook import plan as plans
from onward.playbook.models_momentum import FollowUp, MomentumSettings, PlanItem, WeeklyPlan
from onward.tracker.models import Application, Interaction, StageChange

INVITE_STAGES = ("screening", "assessment", "interviewing", "final_round", "offer")
# Where the seeker's recent rejections point, for the week's skill task (a coarse first guess;
# the debrief's own focus areas take over when it passes them in).
REASON_FOCUS = {
    "experience_gap": "qualifications_match",
    "skills_mismatch": "role_skills",
    "interview_performance": "communication",
    "assessment_performance": "role_skills",
    "culture_or_preference": "motivation_values",
    "no_reason_given": "application_materials",
    "compensation": "eligibility_logistics",
    "location_or_authorization": "eligibility_logistics",
}


@dataclass(frozen=True)
class WeekStatus:
    plan: WeeklyPlan
    pure: plans.WeekPlan
    activity: plans.WeekActivity
    progress: list[plans.TargetProgress]
    completion: float
    met: bool
    invites: int


def _week_bounds(start: dt.date) -> tuple[dt.datetime, dt.datetime]:
    tz = timezone.get_current_timezone()
    begin = dt.datetime.combine(start, dt.time.min, tzinfo=tz)
    return begin, begin + dt.timedelta(days=7)


def to_pure(plan: WeeklyPlan) -> plans.WeekPlan:
    targets = plans.Targets(
        plan.target_applications, plan.target_outreach, float(plan.target_practice_hours), plan.target_follow_ups
    )
    items = tuple(plans.PlanItem(i.kind, i.what, i.day, i.slot, i.where_how) for i in plan.items.all())
    return plans.WeekPlan(plan.week_start, targets, items, rest=plan.rest, lighter=plan.lighter)


def focus_areas_from_rejections(*, owner: User, today: dt.date, weeks: int = 6) -> tuple[str, ...]:
    from onward.tracker.models import Rejection

    since = today - dt.timedelta(weeks=weeks)
    counts: dict[str, int] = {}
    for r in Rejection.objects.filter(application__owner=owner, received_on__gte=since, reversed_at__isnull=True):
        for code in r.reason_codes:
            area = REASON_FOCUS.get(code)
            if area:
                counts[area] = counts.get(area, 0) + 1
    return tuple(sorted(counts, key=lambda a: -counts[a]))


@transaction.atomic
def plan_for_week(
    *, owner: User, week_start: dt.date, lighter: bool = False, focus_areas: tuple[str, ...] | None = None
) -> WeeklyPlan:
    """This week's plan, created from a suggestion the first time it is asked for."""
    start = plans.week_start(week_start)
    existing = WeeklyPlan.objects.filter(owner=owner, week_start=start).first()
    if existing:
        return existing
    previous = WeeklyPlan.objects.filter(owner=owner, week_start__lt=start).order_by("-week_start").first()
    base = (
        plans.Targets(previous.target_applications, previous.target_outreach, float(previous.target_practice_hours))
        if previous and not previous.lighter
        else None
    )
    areas = focus_areas if focus_areas is not None else focus_areas_from_rejections(owner=owner, today=start)
    due = FollowUp.objects.filter(owner=owner, status__in=("due", "snoozed"), due_on__lt=start + dt.timedelta(days=7)).count()
    suggestion = plans.suggest_week(start, targets=base, focus_areas=areas, lighter=lighter, follow_ups_due=min(due, 10))
    plan = WeeklyPlan.objects.create(
        owner=owner, week_start=start, lighter=lighter,
        target_applications=suggestion.targets.applications, target_outreach=suggestion.targets.outreach,
        target_practice_hours=Decimal(str(suggestion.targets.practice_hours)), target_follow_ups=suggestion.targets.follow_ups,
    )  # fmt: skip
    PlanItem.objects.bulk_create(
        PlanItem(plan=plan, kind=i.kind, what=i.what, day=i.day, slot=i.slot, where_how=i.where_how, position=n)
        for n, i in enumerate(suggestion.items)
    )
    return plan


def week_activity(*, owner: User, plan: WeeklyPlan) -> plans.WeekActivity:
    begin, end = _week_bounds(plan.week_start)
    last_day = plan.week_start + dt.timedelta(days=6)
    applications = Application.objects.filter(owner=owner, applied_on__range=(plan.week_start, last_day)).count()
    done = FollowUp.objects.filter(owner=owner, status="done", done_on__range=(plan.week_start, last_day))
    follow_ups = done.filter(kind="application").count()
    outreach_done = done.exclude(kind="application").count()
    logged_by_follow_ups = FollowUp.objects.filter(owner=owner, interaction__isnull=False).values("interaction_id")
    other_outreach = (
        Interaction.objects.filter(owner=owner, direction="out", occurred_at__gte=begin, occurred_at__lt=end)
        .exclude(pk__in=logged_by_follow_ups)
        .count()
    )
    items = {i.kind: i.done for i in plan.items.all()}
    return plans.WeekActivity(
        applications=applications,
        outreach=outreach_done + other_outreach,
        practice_hours=float(plan.practice_hours_done),
        follow_ups=follow_ups,
        skill_done=items.get("skill", False),
        motivation_done=items.get("motivation", False),
    )


def invites_in_week(*, owner: User, week_start: dt.date) -> int:
    begin, end = _week_bounds(week_start)
    return StageChange.objects.filter(
        application__owner=owner, to_stage__in=INVITE_STAGES, to_ending="", at__gte=begin, at__lt=end
    ).exclude(from_stage=F("to_stage")).count()


def week_status(*, owner: User, plan: WeeklyPlan) -> WeekStatus:
    pure = to_pure(plan)
    activity = week_activity(owner=owner, plan=plan)
    return WeekStatus(
        plan, pure, activity, plans.progress(pure, activity), plans.completion(pure, activity),
        plans.met_plan(pure, activity), invites_in_week(owner=owner, week_start=plan.week_start),
    )  # fmt: skip


def streak(*, owner: User, today: dt.date) -> momentum.Streak:
    records = []
    for plan in WeeklyPlan.objects.filter(owner=owner).prefetch_related("items"):
        met = not plan.rest and plans.met_plan(to_pure(plan), week_activity(owner=owner, plan=plan))
        records.append(momentum.WeekRecord(plan.week_start, met=met, rest=plan.rest))
    return momentum.effort_streak(records, current_week=plans.week_start(today))


def anti_coasting(status: WeekStatus) -> momentum.Nudge | None:
    minimum = status.plan.target_applications + status.plan.target_outreach
    done = status.activity.applications + status.activity.outreach
    return momentum.anti_coasting(invites_this_week=status.invites, actions_this_week=done, weekly_minimum=minimum)


def pipeline_target(owner: User) -> int:
    settings_row = MomentumSettings.objects.filter(owner=owner).first()
    return settings_row.pipeline_target if settings_row else 10


def pipeline_health(*, owner: User, today: dt.date, gentle: bool = False) -> pipeline.PipelineHealth:
    """Open applications against the target; the doors that count as closed are the last week's rejections."""
    from onward.tracker.models import Rejection

    # The last seven days rather than the calendar week, so Monday does not forget Friday's no.
    since = today - dt.timedelta(days=6)
    active = Application.objects.filter(owner=owner, ending="").exclude(stage="saved").count()
    closed = Rejection.objects.filter(application__owner=owner, reversed_at__isnull=True, received_on__gte=since).count()
    return pipeline.pipeline_health(active=active, target=pipeline_target(owner), closed_this_week=closed, gentle=gentle)


def broaden(*, owner: User, today: dt.date) -> pipeline.Broaden | None:
    since = today - dt.timedelta(days=pipeline.BroadenRules().window_days)
    apps = Application.objects.filter(owner=owner, applied_on__gte=since).exclude(stage="saved")
    answered = set(
        Interaction.objects.filter(owner=owner, direction="in", application__in=apps).values_list("application_id", flat=True)
    )
    sent = [
        pipeline.SentApplication(
            a.applied_on, a.channel, a.role_title,
            a.pk in answered or a.furthest_stage != "applied" or a.ending == "rejected",
        )
        for a in apps
        if a.applied_on
    ]
    return pipeline.broaden_when_stalled(sent, today=today)


def get_plan(*, owner: User, plan_id: int) -> WeeklyPlan:
    return get_owned(WeeklyPlan.objects.all(), "weekly plan", plan_id, owner=owner)


@transaction.atomic
def update_plan(
    *,
    owner: User,
    plan_id: int,
    applications: int | None = None,
    outreach: int | None = None,
    practice_hours: float | None = None,
    follow_ups: int | None = None,
    rest: bool | None = None,
) -> WeeklyPlan:
    plan = get_plan(owner=owner, plan_id=plan_id)
    before = to_pure(plan).targets
    errors = {
        name: "must be between 0 and 100"
        for name, value in (("applications", applications), ("outreach", outreach), ("practice_hours", practice_hours), ("follow_ups", follow_ups))
        if value is not None and not 0 <= value <= 100
    }
    if errors:
        raise InvalidInput(errors)
    if applications is not None:
        plan.target_applications = applications
    if outreach is not None:
        plan.target_outreach = outreach
    if practice_hours is not None:
        plan.target_practice_hours = Decimal(str(practice_hours))
    if follow_ups is not None:
        plan.target_follow_ups = follow_ups
    if rest is not None:
        plan.rest = rest
    plan.save()
    _retarget_items(plan, before)
    return plan


def _retarget_items(plan: WeeklyPlan, before: plans.Targets) -> None:
    """Items still worded as suggested follow their new targets; items the seeker reworded stay."""
    after = to_pure(plan).targets
    for item in plan.items.all():
        if item.what == plans.item_text(item.kind, before) and before != after:
            item.what = plans.item_text(item.kind, after)
            item.save(update_fields=["what"])


@transaction.atomic
def make_lighter(*, owner: User, plan_id: int) -> WeeklyPlan:
    """Halve this week's numeric targets (keeping one of each); the skill and motivation items stay."""
    plan = get_plan(owner=owner, plan_id=plan_id)
    if plan.lighter:
        return plan
    before = to_pure(plan).targets
    light = before.lighter()
    plan.target_applications, plan.target_outreach = light.applications, light.outreach
    plan.target_practice_hours = Decimal(str(light.practice_hours))
    plan.lighter = True
    plan.save()
    _retarget_items(plan, before)
    return plan


@transaction.atomic
def log_practice(*, owner: User, plan_id: int, hours: float) -> WeeklyPlan:
    if not 0 < hours <= 24:
        raise InvalidInput({"hours": "log between a few minutes and 24 hours"})
    plan = get_plan(owner=owner, plan_id=plan_id)
    plan.practice_hours_done += Decimal(str(round(hours, 1)))
    plan.save(update_fields=["practice_hours_done"])
    return plan


@transaction.atomic
def set_item_done(*, owner: User, item_id: int, done: bool) -> PlanItem:
    item = PlanItem.objects.filter(plan__owner=owner, pk=item_id).select_related("plan").first()
    if item is None:
        raise NotFound("plan item", item_id)
    item.done = done
    item.save(update_fields=["done"])
    return item


@transaction.atomic
def update_item(*, owner: User, item_id: int, what: str, day: str, slot: str, where_how: str) -> PlanItem:
    item = PlanItem.objects.filter(plan__owner=owner, pk=item_id).first()
    if item is None:
        raise NotFound("plan item", item_id)
    errors = {}
    if not what.strip():
        errors["what"] = "say what you will do"
    if day not in plans.DAYS:
        errors["day"] = f"pick a day: {', '.join(plans.DAYS)}"
    if slot not in plans.SLOTS:
        errors["slot"] = f"pick a time: {', '.join(plans.SLOTS)}"
    if errors:
        raise InvalidInput(errors)
    item.what, item.day, item.slot, item.where_how = what.strip(), day, slot, where_how.strip()
    item.save()
    return item

