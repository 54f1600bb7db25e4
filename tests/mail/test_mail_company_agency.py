"""An agency's mail names its client only when it says what the client did or is; a place, a
role or a pronoun in an agency's subject or letter is no employer.

Each case is written fresh (not copied from a corpus).
"""

from __future__ import annotations

import pytest
from test_details_company import company  # (pytest puts this folder on the path)

from onward.mail.understand_company import acts_in

RECRUITER = ("Tamsin Rowe", "tamsin@harbourline-recruitment.example")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a place in the subject, the client unnamed in the letter
        ("Warehouse Supervisor - Tauranga",
         "Hi Ana,\n\nThe client in Tauranga has gone with someone who already knows their "
         "scanners. Sorry it wasn't better news.\n\nTamsin"),
        # a role in the subject
        ("Payroll Officer - quick update",
         "Hi Ana,\n\nThe Payroll Officer job is on ice: the client's new owners froze hiring "
         "until March.\n\nTamsin"),
        # a pronoun at the start of a sentence of the letter
        ("RE: Night Dispatcher",
         "Hi Ana,\n\nGood news: the operations lead read your CV last night. She wants a short "
         "call on Thursday before meeting anyone on site.\n\nTamsin"),
    ],
)
def test_an_agency_that_names_no_client_gives_no_employer(subject: str, body: str) -> None:
    assert company(name=RECRUITER[0], address=RECRUITER[1], subject=subject, body=body) is None


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Orvane Plastics - Production Planner",
         "Hi Ana,\n\nOrvane Plastics liked your CV and would like a first call next week.\n\n"
         "Tamsin", "Orvane Plastics"),
        ("Feedback - Kestridge",
         "Hi Ana,\n\nI've had feedback from Kestridge: they've offered the post to an internal "
         "applicant.\n\nTamsin", "Kestridge"),
        ("Brevant Foods – update",
         "Hi Ana,\n\nBrevant Foods' plant manager has been through the shortlist and you're on "
         "it.\n\nTamsin", "Brevant Foods"),
    ],
)
def test_an_agency_names_a_client_the_letter_says_acted(subject: str, body: str,
                                                          expected: str) -> None:
    assert company(name=RECRUITER[0], address=RECRUITER[1], subject=subject,
                   body=body) == expected


def test_what_a_client_does_is_told_apart_from_where_it_is() -> None:
    assert acts_in("Kestridge", "The client is Kestridge, in Hamilton.")
    assert acts_in("Solvane", "Solvane Marine Group has chosen another applicant.")
    assert not acts_in("Hamilton", "a logistics client based in Hamilton, near the port")
    assert not acts_in("Hamilton", "The Hamilton client has chosen another applicant.")


@pytest.mark.parametrize(("subject", "body"), [
    # what the client is called by where it is, and the agency's own town under its name
    ("Good feedback", "Ana - the HR manager at the Ruakura dairy client loved your call this "
     "morning. She is passing your CV to the plant manager.\n\nTamsin\n\nTamsin Rowe | "
     "Harbourline Recruitment | Hamilton"),
    ("Project Engineer - Tier 2 client", "Hi Ana,\n\nThe client has gone with a candidate who "
     "has more tunnelling experience.\n\nCheers,\nTamsin\n\nTamsin Rowe | Senior Consultant\n"
     "Harbourline Recruitment | Tauranga"),
])
def test_an_agencys_town_or_a_clients_place_is_no_employer(subject: str, body: str) -> None:
    assert company(name=RECRUITER[0], address=RECRUITER[1], subject=subject, body=body) is None
