from __future__ import annotations

from django.apps import AppConfig


class TrackerConfig(AppConfig):
    """Applications, stages, contacts, interactions and rejections: the spine of Onward."""

    name = "onward.tracker"
    label = "tracker"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from onward.portability import register_section
        from onward.tracker.portability import export_tracker, import_tracker

        register_section("tracker", export_tracker, import_tracker)
