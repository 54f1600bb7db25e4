from __future__ import annotations

import copy
from datetime import date
from typing import Any

from onward.profile.match import match, title_level
from onward.profile.posting import posting_from_text

TODAY = date(2026, 11, 30)

DATA_POSTING = (
    "Senior Data Engineer\nContoso\nRemote\n\n"
    "Requirements\n"
    "- 5+ years of experience building data pipelines\n"
    "- Strong SQL and PostgreSQL\n"
    "- Experience with AWS or Google Cloud\n"
    "- JavaScript for internal tools\n"
    "Nice to have\n"
    "- Apache Spark\n- Java\n"
)


def test_synonyms_count_and_evidence_names_the_place(data_profile: dict[str, Any]) -> None:
    result = match(data_profile, posting_from_text(DATA_POSTING), today=TODAY)
    assert result.title == "Senior Data Engineer" and result.company == "Contoso"
    # "Postgres" in a bullet is PostgreSQL; "JS" in the skills list is JavaScript.
    assert set(result.required_covered) >= {"PostgreSQL", "SQL", "JavaScript", "AWS"}
    assert result.evidence["PostgreSQL"].where == ["work[0].highlights[0]"]
    assert "skills[0].keywords[1]" in result.evidence["JavaScript"].where
    # SQL is shown through PostgreSQL, and says so.
    assert result.evidence["SQL"].via == "PostgreSQL"
    # AWS (via AWS Lambda) covers "AWS or Google Cloud": Google Cloud is not reported missing.
    assert "Google Cloud" not in result.required_missing
    assert result.satisfied_by_alternative["Google Cloud"] == "AWS"


def test_false_friend_java_is_not_javascript(data_profile: dict[str, Any]) -> None:
    result = match(data_profile, posting_from_text(DATA_POSTING), today=TODAY)
    assert "Java" in result.preferred_missing
    assert "Apache Spark" in result.preferred_missing
    assert "Java" not in result.evidence


def test_java_only_profile_does_not_cover_javascript() -> None:
    profile = {"skills": [{"name": "Languages", "keywords": ["Java", "Spring Boot"]}]}
    posting = posting_from_text("Frontend Engineer\nX\n\nRequirements\n- JavaScript and React\n")
    result = match(profile, posting, today=TODAY)
    assert result.required_covered == []
    assert result.required_missing == ["JavaScript", "React"]


def test_years_required_vs_shown(data_profile: dict[str, Any]) -> None:
    result = match(data_profile, posting_from_text(DATA_POSTING), today=TODAY)
    assert result.years_required == 5
    # 2017-01..2019-12 (36 months) + 2020-03..2026-11 (81 months) = 117 months.
    assert result.years_shown == 9.8
    short = copy.deepcopy(data_profile)
    short["work"] = short["work"][:1]
    short["work"][0]["startDate"] = "2024-06"
    result = match(short, posting_from_text(DATA_POSTING), today=TODAY)
    assert result.years_shown == 2.5
    assert any(s.kind == "years" for s in result.suggestions)


def test_title_and_seniority_fit(data_profile: dict[str, Any]) -> None:
    result = match(data_profile, posting_from_text(DATA_POSTING), today=TODAY)
    fit = result.title_fit
    assert fit["closest_title"] == "Data Engineer"
    assert fit["posting_level"] == "senior" and fit["profile_level"] == "mid-level"
    assert fit["level_verdict"] == "fits"
    director = posting_from_text("Director of Data Engineering\nX\n\nRequirements\n- SQL\n")
    assert match(data_profile, director, today=TODAY).title_fit["level_verdict"] == "a step up"
    assert title_level("Jr. Developer") == 1 and title_level("Engineering Manager") == 4


def test_suggestions_are_honest(data_profile: dict[str, Any]) -> None:
    posting = posting_from_text(
        "Data Engineer\nX\n\nRequirements\n- SQL, Docker, Kubernetes\n- Airflow\n")
    profile = copy.deepcopy(data_profile)
    profile["work"][0]["highlights"].append("Packaged 12 services in Docker images")
    result = match(profile, posting, today=TODAY)
    kinds = {s.kind: s for s in result.suggestions}
    assert "Name SQL explicitly" in kinds["name_it"].text
    assert "Add Docker to your skills list" in kinds["add_to_skills"].text
    assert kinds["add_to_skills"].where == ["work[0].highlights[3]"]
    assert "Airflow is only in your skills list" in kinds["show_it"].text
    # Kubernetes has no evidence: we never suggest adding it as if it were true.
    assert "Kubernetes" in kinds["honest_gap"].text
    assert not any("Add Kubernetes" in s.text for s in result.suggestions)
    lead = [s for s in result.suggestions if s.kind == "lead_with"]
    assert lead and lead[0].where == ["work[0].highlights[0]"]


def test_cli_json_shape(data_profile: dict[str, Any]) -> None:
    shape = match(data_profile, posting_from_text(DATA_POSTING), today=TODAY).as_cli_json()
    assert list(shape) == ["title", "company", "required", "preferred", "years_required",
                           "years_shown", "evidence"]
    assert set(shape["required"]) == {"covered", "missing"} == set(shape["preferred"])
    assert set(shape["evidence"]) == set(shape["required"]["covered"]) | set(
        shape["preferred"]["covered"])
