"""Still more ways mail names the employer: a domain that squashes a name into its first words
and the initials of the rest, an acronym the letter spells out, a place or a person that is
no employer.

Each case is written fresh (not copied from a corpus).
"""

from __future__ import annotations

import pytest
from test_details_company import REJECTION, company  # (pytest puts this folder on the path)

from onward.mail.understand_company import find_company

# ---------------------------------------------------------------- a domain of words and initials


@pytest.mark.parametrize(
    ("name", "address", "body", "expected"),
    [
        # the first words whole, the initials of the rest
        ("Ruth Ellery", "rellery@brambletoncu.example",
         f"{REJECTION}\n\nRuth Ellery\nMember Services, Brambleton Credit Union",
         "Brambleton Credit Union"),
        ("Recruitment", "jobs@kilnamoych.example",
         f"{REJECTION}\n\nHR Department\nKilnamoy Community Hospital",
         "Kilnamoy Community Hospital"),
        ("Careers", "careers@westerby-sc.example",
         f"{REJECTION}\n\nWesterby Secondary College", "Westerby Secondary College"),
        # a word the domain keeps whole, past one it leaves out, and the words that end names
        ("Recruitment", "recruitment@ashvalenhs.example",
         f"{REJECTION}\n\nAshvale Hospitals NHS Foundation Trust",
         "Ashvale Hospitals NHS Foundation Trust"),
    ],
)
def test_a_domain_of_first_words_and_initials_names_the_whole_name(
        name: str, address: str, body: str, expected: str) -> None:
    assert company(name=name, address=address, body=body) == expected


def test_a_domain_of_initials_matches_a_name_with_joining_words() -> None:
    # "Department of Coastal and Rural Development" is dcrd, not docard
    assert company(name="Recruitment Services - Department of Coastal and Rural Development",
                   address="recruitment@dcrd.qld.example",
                   subject="Outcome - Road Inspector (AO5) - DCRD/26/0101",
                   body=f"{REJECTION}\n\nYours sincerely\n\nRecruitment Services\n"
                   "Department of Coastal and Rural Development") == \
        "Department of Coastal and Rural Development"


def test_a_domain_of_initials_is_the_name_the_letter_spells_out() -> None:
    assert company(name="Recruitment", address="jobs@orfa.example",
                   body=f"{REJECTION}\n\nOffice of Rural Fisheries Analysis") == \
        "Office of Rural Fisheries Analysis"


# ---------------------------------------------------------------- acronyms the letter spells out


@pytest.mark.parametrize(
    ("name", "address", "body", "expected"),
    [
        ("NVTA Recruitment", "jobs@nvta-transit.example",
         f"We are the North Vale Transit Authority. {REJECTION}\n\n"
         "NVTA Talent Team", "North Vale Transit Authority"),
        ("DRC Careers", "noreply@tal.net",
         f"{REJECTION}\n\nDRC Recruitment\nDepartment for Rural Communities",
         "Department for Rural Communities"),
    ],
)
def test_an_acronym_the_letter_spells_out_is_the_name(
        name: str, address: str, body: str, expected: str) -> None:
    assert company(name=name, address=address, body=body) == expected


def test_an_acronym_is_not_spelled_out_as_a_role() -> None:
    # "PSM" here is the job, "Production Stage Manager", not the employer
    found = company(name="Kestrel Street Theatre", address="jobs@kestrelstreet.example",
                    subject="PSM: Production Stage Manager",
                    body=f"{REJECTION}\n\nKestrel Street Theatre Company")
    assert found is not None and "Manager" not in found


# ---------------------------------------------------------------- a place is no employer


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Senior Buyer - Birmingham",
         "Hi Sam,\n\nI'm working with a growing retailer in Birmingham who need a Senior Buyer. "
         "Up to £60k. Fancy a chat?\n\nJo"),
        ("Backend Engineer | Kraków & Wrocław", "Hi Sam, a fintech client is hiring. Keen?"),
        ("Sous Chef - Sydney CBD", "Hi Sam, great hotel group, 5 day week. Interested?"),
    ],
)
def test_a_place_in_an_agency_subject_is_not_the_employer(subject: str, body: str) -> None:
    assert company(name="Jo Pike", address="jo.pike@northlight-recruit.example",
                   subject=subject, body=body) is None


