from __future__ import annotations

from django.apps import AppConfig


class PlaybookConfig(AppConfig):
    name = "onward.playbook"
    label = "playbook"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from onward.playbook.learn_portability import register as register_learning
        from onward.playbook.momentum_portability import export_momentum, import_momentum
        from onward.portability import register_section

        register_learning()
        register_section("momentum", export_momentum, import_momentum)
