"""Demo momentum on top of the tracker's demo search: past weekly plans, wins, a story, check-ins.

Built through the same services a seeker's actions go through, so the streak, the confidence
bank and the Today page look like real use. Deterministic for a given ``today``.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from onward.accounts.models import User
from onward.playbook import bank_service, checkin_service, plan_service
from onward.playbook.plan import week_start

WINS = (
    ("praise", "My manager called my Q3 churn report the clearest she had read.", 70),
    ("result", "Cut the weekly KPI report from two hours of manual work to ten minutes.", 60),
    ("feedback_strength", "An interviewer said my SQL walkthrough was unusually clear.", 12),
)
# (weeks ago, met the plan, declared rest): four met weeks, one rest week, one quiet week.
WEEKS = ((6, True, False), (5, False, False), (4, False, True), (3, True, False), (2, True, False), (1, True, False))


@transaction.atomic
def load_momentum_demo(*, owner: User, today: dt.date) -> None:
    """Six past weeks of plans (four met, one rest week, one quiet week), three wins, a story, check-ins."""
    this_week = week_start(today)
    for weeks_ago, met, rest in WEEKS:
        plan = plan_service.plan_for_week(owner=owner, week_start=this_week - dt.timedelta(weeks=weeks_ago), focus_areas=("communication",))
        # Targets that the demo search's own applications that week meet (or, in the quiet week, miss).
        sent = plan_service.week_activity(owner=owner, plan=plan).applications
        plan_service.update_plan(
            owner=owner, plan_id=plan.pk, applications=sent if met else sent + 4, outreach=0, follow_ups=0,
            practice_hours=2, rest=rest,
        )  # fmt: skip
        if met:
            plan_service.log_practice(owner=owner, plan_id=plan.pk, hours=2)
            for item in plan.items.filter(kind__in=("skill", "motivation")):
                plan_service.set_item_done(owner=owner, item_id=item.pk, done=True)
    current = plan_service.plan_for_week(owner=owner, week_start=this_week, focus_areas=("communication",))
    plan_service.update_plan(owner=owner, plan_id=current.pk, applications=5, outreach=3, practice_hours=2)
    for kind, text, days_ago in WINS:
        bank_service.add_win(owner=owner, kind=kind, text=text, on=today - dt.timedelta(days=days_ago))
    bank_service.save_story(
        owner=owner,
        title="Rebuilding the KPI report",
        situation="Our weekly KPI report took two hours of copy-paste and often had errors.",
        task="I was asked to keep it running; I wanted to make it reliable.",
        action="I rebuilt it as one SQL model with tests and a scheduled refresh, and walked the team through it.",
        result="Ten minutes a week instead of two hours, and no errors reported in the next quarter.",
        focus_areas=["role_skills", "leadership"],
    )
    for days_ago, mood, energy in ((6, 3, 3), (4, 2, 3), (2, 3, 2)):
        checkin_service.record_checkin(owner=owner, mood=mood, energy=energy, on=today - dt.timedelta(days=days_ago))
