"""``evaluate_corpus``: reads .eml files and labels, scores categories and details."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onward.mail.evaluate import CorpusError, evaluate_corpus, same_text

MESSAGES = [
    (
        "rejection",
        "Fernbank",
        "no-reply@greenhouse-mail.io",
        "Fernbank Recruiting",
        "Your application for Data Analyst",
        "Thank you for applying to Fernbank. Unfortunately we have decided to move forward with "
        "other candidates.",
    ),
    (
        "interview_invite",
        "Orbit",
        "jo@orbit.example",
        "Jo Park",
        "Interview",
        "We would like to invite you to an interview. Please pick a time: https://calendly.com/x",
    ),
    (
        "other",
        None,
        "hr@corp.example",
        "",
        "Update",
        "We apologise for the delay; we are still reviewing applications.",
    ),
    # labelled rejection, but only a delay notice: a deliberate miss to see it reported
    (
        "rejection",
        "Nimbus",
        "hr@nimbus.example",
        "",
        "Update",
        "Sorry for the delay, we are still reviewing applications and will update you soon.",
    ),
]


def _eml(sender: str, name: str, subject: str, body: str) -> str:
    return (
        f"From: {name} <{sender}>\nTo: sam@example.com\nSubject: {subject}\n"
        "Message-ID: <x@example.com>\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{body}\n"
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    labels = []
    for number, (category, company, sender, name, subject, body) in enumerate(MESSAGES, 1):
        file = f"{number:03d}.eml"
        (tmp_path / file).write_text(_eml(sender, name, subject, body), "utf-8")
        labels.append(
            {
                "file": file,
                "category": category,
                "company": company,
                "role": None,
                "stage": "after_application" if category == "rejection" else None,
                "reasons": ["no_reason_given"] if category == "rejection" else None,
                "templated": True,
                "invites_reapply": False,
                "feedback_offered": False,
                "note": "test",
            }
        )
    (tmp_path / "labels.jsonl").write_text("\n".join(json.dumps(x) for x in labels), "utf-8")
    return tmp_path


def test_scores_and_misses(corpus: Path) -> None:
    report = evaluate_corpus(corpus)
    assert len(report.examples) == 4
    rejection = report.rejection()
    assert rejection.precision == 1.0
    assert rejection.recall == 0.5
    assert [e.file for e in report.misses()] == ["004.eml"]
    assert report.confusion()["rejection"] == {"rejection": 1, "other": 1}
    right, judged = report.details()["reasons_overlap"]
    assert (right, judged) == (1, 2)


def test_render_and_json(corpus: Path) -> None:
    report = evaluate_corpus(corpus)
    text = report.render()
    assert "Rejection precision 1.000" in text
    assert "004.eml: rejection -> other" in text
    data = json.loads(json.dumps(report.as_dict()))
    assert data["rejection"]["recall"] == 0.5
    assert data["misclassified"][0]["file"] == "004.eml"
    assert set(data["details"]) >= {"company", "role", "stage", "reasons_exact", "templated"}


def test_unreadable_corpus() -> None:
    with pytest.raises(CorpusError):
        evaluate_corpus(Path("/nonexistent-corpus"))


def test_company_comparison_ignores_case_and_legal_forms() -> None:
    assert same_text("ACME Ltd.", "Acme")
    assert same_text(None, None)
    assert not same_text("Acme", "Orbit")
