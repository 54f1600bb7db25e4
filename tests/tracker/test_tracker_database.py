"""Migrations and the database the suite runs on."""

from __future__ import annotations

import os
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

pytestmark = pytest.mark.django_db


def test_no_model_change_lacks_its_migration() -> None:
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exc:  # pragma: no cover - the failure path
        pytest.fail(f"a model change has no migration:\n{out.getvalue()}")
        raise exc


@pytest.mark.django_db(transaction=True)
def test_migrations_unapply_and_apply_again() -> None:
    call_command("migrate", "tracker", "zero", verbosity=0)
    assert "tracker_application" not in connection.introspection.table_names()
    call_command("migrate", verbosity=0)
    assert "tracker_application" in connection.introspection.table_names()


def test_the_suite_runs_on_the_database_it_was_asked_for() -> None:
    wanted = os.environ.get("ONWARD_TEST_DB", "sqlite")
    assert connection.vendor == {"sqlite": "sqlite", "postgres": "postgresql"}[wanted]
    if connection.vendor == "sqlite":
        with connection.cursor() as cur:
            cur.execute("PRAGMA journal_mode")
            assert cur.fetchone()[0] in {"wal", "memory", "delete"}


def test_a_fresh_data_directory_is_created_and_migrated_on_first_use(tmp_path) -> None:
    import subprocess
    import sys

    env = {**os.environ, "ONWARD_HOME": str(tmp_path / "home"), "ONWARD_DATABASE_URL": ""}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    r = subprocess.run([sys.executable, "-m", "onward", "list", "--json"], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
    assert (tmp_path / "home" / "onward.sqlite3").exists()
