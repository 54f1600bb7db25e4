"""Models of the profile room: versions of the seeker's JSON Resume."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ProfileVersion(models.Model):
    """One JSON Resume document: the base profile, or a copy tailored for one application."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="profile_versions")
    name = models.CharField(max_length=200)
    application = models.ForeignKey("tracker.Application", on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="profile_versions")
    tailored_from = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="tailored_copies")
    document = models.JSONField(default=dict, blank=True)
    theme = models.CharField(max_length=32, default="classic")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["application_id", "-updated_at", "-id"]
        indexes = [models.Index(fields=["owner", "application"])]

    def __str__(self) -> str:
        return self.name

    @property
    def is_base(self) -> bool:
        return self.application_id is None
