"""Parsing real-world and hostile mail: never crash, decode text, never leak markup."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onward.mail.parse import decode_header, html_to_text, parse_message, sanitize_html

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"


def hostile(name: str) -> bytes:
    return (HOSTILE / name).read_bytes()


@pytest.mark.parametrize("path", sorted(HOSTILE.glob("*.eml")), ids=lambda p: p.name)
def test_every_hostile_message_parses_without_markup_in_the_text(path: Path) -> None:
    parsed = parse_message(path.read_bytes(), want_html=True)
    assert "<script" not in parsed.text.lower()
    assert "<script" not in parsed.html_sanitized.lower()
    for value in (parsed.subject, parsed.sender_name, parsed.sender_address, parsed.to):
        assert "\n" not in value and "\r" not in value


def test_encoded_subject_keeps_the_space_before_a_dash() -> None:
    subject = (
        "Interview invitation: Backend Engineer =?utf-8?q?=E2=80=94_=C3=9Cn=C3=AFc=C3=B6d=C3=A9?="
    )
    assert decode_header(subject) == "Interview invitation: Backend Engineer — Ünïcödé"


def test_adjacent_encoded_words_join_without_the_space_between_them() -> None:
    assert decode_header("=?utf-8?q?Data_?= =?utf-8?q?Analyst?=") == "Data Analyst"


def test_header_injection_cannot_add_lines() -> None:
    parsed = parse_message(hostile("header_injection.eml"))
    assert parsed.subject == "Interview X-Injected: yes"
    assert parsed.sender_name == "Acme Bcc: victim@example.com"
    assert parsed.sender_address == "jobs@acme.com"


def test_a_wrong_declared_charset_still_gives_readable_text() -> None:
    parsed = parse_message(hostile("wrong_charset.eml"))
    assert "Vielen Dank für Ihre Bewerbung" in parsed.text
    assert parsed.sender_name == "Jürgen Müller"


def test_latin1_bytes_declared_as_utf8_are_recovered_and_reported() -> None:
    parsed = parse_message(hostile("latin1_declared_utf8.eml"))
    assert "Nous avons bien reçu votre candidature" in parsed.text
    assert any("charset" in error for error in parsed.errors)


def test_unknown_charset_falls_back_to_a_guess() -> None:
    parsed = parse_message(hostile("unknown_charset.eml"))
    assert "invite you to an interview. Café" in parsed.text
    assert any("unknown charset" in error for error in parsed.errors)


def test_broken_boundaries_keep_the_readable_part() -> None:
    parsed = parse_message(hostile("broken_boundary.eml"))
    assert "Thank you for applying to the Data Analyst role" in parsed.text
    assert parsed.message_id == "<broken-boundary@acme.com>"


def test_scripts_styles_handlers_and_remote_images_are_removed_from_html() -> None:
    parsed = parse_message(hostile("script_and_pixels.eml"), want_html=True)
    shown = parsed.html_sanitized.lower()
    for leaked in (
        "<script",
        "<style",
        "onload",
        "onclick",
        "javascript:",
        "<iframe",
        "<form",
        "tracker.example",
        "evil.example",
        "document.cookie",
    ):
        assert leaked not in shown
    assert 'src="cid:logo@umbrella"' in shown
    assert "move forward with your application" in parsed.text
    assert "document.cookie" not in parsed.text and "color:red" not in parsed.text


def test_html_to_text_keeps_paragraphs_apart_and_decodes_entities() -> None:
    text = html_to_text("<p>Dear Sam,</p><p>Thank you &amp; good luck.<br>Acme&nbsp;Team</p>")
    assert text == "Dear Sam,\n\nThank you & good luck.\nAcme Team"


def test_sanitize_keeps_safe_links_with_noopener() -> None:
    out = sanitize_html('<a href="https://acme.com/jobs">jobs</a>')
    assert 'href="https://acme.com/jobs"' in out and "noopener" in out


def test_empty_body_and_missing_subject_are_fine() -> None:
    parsed = parse_message(hostile("empty_body.eml"))
    assert parsed.text == "" and parsed.subject == ""
    assert parsed.sender_address == "noreply@lever.co"


def test_missing_message_id_gets_a_stable_substitute_and_bad_date_is_dropped() -> None:
    raw = hostile("no_message_id.eml")
    first, again = parse_message(raw), parse_message(raw.replace(b"\n", b"\r\n"))
    assert first.message_id == again.message_id and first.message_id_synthesized
    assert first.date is None and "unreadable Date header" in first.errors


def test_broken_base64_does_not_crash() -> None:
    parsed = parse_message(hostile("base64_broken.eml"))
    assert parsed.subject == "Offer"


def _nested(depth: int) -> bytes:
    head = b"From: a@b.example\r\nSubject: deep\r\nMessage-ID: <deep@b.example>\r\n"
    opening, closing = [], []
    for level in range(depth):
        opening.append(
            f'Content-Type: multipart/mixed; boundary="b{level}"\r\n\r\n--b{level}\r\n'.encode()
        )
        closing.append(f"\r\n--b{level}--\r\n".encode())
    leaf = b"Content-Type: text/plain\r\n\r\nthe innermost words\r\n"
    return head + b"".join(opening) + leaf + b"".join(reversed(closing))


@pytest.mark.parametrize("depth", [5, 60, 3000])
def test_deeply_nested_multiparts_do_not_crash(depth: int) -> None:
    parsed = parse_message(_nested(depth))
    assert parsed.subject == "deep"
    if depth <= 40:
        assert "the innermost words" in parsed.text
    else:
        assert parsed.errors  # said what was skipped


def test_a_20_mb_attachment_is_listed_not_decoded() -> None:
    payload = base64.encodebytes(b"%PDF-1.7\n" + bytes(20 * 1024 * 1024))
    raw = (
        b"From: jobs@acme.com\r\nSubject: Your offer letter\r\nMessage-ID: <big@acme.com>\r\n"
        b'Content-Type: multipart/mixed; boundary="m"\r\n\r\n--m\r\n'
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nPlease find your offer attached.\r\n"
        b"--m\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="=?utf-8?q?Offer_=E2=80=93_Sam.pdf?="\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + payload + b"\r\n--m--\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.text.strip() == "Please find your offer attached."
    (attachment,) = parsed.attachments
    assert attachment.filename == "Offer – Sam.pdf"
    assert attachment.content_type == "application/pdf"
    assert attachment.size > 20_000_000


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_parse_without_raising(data: bytes) -> None:
    parse_message(data, want_html=True)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_header_decodes_to_one_line(value: str) -> None:
    decoded = decode_header(value)
    assert "\n" not in decoded and "\r" not in decoded


def test_html_tricks_are_neutralised() -> None:
    shown = parse_message(hostile("html_tricks.eml"), want_html=True).html_sanitized.lower()
    for leaked in (
        "refresh",
        "<base",
        "<link",
        "expression(",
        "data:text",
        "javascript:",
        "onerror",
        "<object",
        "<embed",
        "tracker.example",
        "evil.example",
    ):
        assert leaked not in shown


def test_bidi_overrides_and_nul_bytes_are_removed() -> None:
    parsed = parse_message(hostile("bidi_and_nul.eml"))
    assert "\u202e" not in parsed.subject + parsed.sender_name and "\x00" not in parsed.subject
    assert "\x00" not in parsed.text and "schedule an interview" in parsed.text


def test_thousands_of_parts_and_huge_headers_are_bounded() -> None:
    many = parse_message(hostile("many_parts.eml"))
    assert many.text == "part 0" and any("MIME parts" in e for e in many.errors)
    assert len(parse_message(hostile("long_header.eml")).subject) <= 1000


def test_a_forwarded_message_is_read_safely() -> None:
    parsed = parse_message(hostile("forwarded_rfc822.eml"), want_html=True)
    assert parsed.text == "See below."
    assert "<script" not in parsed.html_sanitized


def test_html_table_cells_stay_apart() -> None:
    # An ATS status notice whose decision is only a cell of a table: it must not be glued to the
    # date before it ("…Italy14/11/2025No longer under consideration").
    text = html_to_text(
        "<table><tr><th>Job</th><th>Submitted</th><th>Status</th></tr>"
        "<tr><td>Transport Planner<br>R-25530 · Trieste</td><td>14/11/2025</td>"
        "<td><b>No longer under consideration</b></td></tr></table>"
    )
    lines = text.splitlines()
    assert "No longer under consideration" in lines
    assert "14/11/2025" in lines and "Status" in lines
