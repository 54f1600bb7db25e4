from __future__ import annotations

from django.apps import AppConfig


class ProfileConfig(AppConfig):
    name = "onward.profile"
    label = "profile"
    default_auto_field = "django.db.models.BigAutoField"
