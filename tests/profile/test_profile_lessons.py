from __future__ import annotations

from datetime import date
from typing import Any

from onward.profile.lessons import FeedbackFacts, RejectionFacts, lessons, role_family

D = date(2026, 11, 1)


def _rejection(title: str, text: str, reasons: tuple[str, ...] = ("skills_mismatch",)) -> RejectionFacts:
    return RejectionFacts(title, D, reasons, text)


def test_three_data_rejections_naming_sql_against_a_profile_listing_it_once() -> None:
    profile = {"skills": [{"name": "Data", "keywords": ["SQL", "Tableau"]}],
               "work": [{"name": "A", "highlights": ["Built Tableau dashboards"]}]}
    rejections = [
        _rejection("Data Analyst", "They wanted deeper SQL experience"),
        _rejection("Senior Data Analyst", "More advanced SQL (window functions) needed", ("experience_gap",)),
        _rejection("Analytics Engineer", "SQL depth was the gap"),
        _rejection("Data Analyst", "Chose someone with more SQL", ("other_candidate_stronger",)),
    ]
    (first, *_rest) = lessons(profile, rejections, [])
    assert first.text == ("3 rejections for data roles mention SQL — your profile lists SQL once, "
                          "without a result.")
    assert first.where == ["skills[0].keywords[0]"]
    assert "only in your skills list" in first.suggestion


def test_a_skill_shown_with_a_result_says_so_and_a_missing_one_says_that() -> None:
    profile: dict[str, Any] = {"work": [{"highlights": ["Cut query time 60% by rewriting SQL"]}]}
    rejections = [_rejection("BI Developer", "needs more SQL and Power BI"),
                  _rejection("Data Engineer", "SQL and Power BI experience")]
    found = {lesson.skill: lesson for lesson in lessons(profile, rejections, [])}
    assert "with a result at work[0].highlights[0]" in found["SQL"].text
    assert "your profile doesn't mention Power BI" in found["Power BI"].text


def test_reasons_outside_the_profile_are_ignored() -> None:
    rejections = [_rejection("Data Analyst", "SQL", ("position_filled",)),
                  _rejection("Data Analyst", "SQL", ("compensation",))]
    assert lessons({}, rejections, []) == []


def test_repeated_feedback_focus_areas_point_at_the_profile() -> None:
    feedback = [FeedbackFacts("role_skills", "weakness", "Python testing depth", D),
                FeedbackFacts("role_skills", "weakness", "weak Python packaging", D),
                FeedbackFacts("communication", "weakness", "rambling answers", D),
                FeedbackFacts("role_skills", "strength", "great Python", D)]
    (lesson,) = lessons({"skills": [{"keywords": ["Python"]}]}, [], feedback)
    assert lesson.area == "role_skills" and lesson.count == 2
    assert lesson.text.startswith("Feedback named “Role-related skills & knowledge” twice, mentioning Python")


def test_role_families() -> None:
    assert role_family("Senior Data Engineer") == "data roles"
    assert role_family("Registered Nurse") == "healthcare roles"
    assert role_family("Frontend Developer") == "engineering roles"
    assert role_family("Barista") == "these roles"
