"""Playbook models for steps 4–5: follow-ups, weekly plans, wins, stories, check-ins, the ICS feed.

Every row has an owner; services scope every query by it. Deciding things (when a follow-up is
due, whether a week met its plan) happens in the pure modules; these tables only remember.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

OWNER = settings.AUTH_USER_MODEL

FOLLOW_UP_KINDS = [
    ("application", "Quiet application"),
    ("contact", "Keep in touch"),
    ("next_step", "Next step after a rejection"),
    ("thank_you", "Thank-you after an interview"),
]
FOLLOW_UP_STATUSES = [("due", "To do"), ("snoozed", "Snoozed"), ("done", "Done"), ("dismissed", "Dismissed")]
WIN_KINDS = [
    ("praise", "Praise received"),
    ("result", "Result achieved"),
    ("stage_reached", "Stage reached"),
    ("feedback_strength", "Strength in feedback"),
    ("other", "Other win"),
]
PLAN_ITEM_KINDS = [
    ("applications", "Applications"),
    ("outreach", "Outreach"),
    ("practice", "Practice"),
    ("follow_ups", "Follow-ups"),
    ("skill", "Skill task"),
    ("motivation", "Motivation"),
]
DAY_CHOICES = [(d, d.title()) for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")]
SLOT_CHOICES = [("morning", "Morning"), ("afternoon", "Afternoon"), ("evening", "Evening")]

__all__ = ["CalendarFeed", "CheckIn", "FollowUp", "MomentumSettings", "PlanItem", "Story", "WeeklyPlan", "Win"]


class FollowUp(models.Model):
    """One thing to do for someone: a quiet application, a keep-in-touch, or a next step after a no."""

    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="follow_ups")
    kind = models.CharField(max_length=16, choices=FOLLOW_UP_KINDS)
    action = models.CharField(max_length=32)  # a draft template code (outreach.ALL_ACTIONS)
    application = models.ForeignKey(
        "tracker.Application", on_delete=models.CASCADE, null=True, blank=True, related_name="follow_ups"
    )
    contact = models.ForeignKey(
        "tracker.Contact", on_delete=models.CASCADE, null=True, blank=True, related_name="follow_ups"
    )
    rejection = models.ForeignKey(
        "tracker.Rejection", on_delete=models.CASCADE, null=True, blank=True, related_name="next_steps"
    )
    title = models.CharField(max_length=300)
    due_on = models.DateField()
    status = models.CharField(max_length=16, choices=FOLLOW_UP_STATUSES, default="due")
    snoozed_until = models.DateField(null=True, blank=True)
    sequence = models.PositiveIntegerField(default=0)  # ICS SEQUENCE: raised when the date moves
    number = models.PositiveSmallIntegerField(default=0)  # 1st or 2nd follow-up of an application
    rule = models.CharField(max_length=64, blank=True)
    why = models.TextField(blank=True)
    find_whom = models.TextField(blank=True)
    to_name = models.CharField(max_length=200, blank=True)
    to_email = models.EmailField(blank=True)
    draft_subject = models.CharField(max_length=300, blank=True)
    draft_body = models.TextField(blank=True)
    uid = models.CharField(max_length=200)
    interaction = models.ForeignKey(
        "tracker.Interaction", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    done_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_on", "id"]
        constraints = [models.UniqueConstraint(fields=["owner", "uid"], name="follow_up_uid_unique_per_owner")]
        indexes = [models.Index(fields=["owner", "status", "due_on"])]

    def __str__(self) -> str:
        return self.title

    @property
    def due_now(self) -> bool:
        return self.due_on <= timezone.localdate()

    @property
    def mailto(self) -> str:
        from onward.playbook.drafts import Draft, mailto_link

        return mailto_link(self.to_email, Draft(self.action, "", self.draft_subject, self.draft_body))


class WeeklyPlan(models.Model):
    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="weekly_plans")
    week_start = models.DateField()  # a Monday
    target_applications = models.PositiveSmallIntegerField(default=5)
    target_outreach = models.PositiveSmallIntegerField(default=3)
    target_practice_hours = models.DecimalField(max_digits=4, decimal_places=1, default=2)
    target_follow_ups = models.PositiveSmallIntegerField(default=0)
    practice_hours_done = models.DecimalField(max_digits=4, decimal_places=1, default=0)
    rest = models.BooleanField(default=False)
    lighter = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-week_start"]
        constraints = [models.UniqueConstraint(fields=["owner", "week_start"], name="one_plan_per_week")]

    def __str__(self) -> str:
        return f"Week of {self.week_start:%d %b %Y}"


class PlanItem(models.Model):
    plan = models.ForeignKey(WeeklyPlan, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField(max_length=16, choices=PLAN_ITEM_KINDS)
    what = models.CharField(max_length=300)
    day = models.CharField(max_length=3, choices=DAY_CHOICES)
    slot = models.CharField(max_length=10, choices=SLOT_CHOICES)
    where_how = models.CharField(max_length=300, blank=True)
    done = models.BooleanField(default=False)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.what


class Win(models.Model):
    """The confidence bank: evidence of what the seeker can do, recorded any time."""

    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="wins")
    kind = models.CharField(max_length=24, choices=WIN_KINDS, default="other")
    text = models.TextField()
    on = models.DateField()
    focus_areas = models.JSONField(default=list, blank=True)
    application = models.ForeignKey(
        "tracker.Application", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-id"]

    def __str__(self) -> str:
        return self.text


class Story(models.Model):
    """A STAR story (situation, task, action, result) for behavioural questions."""

    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="stories")
    title = models.CharField(max_length=200)
    situation = models.TextField(blank=True)
    task = models.TextField(blank=True)
    action = models.TextField(blank=True)
    result = models.TextField(blank=True)
    focus_areas = models.JSONField(default=list, blank=True)
    from_win = models.ForeignKey(Win, on_delete=models.SET_NULL, null=True, blank=True, related_name="stories")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title", "id"]
        verbose_name_plural = "stories"

    def __str__(self) -> str:
        return self.title


class CheckIn(models.Model):
    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="check_ins")
    on = models.DateField()
    mood = models.PositiveSmallIntegerField()
    energy = models.PositiveSmallIntegerField()
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-on"]
        constraints = [models.UniqueConstraint(fields=["owner", "on"], name="one_check_in_per_day")]

    def __str__(self) -> str:
        return f"Check-in {self.on}: mood {self.mood}, energy {self.energy}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(24)


class CalendarFeed(models.Model):
    """The secret token of a seeker's subscribable follow-up feed; regenerating it revokes old links."""

    owner = models.OneToOneField(OWNER, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Calendar feed of {self.owner}"


class MomentumSettings(models.Model):
    """Per-seeker knobs: the pipeline target and overrides of the planner's and clocks' rules."""

    owner = models.OneToOneField(OWNER, on_delete=models.CASCADE, related_name="momentum_settings")
    pipeline_target = models.PositiveSmallIntegerField(default=10)
    rule_overrides = models.JSONField(default=dict, blank=True)  # outreach.RuleConfig fields
    clock_overrides = models.JSONField(default=dict, blank=True)  # followup.ClockRules fields

    def __str__(self) -> str:
        return f"Momentum settings of {self.owner}"
