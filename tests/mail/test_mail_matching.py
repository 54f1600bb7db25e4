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


# ---------------------------------------------------------------- one employer, many names


def test_a_senders_label_and_the_name_in_full_are_one_employer() -> None:
    assert company_similarity("Goldfieldseed", "Goldfield Seed Genetics") == 0.9
    assert company_similarity("Pyhajarvi Met", "Pyhäjärvi Meteorologic Oy") == 0.9
    assert company_similarity("EPLC", "Empresa Portuaria Litoral Central") == 0.9
    assert company_similarity("NQHHS", "North Queensland Hospital and Health Service") == 0.9
    # ... but a shared first word or short prefix is not enough
    assert company_similarity("Kaleva Robotics", "Kaleva Institute of Applied Research") < 0.8
    assert company_similarity("Gold", "Goldfield Seed Genetics") < 0.8
    assert company_similarity("ABC", "Acme Bakery Cooperative Dairy") < 0.8


def test_sender_key_names_one_employer_or_none() -> None:
    from onward.mail.matching import sender_key

    assert sender_key("Anjali <anjali.rao@goldfieldseed.example>") == "goldfieldseed.example"
    assert sender_key("jo@mail.careers.acme.co.uk") == "acme.co.uk"
    assert sender_key("recruitment@kirkwharfe.gov.uk") == "kirkwharfe.gov.uk"  # not "gov.uk"
    assert sender_key("oceanlink@myworkday.com") == "oceanlink@myworkday.com"  # a tenant
    assert sender_key("no-reply@greenhouse.io") is None  # sends for every employer
    assert sender_key("sam.friend@gmail.com") is None
    assert sender_key("noreply@calendly.com") is None


MAGGIE = ApplicationRef(7, "Magnetic Island Community Health", "Clinic RN", "interviewing", None,
                        date(2026, 10, 1), frozenset({"maggiehealth.example"}))  # fmt: skip


def test_mail_from_an_address_already_filed_on_an_application_finds_it() -> None:
    found = match_application(
        applications=[MAGGIE, *APPS], company="Maggie Health", role=None,
        sender_address="jacinta.walsh@maggiehealth.example", sender_name="Jacinta Walsh",
    )  # fmt: skip
    assert found.application_id == 7
    assert any("maggiehealth.example" in why for why in found.why)
    # the same mail before anything from that address was filed: no way to tell
    unknown = match_application(
        applications=[ApplicationRef(7, "Magnetic Island Community Health", "Clinic RN"), *APPS],
        company="Maggie Health", role=None, sender_address="jacinta.walsh@maggiehealth.example",
    )  # fmt: skip
    assert unknown.application_id is None


def test_an_agency_writing_about_another_client_is_not_matched_by_its_address() -> None:
    client_a = ApplicationRef(8, "Maasvlaktepersoneel", "Reachtruck driver", "interviewing", None,
                              date(2026, 10, 1), frozenset({"maasvlaktepersoneel.example"}))  # fmt: skip
    found = match_application(
        applications=[client_a], company="Rijnmond Cold Storage", role="Reachtruckchauffeur",
        sender_address="mehmet@maasvlaktepersoneel.example", sender_name="Mehmet Yilmaz",
        category="interview_invite",
    )  # fmt: skip
    assert found.application_id is None
    assert found.company == "Rijnmond Cold Storage"


def test_a_closed_application_for_another_role_is_not_what_new_mail_is_about() -> None:
    closed = ApplicationRef(9, "Kaukajärvi Automation", "Embedded Software Engineer", "applied",
                            "rejected", date(2026, 9, 1))  # fmt: skip
    other_role = match_application(
        applications=[closed], company="Kaukajärvi Automation", role="Device Firmware",
        sender_address="jari.nurmi@kaukajarvi-automation.example", category="rejection",
    )  # fmt: skip
    assert other_role.application_id is None
    same_role = match_application(
        applications=[closed], company="Kaukajärvi Automation",
        role="Embedded Software Engineer", category="rejection",
    )  # fmt: skip
    assert same_role.application_id == 9
    # an open application still takes mail that names its role only in part
    open_app = ApplicationRef(10, "NQHHS", "Registered Nurse Grade 5 - Emergency", "interviewing")
    partial = match_application(applications=[open_app], company="Nqhhs", role="Wed 7")
    assert partial.application_id == 10


def test_an_agency_that_names_no_client_files_under_its_client() -> None:
    # outreach about an unnamed client proposes a card that says whose client it is
    first = match_application(
        applications=[], company=None, role="Night Dispatcher",
        sender_address="tamsin@harbourline-recruitment.example", sender_name="Tamsin Rowe",
        category="recruiter_outreach",
    )  # fmt: skip
    assert first.propose_new and first.company == "Client of Harbourline Recruitment"
    # the agency's later no about the same role finds that card, not one for another role
    cards = [ApplicationRef(11, "Client of Harbourline Recruitment", "Night Dispatcher",
                            "applied", None, date(2026, 10, 2)),
             ApplicationRef(12, "Client of Harbourline Recruitment", "Payroll Officer",
                            "applied", None, date(2026, 10, 3))]  # fmt: skip
    later = match_application(
        applications=cards, company=None, role="Night Dispatcher",
        sender_address="tamsin@harbourline-recruitment.example", sender_name="Tamsin Rowe",
        category="rejection",
    )  # fmt: skip
    assert later.application_id == 11
    # an employer's own mail that names no company is no agency's
    own = match_application(applications=[], company=None, role="Night Dispatcher",
                            sender_address="jobs@orvaneplastics.example",
                            sender_name="Orvane Plastics Careers", category="rejection")
    assert own.company == "orvaneplastics"
