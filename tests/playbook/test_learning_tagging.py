"""Feedback tagging: areas, polarity and evidence on voices the dev set does not contain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onward.playbook.tagging import tag, weak_areas
from onward.playbook.tagging_eval import evaluate, read_labeled

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "feedback"


@pytest.mark.parametrize(
    ("text", "areas", "polarity"),
    [
        ("Your STAR stories were crisp and each had a clear result.", {"communication"}, "strength"),
        ("We went with an internal candidate.", {"outside_control"}, "weakness"),
        ("Great system design, but your SQL was rusty.", {"problem_solving", "role_skills"}, "mixed"),
        ("We cannot sponsor visas for this role.", {"eligibility_logistics"}, "weakness"),
    ],
)
def test_tags_plain_cases(text: str, areas: set[str], polarity: str) -> None:
    t = tag(text)
    assert set(t.codes) == areas
    assert t.polarity == polarity


def test_evidence_points_at_the_words() -> None:
    t = tag("Great system design, but your SQL was rusty.")
    ev = t.as_json()["evidence"]
    assert ev["role_skills"]["phrase"] == "SQL" and "rusty" in ev["role_skills"]["clause"]
    assert ev["role_skills"]["polarity"] == "weakness"
    assert ev["problem_solving"]["polarity"] == "strength"
    assert weak_areas(t) == ("role_skills",)


def test_negated_praise_is_not_praise() -> None:
    assert tag("Not a good fit for the team.").polarity == "weakness"


def test_empty_text() -> None:
    t = tag("")
    assert t.codes == () and t.as_json()["areas"] == []


def test_corpus_is_big_enough_and_well_formed() -> None:
    dev = read_labeled(CORPUS / "dev.jsonl")
    held = read_labeled(CORPUS / "heldout.jsonl")
    assert len(dev) + len(held) >= 150
    for row in dev + held:
        assert row["polarity"] in {"strength", "weakness", "mixed"}
        json.dumps(row)


def test_dev_figures_are_measured() -> None:
    # Figures are printed by `onward learn eval`; this only guards against a broken tagger.
    result = evaluate(read_labeled(CORPUS / "dev.jsonl"))
    micro = result.micro()
    assert micro.precision is not None and micro.precision > 0.6
    assert micro.recall is not None and micro.recall > 0.6
