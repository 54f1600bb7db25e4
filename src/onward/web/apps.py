from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    """Shared templates (base layout), static files and page chrome."""

    name = "onward.web"
    label = "web"
