"""The stage a rejection came at: what the mail says happened, the furthest stage winning."""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, rule_text, understand
from onward.mail.understand_details import rejection_stage


def _stage(body: str, subject: str = "Your application") -> str:
    return rejection_stage(rule_text(subject, body))


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for applying. We will not be taking your application further.",
        "Your application has not been shortlisted for interview. Due to the volume we cannot "
        "give feedback.",
        "I'm afraid you have not been selected for interview on this occasion.",
        "We're sorry we couldn't give you a chance to interview. Good luck.",
        "I am writing about your interview planned for Thursday: it has been cancelled because "
        "the role has been filled internally.",
    ],
)
def test_no_interview_happened(body: str) -> None:
    assert _stage(body) == "after_application"


@pytest.mark.parametrize(
    "body",
    [
        "hello Daniel, thanks for coming. we give the job to another electrician. sorry.",
        "Thank you for meeting with Ms. Klein and me on Thursday. We are unable to offer you a "
        "position.",
        "Many thanks for the pleasant conversation last week. We have decided for another "
        "candidate.",
        "Good talking Saturday. I went with my nephew for the apprentice spot.",
        "Thank you again for Monday. I will not take it further for this role.",
        "Hola Aisha, thank you for come to the interview. We need somebody who can work weekends.",
        "Thank you for your interest in the Night Manager role and for meeting our General "
        "Manager. We have decided to keep the role open.",
        "They really liked you but they won't be taking things further.",
    ],
)
def test_a_meeting_that_happened_is_an_interview(body: str) -> None:
    assert _stage(body) == "after_interview"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Thanks for the phone screen yesterday. We won't be moving forward.", "after_screen"),
        ("Thanks for submitting the take-home. It did not meet the bar, so we won't be moving "
         "you to the onsite stage.", "after_screen"),
        ("After your final round with the team, we have decided not to extend an offer.",
         "after_final_round"),
        ("Thank you for your presentation and interview with the panel. The committee has "
         "offered the post to another candidate.", "after_interview"),
        ("Thanks for the phone screen and the interview with Sam. We chose someone else.",
         "after_interview"),
    ],
)
def test_the_furthest_stage_named_wins(body: str, expected: str) -> None:
    assert _stage(body) == expected


def test_agency_briefs_coming_in_are_not_a_visit() -> None:
    body = ("Unfortunately the client has decided not to progress your application. I've got a "
            "couple of new briefs coming in next week and will be in touch.")
    assert _stage(body) == "after_application"


def test_a_rejection_shows_the_stage_to_the_user() -> None:
    mail = MailText(
        subject="Architect position", sender_name="Oscar Lindgren",
        sender_address="oscar@lindgren.example",
        body="Hi Sofia,\n\nThanks for coming in to meet the team last week. We have decided to "
             "go with another candidate whose portfolio is closer to our housing work.\n\nOscar\n",
    )
    found = understand(mail)
    assert found.category == "rejection"
    assert found.stage == "after_interview"
