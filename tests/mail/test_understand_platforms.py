"""A job board or hiring tool that carries the mail is never named as the employer."""

from __future__ import annotations

import re

import pytest

from onward.mail.platforms import fold, squash, squash_text
from onward.mail.understand import MailText, understand
from onward.mail.understand_parties import is_platform


@pytest.mark.parametrize("name", ["LinkedIn", "Indeed", "Glassdoor", "Workday", "Greenhouse",
                                  "Lever", "iCIMS", "Taleo", "SmartRecruiters", "HackerRank for Work",
                                  "Calendly", "DocuSign", "USAJOBS", "Google Calendar"])
def test_platforms_are_recognised(name: str) -> None:
    assert is_platform(name)


@pytest.mark.parametrize("name", ["Reed Hale", "Lever Brothers", "Corvane", "Oracle Dental",
                                  "Monster Energy", "Google"])
def test_employers_that_share_a_word_are_not_platforms(name: str) -> None:
    assert not is_platform(name)


def test_linkedin_inmail_names_the_employer_not_linkedin() -> None:
    mail = MailText(
        subject="Daniel, an InMail from Corvane",
        sender_name="Priya Nair via LinkedIn",
        sender_address="inmail-hit-reply@linkedin.com",
        body="Priya Nair\nTalent Partner at Corvane\n\nHi Daniel, I came across your profile and "
             "we're hiring a Senior Data Engineer. Would you be open to a short chat next week?",
    )
    found = understand(mail)
    assert found.category == "recruiter_outreach"
    assert found.company == "Corvane"


def test_assessment_tool_is_not_the_employer() -> None:
    mail = MailText(
        subject="Your Stonebridge Bank assessment",
        sender_name="HackerRank for Work",
        sender_address="support@hackerrankforwork.com",
        body="Hi Sam,\n\nStonebridge Bank has invited you to take a coding test for the "
             "Technology Analyst Program. Please complete the test within 5 days.",
    )
    assert understand(mail).company != "HackerRank for Work"
    assert understand(mail).company in (None, "Stonebridge Bank")


@pytest.mark.parametrize(
    "text", ["Müller & Söhne GmbH", "ACME-Corp, Inc.", "\u212aelvin \u0130stanbul \u017fs", "", "--",
             "Renée\u00a0Lefèvre\n\tLtd.", "\udcff raw byte"],
)
def test_squash_text_keeps_letters_and_digits(text: str) -> None:
    assert squash_text(text) == re.sub(r"[^a-z0-9]", "", fold(text).lower())
    assert squash(text) == squash_text(text)
