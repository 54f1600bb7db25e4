"""Focus-area ranking (recurrence × recency × lateness), the practice plan, and self-review."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from onward.playbook.focus import FocusSignal, rank, recency_weight, strengths
from onward.playbook.practice import weekly_practice
from onward.playbook.self_review import SelfReviewError, SelfReviewFacts, signals, validate_ratings

TODAY = date(2026, 11, 30)


def sig(i: int, area: str, days_ago: int, stage: str = "", polarity: str = "weakness") -> FocusSignal:
    return FocusSignal(i, area, polarity, TODAY - timedelta(days=days_ago), stage)


def test_recency_halves_every_four_weeks() -> None:
    assert recency_weight(TODAY, TODAY) == 1.0
    assert recency_weight(TODAY - timedelta(days=28), TODAY) == pytest.approx(0.5)


def test_hand_computed_ranking() -> None:
    signals = [
        # communication: two fresh signals, one after the final round: 2.5 + 1.0 = 3.5
        sig(1, "communication", 0, "after_final_round"),
        sig(2, "communication", 0, "applied"),
        # role_skills: three signals a month old after interviews: 3 × 0.5 × 2.0 = 3.0
        sig(3, "role_skills", 28, "after_interview"),
        sig(4, "role_skills", 28, "interviewing"),
        sig(5, "role_skills", 28, "after_interview"),
        # problem_solving: one mixed fresh screen signal: 0.5 × 1.5 = 0.75
        sig(6, "problem_solving", 0, "screening", "mixed"),
        # strengths never rank; outside_control is never a focus area
        sig(7, "leadership", 0, "final_round", "strength"),
        sig(8, "outside_control", 0, "final_round"),
    ]
    ranked = rank(signals, TODAY)
    assert [(r.area, r.score) for r in ranked] == [
        ("communication", 3.5),
        ("role_skills", 3.0),
        ("problem_solving", 0.75),
    ]
    assert [w.signal.id for w in ranked[0].items] == [1, 2]  # the items behind the rank, heaviest first
    assert ranked[1].weaknesses == 3
    assert strengths(signals) == {"leadership": 1}


def test_recurrence_beats_a_single_old_signal() -> None:
    ranked = rank([sig(1, "leadership", 60, "final_round"), sig(2, "collaboration", 3), sig(3, "collaboration", 5)], TODAY)
    assert ranked[0].area == "collaboration"


def test_practice_plan_pairs_a_skill_task_with_a_motivation_element() -> None:
    ranked = rank([sig(1, "communication", 2, "after_interview")], TODAY)
    plan = weekly_practice(ranked, TODAY)
    assert plan.area == "communication"
    assert plan.skill_task and plan.motivation
    assert plan.motivation_kind in {"goal", "progress", "support"}
    assert plan.skill_task.startswith(("Try", "Learn", "Practise"))
    assert "Liu" in plan.evidence
    assert plan.week_start.weekday() == 0
    assert weekly_practice(ranked, TODAY + timedelta(days=2)) == plan  # same week, same plan
    later = weekly_practice(ranked, TODAY + timedelta(days=7))
    assert (later.skill_task, later.motivation) != (plan.skill_task, plan.motivation)


def test_practice_plan_without_data_still_has_both_parts() -> None:
    plan = weekly_practice([], TODAY)
    assert plan.area == "application_materials" and plan.skill_task and plan.motivation


def test_self_review_levels_and_signals() -> None:
    clean = validate_ratings({"communication": "partly", "role_skills": "strong", "leadership": "", "problem_solving": "not_shown", "collaboration": "solid"})
    assert clean == {"communication": "partly", "role_skills": "strong", "problem_solving": "not_shown", "collaboration": "solid"}
    out = {s.area: s.polarity for s in signals(SelfReviewFacts(1, TODAY, "interviewing", clean))}
    assert out == {"communication": "mixed", "role_skills": "strength", "problem_solving": "weakness"}


def test_self_review_refuses_unknown_levels_and_areas() -> None:
    with pytest.raises(SelfReviewError) as err:
        validate_ratings({"communication": "great", "charisma": "strong"})
    assert set(err.value.errors) == {"communication", "charisma"}
