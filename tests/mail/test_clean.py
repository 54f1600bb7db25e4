"""Cleaning a body: quoted replies, signatures and typographic characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from onward.mail.clean import clean, clean_body, plain, strip_quoted


def test_gmail_quote_is_cut() -> None:
    body = (
        "Thanks Dan, we've decided to go another way.\n\n"
        "On Tue, Oct 6, 2026 at 4:02 PM Daniel Okafor <d@example.com> wrote:\n"
        "> Any news on the role?\n"
    )
    assert clean_body(body) == "Thanks Dan, we've decided to go another way."


def test_wrapped_on_wrote_line_is_cut() -> None:
    body = "Short answer: yes.\n\nOn Tue, Oct 6, 2026 at 4:02 PM Daniel Okafor\n<d@example.com> wrote:\n> old"
    assert clean_body(body) == "Short answer: yes."


def test_outlook_header_block_is_cut() -> None:
    body = (
        "Please see below.\n\n"
        "From: Jane Doe <jane@acme.example>\nSent: Monday, 2 November 2026 10:00\n"
        "To: Sam\nSubject: Interview\n\nWe would like to invite you to interview."
    )
    assert clean_body(body) == "Please see below."


def test_original_message_marker_is_cut() -> None:
    body = "Confirmed for Thursday.\n-----Original Message-----\nFrom: x\nold text"
    assert clean_body(body) == "Confirmed for Thursday."


def test_quoted_lines_dropped_when_interleaved() -> None:
    body = "> do you have news?\nNot yet, sorry.\n> thanks"
    assert strip_quoted(body).strip() == "Not yet, sorry."


def test_signature_is_set_apart() -> None:
    found = clean(
        "Hi Sam,\n\nWe will not be moving forward.\n\nBest regards,\nJane Doe\nRecruiter, Acme"
    )
    assert found.text == "Hi Sam,\n\nWe will not be moving forward."
    assert "Jane Doe" in found.signature
    assert "Recruiter, Acme" in found.signature


def test_dash_dash_signature_and_legal_footer() -> None:
    found = clean("Offer attached.\n-- \nJane\n\nCONFIDENTIALITY NOTICE: this email is private")
    assert found.text == "Offer attached."
    assert "CONFIDENTIALITY" not in found.text


def test_typographic_characters_made_plain() -> None:
    assert plain("We\u2019re \u201cpleased\u201d \u2013 really\u2026") == 'We\'re "pleased" - really...'


@given(st.text(max_size=400))
def test_cleaning_never_fails_and_never_grows(text: str) -> None:
    cleaned = clean(text)
    assert len(cleaned.text) <= len(plain(text))
