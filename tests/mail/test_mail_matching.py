"""Matching a message to the seeker's applications."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from onward.mail.matching import (
    ApplicationRef,
    company_from_sender,
    company_similarity,
    looks_like_recruiting,
    match_application,
    normalize_company,
    role_similarity,
)

APPS = [
    ApplicationRef(1, "Acme Corp.", "Data Analyst", "interviewing", None, date(2026, 10, 1)),
    ApplicationRef(2, "Acme Corp.", "Senior Backend Engineer", "applied", None, date(2026, 10, 5)),
    ApplicationRef(3, "Globex GmbH", "Product Manager", "applied", None, date(2026, 9, 1)),
    ApplicationRef(4, "Initech", "QA Engineer", "applied", "rejected", date(2026, 3, 1)),
    ApplicationRef(5, "Initech", "QA Engineer", "applied", None, date(2026, 11, 1)),
]


def test_company_names_are_normalised() -> None:
    assert normalize_company("The Acme Corp., Inc.") == "acme"
    assert normalize_company("Société Générale S.A.") == "societe generale"
    assert company_similarity("Acme", "ACME Corporation") == 1.0
    assert company_similarity("Acme", "Acme Robotics") >= 0.9
    assert company_similarity("Acme", "Globex") < 0.5


def test_sender_reveals_the_employer_behind_an_ats() -> None:
    assert company_from_sender("acme@myworkday.com", "Workday") == "acme"
    assert company_from_sender("no-reply@greenhouse.io", "Acme Hiring Team") == "Acme"
    assert company_from_sender("no-reply@hire.lever.co", "Globex Recruiting") == "Globex"
    assert company_from_sender("talent@mail.acme.co.uk", "") == "acme"
    assert company_from_sender("jane.doe@gmail.com", "Jane Doe") is None
    assert company_from_sender("no-reply@ashbyhq.com", "") is None


def test_roles_match_despite_abbreviations_and_order() -> None:
    assert role_similarity("Sr. Backend Eng", "Senior Backend Engineer") == 1.0
    assert role_similarity("Backend Engineer (Senior)", "Senior Backend Engineer") == 1.0
    assert role_similarity("Data Analyst", "Senior Backend Engineer") < 0.4


def test_the_right_application_at_a_company_with_several() -> None:
    found = match_application(
        applications=APPS,
        company="Acme",
        role="Sr Backend Engineer",
        sender_address="no-reply@greenhouse.io",
        sender_name="Acme Hiring Team",
    )
    assert found.application_id == 2 and found.score > 0.9
    assert any("role" in why for why in found.why)


def test_company_from_the_sender_alone_is_enough_when_one_application() -> None:
    found = match_application(
        applications=APPS, company=None, role=None, sender_address="globex@myworkday.com"
    )
    assert found.application_id == 3


def test_an_open_application_wins_over_a_closed_twin() -> None:
    found = match_application(applications=APPS, company="Initech", role="QA Engineer")
    assert found.application_id == 5


def test_unknown_application_acknowledgement_proposes_a_new_one() -> None:
    found = match_application(
        applications=APPS,
        company="Umbrella",
        role="Data Scientist",
        category="application_received",
    )
    assert found.application_id is None and found.propose_new and found.company == "Umbrella"
    rejection = match_application(
        applications=APPS, company="Umbrella", role="x", category="rejection"
    )
    assert not rejection.propose_new


def test_recruiting_hint() -> None:
    assert looks_like_recruiting(subject="Hi", text="", sender_address="x@greenhouse.io")
    assert looks_like_recruiting(
        subject="Your application", text="Thanks for applying to the role", sender_address="a@b.c"
    )
    assert not looks_like_recruiting(
        subject="Your order has shipped",
        text="Track your parcel",
        sender_address="shop@store.example",
    )


@given(st.text(max_size=60), st.text(max_size=60))
def test_similarities_stay_in_range(a: str, b: str) -> None:
    assert 0.0 <= company_similarity(a, b) <= 1.0
    assert 0.0 <= role_similarity(a, b) <= 1.0
