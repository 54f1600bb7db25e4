from __future__ import annotations

import copy
from datetime import date
from typing import Any

from onward.profile.review import review, verb_tense

TODAY = date(2026, 11, 30)


def codes_at(result: Any, code: str) -> list[str]:
    return [f.where for f in result.findings if f.code == code]


def test_every_finding_says_where_and_what_to_do(data_profile: dict[str, Any]) -> None:
    result = review(data_profile, today=TODAY)
    for finding in result.findings:
        assert finding.where and finding.message and finding.suggestion


def test_score_is_the_sum_of_named_visible_parts(data_profile: dict[str, Any]) -> None:
    result = review(data_profile, today=TODAY)
    assert result.total == sum(p.points for p in result.parts)
    assert result.out_of == sum(p.out_of for p in result.parts) == 100
    assert all(p.name and p.why for p in result.parts)


def test_missing_essentials() -> None:
    result = review({"basics": {"name": "Sam"}}, today=TODAY)
    assert set(codes_at(result, "missing_essential")) >= {
        "basics.email", "basics.summary", "work", "education", "skills"}
    assert "basics.name" not in codes_at(result, "missing_essential")


def test_bullet_checks(data_profile: dict[str, Any]) -> None:
    profile = copy.deepcopy(data_profile)
    profile["work"][0]["highlights"] = [
        "Responsible for the data platform",                               # weak, no result
        "Dashboards were built for the finance team",                       # passive, no result
        "Reduced cloud spend by 18% by rightsizing clusters",               # fine
        "Designed and built and operated and documented a very large number of internal tools "
        "for many different teams across the whole company over several years of steady and "
        "careful work with a great many colleagues",  # long
    ]
    result = review(profile, today=TODAY)
    assert codes_at(result, "weak_opening") == ["work[0].highlights[0]"]
    assert codes_at(result, "passive_voice") == ["work[0].highlights[1]"]
    assert "work[0].highlights[2]" not in codes_at(result, "no_result")
    assert {"work[0].highlights[0]", "work[0].highlights[1]"} <= set(codes_at(result, "no_result"))
    assert codes_at(result, "long_bullet") == ["work[0].highlights[3]"]


def test_tense_mix_and_present_tense_in_a_finished_role(data_profile: dict[str, Any]) -> None:
    profile = copy.deepcopy(data_profile)
    profile["work"][0]["highlights"] = ["Built a thing for 3 teams", "Manage 4 people"]
    profile["work"][1]["highlights"] = ["Produce weekly reports for 5 managers"]
    result = review(profile, today=TODAY)
    assert codes_at(result, "tense_mix") == ["work[0].highlights", "work[1].highlights"]
    assert verb_tense("Led the team") == "past" and verb_tense("Leads the team") == "present"


def test_unexplained_gaps_and_explained_ones(data_profile: dict[str, Any]) -> None:
    profile = copy.deepcopy(data_profile)
    profile["work"][1]["endDate"] = "2018-06"  # 20 months before 2020-03
    result = review(profile, today=TODAY)
    assert codes_at(result, "date_gap") == ["work[0]"]
    profile["projects"] = [{"name": "Open data course", "startDate": "2018-09", "endDate": "2019-12"}]
    assert codes_at(review(profile, today=TODAY), "date_gap") == []


def test_inconsistent_date_formats(data_profile: dict[str, Any]) -> None:
    profile = copy.deepcopy(data_profile)
    profile["work"][1]["startDate"] = "01/2017"
    result = review(profile, today=TODAY)
    (finding,) = [f for f in result.findings if f.code == "date_format"]
    assert "MM/YYYY" in finding.message and finding.where == "work[1].startDate"


def test_buzzword_stacks(data_profile: dict[str, Any]) -> None:
    profile = copy.deepcopy(data_profile)
    profile["basics"]["summary"] = "Results-driven, passionate self-starter and team player."
    assert codes_at(review(profile, today=TODAY), "buzzwords") == ["basics.summary"]


def test_length_for_seniority(data_profile: dict[str, Any]) -> None:
    profile = copy.deepcopy(data_profile)
    profile["work"][0]["highlights"] = [f"Shipped feature {i} used by {i * 10} people daily"
                                        for i in range(200)]
    assert codes_at(review(profile, today=TODAY), "length") == ["(document)"]
    assert codes_at(review(data_profile, today=TODAY), "length") == []


def test_messy_real_shapes_do_not_crash() -> None:
    messy = {"basics": {"location": "Boston"}, "work": [{"summary": ["a", "b"], "startDate": "06/2020",
             "endDate": "Present (part-time)", "highlights": "not a list"}], "interests": ["Chess"]}
    result = review(messy, today=TODAY)
    assert result.total <= result.out_of


def test_every_shared_resume_reviews_and_matches_every_shared_posting() -> None:
    import json

    from profile_shared import POSTINGS, RESUMES

    from onward.profile.match import match
    from onward.profile.posting import load_posting

    postings = [load_posting(p) for p in sorted(POSTINGS.glob("*.json"))[::5]]
    for path in sorted(RESUMES.glob("*.json")):
        document = json.loads(path.read_text())
        result = review(document, today=TODAY)
        assert result.total == sum(p.points for p in result.parts), path.name
        for posting in postings:
            matched = match(document, posting, today=TODAY)
            assert set(matched.evidence) == set(matched.required_covered) | set(matched.preferred_covered)


def test_year_only_and_month_dates_compare() -> None:
    mixed = {"work": [{"startDate": "2019", "endDate": "2020-06"},
                      {"startDate": "2015-03", "endDate": "2016"}]}
    assert codes_at(review(mixed, today=TODAY), "date_gap") == ["work[0]"]
