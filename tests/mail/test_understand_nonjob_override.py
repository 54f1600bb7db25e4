"""A job's no in another kind of no's words: the model may say so, only where a job is named."""

from __future__ import annotations

import pytest

from onward.mail.model import Opinion
from onward.mail.understand import CATEGORIES, MailText, understand
from onward.mail.understand_combine import (
    NONJOB_OVERRULE,
    NONJOB_OVERRULE_NOT_A_JOB,
    Grounds,
    combine,
)


def _rejection_opinion(probability: float, not_a_job: float) -> Opinion:
    rest = (1 - probability) / (len(CATEGORIES) - 1)
    probabilities = {c: (probability if c == "rejection" else rest) for c in CATEGORIES}
    return Opinion("rejection", probability, probabilities, not_a_job=not_a_job, known=120)


NAMED = Grounds(informed_other=True, nonjob=True, job_named_yet_outnumbered=True)


def test_a_sure_model_calls_a_named_jobs_no_a_rejection_and_says_why() -> None:
    combined = combine("other", 0.8, _rejection_opinion(NONJOB_OVERRULE, 0.0), NAMED)
    assert combined.category == "rejection"
    assert combined.by_model
    assert "outweighs the words of another kind of no" in combined.why


@pytest.mark.parametrize(("probability", "not_a_job", "grounds"), [
    (0.94, 0.0, NAMED),  # not sure enough
    (0.99, NONJOB_OVERRULE_NOT_A_JOB + 0.01, NAMED),  # it may not be about a job at all
    # no job named: a landlord's or a buyer's no stays theirs
    (0.99, 0.0, Grounds(informed_other=True, nonjob=True)),
    # the writer's own news, a closing set aside, no closing cue at all
    (0.99, 0.0, Grounds(informed_other=True, nonjob=True, job_named_yet_outnumbered=True,
                        third_party=True)),
    (0.99, 0.0, Grounds(informed_other=True, nonjob=True, job_named_yet_outnumbered=True,
                        closing_silenced=True)),
    (0.99, 0.0, Grounds(informed_other=True, nonjob=True, job_named_yet_outnumbered=True,
                        closing_cue=False)),
])
def test_otherwise_another_kind_of_no_stays_other(probability: float, not_a_job: float,
                                                  grounds: Grounds) -> None:
    combined = combine("other", 0.8, _rejection_opinion(probability, not_a_job), grounds)
    assert combined.category == "other"


def _read(subject: str, body: str) -> MailText:
    return MailText(subject=subject, sender_name="Helen Ward",
                    sender_address="helen.ward@northgate.example", body=body)


def test_a_procurement_managers_no_is_a_rejection_despite_its_suppliers_and_tenders() -> None:
    found = understand(_read("Procurement Manager - outcome", (
        "Dear Sam,\n\nThank you for meeting the panel for the Procurement Manager role last "
        "week. The panel was impressed by your work on supplier consolidation and the tender "
        "you ran for the fleet contract. After much deliberation we have decided not to "
        "proceed with your application, as another candidate's experience with public-sector "
        "suppliers was closer to what we need.\n\nKind regards,\nHelen Ward\nHead of "
        "Procurement")))
    assert found.category == "rejection"
    assert "outweighs the words of another kind of no" in found.evidence[0]


def test_a_vendors_no_to_a_house_offer_in_the_same_words_stays_other() -> None:
    found = understand(_read("Your offer on 14 Elm Road", (
        "Dear Sam,\n\nThank you for your offer on 14 Elm Road. The vendor has decided not to "
        "proceed with your offer, as another buyer's offer was closer to the asking price. The "
        "property is now under offer.\n\nKind regards,\nHelen Ward\nLettings and Sales")))
    assert found.category == "other"


def test_a_board_that_recruits_trustees_names_no_job() -> None:
    found = understand(_read("Trustee recruitment", (
        "Thank you for your interest in joining our board of trustees. We had a strong field "
        "and will not be taking your application further this time.")))
    assert found.category == "other"
