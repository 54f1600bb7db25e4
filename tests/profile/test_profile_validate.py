from __future__ import annotations

import json
from typing import Any

import pytest
from profile_shared import HERE, RESUMES, shared_verdicts

from onward.profile.schema import is_email, is_strict_uri, is_zschema_date, resume_schema
from onward.profile.validate import NotJson, json_path, parse_json, validate

VERDICTS = shared_verdicts()


@pytest.mark.skipif(not VERDICTS, reason="shared résumés not present")
@pytest.mark.parametrize("entry", VERDICTS, ids=[v["file"] for v in VERDICTS])
def test_agrees_with_every_known_verdict(entry: dict[str, Any]) -> None:
    document = json.loads((RESUMES / entry["file"]).read_text(encoding="utf-8"))
    problems = validate(document)
    if entry["valid"] == "unknown":
        # Lenient (z-schema) accepts, a strict uri check rejects: both readings are allowed,
        # and we give both, in order.
        assert problems == []
        assert validate(document, strict_uri=True)
    else:
        assert (problems == []) is entry["valid"], [str(p) for p in problems]


@pytest.mark.skipif(not VERDICTS, reason="shared résumés not present")
def test_shared_errors_name_the_paths_the_index_names() -> None:
    by_file = {v["file"]: v for v in VERDICTS}
    expectations = {
        "01.json": ["certificates[0].date", "certificates[1].date"],
        "11.json": ["work[0].endDate"],
        "25.json": ["about", "basics.location", "work[0].endDate"],
        "26.json": ["basics.email"],
        "32.json": ["basics.email", "interests[0]", "languages[0]"],
    }
    for name, paths in expectations.items():
        assert by_file[name]["valid"] is False
        found = {p.path for p in validate(json.loads((RESUMES / name).read_text()))}
        assert set(paths) <= found, (name, found)


def test_the_schemas_own_sample_is_valid() -> None:
    sample = json.loads((HERE / "jsonresume-sample.json").read_text())
    assert validate(sample) == []
    assert resume_schema()["$schema"].startswith("http://json-schema.org/draft-04")


def test_errors_are_path_named_one_per_problem() -> None:
    document = {
        "basics": {"name": "A", "email": "not-an-address", "location": "Leeds"},
        "work": [{"name": "X"}, {"name": "Y"}, {"name": "Z", "startDate": "March 2020"}],
        "education": [{"institution": "U", "endDate": None}],
        "skills": ["Python"],
        "experience": [],
    }
    lines = [str(p) for p in validate(document)]
    assert lines[0].startswith("basics.email: not an e-mail address")
    assert any(line.startswith("work[2].startDate: not a date") for line in lines)
    assert "education[0].endDate: null, not a string" in lines
    assert "basics.location: \"Leeds\", not an object" in lines
    assert "skills[0]: \"Python\", not an object" in lines
    assert any(line.startswith("experience: unexpected key") for line in lines)
    assert len(lines) == 6


def test_error_order_counts_numbers_as_numbers() -> None:
    document = {"work": [{"startDate": "x"} if i in (2, 10) else {} for i in range(11)]}
    assert [p.path for p in validate(document)] == ["work[2].startDate", "work[10].startDate"]


@pytest.mark.parametrize("value,ok", [
    ("2024", True), ("2024-02", True), ("2024-02-29", True), ("", False), ("Present", False),
    ("2024-13", True),  # the v1.0.0 pattern only checks digits: [0-1][0-9]
    ("1987-01-", False), ("02/2024", False), ("3024", False),
])
def test_iso8601_pattern_of_the_schema(value: str, ok: bool) -> None:
    assert (validate({"work": [{"startDate": value}]}) == []) is ok


def test_format_checks_follow_z_schema() -> None:
    assert is_zschema_date("2025-01-31") and not is_zschema_date("2025-01")
    assert not is_zschema_date("2025-13-01") and not is_zschema_date("2025-01-32")
    assert is_email("a.b+c@mail.example.co") and not is_email("see about page")
    assert not is_email("") and not is_email("a@localhost")
    assert is_strict_uri("https://example.com/x") and not is_strict_uri("/projects/a")
    assert not is_strict_uri("github.example.com/me") and not is_strict_uri("")
    # z-schema's default uri check accepts anything, so relative URLs are valid by default.
    assert validate({"basics": {"url": "/about"}}) == []
    assert [p.path for p in validate({"basics": {"url": "/about"}}, strict_uri=True)] == ["basics.url"]


def test_json_path_and_not_json() -> None:
    assert json_path(["work", 2, "startDate"]) == "work[2].startDate"
    assert json_path([]) == "(document)"
    assert json_path(["meta", "odd key"]) == 'meta["odd key"]'
    with pytest.raises(NotJson, match="line 1"):
        parse_json("{nope")
