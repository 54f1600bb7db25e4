"""`onward profile validate` and `onward profile match` work on files without a database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from profile_shared import POSTINGS, RESUMES

# Runs the real `onward` app in a fresh interpreter and reports whether Django was set up.
PROBE = (
    "import json, sys\n"
    "from typer.testing import CliRunner\n"
    "from onward.cli import app\n"
    "result = CliRunner().invoke(app, sys.argv[1:])\n"
    "import django.apps\n"
    "print(json.dumps({'code': result.exit_code, 'out': result.stdout,"
    " 'django_ready': django.apps.apps.ready}))\n"
)


def run_onward(tmp_path: Path, *args: str) -> dict[str, Any]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "ONWARD_HOME": str(home)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          env=env, check=True, timeout=120)
    outcome: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    outcome["home_files"] = sorted(p.name for p in home.rglob("*"))
    return outcome


@pytest.mark.skipif(not RESUMES.exists(), reason="shared résumés not present")
def test_validate_exit_codes_and_one_error_per_line(tmp_path: Path) -> None:
    valid = run_onward(tmp_path, "profile", "validate", str(RESUMES / "02.json"))
    assert valid["code"] == 0 and valid["out"] == ""
    invalid = run_onward(tmp_path, "profile", "validate", str(RESUMES / "12.json"))
    assert invalid["code"] == 1
    assert invalid["out"].splitlines() == [
        'work[0].endDate: not a date: "" (use YYYY, YYYY-MM or YYYY-MM-DD)',
        'work[1].endDate: not a date: "" (use YYYY, YYYY-MM or YYYY-MM-DD)',
    ]
    assert not valid["django_ready"] and not invalid["django_ready"]
    assert invalid["home_files"] == []  # no database was created


def test_validate_on_a_file_that_is_not_json(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{\n  'single': quotes\n}")
    outcome = run_onward(tmp_path, "profile", "validate", str(broken))
    assert outcome["code"] == 1
    assert outcome["out"].startswith("(document): not JSON")


@pytest.mark.skipif(not POSTINGS.exists(), reason="shared postings not present")
@pytest.mark.parametrize("suffix", [".html", ".json", ".txt"])
def test_match_prints_exactly_the_documented_object(tmp_path: Path, suffix: str) -> None:
    profile = tmp_path / "me.json"
    profile.write_text(json.dumps({
        "basics": {"name": "Lee", "label": "Data Engineer"},
        "work": [{"name": "A", "position": "Data Engineer", "startDate": "2019-01",
                  "highlights": ["Built Postgres ETL jobs on Linux that cut costs by 20%"]}],
        "skills": [{"name": "Tools", "keywords": ["Python", "JS", "Java"]}],
    }))
    posting = POSTINGS / "01.json"
    if suffix == ".html":
        posting = POSTINGS / "01.html"
    elif suffix == ".txt":
        posting = tmp_path / "posting.txt"
        posting.write_text(json.loads((POSTINGS / "01.json").read_text())["text"])
    outcome = run_onward(tmp_path, "profile", "match", str(profile), str(posting), "--json")
    assert outcome["code"] == 0 and not outcome["django_ready"] and outcome["home_files"] == []
    printed = json.loads(outcome["out"])
    assert list(printed) == ["title", "company", "required", "preferred", "years_required",
                             "years_shown", "evidence"]
    assert (printed["title"], printed["company"]) == ("Senior Data Engineer", "CyberCoders")
    assert {"SQL", "ETL", "Linux"} <= set(printed["required"]["covered"])
    assert "AWS" in printed["required"]["missing"]
    assert printed["evidence"]["Linux"] == ["work[0].highlights[0]"]
    assert printed["evidence"]["SQL"] == ["work[0].highlights[0] (via PostgreSQL)"]
    assert printed["years_required"] == 5
    assert isinstance(printed["years_shown"], float)
