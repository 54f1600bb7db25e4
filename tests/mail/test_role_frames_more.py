"""More frames a role title comes in: a search for someone, a process for a title, the gender
tag a German or French posting carries, a qualifier the sentence goes on after."""

from __future__ import annotations

import pytest

from onward.mail.understand_role import find_role


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        # A search for someone names what it seeks.
        ("Your talk at the meetup", "Loved it. We're hiring a Principal Geophysicist in Oslo and "
         "would like to chat.", "Principal Geophysicist"),
        ("Quick question", "We are looking for a Fleet Maintenance Planner for our Leeds depot.",
         "Fleet Maintenance Planner"),
        ("Thanks!", "Thanks so much for applying to be a Shift Supervisor at Copper Kettle.",
         "Shift Supervisor"),
        # A process, requisition or stage for a title.
        ("Update", "We have paused the selection process for Procurement Officer until spring.",
         "Procurement Officer"),
        ("On hold", "The requisition for Tooling Engineer (R-5521) has been placed on hold.",
         "Tooling Engineer"),
        ("Next steps", "We'd like to invite you to the final onsite for Staff Data Engineer.",
         "Staff Data Engineer"),
    ],
)
def test_frames_that_seek_or_process_a_title(subject: str, body: str, expected: str) -> None:
    assert find_role(subject, body) == expected


def test_a_search_for_help_that_is_no_title_gives_none() -> None:
    assert find_role("Quick one", "We need a bit more time to decide, sorry.") is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Thank you for your application as Lagerlogistiker (m/w/d).", "Lagerlogistiker (m/w/d)"),
        ("Position: Data Engineer (H/F)\nStatus: received", "Data Engineer (H/F)"),
    ],
)
def test_a_gender_tag_stays_with_the_title_the_mail_gives(body: str, expected: str) -> None:
    assert find_role("Ihre Bewerbung", body) == expected


def test_a_qualifier_stays_when_the_sentence_goes_on() -> None:
    body = "Your virtual onsite for Senior Site Engineer, Tunnelling is confirmed for Monday."
    assert find_role("Schedule", body) == "Senior Site Engineer, Tunnelling"


def test_a_pronoun_after_and_is_not_part_of_the_title() -> None:
    assert find_role("Catch-up", "We're hiring a Design Lead and I thought of you.") == "Design Lead"


def test_a_list_or_a_contest_is_not_a_trade() -> None:
    body = "We are looking for a finalist to join the panel; the shortlist is out."
    assert find_role("News", body) is None


@pytest.mark.parametrize(
    ("body", "company", "expected"),
    [
        ("Your application was sent to Ferncliff\n\nWarehouse Planner, Inbound\nFerncliff · "
         "Bristol (On-site)\nApplied on 3 May", "Ferncliff", "Warehouse Planner, Inbound"),
        ("An update on your application\n\nPastry Chef\nMoulin Vert - Lyon\n\nStatus: closed",
         "Moulin Vert", "Pastry Chef"),
        ("Application update\n\nFleet Coordinator · Tarn Haulage · Kendal\n\nNot selected",
         None, "Fleet Coordinator"),
        # A title no job word knows, above the employer's own line.
        ("Good news, your application was viewed.\n\nCellar Hand\nHollow Oak Vineyard · Napa, CA",
         "Hollow Oak Vineyard", "Cellar Hand"),
    ],
)
def test_a_job_board_card_names_the_title(body: str, company: str | None, expected: str) -> None:
    assert find_role("An update on your application", body, company) == expected


@pytest.mark.parametrize(
    "body",
    [
        # A signature under a letter: the sender's own title and firm.
        "We will be in touch.\nMaya Ortiz\nDirector, Talent Acquisition\nTarn Haulage · Kendal",
        # The employer's team signing above its name.
        "Thank you for your interest.\n\nRecruitment Team\nTarn Haulage - Kendal",
        # A mail client's buttons.
        "Thanks for your message.\n\nReply · Forward · Archive",
    ],
)
def test_a_signature_or_toolbar_is_not_a_card(body: str) -> None:
    assert find_role("Hello", body, "Tarn Haulage") is None


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Ihre Bewerbung als Vermessungsingenieurin", "Vermessungsingenieurin"),
        ("Rückmeldung – Schichtleiter Logistik", "Schichtleiter Logistik"),
        ("Uw sollicitatie – Beleidsmedewerker Water", "Beleidsmedewerker Water"),
        ("Proceso de selección – Analista de Compras", "Analista de Compras"),
        ("Vacante Coordinadora de Eventos", "Coordinadora de Eventos"),
        ("Esito colloquio – Progettista Elettrico", "Progettista Elettrico"),
    ],
)
def test_titles_in_other_languages(subject: str, expected: str) -> None:
    assert find_role(subject, "Grazie / Danke / Gracias.") == expected


def test_an_adjective_of_another_language_is_no_title() -> None:
    assert find_role("Entrevista técnica", "Hola, te esperamos el lunes.") is None
