"""Reasons a rejection states, as a seeker would read them: named when the mail names them, and
never read into praise, a cohort moving on or remarks on a test."""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand


def _rejection(body: str, subject: str = "Your application") -> tuple[str, ...]:
    found = understand(MailText(subject=subject, sender_name="Hiring Team",
                                sender_address="jobs@example.org", body=body))
    assert found.category == "rejection"
    return found.reasons


# ---------------------------------------------------------------- someone else was chosen


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for interviewing for the Data Steward post. The vacancy has been offered to the "
        "candidate placed first on the panel, so we are not able to offer you a post at present.",
        "Hi Lena, thanks for the two conversations. We ended up going with a freelancer we have "
        "worked with before, so we're sorted for this one. Good luck!",
        "Thanks for coming in on Friday. We've decided to go ahead with a candidate who speaks "
        "fluent Greek, as the role covers our Athens office. We won't take your application further.",
        "Thank you for attending the assessment day. You have been placed on the merit list; the "
        "current vacancies have been filled from candidates ranked higher on the list.",
    ],
)
def test_a_named_choice_of_someone_else_is_a_stronger_candidate(body: str) -> None:
    assert "other_candidate_stronger" in _rejection(body)


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for applying. We have decided to move forward with other candidates at this "
        "time and wish you every success.",
        "Thank you for your phone interview. The committee has now selected the candidates it will "
        "invite for campus visits, and we will not be extending an invitation to you.",
    ],
)
def test_a_cohort_moving_on_names_no_one(body: str) -> None:
    assert _rejection(body) == ("no_reason_given",)


def test_someone_covering_the_role_is_an_internal_candidate() -> None:
    body = ("Hi Tom, about the stores supervisor job: we've decided to give it to Priya, who has "
            "been covering the role since June. I'm sorry it isn't better news.")
    assert _rejection(body) == ("internal_candidate",)


def test_we_found_someone_is_the_post_filled() -> None:
    body = "Hey, thanks for popping in about the kitchen porter job. All sorted now, we found someone."
    reasons = _rejection(body, subject="Kitchen porter")
    assert "other_candidate_stronger" not in reasons


# ---------------------------------------------------------------- the interview as a reason


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your interview with the panel. The panel found you appointable; however, "
        "the post has been offered to another candidate.",
        "Thank you for your presentation and interview last week; your presentation was the "
        "strongest we saw. We have decided to offer the post to a candidate with more hospice "
        "experience.",
        "Thank you for interviewing with us. The panel felt the role needs someone who has "
        "already run a night shift, so we will not be offering you the position.",
        "Thanks for the interview. They felt you were a bit too senior for the position and "
        "unfortunately they've decided not to progress.",
    ],
)
def test_praise_and_other_reasons_are_not_interview_performance(body: str) -> None:
    assert "interview_performance" not in _rejection(body)


def test_remarks_on_a_take_home_are_not_interview_performance() -> None:
    body = ("Thank you for submitting the take-home exercise. The reviewers noted that the API "
            "didn't validate inputs on the booking endpoints, so we won't be moving you forward.")
    assert "interview_performance" not in _rejection(body)


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for interviewing with us on Tuesday. In the system design round the panel felt "
        "the design stayed quite general and didn't get to failure handling, so we won't be "
        "moving forward.",
        "Thank you for your interview. The board noted that responses were lengthy and did not "
        "directly address the scenario questions. We are unable to offer you the position.",
    ],
)
def test_where_an_interview_fell_short_is_interview_performance(body: str) -> None:
    assert "interview_performance" in _rejection(body)
