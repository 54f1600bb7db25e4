"""The polling worker walks every seeker's clocks once per pass."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.tracker import services

pytestmark = pytest.mark.django_db


def test_one_pass_marks_long_silent_applications_quiet_for_each_seeker(owner, other_owner, cli) -> None:
    long_ago = dt.date.today() - dt.timedelta(days=80)
    at = dt.datetime.combine(long_ago, dt.time(9), tzinfo=dt.UTC)
    mine = services.add_application(owner=owner, company="Acme", role_title="Analyst", applied_on=long_ago, at=at)
    theirs = services.add_application(owner=other_owner, company="Globex", role_title="Engineer", applied_on=long_ago, at=at)
    fresh = services.add_application(owner=owner, company="Initech", role_title="Analyst")
    r = cli("worker", "--once")
    assert r.exit_code == 0, r.stderr
    assert "2 seekers" in r.stdout
    mine.refresh_from_db()
    theirs.refresh_from_db()
    fresh.refresh_from_db()
    assert mine.ending == "ghosted" and theirs.ending == "ghosted"
    assert fresh.ending == ""
