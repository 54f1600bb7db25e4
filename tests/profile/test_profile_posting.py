from __future__ import annotations

import json
from pathlib import Path

import pytest
from profile_shared import POSTINGS, shared_postings

from onward.profile.posting import (
    PostingError,
    load_posting,
    posting_from_html,
    posting_from_json,
    posting_from_text,
)

ALL = shared_postings()


@pytest.mark.skipif(not ALL, reason="shared postings not present")
@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_every_shared_posting_imports(path: Path) -> None:
    posting = load_posting(path)
    wrapper = json.loads(path.with_suffix(".json").read_text())
    assert posting.title and posting.company and posting.location
    assert posting.title.startswith(wrapper["text"].splitlines()[0][:10])
    assert posting.skills_required, posting.required
    assert posting.lines


@pytest.mark.skipif(not ALL, reason="shared postings not present")
@pytest.mark.parametrize("number", range(1, 23))
def test_the_three_forms_of_one_posting_agree(number: int, tmp_path: Path) -> None:
    wrapper = json.loads((POSTINGS / f"{number:02d}.json").read_text())
    from_json = load_posting(POSTINGS / f"{number:02d}.json")
    from_html = load_posting(POSTINGS / f"{number:02d}.html")
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(wrapper["jsonld"]))
    from_bare = load_posting(bare)
    text = tmp_path / "pasted.txt"
    text.write_text(wrapper["text"])
    from_text = load_posting(text)
    assert from_json.skills_required == from_html.skills_required == from_bare.skills_required
    assert from_text.title == from_json.title
    assert from_text.company == from_json.company
    # The text form lacks JSON-LD's structured fields but reads the same skills.
    assert set(from_json.skills_required) <= set(from_text.skills_required) | set(
        from_text.skills_preferred) | set(from_text.skills_mentioned)


@pytest.mark.skipif(not ALL, reason="shared postings not present")
def test_required_and_preferred_follow_the_postings_own_words() -> None:
    data_engineer = load_posting(POSTINGS / "01.json")
    assert data_engineer.title == "Senior Data Engineer"
    assert data_engineer.company == "CyberCoders"
    assert data_engineer.location == "Alexandria, VA, US"
    assert {"SQL", "ETL", "Linux", "AWS", "Google Cloud"} <= set(data_engineer.skills_required)
    assert {"Apache Spark", "NoSQL", "Machine learning"} <= set(data_engineer.skills_preferred)
    assert ["AWS", "Google Cloud"] in data_engineer.alternatives
    assert data_engineer.years_required == 5
    director = load_posting(POSTINGS / "14.html")
    assert director.years_required == 10
    assert "PostgreSQL" in director.skills_required
    assert "Test-driven development" in director.skills_preferred
    react_node = load_posting(POSTINGS / "05.html")  # "Must have: - ... Nice to have:- ..."
    assert {"JavaScript", "React", "Node.js"} <= set(react_node.skills_required)


def test_pasted_text_with_headings() -> None:
    posting = posting_from_text(
        "Payroll Specialist\nNorthwind Health\nLeeds, UK\n\n"
        "About us\nWe run clinics and use Excel daily.\n"
        "Requirements\n- 3+ years of payroll experience\n- Advanced Excel, Sage or Xero\n"
        "Nice to have\n- CPA or working towards it\n"
    )
    assert (posting.title, posting.company, posting.location) == (
        "Payroll Specialist", "Northwind Health", "Leeds, UK")
    assert posting.years_required == 3
    assert "Xero" in posting.skills_required
    assert posting.skills_preferred == ["CPA"]


def test_a_page_without_json_ld_uses_its_main_text() -> None:
    page = """<html><head><title>UX Designer - Fabrikam</title><script>var x=1;</script></head>
    <body><nav>Jobs Home Login</nav><main><h1>UX Designer</h1>
    <div class="company-name">Fabrikam</div><span class="job-location">Remote</span>
    <h2>What you'll need</h2><ul><li>Figma and user research</li><li>5 years in UX design</li></ul>
    <h2>Bonus points</h2><ul><li>Motion design</li></ul></main></body></html>"""
    posting = posting_from_html(page)
    assert (posting.title, posting.company, posting.location) == ("UX Designer", "Fabrikam", "Remote")
    assert {"UX design", "Figma", "User research"} <= set(posting.skills_required)
    assert posting.skills_preferred == ["Motion design"]
    assert posting.years_required == 5
    assert all("Login" not in line for line in posting.lines)


def test_json_resume_job_schema_is_read_too() -> None:
    posting = posting_from_json(json.dumps({
        "title": "Web Developer", "company": "Razorfish", "location": {"city": "NYC"},
        "qualifications": ["Bachelors Degree", "2+ years of experience with React"],
        "skills": [{"name": "Web Development", "keywords": ["HTML", "CSS", "JavaScript"]}],
    }))
    assert posting.title == "Web Developer" and posting.company == "Razorfish"
    assert {"React", "HTML", "CSS", "JavaScript"} <= set(posting.skills_required)
    assert posting.years_required == 2


def test_json_without_a_posting_is_an_error() -> None:
    with pytest.raises(PostingError):
        posting_from_json('{"hello": 1}')
    with pytest.raises(PostingError):
        posting_from_json("{oops")


def test_in_line_preferences_and_years_in_words() -> None:
    posting = posting_from_text(
        "Backend Engineer\nX\n\nRequirements\n- Five years of experience with Go\n"
        "- Hands-on JavaScript (React or Node, ideally both)\n- Kubernetes is a plus\n"
        "Preferred Qualifications\n- Terraform\n")
    assert posting.skills_required == ["Go", "JavaScript", "React", "Node.js"]
    assert posting.skills_preferred == ["Kubernetes", "Terraform"]
    assert posting.years_required == 5
    assert ["React", "Node.js"] in posting.alternatives
