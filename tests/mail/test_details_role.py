"""The role a message is about, read from the frames mail names a title in (not a word list)."""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand
from onward.mail.understand_role import _ascii_lower, find_role


def _role(subject: str, body: str, company: str | None = None) -> str | None:
    return find_role(subject, body, company)


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        # Titles no word list knows, in strong frames.
        ("Your application status has been updated",
         "The status of your application has changed.\n\nPosition: Hydrologist\nStatus: Not Referred",
         "Hydrologist"),
        ("Update about your application",
         "Thank you for applying for the position of Tour Guide at Pathfinder Tours.", "Tour Guide"),
        ("Coding challenge",
         "Thank you for completing the challenge for the Gameplay Programmer role.",
         "Gameplay Programmer"),
        ("Thanks", "We have decided not to progress your application for the role of Sommelier "
         "at this time.", "Sommelier"),
        ("Your application", "Thanks for your application for Dog Walker. We went another way.",
         "Dog Walker"),
        ("Job title: Cartographer", "We have now closed this vacancy.", "Cartographer"),
        # Subject shapes.
        ("Aurum Games - Level Artist", "Thanks for your time.", "Level Artist"),
        ("Re: Tour Guide", "Sorry, we filled it.", "Tour Guide"),
        ("Application for Beekeeper", "We regret to tell you the post has been filled.",
         "Beekeeper"),
    ],
)
def test_frames_find_titles_outside_any_word_list(subject: str, body: str, expected: str) -> None:
    company = "Aurum Games" if "Aurum" in subject else None
    assert _role(subject, body, company) == expected


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Interview", "Thanks for interviewing for the Backend Engineer (Payments) role.",
         "Backend Engineer (Payments)"),
        ("Your application: Warehouse Associate - Night Shift",
         "Thank you for your interest in the Warehouse Associate - Night Shift position with "
         "Tandem Distribution.", "Warehouse Associate - Night Shift"),
        ("Staff Nurse - Medical Ward 3B", "Hi Liam, thanks for coming in.",
         "Staff Nurse - Medical Ward 3B"),
        ("Update", "Job Requisition: JR-55102 Senior Product Manager, Payments\nStatus: closed",
         "Senior Product Manager, Payments"),
        ("Outcome", "Thank you for applying for the Library Assistant (Part-time) vacancy.",
         "Library Assistant (Part-time)"),
        ("Research post", "Thank you for your interest in the post of Lecturer in Economics "
         "(REF 3391).", "Lecturer in Economics"),
    ],
)
def test_qualifiers_the_label_keeps(subject: str, body: str, expected: str) -> None:
    assert _role(subject, body) == expected


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Engineering Manager search", "We have closed the search.", "Engineering Manager"),
        ("Cabin Crew Assessment Day - outcome", "Thank you for attending.", "Cabin Crew"),
        ("Greyhaven – Associate Consultant final round outcome", "Thank you.",
         "Associate Consultant"),
        ("Update on your application - R-20418 Senior Accountant", "Dear Tom,",
         "Senior Accountant"),
        ("Application Received - 26-0412 Environmental Compliance Specialist II", "Thanks.",
         "Environmental Compliance Specialist II"),
        ("Your application as Data Engineer (m/f/d)", "Dear Mrs. Lee,",
         "Data Engineer (m/f/d)"),  # the tag is part of the title the mail gives (dev labels)
        ("Interview Confirmation: Account Executive at Tessellate", "See you Tuesday.",
         "Account Executive"),
        ("Research Fellow (SU-2026-141) - interview postponed", "We must postpone.",
         "Research Fellow"),
        ("Purchase Officer - Unsuccessful", "Sorry.", "Purchase Officer"),
    ],
)
def test_noise_is_cut(subject: str, body: str, expected: str) -> None:
    assert _role(subject, body, "Tessellate") == expected


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Friday - postponing, sorry", "Can we do our Friday interview next week instead?"),
        ("Quick update", "Just a quick note to say we are still reviewing."),
        ("Password Reset Request", "Click the link to reset your password."),
        ("Revised offer", "Please find the revised offer attached."),
        ("Thank you for applying to Sunhaven Senior Living", "We received your application."),
        ("Invitation: Acme - Chris / Dana @ Wed 11 Mar 9:30am", "Join with Google Meet."),
    ],
)
def test_no_title_is_invented(subject: str, body: str) -> None:
    assert _role(subject, body, "Acme") is None


def test_lower_case_titles_need_a_job_word() -> None:
    assert _role("re: job", "sorry mate, we went with someone else for the electrician job.") \
        == "electrician"
    assert _role("hi", "thanks for the chat about the same role last week.") is None


def test_a_wrong_company_guess_does_not_eat_the_title() -> None:
    body = "Thank you for your interview for the Special Education Teacher position."
    assert _role("Your interview", body, "Special Education") == "Special Education Teacher"


def test_the_company_is_cut_from_the_front_when_the_mail_names_it_alone() -> None:
    body = ("Thank you for applying to Orbis Health. You have passed the tests for the Orbis "
            "Health Graduate Management Scheme position.")
    assert _role("Next steps", body, "Orbis Health") == "Graduate Management Scheme"


def test_a_rejection_shows_the_role_the_user_applied_for() -> None:
    mail = MailText(
        subject="Your application to Pathfinder Tours",
        sender_name="Pathfinder Tours", sender_address="notifications@breezy-mail.com",
        body="Hi Tomasz,\n\nThank you for applying for the position of Tour Guide at Pathfinder "
             "Tours.\n\nWe appreciate your interest but have decided to move forward with other "
             "candidates at this time.\n",
    )
    found = understand(mail)
    assert found.category == "rejection"
    assert found.role == "Tour Guide"


@pytest.mark.parametrize("text", ["Senior ÉCOLE Engineer", "İSTANBUL Kelvin \u212a", "plain ASCII",
                                  "\udcff Raw Byte", ""])
def test_ascii_lower_moves_only_ascii_letters(text: str) -> None:
    expected = text.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                            "abcdefghijklmnopqrstuvwxyz"))
    assert _ascii_lower(text) == expected


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Change to interview time - Wed 7 May",
         "Hi Leah,\n\nOne of our panel members has been called in, so we need to move your "
         "interview from Wednesday 7 May. Are you able to do Friday 9 May at 2:00 pm instead?"),
        ("Interview confirmed: Tue 13 May, 2:00 PM SGT",
         "Your interview is confirmed.\n\nTuesday, 13 May 2025\n2:00 PM - 3:30 PM"),
        ("Graduate intake 2027", "Thanks for applying to our 2027 intake. We'll be in touch."),
        ("Your application", "Dear candidate,\n\nThank you for your application. We will review "
         "it and come back to you within 30 days."),
    ],
)
def test_a_date_a_number_or_a_salutation_is_never_the_role(subject: str, body: str) -> None:
    role = _role(subject, body)
    assert role is None or not any(
        bad == role.lower() for bad in ("wed 7", "tue 13", "2027", "candidate", "30")), role
