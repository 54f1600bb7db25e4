from __future__ import annotations

from django.apps import AppConfig


class ProfileConfig(AppConfig):
    """The candidate profile: JSON Resume versions, review, match, render."""

    name = "onward.profile"
    label = "profile"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from onward.portability import register_section
        from onward.profile.services import export_section, import_section

        register_section("profile", export_section, import_section)
