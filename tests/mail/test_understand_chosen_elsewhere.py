"""A no told through who got the post, or through the search closing: each beside mail in
the same words that decides nothing against the reader."""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand


def _read(subject: str, body: str) -> str:
    return understand(MailText(subject=subject, sender_name="Laura Beaumont",
                               sender_address="laura@beaumont-search.example",
                               body=body)).category


@pytest.mark.parametrize(("subject", "body"), [
    ("Plant manager search - outcome", "Marc, my client met both of you last week. Their offer "
     "went to the other person in the final two, and she signed it this morning. I'd like to "
     "keep you close for the next search."),
    ("Automotive SW job", "Hi Eva, quick update from the agency: the client took the one with "
     "the ISO 26262 certificate for the automotive software job. More soon."),
    ("After your panel interview", "Thank you for meeting our panel on 8 October. The panel "
     "will be recommending another candidate for appointment to the Operations Manager "
     "position, and your file will be closed once the appointment is confirmed."),
    ("Operations Manager, Shediac", "Thanks for your application. We're going with an internal "
     "move on this one: our plant manager in Shippagan is transferring down in December, so "
     "the posting comes down today."),
    ("Recruitment outcome - Senior Planner", "The selection panel has finalised its "
     "recommendation and the selected candidate has accepted an offer of employment. This "
     "notice closes the recruitment process for all remaining applicants."),
    ("Your take-home", "Thanks for sending the exercise back early. It fell short on the race "
     "condition the readme hints at, so your application for Firmware Engineer ends at this "
     "step. Happy to send the reviewers' comments."),
    ("Management accountant", "Happy new year. The client has decided to outsource its "
     "management accounts from April, so there is no hire at all and the shortlist has been "
     "stood down. I'll be in touch about two other clients."),
    ("Coffee last week", "Thanks again for the coffee. We hired Matti in the end: he has been "
     "building our prototype with us as a contractor since spring. Good luck with the search."),
])
def test_a_no_told_through_who_got_it_or_the_search_closing(subject: str, body: str) -> None:
    assert _read(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), [
    # the offer on its way to the reader, through someone else's hands
    ("Your offer", "Good news: the offer went to another round of approvals this morning and "
     "should reach you by Friday for signature."),
    # a shortlist still standing, the reader on it
    ("Update", "The panel has not stood down the shortlist: you remain in the process and we "
     "will be in touch about interviews next week."),
    # an internal move talked about, not made against the reader
    ("Team news", "Some news from the team: Priya is going with an internal move to the Lisbon "
     "office next month. We'll miss her!"),
])
def test_the_same_words_deciding_nothing_against_the_reader(subject: str, body: str) -> None:
    assert _read(subject, body) != "rejection"


@pytest.mark.parametrize(("subject", "body", "is_no"), [
    ("Harbour Master (Deputy)", "Mr Okafor,\n\nThe trustees appointed Morag Fraser to the "
     "role on Monday evening. Many thanks for travelling to Oban.\n\nI. Campbell, Secretary",
     True),
    ("Finance Officer", "Dear Ms Byrne,\n\nOur committee has appointed to the Finance Officer "
     "post. Thank you for your time on Thursday.\n\nRegards,\nP. Walsh, Chair", True),
    # the same verb, deciding nothing against the reader
    ("Education Officer", "Dear Ms MacLeod,\n\nOur board has appointed an interview panel for "
     "the Education Officer post; we will write with a date for your interview next week.",
     False),
    ("Your application", "Hi Fiona, I've been appointed as your recruiter for the Education "
     "Officer post and will guide you through the interview stages.", False),
    ("Offer of appointment", "Dear Fiona, I am delighted to say that we have appointed you to "
     "the Education Officer post, subject to references. Your contract follows.", False),
])
def test_a_board_that_appointed_someone_to_the_post(subject: str, body: str, is_no: bool) -> None:
    assert (_read(subject, body) == "rejection") is is_no
