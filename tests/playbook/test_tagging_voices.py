"""Feedback tagging across voices and professions; negation, contrast, scorecard layout; the back-off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onward.playbook.tagging import tag, weak_areas
from onward.playbook.tagging_eval import evaluate, read_labeled
from onward.playbook.tagging_model import shipped, stem, train
from onward.taxonomy import FOCUS_AREAS

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "feedback"


@pytest.mark.parametrize(
    ("text", "areas", "polarity"),
    [
        # interviewer scorecards
        (
            "Strengths: clear communicator. Concerns: thin on SQL.",
            {"communication", "role_skills"},
            "mixed",
        ),
        (
            "Key take-aways: warm with patients, strong clinical knowledge.",
            {"collaboration", "role_skills"},
            "strength",
        ),
        # hedged corporate rejections
        (
            "After careful consideration, we will not be progressing your application.",
            {"outside_control"},
            "weakness",
        ),
        (
            "The vacancy has been withdrawn following a restructure.",
            {"outside_control"},
            "weakness",
        ),
        (
            "We were looking for someone with more years of post-qualification experience.",
            {"qualifications_match"},
            "weakness",
        ),
        # recruiter paraphrase
        (
            "Recruiter said they need someone who can be on site four days a week.",
            {"eligibility_logistics"},
            "weakness",
        ),
        # mock-interview partner
        (
            "Mock: no STAR structure in the conflict story, and you never got to the result.",
            {"communication", "collaboration"},
            "weakness",
        ),
        # the seeker's own notes
        (
            "me: forgot to send the follow-up email they asked for",
            {"process_reliability"},
            "weakness",
        ),
        # terse fragments
        ("weak SQL", {"role_skills"}, "weakness"),
        ("too junior", {"qualifications_match"}, "weakness"),
        ("can't relocate", {"eligibility_logistics"}, "weakness"),
        ("hiring paused", {"outside_control"}, "weakness"),
        # non-native English
        (
            "He tell me my code is good but I must to explain more simple.",
            {"role_skills", "communication"},
            "mixed",
        ),
        # professions
        ("Behaviour management in the demo lesson was weak.", {"role_skills"}, "weakness"),
        ("Failed the bend test on the second weld.", {"role_skills"}, "weakness"),
        (
            "Great rapport with the client, but never asked for the close.",
            {"collaboration", "role_skills"},
            "mixed",
        ),
        ("Valuation skipped the WACC assumptions.", {"role_skills", "problem_solving"}, "weakness"),
    ],
)
def test_voices_and_professions(text: str, areas: set[str], polarity: str) -> None:
    t = tag(text)
    assert set(t.codes) == areas
    assert t.polarity == polarity


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("The answers were not clear.", "weakness"),
        ("Your answer lacked a clear framework.", "weakness"),
        ("Not yet strong enough in Excel.", "weakness"),
        ("No concerns about her teamwork.", "strength"),
        ("Concerns: none significant.", "strength"),
        ("Try to be more concise.", "weakness"),
        ("Handled the angry customer calmly.", "strength"),
    ],
)
def test_negation_hedges_and_advice(text: str, polarity: str) -> None:
    assert tag(text).polarity == polarity


def test_contrast_gives_each_area_its_own_polarity() -> None:
    t = tag(
        "Good structure on the case, but the arithmetic was sloppy and the slides were hard to follow."
    )
    ev = t.as_json()["evidence"]
    assert t.polarity == "mixed"
    assert ev["communication"]["polarity"] == "weakness"


def test_a_concession_reads_what_follows_as_the_decision() -> None:
    t = tag(
        "Although you interviewed well, the panel preferred a candidate with more years in retail."
    )
    assert {"outside_control", "qualifications_match"} <= set(t.codes)
    assert t.polarity == "mixed"
    assert "outside_control" in weak_areas(t)


def test_scorecard_labels_keep_their_rating() -> None:
    t = tag("Communication: Strong Yes. SQL: No.")
    ev = t.as_json()["evidence"]
    assert ev["communication"]["polarity"] == "strength"
    assert ev["role_skills"]["polarity"] == "weakness"


def test_a_section_header_colours_the_clauses_under_it() -> None:
    t = tag("Cons: two years of bookkeeping; the CPA is missing.")
    assert t.polarity == "weakness"
    assert "qualifications_match" in t.codes


@pytest.mark.parametrize("text", ["Great teamwork.", "Great team work.", "Great team-work."])
def test_optional_spaces_and_hyphens(text: str) -> None:
    assert "collaboration" in tag(text).codes


def test_rating_fractions_carry_polarity() -> None:
    assert tag("Technical: 1/4.").polarity == "weakness"
    assert tag("Technical: 4/4.").polarity == "strength"


def test_evidence_keeps_the_seekers_casing_and_says_how_it_was_found() -> None:
    ev = tag("Rusty on SQL joins.").as_json()["evidence"]["role_skills"]
    assert ev["phrase"] in "Rusty on SQL joins." and ev["how"] == "phrase"


def test_a_naming_frame_catches_an_unknown_skill() -> None:
    ev = tag("Shaky on zoning bylaws.").as_json()["evidence"]
    assert ev["role_skills"]["how"] == "frame"
    assert "zoning" in ev["role_skills"]["phrase"]


def test_no_frame_without_a_judgement() -> None:
    assert tag("We talked about zoning bylaws.").codes == ()


def test_model_back_off_only_fills_a_clause_nothing_else_matched() -> None:
    rows = [{"text": "the zorp blick", "areas": ["leadership"]}] * 3 + [
        {"text": "a quib", "areas": ["outside_control"]}
    ] * 3
    model = train(rows, FOCUS_AREAS, epochs=200)
    t = tag("The zorp blick was poor.", model=model)
    ev = t.as_json()["evidence"]
    assert t.codes == ("leadership",)
    assert ev["leadership"]["how"] == "model"
    assert "zorp" in ev["leadership"]["phrase"] and "+" in ev["leadership"]["phrase"]
    # a clause a phrase family already explains is left alone
    assert tag("The zorp blick: weak SQL.", model=model).codes == ("role_skills",)
    assert tag("The zorp blick was poor.", model=model, backoff=False).codes == ()


def test_back_off_only_adds() -> None:
    for row in read_labeled(CORPUS / "dev2.jsonl")[:120]:
        assert set(tag(row["text"], backoff=False).codes) <= set(tag(row["text"]).codes)


def test_shipped_model_names_only_known_areas() -> None:
    model = shipped()
    assert model is not None
    assert set(model.weights) <= set(FOCUS_AREAS) and set(model.bias) == set(model.weights)


def test_stemming_joins_word_forms() -> None:
    assert stem("explained") == stem("explaining") == stem("explains") == "explain"
    assert stem("forgetting") == "forget"
    assert stem("didn't") == "not"


def test_dev2_is_big_enough_and_well_formed() -> None:
    rows = read_labeled(CORPUS / "dev2.jsonl")
    assert len(rows) >= 200
    for row in rows:
        assert row["polarity"] in {"strength", "weakness", "mixed"}
        assert set(row["areas"]) <= set(FOCUS_AREAS)
        assert row["source"] and "note" in row
        json.dumps(row)


def test_evaluation_reports_where_areas_came_from() -> None:
    result = evaluate(read_labeled(CORPUS / "dev2.jsonl"))
    sources = result.as_json()["by_source"]
    assert "phrase" in sources and sources["phrase"]["tp"] > 0
