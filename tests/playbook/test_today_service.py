"""The Today page's service over the demo search, with time frozen."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def demo(owner: Any) -> Any:
    from onward.tracker.demo import load_demo

    load_demo(owner=owner, today=TODAY)
    return owner


@pytest.mark.django_db
def test_today_over_the_demo_search(demo: Any) -> None:
    from onward.playbook.today_service import today_for

    page = today_for(owner=demo, today=TODAY)
    assert page.week.plan.week_start == TODAY
    assert page.week.pure.skill_task and page.week.pure.motivation_element
    assert page.pipeline.active > 0
    print(page.due, page.due_more, page.upcoming, page.latest, page.streak, page.praise, page.nudge, page.pipeline, page.broaden, page.pacing, page.ghosted_now, page.next_interview)
