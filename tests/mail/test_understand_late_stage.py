"""Boundaries the session-eight corpora showed (pauses, the late stage, the top of the funnel).

Each case is written for this test, not copied from a corpus: what the new rules read, and next
to it the mail they must leave alone.
"""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand


def _reading(body: str, subject: str = "Your application", sender: str = "dana@firm.example"):
    return understand(MailText(subject=subject, sender_name="Dana Ortiz", sender_address=sender,
                               body=body))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: Feedback - Site Engineer",
         "Hi Tom,\n\nOf course. Marek is happy to give you the feedback you asked for; could you "
         "do Wednesday at 2pm on Teams? It should take about 15 minutes.\n\nAnna"),
        ("Re: Staff Accountant - update",
         "Hi Priya,\n\nHappy to talk you through the panel's feedback. Would Monday at 10:30 suit "
         "for a short call? I'll ring your mobile.\n\nGareth"),
    ],
)
def test_a_call_booked_to_hear_feedback_is_not_an_interview(subject: str, body: str) -> None:
    found = _reading(body, subject)
    assert found.category == "other"
    assert found.evidence[0].startswith("rule feedback_call")


def test_an_interview_invitation_that_mentions_feedback_stays_one() -> None:
    body = ("Hi Tom,\n\nThe feedback from your first interview was excellent, and we'd like to "
            "invite you to a final-round interview with our CTO. Could you do Wednesday at 2pm "
            "on Teams?\n\nAnna")
    assert _reading(body).category == "interview_invite"


def test_first_day_logistics_after_acceptance_are_onboarding() -> None:
    body = ("Hi Lena,\n\nJust a few things for your first day on Monday 3 March: please come to "
            "the main reception at 8:30, where your security pass will be ready. The induction "
            "session starts at 9:00 and runs until lunch.\n\nSee you on Monday!\nKarl")
    found = _reading(body, "Welcome - your first day")
    assert found.category == "other" and found.kind == "onboarding"


def test_an_offer_that_names_the_first_day_is_still_an_offer() -> None:
    body = ("Dear Lena,\n\nWe are delighted to offer you the position of Process Engineer at a "
            "base salary of EUR 58,000. Your first day would be Monday 3 March.\n\nKarl")
    assert _reading(body).category == "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Omar,\n\nI'm pleased to attach our offer for the Warehouse Manager role. I need an "
        "answer by Friday noon, as our peak season starts soon.\n\nBest,\nRuth",
        "Dear Omar,\n\nCongratulations: we are pleased to offer you a place on our 2027 graduate "
        "scheme. Places are limited and we have a waiting list, so please accept or decline in "
        "the portal by 12 December.\n\nGraduate Recruitment",
    ],
)
def test_an_offer_with_a_deadline_is_an_offer(body: str) -> None:
    assert _reading(body, "Your offer").category == "offer"


def test_a_place_on_the_waiting_list_is_still_a_reserve_list_no() -> None:
    body = ("Dear Omar,\n\nThank you for attending our assessment centre. We are unable to offer "
            "you a place at this stage, but we have placed you on our waiting list and will be "
            "in touch if a place becomes available.\n\nGraduate Recruitment")
    assert _reading(body).category == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jess,\n\nThanks for letting me know. I'm sorry it won't be us, but I understand, and "
        "the new role sounds great. The door's always open if things change.\n\nMike",
        "Dear Jess,\n\nNoted with thanks. I have told the clinic that you will not accept the "
        "offer as you are staying in Leeds. They wish you well.\n\nKind regards,\nAmira",
    ],
)
def test_the_employer_answering_the_seekers_own_no_to_an_offer_is_other(body: str) -> None:
    assert _reading(body, "Re: Offer - Practice Nurse").category == "other"


