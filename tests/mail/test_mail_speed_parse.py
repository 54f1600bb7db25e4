"""``parse_tree`` builds exactly the tree the stdlib's feed parser builds, or steps aside.

Not a timing test (figures live in bench/intake.py): the fast reading is only allowed where
it gives the same ``Message`` objects, so every corpus message, every hostile fixture and a
few thousand generated MIME messages are read both ways and compared.
"""

from __future__ import annotations

import email
from email.message import Message
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onward.mail.parse import parse_message
from onward.mail.parse_tree import message_tree
from onward.mail.sources import iter_path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _shape(msg: Message) -> tuple[object, ...]:
    payload = msg._payload  # type: ignore[attr-defined]
    return (
        tuple(msg._headers),  # type: ignore[attr-defined]
        msg.get_unixfrom(),
        msg.get_default_type(),
        msg.preamble,
        msg.epilogue,
        tuple(type(d).__name__ for d in msg.defects),
        msg.is_multipart(),
        tuple(_shape(p) for p in payload) if isinstance(payload, list) else payload,
    )


def _same_tree(raw: bytes) -> bool:
    """The fast tree equals the stdlib's (True), or there is none (False)."""
    fast = message_tree(raw)
    if fast is None:
        return False
    assert _shape(fast) == _shape(email.message_from_bytes(raw)), raw[:300]
    return True


def _all_messages() -> list[bytes]:
    corpora = sorted(p for p in (ROOT / "corpus" / "mail").iterdir() if p.is_dir())
    return [raw.data for path in [*corpora, FIXTURES] for raw in iter_path(path)]


def test_every_corpus_message_and_fixture_gets_the_stdlib_tree() -> None:
    messages = _all_messages()
    fast = sum(_same_tree(raw) for raw in messages)
    assert len(messages) > 1000
    assert fast > 0.9 * len(messages)  # the fast reading is the common case


def test_the_same_with_crlf_line_endings() -> None:
    for raw in _all_messages():
        _same_tree(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))


@pytest.mark.parametrize("name", sorted(p.name for p in (FIXTURES / "hostile").iterdir()))
def test_hostile_fixtures_parse_as_before(name: str) -> None:
    raw = (FIXTURES / "hostile" / name).read_bytes()
    _same_tree(raw)
    parsed = parse_message(raw)
    assert parsed == _stdlib_parse(raw)


def _stdlib_parse(raw: bytes):  # type: ignore[no-untyped-def]
    from onward.mail import parse

    original = parse.message_tree
    parse.message_tree = lambda _raw: None  # type: ignore[assignment]
    try:
        return parse_message(raw)
    finally:
        parse.message_tree = original


_BOUNDARY = st.text(alphabet=st.sampled_from(list("abAB09'()+_,-./:=? ")), min_size=1, max_size=12)
_LINE = st.sampled_from([
    "Hello there,", "", " ", "--", "-- ", "From me", "> quoted", "x: y", "\tindented",
    "=?utf-8?q?caf=C3=A9?=", "caf\u00e9", "line with trailing space ",
])
_BODY = st.lists(_LINE, max_size=6).map("\n".join)


@st.composite
def _mime(draw: st.DrawFn, depth: int = 0) -> str:
    good = ["Subject: hi", "From: A <a@x.example>", "X-Long: one\n two", "X-Empty:",
            "Content-Transfer-Encoding: 8bit", "Content-Disposition: attachment; filename=a.txt"]
    bad = ["Content-Transfer-Encoding: base64", ": no name", " continued first", "From nobody",
           "Bad header line"]
    headers = draw(st.lists(st.sampled_from(good * 8 + bad), max_size=3))
    kind = draw(st.sampled_from(["text/plain", "text/html", "multipart/mixed", "multipart/alternative",
                                 "multipart/related", "message/rfc822", "multipart/digest",
                                 "application/pdf"]))
    if not kind.startswith("multipart") or depth >= 2:
        kind = "text/plain" if kind.startswith("multipart") else kind
        return "\n".join([*headers, f"Content-Type: {kind}", "", draw(_BODY)])
    boundary = draw(_BOUNDARY)
    quoted = draw(st.booleans())
    param = f'"{boundary}"' if quoted else boundary
    parts = draw(st.lists(_mime(depth + 1), min_size=draw(st.sampled_from([1, 1, 1, 0])),
                          max_size=3))
    lines = [*headers, f"Content-Type: {kind}; boundary={param}", "", draw(_BODY)]
    for part in parts:
        suffix = draw(st.sampled_from(["", "", "", "", " ", "\t", "x", "--"]))
        lines += [f"--{boundary}{suffix}", part]
    if draw(st.sampled_from([True, True, True, False])):
        lines.append(f"--{boundary}--" + draw(st.sampled_from(["", "", " ", "junk"])))
    lines.append(draw(_BODY))
    return "\n".join(lines)


@settings(max_examples=1500, deadline=None)
@given(_mime(), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_generated_mime_gets_the_stdlib_tree_or_none(text: str, newline: str, final: bool) -> None:
    raw = (text.replace("\n", newline) + (newline if final else "")).encode("utf-8")
    _same_tree(raw)


def test_plain_shapes_take_the_fast_reading() -> None:
    simple = b"From: a@x.example\nSubject: hi\n\nHello\n"
    multipart = (b'Content-Type: multipart/alternative; boundary="b1"\n\npre\n--b1\n'
                 b"Content-Type: text/plain\n\nHi\n--b1\nContent-Type: text/html\n\n<p>Hi</p>\n"
                 b"--b1--\nafter\n")
    assert _same_tree(simple) and _same_tree(multipart)
    assert _same_tree(multipart.replace(b"\n", b"\r\n"))
    assert message_tree(multipart.replace(b"--b1--\n", b"")) is None  # no closing delimiter
