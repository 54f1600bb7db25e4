"""Start Django lazily for the CLI and workers, and know who the current seeker is."""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from onward.accounts.models import User


@cache
def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.web.settings")
    import django

    django.setup()


def pending_migrations() -> list[str]:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{m.app_label}.{m.name}" for m, _ in plan]


@cache
def ensure_database() -> None:
    """Create or migrate the database on first use, so every command just works."""
    setup_django()
    if pending_migrations():
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=0)


def current_owner() -> User:
    """The seeker the CLI acts for: the local user, or ``ONWARD_USER`` when hosted."""
    ensure_database()
    from onward.accounts.local import local_user
    from onward.accounts.models import User
    from onward.errors import NotFound

    name = os.environ.get("ONWARD_USER")
    if not name:
        return local_user()
    try:
        return User.objects.get(username=name)
    except User.DoesNotExist:
        raise NotFound("user", name) from None
