from __future__ import annotations

from django.apps import AppConfig


class MailConfig(AppConfig):
    name = "onward.mail"
    label = "mail"
    default_auto_field = "django.db.models.BigAutoField"
