"""Mail in the form real systems and people send it: a forward, a text part that only points at
the HTML. Messages written for these tests (not copied from any corpus)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from onward.mail.parse import parse_message
from onward.mail.pipeline import mail_text
from onward.mail.understand import MailText, reader_first_name, understand

REJECTION = (
    "Hi {name},\n\nThank you for your interest in the Quality Engineer position at Brackwater "
    "Foods. After reviewing your application, we have decided not to move forward at this "
    "time.\n\nWe encourage you to apply for future openings.\n\nBrackwater Talent Team"
)


def forward(*, to: str, own: str, inner_to: str, greeting: str, mark: str) -> MailText:
    body = (
        f"{own}\n\n{mark}\nFrom: Brackwater Foods <no-reply@brackwater.example>\n"
        f"Date: Mon, 6 Jan 2025 at 14:15\nSubject: Your application to Brackwater Foods\n"
        f"To: {inner_to}\n\n{REJECTION.format(name=greeting)}\n"
    )
    return MailText(subject="Fwd: Your application to Brackwater Foods",
                    sender_name="Someone", sender_address="someone@post.example", body=body,
                    to=to)


@pytest.mark.parametrize("mark", ["---------- Forwarded message ---------",
                                  "Begin forwarded message:",
                                  "-------- Original Message --------"])
def test_a_forwarded_no_addressed_to_the_reader_is_her_rejection(mark: str) -> None:
    mail = forward(to="Nkechi Obi <nkechi.obi@mailbox.example>", mark=mark,
                   own="fyi - this went to my old address, forwarding so it's all in one place",
                   inner_to="nkechi@oldmail.example", greeting="Nkechi")
    found = understand(mail)
    assert found.category == "rejection"
    assert found.company == "Brackwater Foods"
    assert found.invites_reapply is True


def test_an_agency_passing_on_the_clients_no_about_the_reader_is_a_rejection() -> None:
    mail = MailText(
        subject="Fwd: RE: Candidate P. Nowak - Service Engineer",
        sender_name="Dan Whitby", sender_address="dan@kestrel-eng.example",
        to="Piotr Nowak <piotr.nowak@post.example>",
        body="Piotr,\n\nSee below from the client. Sorry - call me if you want to talk it "
             "through.\n\nDan\n\n---------- Forwarded message ---------\nFrom: Mette Lund "
             "<mette@fjordmarine.example>\nDate: Tue, 3 Dec 2024 at 10:14\nSubject: RE: "
             "Candidate P. Nowak\nTo: Dan Whitby <dan@kestrel-eng.example>\n\nHi Dan,\n\n"
             "Thanks for introducing Piotr. The team liked him, but we have decided not to "
             "progress his application: the role needs valid offshore safety certificates.\n\n"
             "Best regards\nMette",
    )
    assert understand(mail).category == "rejection"


def test_a_friend_forwarding_her_own_no_stays_her_news() -> None:
    mail = forward(to="Nkechi Obi <nkechi.obi@mailbox.example>", greeting="Chioma",
                   mark="---------- Forwarded message ---------",
                   own="Can you believe this?? Third one this month. Wine on Friday?",
                   inner_to="Chioma Eze <chioma@mailbox.example>")
    assert understand(mail).category != "rejection"


def test_a_reply_quoting_the_original_message_is_not_read_as_a_forward() -> None:
    mail = forward(to="Nkechi Obi <nkechi.obi@mailbox.example>", greeting="Nkechi",
                   mark="-------- Original Message --------",
                   own="Thanks for letting me know, and for your time.",
                   inner_to="nkechi.obi@mailbox.example")
    mail = MailText(subject="Re: Your application", sender_name=mail.sender_name,
                    sender_address=mail.sender_address, body=mail.body, to=mail.to)
    assert understand(mail).category != "rejection"  # the seeker's own reply, not news


@pytest.mark.parametrize(("to", "name"), [
    ("Adaeze Okonkwo <adaeze@post.example>", "Adaeze"),
    ('"Dr. Marta Silva" <m@post.example>', "Marta"),
    ("jamie.lachlan@post.example", "Jamie"),
    ("<ops@post.example>", ""),
    ("", ""),
])
def test_the_readers_first_name(to: str, name: str) -> None:
    assert reader_first_name(to) == name


def _alternative(plain: str, html: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Hollin Group <no-reply@hollin.icims.com>"
    message["To"] = "sam@post.example"
    message["Subject"] = "Update regarding Req ID 2024-1182"
    message["Message-ID"] = "<stub-1@hollin.example>"
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return message.as_bytes()


LETTER = ("<table><tr><td><img src='https://cdn.example/logo.png'></td></tr><tr><td><p>Dear Sam,"
          "</p><p>Thank you for applying for the Maintenance Planner role. We have reviewed your "
          "application and will not be moving forward with your candidacy at this time. The "
          "requisition has since been cancelled while the site is restructured.</p><p>We wish "
          "you every success.</p><p>Hollin Group Talent Acquisition</p></td></tr></table>")


@pytest.mark.parametrize("stub", [
    "This message contains graphics. If you are unable to view it, please view this email "
    "online:\nhttps://careers-hollin.icims.com/icims2/servlet/icims2?module=AppInert&id=88213",
    "Having trouble reading this email? View it in your browser: https://hollin.example/v/9f2",
])
def test_a_text_part_that_only_points_at_the_html_gives_way_to_it(stub: str) -> None:
    parsed = parse_message(_alternative(stub, LETTER))
    assert "will not be moving forward" in parsed.text
    assert understand(mail_text(parsed)).category == "rejection"


def test_a_short_text_part_that_says_the_same_as_the_html_is_kept() -> None:
    plain = "Hi Sam, see you Thursday at 2pm for the interview. Link: https://meet.example/x"
    parsed = parse_message(_alternative(plain, f"<p>{plain}</p><p>Logo</p>"))
    assert parsed.text.strip() == plain


def test_a_teaser_text_part_gives_way_to_the_letter_in_the_html() -> None:
    # Taleo-style: the text part announces "an update" and sends you to log in; the HTML beside
    # it holds the letter itself.
    teaser = ("Dear Sam,\n\nThere has been an update to your application for Requisition 583302. "
              "To read it, please log in to your candidate profile:\n"
              "https://hollin.taleo.net/careersection/ex/mysubmissions.ftl\n\n"
              "This is an automated message. Please do not reply.\n")
    parsed = parse_message(_alternative(teaser, LETTER))
    assert "will not be moving forward" in parsed.text
    assert understand(mail_text(parsed)).category == "rejection"


def test_a_status_table_in_the_html_is_read_over_a_view_online_line() -> None:
    stub = ("There's an update to one of your job applications at Hollin Group.\n"
            "View it in your browser: https://hollin.wd3.myworkday.com/notifications/2f91aa\n")
    table = ("<p>HOLLIN GROUP</p><p>Hi Sam,</p><p>There's an update to your job application.</p>"
             "<table><tr><td>Job</td><td>Maintenance Planner (JR-58213)</td></tr>"
             "<tr><td>Location</td><td>Leeds</td></tr>"
             "<tr><td>Status</td><td>Position filled</td></tr></table>"
             "<p>Explore current opportunities on our careers site.</p>")
    parsed = parse_message(_alternative(stub, table))
    assert "Position filled" in parsed.text.splitlines()
    assert understand(mail_text(parsed)).category == "rejection"
