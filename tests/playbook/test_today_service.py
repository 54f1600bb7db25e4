"""The Today page's service over the demo search, with time frozen, walked over a few weeks."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

TODAY = dt.date(2026, 11, 30)
pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(owner: Any) -> Any:
    from onward.tracker.demo import load_demo

    load_demo(owner=owner, today=TODAY)
    return owner


def test_today_over_the_demo_search(demo: Any) -> None:
    from onward.playbook.today_service import today_for

    page = today_for(owner=demo, today=TODAY)
    assert page.week.plan.week_start == TODAY
    assert page.week.pure.skill_task and page.week.pure.motivation_element
    assert page.pipeline.active > 0 and page.pipeline.message
    assert page.latest and page.latest.steps and len(page.latest.unsaid) >= 3
    assert all(r.state in ("due", "overdue") for r in page.due)
    # The first visit never shows a wall of "overdue": what Onward only now learned about is due today.
    assert all(r.state == "due" for r in page.due)
    assert page.needs_checkin and not page.pacing.lighter_week


def test_streak_counts_weeks_that_met_the_plan_with_a_rest_week(owner: Any) -> None:
    from onward.playbook import plan_service
    from onward.tracker import services

    monday = dt.date(2026, 11, 2)
    for week in range(4):
        start = monday + dt.timedelta(weeks=week)
        plan = plan_service.plan_for_week(owner=owner, week_start=start, focus_areas=())
        plan_service.update_plan(owner=owner, plan_id=plan.pk, applications=2, outreach=0, practice_hours=0, follow_ups=0, rest=week == 2)
        if week != 2:
            for n in range(2):
                services.add_application(owner=owner, company=f"Co {week}-{n}", role_title="Analyst", applied_on=start + dt.timedelta(days=1))
            for item in plan.items.filter(kind__in=("skill", "motivation")):
                plan_service.set_item_done(owner=owner, item_id=item.pk, done=True)
    streak = plan_service.streak(owner=owner, today=monday + dt.timedelta(weeks=3, days=2))
    assert (streak.weeks, streak.rest_weeks) == (3, 1)


def test_anti_coasting_after_an_invite_this_week(owner: Any) -> None:
    from onward.playbook import plan_service
    from onward.tracker import services

    app = services.add_application(owner=owner, company="Contoso", role_title="Analyst", applied_on=TODAY - dt.timedelta(days=10))
    services.move(owner=owner, application_id=app.pk, to_stage="interviewing", at=dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC))
    plan = plan_service.plan_for_week(owner=owner, week_start=TODAY, focus_areas=())
    nudge = plan_service.anti_coasting(plan_service.week_status(owner=owner, plan=plan))
    assert nudge and nudge.code == "anti_coasting" and "two other doors" in nudge.message


def test_clustered_rejections_and_low_checkins_make_next_weeks_plan_lighter(owner: Any) -> None:
    from onward.playbook import checkin_service
    from onward.playbook.today_service import today_for
    from onward.tracker import services

    for n in range(3):
        app = services.add_application(owner=owner, company=f"Co {n}", role_title="Analyst", applied_on=TODAY - dt.timedelta(days=20))
        services.reject(owner=owner, application_id=app.pk, received_on=TODAY - dt.timedelta(days=n))
    checkin_service.record_checkin(owner=owner, mood=2, energy=2, on=TODAY - dt.timedelta(days=2))
    checkin_service.record_checkin(owner=owner, mood=1, energy=2, on=TODAY - dt.timedelta(days=1))
    page = today_for(owner=owner, today=TODAY)
    assert page.pacing.lighter_week and page.week.plan.lighter
    assert page.week.plan.target_applications < 5
    assert page.pipeline.closed_this_week == 3 and page.pipeline.status == "resting"  # no push in a heavy stretch


def test_momentum_demo_shows_a_streak_with_rest_and_quiet_weeks(demo: Any) -> None:
    from onward.playbook.momentum_demo import load_momentum_demo
    from onward.playbook.today_service import today_for

    load_momentum_demo(owner=demo, today=TODAY)
    page = today_for(owner=demo, today=TODAY)
    assert (page.streak.weeks, page.streak.rest_weeks) == (4, 2)
    assert page.latest and len(page.latest.wins) == 3 and not any(w.from_record for w in page.latest.wins)
    assert page.next_interview is not None
