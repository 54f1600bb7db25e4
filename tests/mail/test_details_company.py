"""The employer a proposal names, read the many ways recruiting mail states it.

Each case is written fresh (not copied from a corpus): the sender, subject and body a seeker
might really receive, and the company the review queue should show.
"""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand

REJECTION = ("Thank you for your interest. Unfortunately we have decided not to move forward "
             "with your application at this time.")


def company(*, name: str, address: str, subject: str = "Your application",
            body: str = REJECTION) -> str | None:
    return understand(MailText(subject=subject, sender_name=name, sender_address=address,
                               body=body)).company


@pytest.mark.parametrize(
    ("name", "address", "subject", "expected"),
    [
        # display names that carry the company beside a person or a team
        ("Jane at Acme Robotics", "jane@acmerobotics.example", "Your application", "Acme Robotics"),
        ("Marisol from Tidewell", "marisol@tidewell.example", "Quick note", "Tidewell"),
        ("Brightpath Talent Acquisition", "no-reply@brightpath.example", "Update", "Brightpath"),
        ("Careers | Halden Freight", "careers@haldenfreight.example", "Update", "Halden Freight"),
        ("Careers at Lowmoor Dairy", "jobs@lowmoordairy.example", "Update", "Lowmoor Dairy"),
        ("Oxley Foods Graduate Recruitment", "grads@oxleyfoods.example", "Outcome", "Oxley Foods"),
        # applicant-tracking systems: the display name or the tenant names the employer
        ("Quintessa", "no-reply@ashbyhq.com", "Thanks for applying", "Quintessa"),
        ("Workday", "marrowbank@myworkday.com", "Marrow Bank: Your Application", "Marrow Bank"),
        ("Sunnyvale Orchards via Workable", "noreply@workablemail.com", "Your application",
         "Sunnyvale Orchards"),
    ],
)
def test_company_from_the_sender(name: str, address: str, subject: str, expected: str) -> None:
    assert company(name=name, address=address, subject=subject) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Your application to Pellworth Analytics", "Pellworth Analytics"),
        ("Thanks for applying to Brisk & Mortar", "Brisk & Mortar"),
        ("An update from Corriedale Labs", "Corriedale Labs"),
        ("Your Hollins Credit Union application", "Hollins Credit Union"),
        ("Kestrine Bio: Research Associate", "Kestrine Bio"),
    ],
)
def test_company_from_an_ats_subject(subject: str, expected: str) -> None:
    assert company(name="Notifications", address="no-reply@us.greenhouse-mail.io",
                   subject=subject) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hi Sam,\n\nThank you for your interest in joining Larkspur Energy. " + REJECTION,
         "Larkspur Energy"),
        ("Hi Sam,\n\n" + REJECTION + "\n\nEveryone here at Wrenfield wishes you well.",
         "Wrenfield"),
        ("Dear Applicant,\n\n" + REJECTION + "\n\n© 2026 Dunmore Logistics Ltd. All rights "
         "reserved.", "Dunmore Logistics Ltd"),
        ("Hello,\n\n" + REJECTION + "\n\nMarbury Health is an equal opportunity employer.",
         "Marbury Health"),
    ],
)
def test_company_from_the_words_when_a_platform_sends(body: str, expected: str) -> None:
    assert company(name="Candidate Portal", address="noreply@talent.icims.com",
                   body=body) == expected


def test_a_person_writing_from_the_company_domain() -> None:
    # the surname in the signature shows where the domain's words break
    found = company(name="Kate Ormsby", address="kate@ormsbybakery.example",
                    body="Hi Jamal,\n\nWe're going to keep looking for someone with more "
                         "experience. Thanks for coming in.\n\nKate")
    assert found == "Ormsby Bakery"


def test_the_company_spelled_in_the_signature_beats_the_domain() -> None:
    found = company(name="Tom Reyes", address="tom@novamind-ai.example",
                    body=REJECTION + "\n\nBest,\nTom Reyes\nHead of Talent, NovaMind AI")
    assert found == "NovaMind AI"


def test_a_person_is_not_the_company() -> None:
    found = company(name="Priya Raman", address="priya.raman@gmail.com",
                    body="Hi, we've decided to go with another candidate for the bookkeeper "
                         "job at Fenn & Daughters. Best of luck.")
    assert found == "Fenn & Daughters"


def test_an_agency_names_its_client_not_itself() -> None:
    found = company(name="Kelly Ng", address="kelly@pinnaclestaffing.example",
                    subject="Payroll Coordinator - Redmond Logistics",
                    body="Hi Chloe, my client has decided to move forward with another "
                         "candidate. I'll keep you posted on other roles.")
    assert found == "Redmond Logistics"


def test_a_role_in_the_subject_is_not_the_company() -> None:
    found = company(name="Dana Whitfield", address="dana@kestrelfreight.example",
                    subject="Logistics Coordinator - update")
    assert found != "Logistics"
    assert found == "Kestrel Freight"


def test_a_board_or_tool_is_never_the_company() -> None:
    assert company(name="LinkedIn", address="jobs-noreply@linkedin.com",
                   subject="Your application was sent to Corvane") == "Corvane"
    assert company(name="HackerRank for Work", address="support@hackerrankforwork.com",
                   subject="Reminder", body="Stonebridge Bank has invited you to a coding "
                   "test.") == "Stonebridge Bank"


@pytest.mark.parametrize(("name", "address"), [
    ("田中 太郎", "tanaka@kiritani-games.example"),
    ("人事部", "jinji@kiritani-games.example"),
    ("Марина Ковальчук", "m.kovalchuk@kiritani-games.example"),
    ("ß", "hr@kiritani-games.example"),
])
def test_a_display_name_with_no_latin_letters_is_read_like_any_other(name: str, address: str) -> None:
    """Names in scripts with no ASCII form once stopped the reading with an IndexError."""
    found = understand(MailText(subject="Kiritani Games: your application", sender_name=name,
                                sender_address=address, body=REJECTION))
    assert (found.category, found.company) == ("rejection", "Kiritani Games")


def test_letters_unicode_does_not_decompose_fold_to_their_base() -> None:
    from onward.mail.platforms import fold

    assert fold("Łukasz Søndergaard, Straße, Ærø") == "Lukasz Sondergaard, Strasse, AEro"


@pytest.mark.parametrize(
    ("name", "address", "subject", "body", "expected"),
    [
        # a tool's reminder leads with the employer: "Your <Employer> interview"
        ("HireVue", "noreply@hirevue.com", "Reminder: Your Corrowind Capital interview expires soon",
         "Hi Sam, you have 24 hours left to record your answers.", "Corrowind Capital"),
        # a month beside a date is never the employer
        ("Alana Shepherd", "alana.shepherd@vireo.example", "Presentation – confirmed for Oct 28",
         "Hi Sam, see you then. We'd like to invite you to present your portfolio.", "Vireo"),
        # boards in more countries name no employer of their own
        ("Naukri", "info@naukri.com", "Application viewed by Brightlane Tech",
         "Brightlane Tech has viewed your application for Data Analyst.", "Brightlane Tech"),
        ("InfoJobs", "notificaciones@infojobs.net", "Tu candidatura", REJECTION, None),
    ],
)
def test_tools_boards_and_dates_are_not_the_employer(name: str, address: str, subject: str,
                                                      body: str, expected: str | None) -> None:
    assert company(name=name, address=address, subject=subject, body=body) == expected