def test_a_rejection_that_leaves_the_door_open_is_still_a_rejection() -> None:
    body = ("Hi Jess,\n\nThank you for interviewing with us. We have decided to offer the role "
            "to another candidate. Our door is always open, so do apply again.\n\nMike")
    assert _reading(body).category == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Ines,\n\nWhen we paused the Hydrologist post in March I promised an update. Our "
        "parent company has moved a colleague from its Porto office into the role, so we will "
        "not be recruiting externally for this post and your application will now be closed."
        "\n\nWith thanks,\nHR",
        "Hi Ines,\n\nHeard back from the client at last: they're not bringing the analyst role "
        "back this year after the restructure. Sorry it took so long.\n\nCallum",
        "Hi Ines,\n\nThanks for the chat yesterday. As you'd need sponsorship from day one, I "
        "won't be putting you forward to the client for this contract.\n\nCallum",
    ],
)
def test_a_post_that_will_not_be_filled_or_a_seeker_not_put_forward_is_closed(body: str) -> None:
    assert _reading(body).category == "rejection"


def test_a_recruiter_chasing_her_own_approach_is_outreach() -> None:
    body = ("Hi Ben,\n\nJust circling back on this in case my first note got buried. The client "
            "wants a first slate by the end of the month and I'd love to include you.\n\n"
            "Charlotte\nHarbour Search")
    found = _reading(body, "Re: Head of Finance - confidential", "charlotte@harboursearch.example")
    assert found.category == "recruiter_outreach"


def test_an_acknowledged_request_for_feedback_is_not_an_application_acknowledgement() -> None:
    body = ("Dear Ben,\n\nThank you for your email. I have received your request for feedback "
            "and passed it to the panel chair, who will go through the notes and reply within "
            "ten working days.\n\nRecruitment Team")
    assert _reading(body, "RE: Feedback request").category == "other"


def test_a_rebooked_flight_is_not_an_interview_moved() -> None:
    body = ("Dear passenger,\n\nYour flight BA1432 on 12 May was cancelled and you have been "
            "rebooked on BA1436, departing 14:35. If the new time does not suit, you can ask for "
            "a refund in Manage My Booking.")
    assert _reading(body, "Your flight has changed", "noreply@airline.example").category == "other"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Status: Role Filled – Warehouse Lead (Leeds)",
         "status: role filled - warehouse lead (leeds)\n\nThis notification was generated by the "
         "careers portal."),
        ("2 updates on your applications",
         "Harbour Logistics · Stock Controller · Rejected by employer · 3 Mar\n"
         "Quayside Foods · Picker · Viewed · 2 Mar"),
        ("Notice of ineligibility – Bus Operator",
         "Your application has been reviewed against the minimum qualifications. You have been "
         "found not eligible: you do not hold a class D licence."),
        ("Re: Porter - are you still keen?",
         "Hi Sam, sorry to mess you about. One of last season's porters came back and the "
         "manager has given it to him, so the role isn't available any more.\n\nMia"),
        ("Re: Night shift picker",
         "Hi Sam, without a reach truck ticket I can't put you forward for this one, I'm afraid."
         " I'll keep you in mind for packing work.\n\nDean"),
        ("Your application - Lab Manager",
         "Dear Sam,\n\nThank you for coming to the final interview. We have decided to appoint "
         "a colleague from our Basel site who is moving to the UK.\n\nBest wishes,\nHR"),
        ("Head of Operations",
         "Dear Sam,\n\nAfter the final meetings we asked the other finalist to join us as Head of "
         "Operations, and she accepted today. It was very close.\n\nBest,\nNina"),
    ],
)
def test_terse_and_plain_closings_are_read(subject: str, body: str) -> None:
    assert _reading(body, subject).category == "rejection"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Interview confirmed",
         "Hi Sam, our client has asked the other candidate to an interview first; yours is still "
         "on for Thursday at 10:00 as agreed.\n\nDean"),
        ("Can we keep your details?",
         "Hi Sam,\n\nWe need your permission to keep your profile after a recruitment process "
         "has finished. If we don't hear from you within 30 days, your data will be deleted "
         "automatically."),
    ],
)
def test_what_only_sounds_closed_is_not_a_rejection(subject: str, body: str) -> None:
    assert _reading(body, subject).category != "rejection"
