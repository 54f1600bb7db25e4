"""The weekly plan: what/when/where-how, numeric targets, one skill task and one motivation element."""

from __future__ import annotations

from datetime import date, timedelta

from onward.playbook.plan import (
    DAYS,
    SLOTS,
    Targets,
    WeekActivity,
    completion,
    met_plan,
    motivation_elements,
    progress,
    skill_tasks,
    suggest_week,
    week_start,
)
from onward.taxonomy import FOCUS_AREAS

MONDAY = date(2026, 11, 30)


def test_every_suggested_week_has_what_when_where_and_one_skill_and_one_motivation() -> None:
    for offset in range(8):
        plan = suggest_week(MONDAY + timedelta(weeks=offset), focus_areas=("communication",))
        assert sum(1 for i in plan.items if i.kind == "skill") == 1
        assert sum(1 for i in plan.items if i.kind == "motivation") == 1
        for item in plan.items:
            assert item.what and item.where_how
            assert item.day in DAYS and item.slot in SLOTS


def test_skill_task_follows_the_top_focus_area_and_is_a_learning_goal() -> None:
    plan = suggest_week(MONDAY, focus_areas=("outside_control", "application_materials"))
    assert plan.skill_task and plan.skill_task.what in skill_tasks("application_materials")
    for area in (*FOCUS_AREAS, "general"):
        for task in skill_tasks(area):
            assert task.split()[0] in {"Learn", "Write", "Pick", "Try", "Rewrite", "Practise", "Improve", "Turn", "Research", "Set", "Ask", "Test"}, task


def test_every_focus_area_has_skill_tasks_and_motivation_rotates() -> None:
    assert all(skill_tasks(a) for a in FOCUS_AREAS)
    seen = {suggest_week(MONDAY + timedelta(weeks=w)).motivation_element.what for w in range(8)}  # type: ignore[union-attr]
    assert len(seen) == len(motivation_elements())


def test_a_lighter_week_halves_targets_but_keeps_a_floor_and_both_elements() -> None:
    normal = suggest_week(MONDAY, targets=Targets(applications=6, outreach=3, practice_hours=3))
    light = suggest_week(MONDAY, targets=Targets(applications=6, outreach=3, practice_hours=3), lighter=True)
    assert light.targets.applications == 3 and light.targets.outreach == 1
    assert light.targets.practice_hours == 1.5
    assert light.lighter and light.skill_task and light.motivation_element
    assert normal.targets.applications == 6


def test_due_follow_ups_become_a_target_and_a_monday_item() -> None:
    plan = suggest_week(MONDAY, follow_ups_due=3)
    assert plan.targets.follow_ups == 3
    assert plan.items[0].kind == "follow_ups" and plan.items[0].day == "mon"
    assert all(i.kind != "follow_ups" for i in suggest_week(MONDAY).items)


def test_progress_counts_actions_not_outcomes() -> None:
    plan = suggest_week(MONDAY, targets=Targets(applications=5, outreach=2, practice_hours=2))
    activity = WeekActivity(applications=5, outreach=2, practice_hours=2, skill_done=True, motivation_done=False)
    rows = {p.key: p for p in progress(plan, activity)}
    assert rows["applications"].met and rows["outreach"].met
    assert completion(plan, activity) == 4 / 5
    assert met_plan(plan, activity)
    assert not met_plan(plan, WeekActivity(applications=1))
    assert not hasattr(activity, "replies") and not hasattr(activity, "offers")


def test_week_start_is_monday() -> None:
    assert week_start(date(2026, 12, 3)) == MONDAY
    assert week_start(MONDAY) == MONDAY
    assert week_start(date(2026, 12, 6)) == MONDAY


def test_item_wording_follows_targets() -> None:
    from onward.playbook.plan import item_text

    assert item_text("applications", Targets(applications=1)) == "Send 1 tailored application"
    assert item_text("practice", Targets(practice_hours=1.5)) == "Practise for 1.5 hours"
    assert item_text("skill", Targets()) == ""
