from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from onward.profile.skills import normal_key, vocabulary


def test_vocabulary_is_broad_and_consistent() -> None:
    raw = json.loads(resources.files("onward.profile").joinpath("data/skills.json").read_text())
    skills = raw["skills"]
    assert len(skills) >= 300
    categories = {s["category"] for s in skills}
    assert {"software", "data", "design", "marketing", "sales", "finance", "healthcare",
            "operations"} <= categories
    names = {s["name"] for s in skills}
    assert len(names) == len(skills)
    keys: dict[str, str] = {}
    for skill in skills:
        for implied in skill.get("implies", []):
            assert implied in names, (skill["name"], implied)
        for term in [skill["name"], *skill.get("aliases", [])]:
            assert keys.setdefault(normal_key(term), skill["name"]) == skill["name"], term
        for alias in skill.get("ambiguous_aliases", []):
            assert alias in skill.get("aliases", [])


@pytest.mark.parametrize("text,expected", [
    ("Postgres", ["PostgreSQL"]),
    ("postgresql and MySQL", ["PostgreSQL", "MySQL"]),
    ("JS, TS", ["JavaScript", "TypeScript"]),
    ("Golang services", ["Go"]),
    ("K8s", ["Kubernetes"]),
    ("Amazon Web Services", ["AWS"]),
    ("GCP or Google Cloud Platform", ["Google Cloud"]),
    ("React.js and ReactJS", ["React"]),
    ("Node.js", ["Node.js"]),
    ("C#, C++ and C", ["C#", "C++", "C"]),
    ("test-driven development (TDD)", ["Test-driven development"]),
    ("Microsoft Excel", ["Excel"]),
    ("EHR (Epic)", ["Electronic health records", "Epic"]),
])
def test_synonyms_resolve_to_one_canonical_name(text: str, expected: list[str]) -> None:
    assert vocabulary().names_in(text) == expected


@pytest.mark.parametrize("text,absent", [
    ("JavaScript developer", "Java"),
    ("Java developer", "JavaScript"),
    ("R&D budget", "R"),
    ("I use R for stats", "R"),
    ("Ready to go live", "Go"),
    ("Let's Go to market", "Go"),
    ("Swift delivery of parcels", "Swift"),
    ("C-level stakeholders", "C"),
    ("we're hiring", "Hiring"),
    ("excel in a fast team", "Excel"),
    ("lean startup mindset", "Lean"),
    ("ACLs on S3 buckets", "ACLS"),
])
def test_false_friends_and_ordinary_words_are_not_skills(text: str, absent: str) -> None:
    assert absent not in vocabulary().names_in(text)


def test_ambiguous_names_count_in_lists_and_keywords() -> None:
    vocab = vocabulary()
    assert vocab.names_in("Python, R, SQL") == ["Python", "R", "SQL"]
    assert vocab.names_in("Go / Rust") == ["Go", "Rust"]
    assert vocab.names_in("R", as_keyword=True) == ["R"]
    assert vocab.names_in("Go", as_keyword=True) == ["Go"]
    assert vocab.names_in("go", as_keyword=True) == []
    assert vocab.names_in("Go programming") == ["Go"]


def test_implications_are_transitive_and_directional() -> None:
    vocab = vocabulary()
    assert "SQL" in vocab.implied("PostgreSQL")
    assert {"React", "JavaScript"} <= vocab.implied("Next.js")
    assert "PostgreSQL" not in vocab.implied("SQL")
    assert "JavaScript" not in vocab.implied("Java")


def test_word_boundaries_hold() -> None:
    hits = vocabulary().find("Scala, JavaScripting, Javanese")
    assert [h.skill for h in hits] == ["Scala"]
    assert all(re.fullmatch(r"[\w.#+ -]+", h.written) for h in hits)


@pytest.mark.parametrize("text,expected", [
    ("Experience with Go.", ["Go"]),
    ("Proficiency in Go or Rust", ["Go", "Rust"]),
    ("data work in R and Python", ["R", "Python"]),
    ("Go to the office twice a week", []),
    ("Starting in Spring 2024", []),
])
def test_language_names_after_a_preposition(text: str, expected: list[str]) -> None:
    assert vocabulary().names_in(text) == expected
