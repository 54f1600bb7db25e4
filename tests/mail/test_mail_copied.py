"""A no addressed to someone else with the reader only in copy (a head teacher answering
another applicant and copying the reader, a manager telling a candidate no with the reader,
his colleague, in Cc) is not the reader's rejection; a no addressed to her is, whoever else is
copied. Read through the pipeline, which knows the reader's addresses."""

from __future__ import annotations

from onward.mail.owner import Reader
from onward.mail.parse import parse_message
from onward.mail.pipeline import understand_parsed

READER = Reader(addresses=frozenset({"nomvula.dube@kopjenet.example"}))
NO = ("Thank you for your interest in the stores clerk post at Mabvuku High. The post has been "
      "filled by an internal appointment. We will keep your letter on file.")


def _read(to: str, cc: str, greeting: str, *, reader: Reader | None = READER) -> tuple[str, tuple[str, ...]]:
    raw = (f"From: Mr K. Moyo <head@mabvuku.school.example>\nTo: {to}\nCc: {cc}\n"
           "Subject: Stores clerk post\nMessage-ID: <cc-1@mabvuku.school.example>\n"
           "Date: Mon, 2 Nov 2026 09:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
           f"{greeting}\n\n{NO}\n\nYours faithfully\nK. Moyo, Head\n").encode()
    found = understand_parsed(parse_message(raw), reader=reader)
    return found.category, found.evidence


def test_someone_elses_no_with_the_reader_in_copy_is_not_hers() -> None:
    category, evidence = _read('"Mr T. Sibanda" <t.sibanda@zimmail.example>',
                               "Nomvula Dube <nomvula.dube@kopjenet.example>", "Dear Mr Sibanda")
    assert category == "other"
    assert "only copied" in evidence[0]


def test_a_no_addressed_to_the_reader_stays_hers_whoever_is_copied() -> None:
    category, _ = _read("Nomvula Dube <nomvula.dube@kopjenet.example>",
                        '"Mr T. Sibanda" <t.sibanda@zimmail.example>', "Dear Ms Dube")
    assert category == "rejection"


def test_a_letter_that_greets_the_reader_though_she_is_in_copy_stays_hers() -> None:
    # an agency writes to the client and copies the candidate, greeting her
    category, _ = _read('"Mr T. Sibanda" <t.sibanda@zimmail.example>',
                        "Nomvula Dube <nomvula.dube@kopjenet.example>", "Dear Nomvula")
    assert category == "rejection"


def test_without_knowing_the_reader_a_no_is_read_as_hers() -> None:
    category, _ = _read('"Mr T. Sibanda" <t.sibanda@zimmail.example>',
                        "Nomvula Dube <nomvula.dube@kopjenet.example>", "Dear Mr Sibanda",
                        reader=None)
    assert category == "rejection"
