"""Playbook models for steps 1–3: debriefs, private writing, self-reviews, feedback items.

Every row has an owner; services scope every query by it. Private writing (``WritingEntry``)
is stored and shown back to its author only: it is never tagged, scored or exported in
aggregate — nothing reads its text except the page that shows it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from onward.taxonomy import FOCUS_AREAS, choices, label

OWNER = settings.AUTH_USER_MODEL

FEEDBACK_SOURCES = [
    ("rejection", "Rejection message"),
    ("interviewer", "Interviewer"),
    ("recruiter", "Recruiter"),
    ("mock", "Mock interview"),
    ("seeker", "My own notes"),
]
POLARITY_CHOICES = [("strength", "Strength"), ("weakness", "To work on"), ("mixed", "Mixed")]
WRITING_KINDS = [("expressive_writing", "Expressive writing"), ("self_compassion", "Self-compassion reflection")]

__all__ = ["Debrief", "FeedbackItem", "SelfReview", "SelfReviewRating", "WritingEntry"]


class Debrief(models.Model):
    """The two-minute debrief after a rejection; every field may be left blank (skipped)."""

    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="debriefs")
    application = models.ForeignKey("tracker.Application", on_delete=models.CASCADE, related_name="debriefs")
    rejection = models.ForeignKey(
        "tracker.Rejection", on_delete=models.CASCADE, null=True, blank=True, related_name="debriefs"
    )
    feeling = models.PositiveSmallIntegerField(null=True, blank=True)  # 1 very low … 5 fine
    feeling_word = models.CharField(max_length=60, blank=True)
    stage_reached = models.CharField(max_length=32, choices=choices("rejection_stages"), blank=True)
    went_well = models.TextField(blank=True)
    do_differently = models.TextField(blank=True)
    feedback = models.TextField(blank=True)
    layoff = models.BooleanField(default=False)
    skipped = models.JSONField(default=list, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "application"])]

    def __str__(self) -> str:
        return f"Debrief for application {self.application_id}"


class WritingEntry(models.Model):
    """A private expressive-writing session or self-compassion reflection. Never analysed."""

    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="writing_entries")
    debrief = models.ForeignKey(Debrief, on_delete=models.SET_NULL, null=True, blank=True, related_name="writing")
    kind = models.CharField(max_length=24, choices=WRITING_KINDS)
    session = models.PositiveSmallIntegerField(default=1)  # 1..5 for expressive writing
    text = models.TextField(blank=True)
    intention = models.CharField(max_length=300, blank=True)  # self-compassion ends with one
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.session}"


class SelfReview(models.Model):
    """After an interview round: which focus areas it tested, and how each came across."""

    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="self_reviews")
    application = models.ForeignKey("tracker.Application", on_delete=models.CASCADE, related_name="self_reviews")
    round_label = models.CharField(max_length=120, blank=True)
    on = models.DateField()
    stage = models.CharField(max_length=32, choices=choices("stages"), default="interviewing")
    questions = models.TextField(blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-id"]

    def __str__(self) -> str:
        return self.round_label or f"Self-review {self.on}"


class SelfReviewRating(models.Model):
    review = models.ForeignKey(SelfReview, on_delete=models.CASCADE, related_name="ratings")
    area = models.CharField(max_length=32, choices=choices("focus_areas"))
    level = models.CharField(max_length=16, choices=choices("self_review_levels"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["review", "area"], name="one_rating_per_area")]

    def __str__(self) -> str:
        return f"{self.area}: {self.level}"


class FeedbackItem(models.Model):
    """A piece of feedback, tagged with focus areas and polarity (suggested, always editable)."""

    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="feedback_items")
    application = models.ForeignKey(
        "tracker.Application", on_delete=models.SET_NULL, null=True, blank=True, related_name="feedback_items"
    )
    rejection = models.ForeignKey(
        "tracker.Rejection", on_delete=models.SET_NULL, null=True, blank=True, related_name="feedback_items"
    )
    debrief = models.ForeignKey(Debrief, on_delete=models.SET_NULL, null=True, blank=True, related_name="feedback_items")
    source = models.CharField(max_length=16, choices=FEEDBACK_SOURCES, default="seeker")
    text = models.TextField()
    areas = models.JSONField(default=list, blank=True)
    polarity = models.CharField(max_length=12, choices=POLARITY_CHOICES, default="weakness")
    evidence = models.JSONField(default=dict, blank=True)  # area → {phrase, clause, polarity}
    suggested = models.JSONField(default=dict, blank=True)  # what the tagger proposed
    edited = models.BooleanField(default=False)
    hidden = models.BooleanField(default=False)  # removed by the seeker; kept so it is not re-imported
    received_on = models.DateField()
    stage = models.CharField(max_length=32, blank=True)  # a stage or rejection-stage code
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_on", "-id"]
        indexes = [models.Index(fields=["owner", "received_on"])]

    def __str__(self) -> str:
        return self.text[:60]

    def get_area_labels(self) -> list[str]:
        return [label("focus_areas", a) for a in self.areas if a in FOCUS_AREAS]
