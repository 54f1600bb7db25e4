from __future__ import annotations

from django.apps import AppConfig


class MailConfig(AppConfig):
    """Recruiting mail read offline: kept messages, proposals, corrections, import progress."""

    name = "onward.mail"
    label = "mail"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from onward.mail.portability import export_mail, import_mail
        from onward.portability import register_section

        register_section("mail", export_mail, import_mail)