def test_a_name_that_starts_with_a_place_is_still_an_employer() -> None:
    assert company(name="Recruitment", address="jobs@glasgowcaledonianarts.example",
                   body=f"Thank you for applying to Glasgow Caledonian Arts. {REJECTION}") == \
        "Glasgow Caledonian Arts"


# ---------------------------------------------------------------- a person is no employer


@pytest.mark.parametrize(
    ("name", "address", "subject", "body"),
    [
        # a subject that speaks to the reader names the reader
        ("LinkedIn", "notifications-noreply@linkedin.com",
         "Tamsin, you appeared in 14 searches this week", "Hi Tamsin, see who searched."),
        ("LinkedIn", "security-noreply@linkedin.com", "Oskar, your password was changed",
         "Hi Oskar, if this wasn't you, reset your password now."),
        # a person writing through a board, in the display name or in the mailbox
        ("Dara at ZipRecruiter", "dara@ziprecruiter.com", "Jobs picked for you",
         "Here are jobs near you.\n- Dara, your ZipRecruiter job search assistant"),
        ("Wes Ordway via Dice", "messages@dice.com", "A recruiter sent you a message",
         "Hey, I have a contract Python role with a client. Free for a call?"),
    ],
)
def test_a_person_is_not_read_as_the_employer(name: str, address: str, subject: str,
                                              body: str) -> None:
    # read as the intake reads every message, whatever its kind
    assert find_company(subject, body, "", name, address) is None


def test_a_recruiter_writing_through_an_ats_names_the_employer_in_the_signature() -> None:
    assert company(name="Noor Haddad", address="no-reply@hire.lever.co",
                   subject="Senior Data Engineer at Fennick",
                   body=f"{REJECTION}\n\nNoor Haddad\nTalent Partner at Fennick") == "Fennick"


def test_a_board_message_from_the_employer_names_it() -> None:
    assert company(name="Tui Marsh via SEEK", address="messages@seek.com.au",
                   subject="Message from Kowhai Studio about your application",
                   body="Tui Marsh from Kowhai Studio sent you a message: can you do Tuesday?") \
        == "Kowhai Studio"


# ---------------------------------------------------------------- a signature's title line


@pytest.mark.parametrize(
    ("name", "address", "signature", "expected"),
    [
        ("Imogen Rae", "no-reply@hire.lever.co", "Imogen Rae\nTechnical Recruiter, Larchmont",
         "Larchmont"),
        ("Pita Moana", "pita.moana@gmail.com",
         "Pita Moana\nHR Business Partner | Kereru Building Supplies\n+64 4 555 0101",
         "Kereru Building Supplies"),
    ],
)
def test_a_signature_title_line_names_the_employer(name: str, address: str, signature: str,
                                                   expected: str) -> None:
    assert find_company("Your application", REJECTION, signature, name, address) == expected


@pytest.mark.parametrize(
    "signature",
    [
        # a unit of the employer, the employer on the next line
        "Dr Ana Sousa\nHead of Department, Department of Geography\nMarbury College",
        # a unit alone
        "Ana Sousa\nEngineering Manager, Payments",
    ],
)
def test_a_title_line_naming_a_unit_is_not_the_employer(signature: str) -> None:
    found = find_company("Your application", REJECTION, signature, "Ana Sousa",
                         "ana.sousa@marbury.example")
    assert found is not None and found.startswith("Marbury")


def test_an_agency_consultant_signature_names_no_employer() -> None:
    assert find_company("Lead Designer - SaaS scale-up", "Hi Sam, keen to chat about a role?",
                        "Noé Garnier\nConsultant Senior - Corvin Search", "Noé Garnier via LinkedIn",
                        "inmail-hit-reply@linkedin.com") is None


# ---------------------------------------------------------------- words that are no name


@pytest.mark.parametrize(
    ("name", "address", "subject"),
    [
        ("Mira Solano", "mira@pallas-search.example", "Confidential - Head of Data - fintech"),
        ("ORC Resourcing", "orc.resourcing@csjobs.service.gov.uk",
         "Interview outcome - Policy Adviser (SEO) Ref 512204"),
        ("Imran Qadir via LinkedIn", "inmail-hit-reply@linkedin.com",
         "InMail: Tomasz, a data role with our client"),
    ],
)
def test_a_status_or_reference_word_is_not_the_employer(name: str, address: str,
                                                        subject: str) -> None:
    assert find_company(subject, "Hi, are you free for a call?", "", name, address) is None


