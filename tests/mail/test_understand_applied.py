"""What was applied for: a job, or a place, a scholarship, a flat (issue 3, precision)."""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, Understanding, understand
from onward.mail.understand_applied import applied_for, names_a_job, not_about_a_job


def _read(subject: str, body: str, sender: str = "office@elm.example",
          name: str = "Office") -> Understanding:
    return understand(MailText(subject=subject, sender_name=name, sender_address=sender,
                               body=body))


@pytest.mark.parametrize(("text", "kind"), [
    ("thank you for your application for the senior data analyst role", "job"),
    ("thanks for applying to the graduate scheme", "job"),
    ("thanks for applying to the future leaders scheme", "job_like"),
    ("your proposal for this virtual assistant job has been closed", "job"),
    ("we are unable to offer you a place on our reserve list for band 5 staff nurse", "job"),
    ("your application to the awards coordinator vacancy", "job"),
    ("thank you for auditioning for the soprano section of the city chorale", "not_a_job"),
    ("we cannot offer him a place at the school this september", "not_a_job"),
    # a bare "place" is as often one on a graduate scheme: it names nothing
    ("it has not been possible to offer you a place on this occasion", "unknown"),
    ("your application for the 2027 travel scholarship", "not_a_job"),
    ("thanks for applying for the room in our flatshare", "not_a_job"),
    ("your application to acme", "unknown"),
    # what is offered is in the first words; feedback on the phone is not a place
    ("we would like to offer you some feedback - please ring the school office", "unknown"),
])
def test_the_thing_applied_for_is_sorted(text: str, kind: str) -> None:
    assert [o.kind for o in applied_for(text)] == [kind]


def test_a_message_naming_a_job_anywhere_is_not_set_aside() -> None:
    text = ("thank you for your application to the summer school. we also read your application "
            "for the teaching assistant post.")
    assert names_a_job(applied_for(text))
    assert not_about_a_job(applied_for(text)) == []
    course = applied_for("your application to the summer course")
    assert [o.text for o in not_about_a_job(course)] == ["summer course"]
    # a programme is job-like: it keeps a no from being set aside, but names no job
    scholars = applied_for("your application to the fenwick scholars programme")
    assert not names_a_job(scholars) and not_about_a_job(scholars) == []


@pytest.mark.parametrize(("subject", "body"), [
    ("Audition outcome", "Thank you for auditioning for the Riverside Youth Orchestra last week. "
     "Unfortunately we are not able to offer you a place in the viola section this year, but we "
     "hope you will try again."),
    ("Bursary decision", "Dear Priya, thank you for applying for the Hartley Travel Bursary. We "
     "regret that on this occasion your application has not been successful."),
    ("Your application - Flat 2, 9 Elm Road", "Thanks for your application for the flat. The "
     "landlord has decided to go with another applicant, so we won't be progressing it."),
    ("Admissions decision", "After reviewing your son's application for the Year 12 sixth form "
     "course, we are unable to offer him a place. He has been added to our waiting list."),
])
def test_a_no_about_another_kind_of_application_is_not_a_rejection(subject: str,
                                                                   body: str) -> None:
    found = _read(subject, body)
    assert found.category == "other", found.evidence
    assert found.kind == "nonjob"
    assert found.company is None
    # the evidence says why: the thing applied for, or the other kind of application's words
    assert any("applied_for" in line or "not_recruiting" in line
               for line in found.evidence), found.evidence


@pytest.mark.parametrize(("subject", "body"), [
    ("Your application", "Thank you for applying for the Sous Chef position. We are unable to "
     "offer you a place in the kitchen team at this time, as we have appointed another "
     "candidate."),
    ("Graduate programme 2027", "Thank you for your application to our Graduate Programme. "
     "Unfortunately you have not been successful on this occasion."),
    ("Staff nurse - reserve list", "Thank you for attending interview. We are unable to offer you "
     "a post at present but can offer you a place on our reserve list for band 5 staff nurse."),
])
def test_a_job_named_as_the_thing_applied_for_keeps_the_rejection(subject: str,
                                                                   body: str) -> None:
    found = _read(subject, body, "hr@elm.example", "HR")
    assert found.category == "rejection", found.evidence


def test_a_no_with_another_applications_words_and_nothing_only_jobs_have_is_not_a_rejection(
) -> None:
    found = _read(
        "Re: the room", sender="dana@mail.example", name="Dana",
        body="Hi Sam, thanks for coming by on Sunday. We've decided to go with someone else for "
             "the flatshare, sorry! Best of luck with the search.")
    assert found.category == "other", found.evidence
    assert found.kind == "nonjob"
    # the same words with a job title in them stay a rejection
    kept = _read(
        "Night Porter post", sender="dana@hotel.example", name="Dana",
        body="Hi Sam, thanks for applying for the Night Porter post. We've decided to go with "
             "someone else, sorry! The flatshare I mentioned is still free if you move here.")
    assert kept.category == "rejection", kept.evidence


@pytest.mark.parametrize(("subject", "body"), [
    ("Choir result", "Thank you for auditioning for the Hallé Youth Choir. We are delighted to "
     "offer you a place in the choir for the 2027 season. Rehearsals start on 12 January."),
    ("Permit application received", "We have received your application for a residents' parking "
     "permit. It will be processed within ten working days."),
])
def test_a_yes_or_an_acknowledgement_about_another_kind_of_application_is_other(
        subject: str, body: str) -> None:
    found = _read(subject, body, "office@council.example")
    assert found.category == "other", found.evidence
