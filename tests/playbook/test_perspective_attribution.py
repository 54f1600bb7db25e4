"""Attribution: controllable-and-specific vs situational, one lesson, and "N of your last M"."""

from __future__ import annotations

from datetime import date

from onward.playbook.attribution import (
    ReasonClaim,
    RejectionFacts,
    attribute,
    buckets_by_month,
    summarise,
)


def facts(id_: int, day: int, *codes: str, stage: str = "after_interview", **kw: object) -> RejectionFacts:
    return RejectionFacts(
        id_, date(2026, 10, day), stage, tuple(ReasonClaim(c, "mail", "") for c in codes), **kw  # type: ignore[arg-type]
    )


def test_sorts_reasons_by_control() -> None:
    a = attribute(facts(1, 1, "interview_performance", "other_candidate_stronger", "culture_or_preference"))
    assert [r.code for r in a.side("within")] == ["interview_performance"]
    assert [r.code for r in a.side("outside")] == ["other_candidate_stronger"]
    assert [r.code for r in a.side("unclear")] == ["culture_or_preference"]


def test_no_reasons_means_no_reason_given_and_still_a_lesson() -> None:
    a = attribute(facts(1, 1, stage="after_application"))
    assert [r.code for r in a.reasons] == ["no_reason_given"]
    assert a.only_unclear
    assert a.lesson.source == "stage" and a.lesson.area == "application_materials"
    assert a.lesson.text


def test_lesson_prefers_the_seekers_own_words() -> None:
    a = attribute(facts(1, 1, "interview_performance", seeker_lesson="Prepare the salary answer"))
    assert a.lesson.text == "Prepare the salary answer" and a.lesson.source == "seeker"


def test_lesson_from_a_controllable_reason_before_feedback() -> None:
    a = attribute(facts(1, 1, "assessment_performance", feedback_weak_areas=("communication",)))
    assert a.lesson.area == "role_skills" and a.lesson.source == "reason"


def test_lesson_from_feedback_when_causes_are_outside_control() -> None:
    a = attribute(facts(1, 1, "position_filled", feedback_weak_areas=("outside_control", "problem_solving")))
    assert a.lesson.source == "feedback" and a.lesson.area == "problem_solving"


def test_outside_causes_still_leave_something_to_do() -> None:
    # Neither "it's all on you" nor "it's never you": a concrete action even for a filled role.
    a = attribute(facts(1, 1, "role_closed_or_frozen"))
    assert a.lesson.source == "reason" and "contact" in a.lesson.text


def test_summary_counts_the_last_m_from_own_data() -> None:
    rs = [
        facts(1, 1, "position_filled"),
        facts(2, 2, "interview_performance"),
        facts(3, 3, "other_candidate_stronger", "skills_mismatch"),
        facts(4, 4),
        facts(5, 5, "compensation"),
    ]
    s = summarise(rs)
    assert (s.considered, s.outside, s.within, s.unclear) == (5, 3, 2, 1)
    assert s.sentence.startswith("3 of your last 5 rejections had causes outside your control")
    assert summarise(rs, last=2).considered == 2
    assert summarise(rs, last=2).outside == 1  # the two most recent: compensation, no reason


def test_summary_of_nothing() -> None:
    assert summarise([]).sentence == "No rejections recorded yet."


def test_buckets_by_month() -> None:
    rs = [facts(1, 1, "position_filled"), RejectionFacts(2, date(2026, 11, 3), reasons=(ReasonClaim("compensation"),))]
    assert buckets_by_month(rs) == {"2026-10": {"comparative": 1}, "2026-11": {"logistics": 1}}
