"""Someone else's candidacy in the reader's mail (session seven).

A seeker who also hires, mentors or writes references gets drafts of other people's no's,
colleagues' verdicts, reference requests and forwarded news. None of it is the reader's own
rejection, however plainly it is worded; the reader's own no from the same people still is.
Each case is written for this test, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from onward.mail.clean import clean
from onward.mail.understand import MailText, understand
from onward.mail.understand_letters import letter_to_another

READER = "Noor Haddad <noor.haddad@mail.example>"


def _read(body: str, subject: str = "Re: Analyst hiring", to: str = READER,
          sender: str = "Chris Wong", address: str = "chris.wong@firm.example") -> str:
    return understand(MailText(subject=subject, sender_name=sender, sender_address=address,
                               body=body, to=to)).category


@pytest.mark.parametrize(
    "body",
    [
        # a draft of a no to a candidate, sent to the reader for approval
        "Hi Noor,\n\nHere is the text for Tomasz, as agreed. Edit what you like before it goes "
        "out.\n\n---\n\nDear Tomasz,\n\nThank you for meeting the team on Tuesday. After careful "
        "consideration we have decided to proceed with another candidate.\n\nKind regards,\nChris",
        "Noor,\n\nCan you send this to the three we interviewed but won't appoint? Use it instead "
        "of the standard letter.\n\nDear [first name],\n\nOn this occasion the panel has offered "
        "the position to another applicant. We hope you will apply again.\n\nChris",
        # a colleague's verdict on someone the reader interviewed
        "Noor,\n\nMet Dev this morning. Sorry but I'm a no on him, and we're going to pass on "
        "him. The other two weren't convincing either, so let's reject all three and repost.\n\nC.",
        # the reader as a referee
        "Dear Ms Haddad,\n\nThank you again for your reference for Ola last week. Just to close "
        "the loop: we decided to go with another applicant for the Analyst role. I've let her "
        "know today.\n\nBest,\nChris",
    ],
)
def test_someone_elses_no_is_not_the_readers(body: str) -> None:
    assert _read(body) != "rejection"


def test_a_friends_forwarded_no_under_a_thunderbird_heading_is_her_news() -> None:
    body = ("Hey, got this today :( any advice?\n\n-------- Forwarded Message --------\n"
            "Subject: Your application\nFrom: Careers <jobs@bank.example>\nTo: sam@mail.example"
            "\n\nDear Sam,\n\nWe regret to inform you that you were not selected for the "
            "graduate programme.\n\nCareers Team")
    assert _read(body, subject="Fwd: Your application", sender="Sam Lee",
                 address="sam@mail.example") != "rejection"


@pytest.mark.parametrize(
    "body",
    [
        # the reader's own no, from a colleague who also hires with her
        "Hi Noor,\n\nThanks for interviewing for the Head of Analytics post last week. I'm sorry "
        "to tell you that we have decided to appoint another candidate.\n\nChris",
        # a bilingual letter greets the reader twice
        "Dear Noor,\n\nWe regret that your application for the Analyst post was not successful."
        "\n\nEstimada Noor:\n\nLamentamos informarle que su candidatura no ha sido "
        "seleccionada.\n\nChris",
    ],
)
def test_the_readers_own_no_still_counts(body: str) -> None:
    assert _read(body) == "rejection"


def test_a_letter_inside_a_letter_is_found_only_for_another_person() -> None:
    text = clean("Hi Noor,\n\nDraft below for your review, thanks.\n\nDear Tomasz,\n\nThank "
                 "you for your time.\n\nChris").text
    assert letter_to_another(text, READER) == text.index("Dear Tomasz")
    assert letter_to_another(text, "Tomasz Nowak <t.nowak@mail.example>") is None
    assert letter_to_another(text, "") is None  # whom it is for is unknown
    greeted_twice = clean("Dear Noor,\nDear Chris,\n\nThank you both for coming.").text
    assert letter_to_another(greeted_twice, READER) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the reader's own workplace refusing a request is no job no
        ("Leave request LR-1182 - REJECTED\n\nEmployee: Haddad, Noor\nLeave type: annual leave"
         "\nStatus: Rejected\nApprover remarks: two team leads already off that day.", "other"),
        # a relative's news told to the reader
        ("Hi love,\n\nDad heard back from the council about the caretaker job. They went with "
         "the other fella. Give him a ring this weekend?\n\nMum", "other"),
        # the reader's own no, in the writer's plain words
        ("They went with the other guy. Gutted for you. Call you tomorrow.", "rejection"),
        ("Thanks for interviewing with us. We won't be offering you the instructional designer "
         "role; your answers on adult learning stayed very school-focused.", "rejection"),
    ],
)
def test_whose_no_it_is(body: str, expected: str) -> None:
    assert (_read(body, subject="News") == "rejection") == (expected == "rejection")


@pytest.mark.parametrize(
    "body",
    [
        "Priya Shah has been moved to Rejected by Chris Wong.\n\nJob: Analyst - REQ-118\n\n"
        "You're receiving this because you're on the hiring team for this job.",
        "An interview has been scheduled (you are on the panel).\n\nCandidate: Ola Bello\n"
        "When: Friday 10:00\nWhere: Room 4\n\nA calendar invitation is attached.",
        "Noor!! I got an offer from Vesta but the salary is lower than I asked. Can I counter or "
        "will they take back the offer? Call me tomorrow?\n\nMel",
    ],
)
def test_the_hiring_side_and_a_friends_offer_are_not_the_readers_news(body: str) -> None:
    assert _read(body, subject="Update") == "other"


def test_a_meeting_notice_in_mail_not_about_a_job_is_other() -> None:
    # the words of a scheduled call ("Zoom", a date and time), in a book club's recording notice
    found = understand(MailText(
        subject="Your cloud recording is ready", sender_name="Zoom",
        sender_address="no-reply@zoom.example",
        body="Hi Noor,\n\nYour cloud recording is now available.\n\nTopic: Book club - March "
             "meeting\nDate: Mar 4, 2026 07:00 PM\n\nShare recording: "
             "https://zoom.example/rec/share/x1\n\nThank you for choosing Zoom.",
        to=READER))
    assert found.category == "other"
