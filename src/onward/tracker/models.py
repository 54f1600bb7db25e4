"""The tracker's tables. Every personal row has an owner; services scope every query by it."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from onward.taxonomy import choices

OWNER = settings.AUTH_USER_MODEL
SOURCE_CHOICES = [("manual", "By hand"), ("mail", "From mail"), ("rule", "By a rule")]


class Company(models.Model):
    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="companies")
    name = models.CharField(max_length=200)
    normalized_name = models.CharField(max_length=200, db_index=True)
    domains = models.JSONField(default=list, blank=True)
    careers_url = models.URLField(max_length=500, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "normalized_name"], name="company_unique_per_owner")
        ]

    def __str__(self) -> str:
        return self.name


class Application(models.Model):
    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="applications")
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="applications")
    role_title = models.CharField(max_length=200)
    posting_url = models.URLField(max_length=1000, blank=True)
    posting_text = models.TextField(blank=True)
    channel = models.CharField(max_length=32, choices=choices("channels"), default="job_board")
    location = models.CharField(max_length=200, blank=True)
    salary_min = models.PositiveIntegerField(null=True, blank=True)
    salary_max = models.PositiveIntegerField(null=True, blank=True)
    salary_currency = models.CharField(max_length=3, blank=True)
    applied_on = models.DateField(null=True, blank=True)
    stage = models.CharField(max_length=32, choices=choices("stages"), default="applied")
    furthest_stage = models.CharField(max_length=32, choices=choices("stages"), default="applied")
    ending = models.CharField(max_length=32, choices=choices("endings"), blank=True, default="")
    ended_on = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    tags = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-applied_on", "-id"]
        indexes = [models.Index(fields=["owner", "ending", "stage"])]

    def __str__(self) -> str:
        return f"{self.role_title} at {self.company.name}"

    @property
    def is_open(self) -> bool:
        return not self.ending


class StageChange(models.Model):
    """Append-only: a row is written for every change of stage or ending and never edited."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="history")
    from_stage = models.CharField(max_length=32, blank=True)
    to_stage = models.CharField(max_length=32)
    from_ending = models.CharField(max_length=32, blank=True)
    to_ending = models.CharField(max_length=32, blank=True)
    at = models.DateTimeField()
    source = models.CharField(max_length=16, choices=SOURCE_CHOICES, default="manual")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.from_stage or 'new'} → {self.to_stage}{' (' + self.to_ending + ')' if self.to_ending else ''}"


class Contact(models.Model):
    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=50, blank=True)
    linkedin_url = models.URLField(max_length=500, blank=True)
    company = models.ForeignKey(
        Company, on_delete=models.SET_NULL, null=True, blank=True, related_name="contacts"
    )
    title = models.CharField(max_length=200, blank=True)
    how_we_know = models.TextField(blank=True)
    # Keep-in-touch cadence in days; any logged interaction resets the clock (issue 5).
    cadence_days = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ApplicationContact(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="people")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(max_length=32, choices=choices("contact_roles"), default="other")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["application", "contact", "role"], name="application_contact_role_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.contact_id} as {self.role} on {self.application_id}"


class Interaction(models.Model):
    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="interactions")
    contact = models.ForeignKey(
        Contact, on_delete=models.SET_NULL, null=True, blank=True, related_name="interactions"
    )
    application = models.ForeignKey(
        Application, on_delete=models.SET_NULL, null=True, blank=True, related_name="interactions"
    )
    kind = models.CharField(max_length=32, choices=choices("interaction_kinds"), default="email")
    direction = models.CharField(
        max_length=8, choices=[("out", "You reached out"), ("in", "They reached you")], default="out"
    )
    occurred_at = models.DateTimeField()
    summary = models.TextField(blank=True)

    class Meta:
        ordering = ["-occurred_at", "-id"]

    def __str__(self) -> str:
        return f"{self.kind} on {self.occurred_at:%Y-%m-%d}"


class Rejection(models.Model):
    """The employer's no, with what it said and why it may have happened (issue 4 §1)."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="rejections")
    received_on = models.DateField()
    stage_reached = models.CharField(max_length=32, choices=choices("rejection_stages"), default="unknown")
    # [{"code": taxonomy reason, "source": "mail" | "seeker" | "inferred", "evidence": "..."}]
    reasons = models.JSONField(default=list, blank=True)
    templated = models.BooleanField(null=True, blank=True)
    invites_reapply = models.BooleanField(null=True, blank=True)
    feedback_offered = models.BooleanField(null=True, blank=True)
    feedback_text = models.TextField(blank=True)
    source_message_id = models.CharField(max_length=500, blank=True)
    reversed_at = models.DateTimeField(null=True, blank=True)
    reversal_note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_on", "-id"]

    def __str__(self) -> str:
        return f"rejection of application {self.application_id} on {self.received_on}"

    @property
    def reason_codes(self) -> list[str]:
        return [r["code"] for r in self.reasons]