def test_a_form_field_names_the_employer() -> None:
    body = ("Dear Sam,\n\nJob reference: 123-ABC\nJob title: Porter\n"
            "Employer: Wrenfield Community Health Trust\n\n" + REJECTION)
    assert find_company("Your application was unsuccessful", body, "", "NHS Jobs",
                        "noreply@nhsjobs.example") == "Wrenfield Community Health Trust"


def test_a_short_last_word_the_letter_spells_out_is_named_in_full() -> None:
    assert company(name="Harlow Vale NHS FT", address="noreply@trac.jobs",
                   body=f"{REJECTION}\n\nRecruitment Team\nHarlow Vale NHS Foundation Trust") == \
        "Harlow Vale NHS Foundation Trust"


def test_the_reader_named_in_the_subject_is_not_the_employer() -> None:
    assert find_company("OFFER - ICU Staff Nurse - Ngozi Adeyemi",
                        "Dear Ngozi,\n\nCongratulations! Attached is the offer from the hospital.",
                        "Regards,\nKemi Balogun", "Kemi Balogun",
                        "kemi.balogun@wavecrest-recruit.example") is None


def test_an_agency_signing_with_its_own_name_is_not_the_employer() -> None:
    found = find_company("ICU - on hold",
                         "Dear Ngozi,\n\nThe ICU recruitment for our client hospital is on hold.",
                         "Regards,\nTemi Ade\nSaltreef Healthcare Recruitment", "Temi Ade",
                         "temi.ade@saltreef-recruit.example")
    assert found is None or "Saltreef" not in found


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Recrutamento Marés Seguros", "Marés Seguros"),
        ("Fontela Energia Recrutamento", "Fontela Energia"),
        ("Ashby Vale County Department", "Ashby Vale County"),
        ("Kirkwell High School Office", "Kirkwell High School"),
    ],
)
def test_a_hiring_team_or_office_word_is_cut_from_the_name(name: str, expected: str) -> None:
    assert company(name=name, address="no-reply@hire.lever.co") == expected


# ---------------------------------------------------------------- a tool no list names


@pytest.mark.parametrize(
    ("name", "address", "subject", "body", "expected"),
    [
        # an assessment vendor that signs "on behalf of" the employer
        ("Quizmoor Assessments", "no-reply@quizmoor.example", "Complete your assessment",
         "Hello Tamsin,\n\nYou are invited to complete an online numeracy test for the Stores "
         "Controller post. It takes 30 minutes.\n\nStart: https://quizmoor.example/t/1\n\n"
         "Quizmoor Assessments, on behalf of Pellingham Rail", "Pellingham Rail"),
        # a booking tool that only says it powers the page; the employer acts in the text
        ("Bookfern", "hello@bookfern.example", "Choose a time",
         "Hi Tamsin,\n\nOstlebury Water has invited you to choose a time for your interview "
         "for Hydrologist.\n\nPick a slot: https://bookfern.example/x\n\nPowered by Bookfern",
         "Ostlebury Water"),
        # its display name carries the employer, with the tool in a note
        ("Marlow Quay Hotels (via Bookfern)", "reminders@bookfern.example", "Reminder",
         "Hi Tamsin,\n\nA reminder that your interview is tomorrow at 10:00.\n\n"
         "Sent by Bookfern on behalf of Marlow Quay Hotels", "Marlow Quay Hotels"),
    ],
)
def test_a_tool_that_says_whom_it_writes_for_is_not_the_employer(
        name: str, address: str, subject: str, body: str, expected: str) -> None:
    assert company(name=name, address=address, subject=subject, body=body) == expected


def test_an_employer_that_says_powered_by_someone_else_keeps_its_own_name() -> None:
    # "Powered by" a vendor whose name is not the sender's: the sender is still the employer
    body = ("Dear Tamsin,\n\nThank you for applying for the Stores Controller post. We have "
            "decided not to take your application further.\n\nPellingham Rail Careers\n"
            "Powered by Quizmoor")
    assert company(name="Pellingham Rail Careers", address="careers@pellinghamrail.example",
                   body=body) == "Pellingham Rail"
