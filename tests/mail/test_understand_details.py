"""What a message says beyond its category: parties, stage, reasons, re-apply, feedback,
confidence and evidence, and how a seeker's corrections change the next call."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onward import taxonomy
from onward.mail.understand import CATEGORIES, Correction, MailText, Understanding, understand


def read(body: str, *, subject: str = "Your application", sender: str = "jobs@acme.example",
         name: str = "") -> Understanding:
    return understand(MailText(subject=subject, sender_name=name, sender_address=sender,
                               body=body))


@pytest.mark.parametrize(
    ("body", "stage"),
    [
        ("Thank you for applying. We will not be moving forward with your application.",
         "after_application"),
        ("Thanks for the phone screen yesterday. We've decided not to proceed.", "after_screen"),
        ("Thank you for interviewing with the team. We have chosen another candidate.",
         "after_interview"),
        ("Thank you for attending the final round. Unfortunately we will not be making an offer.",
         "after_final_round"),
        ("We won't be inviting you to interview. We've decided to move forward with other "
         "candidates.", "after_application"),
    ],
)
def test_rejection_stage(body: str, stage: str) -> None:
    found = read(body)
    assert found.category == "rejection"
    assert found.stage == stage


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("We have decided to move forward with candidates whose experience more closely matches "
         "the role.", "other_candidate_stronger"),
        ("Unfortunately the position has been filled.", "position_filled"),
        ("Unfortunately the role has been cancelled due to budget cuts.", "role_closed_or_frozen"),
        ("We have decided to fill the role internally.", "internal_candidate"),
        ("Unfortunately your salary expectations are above our budget for the position.",
         "compensation"),
        ("Unfortunately we are unable to sponsor visas, so we cannot consider you further.",
         "location_or_authorization"),
        ("We feel you are overqualified for this position and will not be moving forward.",
         "overqualified"),
        ("Unfortunately your test score was below the threshold needed to progress, so we "
         "cannot consider you further.", "assessment_performance"),
    ],
)
def test_rejection_reasons(body: str, reason: str) -> None:
    found = read(body)
    assert found.category == "rejection"
    assert reason in found.reasons
    assert all(code in taxonomy.REASONS for code in found.reasons)


def test_no_reason_given_when_none_stated() -> None:
    found = read("We regret to inform you that your application was unsuccessful.")
    assert found.reasons == ("no_reason_given",)


def test_reapply_and_feedback() -> None:
    found = read(
        "Hi Sam, thanks for interviewing with us. We won't be moving forward this time. The panel "
        "felt your system design answers lacked depth on caching. We'd encourage you to apply "
        "again in six months, and I'm happy to share more feedback on a call.",
        sender="jane@acme.example", name="Jane Doe",
    )
    assert found.category == "rejection"
    assert found.invites_reapply is True
    assert found.feedback_offered is True
    assert any("lacked depth" in sentence for sentence in found.feedback)
    assert "interview_performance" in found.reasons
    assert found.templated is False


def test_form_letter_without_feedback() -> None:
    found = read(
        "Dear Candidate, due to the high volume of applications we are unable to provide "
        "individual feedback. Your application was not successful on this occasion.",
        sender="no-reply@myworkday.com",
    )
    assert found.templated is True
    assert found.feedback_offered is False
    assert found.feedback == ()


def test_company_role_and_contact() -> None:
    found = read(
        "Hi Sam,\n\nThank you for applying for the Data Analyst position at Fernbank. "
        "Unfortunately we have decided to move forward with other candidates.\n\n"
        "Best regards,\nJane Doe\nTalent Partner",
        subject="Your application for Data Analyst",
        sender="no-reply@greenhouse-mail.io", name="Fernbank Recruiting",
    )
    assert found.company == "Fernbank"
    assert found.role == "Data Analyst"
    assert found.contact_name == "Jane Doe"
    assert found.contact_email is None  # a no-reply address is nobody to write to


def test_evidence_explains_the_call_and_confidence_is_high_for_a_plain_no() -> None:
    found = read("We regret to inform you that we will not be moving forward with your application.")
    assert found.category == "rejection"
    assert found.confidence >= 0.9
    assert any("not be moving forward" in line for line in found.evidence)


def test_as_dict_is_plain_json_data() -> None:
    data = read("We have decided not to proceed with your application.").as_dict()
    assert data["category"] == "rejection"
    assert isinstance(data["reasons"], list) and isinstance(data["evidence"], list)


# ---------------------------------------------------------------- corrections

NOTICE = (
    "Hi Sam, the Platform team has reached a decision on the Backend Engineer position. We "
    "appreciate your patience. Please log in to your candidate portal to see the outcome."
)


def test_a_correction_changes_the_next_similar_message() -> None:
    first = read(NOTICE, sender="no-reply@us.greenhouse-mail.io")
    assert first.category != "rejection"
    correction = Correction(category="rejection", subject="Your application", body=NOTICE,
                            sender_address="no-reply@us.greenhouse-mail.io",
                            corrected_on=date(2026, 11, 2), stage="after_interview")
    again = understand(
        MailText(subject="Your application", sender_name="",
                 sender_address="no-reply@eu.greenhouse-mail.io",
                 body=NOTICE.replace("Backend Engineer", "Data Engineer")),
        corrections=[correction],
    )
    assert again.category == "rejection"
    assert again.stage == "after_interview"
    assert any("you corrected a similar message" in line and "2026-11-02" in line
               for line in again.evidence)


def test_a_correction_leaves_different_mail_alone() -> None:
    correction = Correction(category="rejection", body=NOTICE,
                            sender_address="no-reply@greenhouse-mail.io")
    found = understand(
        MailText(subject="Interview", sender_name="", sender_address="hr@other.example",
                 body="We would like to invite you to an interview next week."),
        corrections=[correction],
    )
    assert found.category == "interview_invite"


def test_correction_of_a_message_keeps_its_words() -> None:
    mail = MailText(subject="Update", sender_name="", sender_address="hr@acme.example", body=NOTICE)
    correction = Correction.of(mail, "rejection", corrected_on=date(2026, 11, 2),
                               stage="after_screen", reasons=["position_filled"])
    assert correction.body == NOTICE and correction.sender_address == "hr@acme.example"
    assert correction.stage == "after_screen" and correction.reasons == ("position_filled",)



@settings(max_examples=200, deadline=None)
@given(subject=st.text(max_size=80), body=st.text(max_size=2000),
       sender=st.emails() | st.text(max_size=40))
def test_any_text_gets_one_category_and_no_crash(subject: str, body: str, sender: str) -> None:
    found = understand(MailText(subject=subject, sender_name="", sender_address=sender, body=body))
    assert found.category in CATEGORIES
    assert 0.0 <= found.confidence <= 1.0
    if found.category != "rejection":
        assert found.stage is None and found.reasons == ()
