"""More ways mail names the employer: the full name the letter gives beside a short one,
names that start with a word that usually ends them, calendar and video tools, screening and
payroll vendors, and names a domain squashes.

Each case is written fresh (not copied from a corpus).
"""

from __future__ import annotations

import pytest
from test_details_company import REJECTION, company  # (pytest puts this folder on the path)

# ---------------------------------------------------------------- the full name in the letter


@pytest.mark.parametrize(
    ("name", "address", "body", "expected"),
    [
        # the display name shortens; the signature or the letter gives the whole name
        ("Brockley Vale Recruitment", "jobs@brockleyvale.example",
         f"{REJECTION}\n\nRecruitment Team\nBrockley Vale Community Hospital",
         "Brockley Vale Community Hospital"),
        ("Quenby Health Careers", "no-reply@quenby.icims.com",
         "Thank you for applying to Quenby Health System. " + REJECTION,
         "Quenby Health System"),
        ("Tarrow Mutual", "tarrowmutual@myworkday.com",
         f"{REJECTION}\n\nTalent Acquisition\nTarrow Mutual Building Society",
         "Tarrow Mutual Building Society"),
        # a saint's name keeps its possessive
        ("St Oswin Recruitment", "hr@stoswins.example",
         f"{REJECTION}\n\nPeople Team, St Oswin's Hospital, Leeds", "St Oswin's Hospital"),
    ],
)
def test_the_full_name_the_letter_gives(name: str, address: str, body: str,
                                        expected: str) -> None:
    assert company(name=name, address=address, body=body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # what follows the name is a team, a role or a place, not more of the name
        f"{REJECTION}\n\nPelgrave Talent Acquisition Team",
        f"Thanks for applying to Pelgrave for the Data Engineer role. {REJECTION}",
        f"{REJECTION}\n\nPelgrave Tower, 12 Quay Street",
        # a possessive of an ordinary name is not part of it
        f"Pelgrave's Platform Services group reviewed it. {REJECTION}",
    ],
)
def test_words_after_the_name_that_are_not_part_of_it(body: str) -> None:
    assert company(name="Pelgrave Careers", address="careers@pelgrave.example",
                   body=body) == "Pelgrave"


@pytest.mark.parametrize(
    ("name", "address", "expected"),
    [
        # a name led by a word that usually ends names is not cut to that word
        ("Recruiting @ Studio Marrowfield", "careers@studiomarrowfield.example",
         "Studio Marrowfield"),
        ("Hotel Casa del Roble", "rrhh@casadelroble.example", "Hotel Casa del Roble"),
        ("Health Appointments Wexmoor", "jobs@hawexmoor.example", "Health Appointments Wexmoor"),
        # French and Spanish personnel departments are not the employer
        ("Service des ressources humaines", "emplois@cegepduval.example", "Cegepduval"),
    ],
)
def test_names_led_by_an_ordinary_word(name: str, address: str, expected: str) -> None:
    assert company(name=name, address=address) == expected


# ---------------------------------------------------------------- calendar and signing tools


@pytest.mark.parametrize(
    ("name", "address", "subject", "expected"),
    [
        # a Calendly confirmation names the employer, not the interviewer or the status
        ("Calendly", "notifications@calendly.com",
         "Confirmed: Intro call with Marguerite Osei (Pellbrook) on Monday, 3 May 2027",
         "Pellbrook"),
        ("Calendly", "notifications@calendly.com",
         "Canceled: Tobias Renner and Quillfield Labs - Technical chat", "Quillfield Labs"),
        ("Calendly", "notifications@calendly.com",
         "New Event: Imogen Castell - 45 Minute Interview", None),
        ("Calendly", "notifications@calendly.com",
         "Updated: Rafael Souza and Imogen Castell on Friday, June 4, 2027", None),
        # Google Calendar and Teams: the tool and the organiser are not the employer
        ("Imogen Castell (via Google Calendar)", "calendar-notification@google.com",
         "Invitation: Case interview - Rafael Souza / Ferncastle @ Tue 8 Jun 2027 10am - 11am",
         "Ferncastle"),
        ("Microsoft Teams", "noreply@email.teams.microsoft.com",
         "Updated invitation: Ferncastle - Panel interview (Rafael Souza)", "Ferncastle"),
        # a calendar tool's mailbox for a person is no tenant
        ("Imogen Castell", "imogen@calendly.com",
         "Confirmed: Intro call with Imogen Castell (Ferncastle) on Monday", "Ferncastle"),
        # e-signature: a person sends through DocuSign; the subject names the employer
        ("Imogen Castell via DocuSign", "dse_na2@docusign.net",
         "Please DocuSign: Ferncastle Bank - Offer of Employment - R. Souza", "Ferncastle Bank"),
        ("DocuSign via Ferncastle", "dse_na2@docusign.net",
         "Please DocuSign: Ferncastle Offer Letter - R. Souza", "Ferncastle"),
        # ... and a company sends as itself when the subject names none
        ("Marrow Street via DocuSign", "dse_na2@docusign.net",
         "Please DocuSign: Offer Letter - Rafael Souza", "Marrow Street"),
    ],
)
def test_calendar_and_signing_tools(name: str, address: str, subject: str,
                                    expected: str | None) -> None:
    assert company(name=name, address=address, subject=subject,
                   body="The details of your interview are below.") == expected


# ---------------------------------------------------------------- vendors and boards


@pytest.mark.parametrize(
    ("name", "address", "subject", "expected"),
    [
        ("Handshake", "no-reply@joinhandshake.com", "Application update: Summer Analyst", None),
        ("Gupy", "naoresponda@gupy.io", "Sua candidatura para Analista de Dados", None),
        ("HireRight", "noreply@hireright.com",
         "Action required: background check for Tolland Foods", "Tolland Foods"),
        ("Criteria Corp", "noreply@criteriacorp.com",
         "Tolland Foods has invited you to complete an assessment", "Tolland Foods"),
        ("Paylocity", "noreply@paylocity.com", "Your offer from Tolland Foods", "Tolland Foods"),
        ("Checkr", "no-reply@checkr.com", "Your background check is in progress", None),
        ("publicjobs.ie", "noreply@publicjobs.ie", "Clerical Officer campaign", None),
        # a person writing through a board, in German or Spanish
        ("Ulrike Brandt über XING", "mailrobot@xing.com", "Neue Nachricht von Ulrike Brandt", None),
        ("Ulrike Brandt vía LinkedIn", "inmail-hit-reply@linkedin.com", "Oportunidad", None),
        # Portuguese and Spanish talent teams
        ("Equipe de Talentos Jabuti Sistemas", "talentos@jabuti.example", "Sua candidatura",
         "Jabuti Sistemas"),
    ],
)
def test_vendors_and_boards_are_not_the_employer(name: str, address: str, subject: str,
                                                 expected: str | None) -> None:
    assert company(name=name, address=address, subject=subject,
                   body="Please see the details below.") == expected
