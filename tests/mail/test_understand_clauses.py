"""A mask's reach ends with its clause (session seven).

Masks set aside closing words that are not a decision: a meeting cancelled, what an employer
may do, an if-clause, praise that puts the seeker among the best. Each reaches a few words
on; when it ran through ", so" or ", but" it silenced the decision said next. Each case is
written for this test, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand


def _category(body: str) -> str:
    return understand(MailText(subject="Your application", sender_name="Dana Ortiz",
                               sender_address="dana@firm.example", body=body)).category


@pytest.mark.parametrize(
    "body",
    [
        # praise that places the seeker among the best, then the decision
        "Hi Sam,\n\nYou were one of our strongest candidates, but we have decided to offer the "
        "role to someone else. Thank you for your time.",
        "Dear Lee,\n\nYou were among the last three for the analyst post, however we have "
        "appointed a candidate with more audit experience.",
        # "can close", "meeting" as a verb, a booking system: not what the decision is about
        "Hi Ana,\n\nThanks for the call. I don't think we can close the gap on salary, so I'd "
        "rather stop the process here than take more of your time.",
        "Dear Mr Bauer,\n\nYour application does not show a current licence meeting this "
        "requirement, so your application will not proceed.",
        "Hi Jo,\n\nThank you for coming in. You have not used a hotel booking system, which the "
        "role needs from day one, so we will not proceed with your application.",
    ],
)
def test_a_decision_after_the_clause_a_mask_covers_is_read(body: str) -> None:
    assert _category(body) == "rejection"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hi Sam,\n\nYou are one of the candidates we would like to meet. Could you do Tuesday "
         "at 10 for a first interview?", "interview_invite"),
        ("Hi Ana,\n\nSorry, the meeting on Friday will not go ahead as planned. Could we move it "
         "to Monday at 3?", "scheduling"),
        ("Dear Lee,\n\nThe employer may close the vacancy early if many applications arrive, so "
         "please apply soon. New jobs for you: Analyst at Norra, Clerk at Vesta.", "job_alert"),
    ],
)
def test_what_the_masks_are_for_still_holds(body: str, expected: str) -> None:
    assert _category(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a no as small employers, tradespeople and agency recruiters write it
        "no luck on the barista job sorry",
        "sorry pal, took on a lad last week. will give ye a shout if anything comes up",
        "hi, thanks for applying to medical receptionist. we're all set on this position. take care!",
        "thanks for coming back with your figure. we can't stretch to 40k, so i think we'll leave "
        "it there.",
        "Reno ICU: filled yesterday by a traveler already in the building. So that one's done.",
        "Lakeshore came back and said they need someone who can start on the 25th; they've gone "
        "with a nurse who can start on time.",
        "Greenbriar Health passed - the manager said she needs someone who has run ECMO alone.",
        "De klant heeft de vacature ingetrokken. Niemand wordt aangenomen.",
    ],
)
def test_a_no_in_few_and_plain_words_is_read(body: str) -> None:
    assert _category(body) == "rejection"
