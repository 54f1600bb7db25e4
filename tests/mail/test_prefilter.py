"""A prefiltered scan (``prefilter``) answers exactly as ``re`` does.

Not a timing test: the scan skips places, and these tests check that no skipped place could
have held a match, on text made of the patterns' own words (so matches are common), on
awkward made-up text and on a pattern too open to prefilter.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from onward.mail import clean, understand_company, understand_details, understand_letters
from onward.mail.prefilter import LineStart, Patterns, fold
from onward.mail.rules_literals import prefixes, required

_DETAILS = [*understand_details._WHOLE.patterns, *understand_details._FEEDBACK_WORDS.patterns]
_OPEN = re.compile(r"(?i)\b[a-z]+ role\b|^\s*dear\b")  # case-insensitive: searched as it is
_SET = Patterns(*_DETAILS, _OPEN)
_STRINGS = {s for p in _DETAILS for s in (prefixes(p) or required(p) or ())}
_WORDS = sorted(_STRINGS | {w for s in _STRINGS for w in s.split()}
                | {"the", "you", "we", "not", "a", "role", "Dear", ".", "!", "\n"})

_text = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=6)), max_size=60).map(
    lambda parts: " ".join(parts).replace(" \n ", "\n"))


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _same(text: str) -> None:
    scan = _SET.scan(text)
    for pattern in (*_DETAILS, _OPEN):
        expected = pattern.search(text)
        found = scan.search(pattern)
        assert (found and found.span()) == (expected and expected.span()), (pattern, text)
        assert [m.span() for m in scan.finditer(pattern)] == _spans(pattern, text)
        assert scan.count(pattern, 2) == min(2, len(pattern.findall(text)))
        assert scan.sub(pattern, " ") == pattern.sub(" ", text)
        for at, sentence in understand_details._sentence_spans(text):
            assert text[at : at + len(sentence)] == sentence
            inside, alone = scan.search(pattern, sentence, at), pattern.search(sentence)
            assert (inside and inside.span()) == (alone and alone.span()), (pattern, sentence)


@settings(max_examples=300, deadline=None)
@given(_text)
def test_scan_answers_as_re_does(text: str) -> None:
    _same(text)


def test_scan_on_written_text() -> None:
    _same("Dear candidate,\n\nUnfortunately we have decided not to move forward. The panel felt "
          "you lacked depth in system design.\nWe would encourage you to apply again in future! "
          "Other roles at Acme open soon? \U0001f600 We are happy to share feedback on request.")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\t\u00a0")), max_size=40))
def test_sentences_split_as_before(text: str) -> None:
    split = [s.strip() for s in understand_details._SENTENCE_SPLIT.split(text)
             if len(s.strip()) > 3]
    assert understand_details.sentences(text) == split


_FOLDED = [*understand_company._TEXT_SCAN.patterns, understand_company._CLIENT]
_FOLDED_SET = Patterns(*_FOLDED, folded=True)
_NAMES = ["Acme", "Hiring Manager at", "RECRUITER @", "recruiter at", "on behalf of our client",
          "My Client", "Talent Team at", "\u00a9 2026", "Copyright", "is an Equal Opportunity",
          "'s hiring", "\u2019s team", "has invited you", "Ridgeway Foods", "-", "\u2013", "the",
          "Head of Data at", "VP Sales @", "\u212aelvin", "\u017fourcer at", "D\u0131rector at",
          "\u0130nterest in", "Jane", "\n", ".", ","]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_NAMES), st.text(max_size=4)), max_size=30))
def test_folded_scan_answers_as_re_does(parts: list[str]) -> None:
    text = " ".join(parts)
    scan = _FOLDED_SET.scan(text)
    assert len(fold(text)) == len(text)
    for pattern in _FOLDED:
        assert [m.span() for m in scan.finditer(pattern)] == _spans(pattern, text), (pattern, text)
    if not scan.may_match():  # a text none of the strings occurs in matches no pattern
        assert not any(pattern.search(text) for pattern in _FOLDED), text


def test_may_match() -> None:
    assert not _FOLDED_SET.scan("Your application for Data Analyst").may_match()
    assert _FOLDED_SET.scan("Jane, Recruiter at Acme").may_match()
    assert _SET.scan("nothing here").may_match()  # a pattern searched in every text


def test_fold_covers_what_re_takes_for_a_letter() -> None:
    letter = re.compile("(?i:[a-z])").fullmatch
    taken = [c for c in map(chr, range(0x110000)) if letter(c)]
    assert len(taken) > 52  # the Kelvin sign, the long s, the dotted and dotless i
    for char in taken:
        assert fold(char) in "abcdefghijklmnopqrstuvwxyz"
        assert re.fullmatch(fold(char), char, re.IGNORECASE)
        assert fold(f"x{char}\u0130") == f"x{fold(char)}i"  # in a text that takes the table


_LINE_WORDS = ["On Mon, Sam wrote:", "wrote:", "\n", "\n\n", " ", "> quoted", "-- ", "Sent from my",
               "DISCLAIMER NOTICE", "From: Ana", "Sent: today", "x", "Hello", "____________"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_WORDS), max_size=20).map("".join))
def test_a_line_start_search_finds_what_search_finds(text: str) -> None:
    """Searched from line breaks only, a "^" pattern finds the very match ``re`` finds."""
    for pattern in (clean._QUOTE_START, clean._SIGNATURE_CUT):
        expected, found = pattern.search(text), LineStart(pattern).search(text)
        assert (found and (found.span(), found.group())) == (
            expected and (expected.span(), expected.group()))


_GREETING_WORDS = ["Dear Ana,", "Hi Bo", "Hello [first name],", "Kia ora Mere", "\n", "\n\n", " ",
                   "Thanks", "Dear", "Mr", "x", "\t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GREETING_WORDS), max_size=20).map("".join))
def test_line_start_matches_are_the_ones_finditer_finds(text: str) -> None:
    """For a pattern whose matches hold no line break, every match ``re`` finds is found."""
    pattern = understand_letters._GREETING
    expected = [(m.span(), m.group()) for m in pattern.finditer(text)]
    assert [(m.span(), m.group()) for m in LineStart(pattern).findall_lines(text)] == expected
