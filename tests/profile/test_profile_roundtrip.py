from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from profile_shared import RESUMES

from onward.profile.resume import dump, load
from onward.profile.validate import validate

SHARED_FILES = sorted(RESUMES.glob("*.json"))

VARIED: list[dict[str, Any]] = [
    {},
    {"basics": {"name": "Zoë Ångström", "label": "Pflegefachfrau", "summary": "Line 1\nLine 2 — «quotes»"}},
    {"basics": {"name": "R. Chen", "profiles": [{"network": "GitHub", "username": "rc"}]},
     "work": [{"name": "Clinic", "position": "Nurse", "startDate": "2019", "endDate": "2021-06-30",
               "highlights": []}],
     "meta": {"version": "v1.0.0", "lastModified": "2026-11-30T10:00:00", "theme": "classic"}},
    {"skills": [{"name": "Finance", "level": "Advanced", "keywords": ["FP&A", "IFRS"]}],
     "languages": [{"language": "Welsh", "fluency": "Native"}],
     "references": [{"name": "J. Doe", "reference": "Reliable."}],
     "x-custom": {"kept": [1, 2.5, True, None]}},
]


@pytest.mark.parametrize("path", SHARED_FILES, ids=[p.name for p in SHARED_FILES])
def test_shared_files_survive_import_export(path: Path) -> None:
    original = json.loads(path.read_text(encoding="utf-8"))
    exported = dump(load(path.read_text(encoding="utf-8")))
    assert json.loads(exported) == original
    # Key order is the author's and stays so.
    assert list(json.loads(exported)) == list(original)


@pytest.mark.parametrize("document", VARIED)
def test_varied_profiles_survive_import_export(document: dict[str, Any]) -> None:
    assert load(dump(document)) == document


_text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30)
_date = st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(1950, 2029), st.integers(1, 12))
_work = st.fixed_dictionaries({"name": _text, "position": _text, "startDate": _date},
                              optional={"endDate": _date, "highlights": st.lists(_text, max_size=4)})
_resume = st.fixed_dictionaries(
    {"basics": st.fixed_dictionaries({"name": _text}, optional={"label": _text, "summary": _text})},
    optional={"work": st.lists(_work, max_size=4),
              "skills": st.lists(st.fixed_dictionaries({"name": _text,
                                                        "keywords": st.lists(_text, max_size=3)}),
                                 max_size=3)},
)


@settings(max_examples=60, deadline=None)
@given(_resume)
def test_generated_valid_profiles_validate_and_round_trip(document: dict[str, Any]) -> None:
    assert validate(document) == []
    assert load(dump(document)) == document
