"""Reason codes a rejection states, by the conventions in corpus/mail/README.md."""

from __future__ import annotations

import pytest

from onward.mail.understand import rule_text
from onward.mail.understand_details import rejection_reasons


def _reasons(body: str) -> set[str]:
    return set(rejection_reasons(rule_text("Your application", body), ()))


@pytest.mark.parametrize(
    "body",
    [
        "Unfortunately we cannot consider your application further, because for this position a "
        "very good knowledge of German (C1) is obligatory.",
        "We need someone who can speak fluent Dutch with our customers, so we will not proceed.",
        "For this role Polish language skills are essential; we are sorry we cannot continue.",
    ],
)
def test_a_language_requirement_is_a_skills_mismatch(body: str) -> None:
    assert "skills_mismatch" in _reasons(body)


@pytest.mark.parametrize(
    "body",
    [
        "There was a lot to like in your write-up, but the solution didn't handle the pagination "
        "edge cases, so we won't be moving you to the onsite stage.",
        "Your submission did not cover the error handling we expect, so we will not proceed.",
    ],
)
def test_a_submission_that_fell_short_is_assessment_performance(body: str) -> None:
    found = _reasons(body)
    assert "assessment_performance" in found
    assert "location_or_authorization" not in found  # "the onsite stage" is not a place


def test_a_bare_move_forward_gives_no_reason() -> None:
    assert _reasons("We have decided to move forward with other candidates at this time.") == {
        "no_reason_given"}


def test_working_onsite_is_still_a_location_reason() -> None:
    body = "Unfortunately the role is fully onsite in Lyon and you need a remote role, so we stop."
    assert "location_or_authorization" in _reasons(body)


@pytest.mark.parametrize(
    "body",
    [
        "Unfortunately we require current HCPC registration for this post, so we cannot progress "
        "your application.",
        "As you do not hold a valid forklift licence we are unable to take your application "
        "further.",
        "Your application did not meet the essential criteria for the role (a PGCE or equivalent).",
        "Sorry - the client won't consider anyone without a full driving licence for this run.",
    ],
)
def test_a_missing_licence_or_registration_is_an_experience_gap(body: str) -> None:
    assert "experience_gap" in _reasons(body)


def test_every_reason_comes_with_the_words_that_state_it() -> None:
    from onward.mail.understand import MailText, understand

    found = understand(MailText(
        subject="Your application", sender_name="Jo Bell", sender_address="jo@acme.example",
        body="Dear Sam, thank you for interviewing for the Data Analyst role. Your salary "
             "expectations are above the range we have budgeted for this position, and we have "
             "decided to move forward with another candidate whose experience in retail "
             "analytics was closer to our needs. Best wishes, Jo"))
    assert found.category == "rejection"
    assert {"compensation", "other_candidate_stronger"} <= set(found.reasons)
    lines = [line for line in found.evidence if line.startswith("reason ")]
    assert 'reason compensation: "salary expectations are above"' in lines
    assert len(lines) == len(found.reasons)  # one line per reason, none without
    # a long sentence is cut at whole words around the reason's words
    long_line = next(line for line in lines if line.startswith("reason experience_gap"))
    assert long_line.endswith('closer to our needs."') and '"…to move forward' in long_line


def test_a_letter_that_gives_no_reason_has_no_reason_line() -> None:
    from onward.mail.understand import MailText, understand

    found = understand(MailText(
        subject="Your application", sender_name="Talent Team", sender_address="jobs@acme.example",
        body="Dear Sam, thank you for your interest in the Data Analyst position. After careful "
             "consideration we have decided not to move forward with your application."))
    assert found.reasons == ("no_reason_given",)
    assert not [line for line in found.evidence if line.startswith("reason ")]
