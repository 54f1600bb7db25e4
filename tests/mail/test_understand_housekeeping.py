"""A careers site keeping its house, and the no's that come wrapped in it (session seven).

Account deletions, expiring alerts, unsubscribes, applications never finished or sent twice
speak of closing and deleting but decide nothing; a no followed by a long data notice or a
consent button is still a no. Each case is written for this test, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand


def _category(subject: str, body: str) -> str:
    return understand(MailText(subject=subject, sender_name="Talent Team",
                               sender_address="careers@northwind.example", body=body,
                               to="Ada Obi <ada.obi@mail.example>")).category


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Your job alert is about to expire",
         "Hi Ada,\n\nYour job alert \"Data roles - Leeds\" will expire on 3 March. Sign in to "
         "renew it and keep receiving new job postings that match."),
        ("You're unsubscribed",
         "Hi Ada,\n\nYou've been unsubscribed from Northwind job alerts. You will still hear "
         "from us about applications you have submitted."),
        ("We already have your application",
         "Dear Ada,\n\nYou already have an active application for Analyst (REQ-118), so we have "
         "not created a second one. Your original application remains under consideration."),
        ("Keep your profile?",
         "Hi Ada,\n\nYour candidate profile has had no activity for a year and is scheduled for "
         "deletion on 1 May. To keep it, just sign in before then."),
    ],
)
def test_housekeeping_is_other(subject: str, body: str) -> None:
    assert _category(subject, body) == "other"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nThanks for applying to the Analyst position. We're not going to continue "
        "with yours.\n\nA note on your data: we keep it for 180 days and then delete it. You can "
        "ask us to delete it earlier by replying to this email.",
        "Hi Ada,\n\nAfter reviewing all applicants we have decided to pursue candidates who "
        "hold the certification, and we will not be moving forward with your application.\n\n"
        "Would you like us to keep your application on file for 12 months? Keep my application "
        "on file: https://northwind.example/consent",
        "Dear Dr Obi,\n\nThe recruitment process for this position has been concluded without "
        "an offer being made to you. We will keep your documents for six months unless you "
        "withdraw your consent.",
        "Your application\n\nJoin our talent network to hear about new roles. How did we do? "
        "Take our survey.\n\nYour application: the hiring team has reviewed your application "
        "and decided to pursue other candidates for this position.",
    ],
)
def test_a_no_wrapped_in_housekeeping_is_a_no(body: str) -> None:
    assert _category("Your application", body) == "rejection"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a listing the reader only saved has closed on a board
        ("This job is no longer available",
         "The job you saved - Payroll Lead at Ostra Foods - is no longer available. The employer "
         "may have filled or removed the listing.\n\nWe've removed it from your saved jobs."),
        ("A job you saved has expired",
         "Hi Ada,\n\nThe following job you saved is no longer available:\n\nPayroll Lead\nOstra "
         "Foods - Leeds\n\nEmployers sometimes close job posts when they have filled the "
         "position.\n\nFind similar jobs"),
        # the seeker declined the offer; the employer withdraws it in its system
        ("RE: Offer - Payroll Lead",
         "Dear Ada,\n\nThank you for letting us know. We are disappointed that you have decided "
         "not to accept our offer, but we understand. I have withdrawn the offer in our system."
         "\n\nAll the best in your new role."),
        # a delay that sounds like bad news but decides nothing
        ("Payroll Lead",
         "Dear Ada,\n\nI'm sorry to say that I don't have the news you were hoping for today: our "
         "director wants to meet the final candidates first. Nothing has been decided, and you "
         "remain very much in the process. I'll be in touch on Monday."),
        # a recruiter's note to a whole network that a search is over
        ("Filled - Head of Design + what's coming up",
         "Hi Ada,\n\nA quick one to my design network: the Head of Design search I shared in "
         "July is closed - my client has appointed a brilliant candidate. Thanks to everyone who "
         "passed it on.\n\nComing up: Senior Designer (Leeds), UX Researcher (remote).\n\n"
         "You're receiving this because you're part of my design network. Unsubscribe."),
        # an employer's newsletter with an event called off
        ("The Northwind Edit | October",
         "Dear Ada,\n\nWelcome to this month's edit, our newsletter for members of the Northwind "
         "talent network. Unfortunately our open house cannot go ahead this year, and the plant "
         "tour has been cancelled because of maintenance work."),
        # a delay that says in so many words it is not bad news
        ("Re: Analyst - next steps",
         "Hi Ada,\n\nSorry, I promised an answer today and don't have one. We regret the delay; "
         "unfortunately two panel members were off sick. So: no news, but no bad news either. "
         "I'll write on Tuesday."),
    ],
)
def test_what_only_sounds_like_a_no_is_other(subject: str, body: str) -> None:
    assert _category(subject, body) != "rejection"


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Careers bulletin | surviving rejection season",
         "If your inbox has started filling up with emails beginning \"Unfortunately\", you're not "
         "alone. Most early rejections are about volume, not about you.", False),
        ("Beca Cóndor 2026 - resultado",
         "Estimada Ada: en relación con su postulación a la convocatoria de becas 2026 para "
         "estudios de doctorado, lamentamos informarle que su postulación no ha sido "
         "seleccionada para recibir la beca.", False),
        ("Graduate scheme - timeline update",
         "Dear Ada,\n\nWe regret the delay: shortlisting for the scheme has taken longer than we "
         "planned. Your application is still under review.", False),
        ("Superday outcome",
         "Dear Ada,\n\nI'm afraid we will not be extending you an offer for the Graduate Analyst "
         "Programme. I'd be very happy to share the interviewers' notes in more detail on a "
         "call.", True),
        ("Your application - Degree Apprenticeship",
         "Dear Ada,\n\nWe're sorry to say that we can't take your application forward. Our "
         "Graduate Analyst programme reopens for applications in September.", True),
        ("Internship water quality",
         "Dear Ada,\n\nThe internship on water quality monitoring for the first half of 2026 has "
         "already been filled. We received your application after we had made our choice.", True),
        ("Tutor allocations",
         "Hi Ada,\n\nAllocations are now complete and unfortunately we haven't been able to offer "
         "you any tutoring hours this semester.", True),
    ],
)
def test_students_mail(subject: str, body: str, expected: bool) -> None:
    assert (_category(subject, body) == "rejection") == expected
