"""The fast phrase scan (``rules_scan``) finds exactly what the word index finds.

Not a timing test (figures live in bench/intake.py): the scan skips work, and these tests
check that what it skips could never have been a hit, on every message text of every corpus,
on the test probes, and on awkward made-up text.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_understand_cases import CASES  # the same folder is on sys.path (rootdir conftest)

from onward.mail.clean import clean, plain
from onward.mail.parse import parse_message
from onward.mail.rules import Hit, families, find_hits, load_families, word_positions
from onward.mail.rules_literals import prefixes, required, required_ahead
from onward.mail.rules_scan import word_keys
from onward.mail.sources import iter_path
from onward.mail.understand import BODY_LIMIT, CLEAN_LIMIT, rule_text

CORPORA = Path(__file__).resolve().parents[2] / "corpus" / "mail"


def _as_tuples(found: tuple[list[Hit], list[Hit]]) -> tuple[tuple[tuple[object, ...], ...], ...]:
    return tuple(
        tuple((h.family, h.signal, h.weight, h.start, h.end, h.text, h.reason) for h in part)
        for part in found
    )


def _same_as_word_index(text: str) -> None:
    assert _as_tuples(find_hits(text)) == _as_tuples(find_hits(text, scan=False)), text[:200]


@cache
def _corpus_texts() -> tuple[str, ...]:
    """What the rules read for every message of every corpus, as ``understand`` builds it."""
    texts: list[str] = []
    for corpus in sorted(p for p in CORPORA.iterdir() if p.is_dir()):
        for raw in iter_path(corpus):
            parsed = parse_message(raw.data)
            body = clean(parsed.text[:CLEAN_LIMIT]).text
            texts.append(rule_text(plain(parsed.subject).strip(), body))
            texts.append(parsed.text[:BODY_LIMIT].lower())  # raw text too: more shapes
    return tuple(texts)


def test_every_corpus_message_gets_the_word_index_hits() -> None:
    texts = _corpus_texts()
    assert len(texts) > 1000
    for text in texts:
        _same_as_word_index(text)


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_every_probe_gets_the_word_index_hits(case: tuple[str, str, str, str]) -> None:
    _same_as_word_index(rule_text(case[2], case[3]))


def test_every_rules_example_gets_the_word_index_hits() -> None:
    for family in families():
        for example in family.examples:
            _same_as_word_index(example.lower())
            _same_as_word_index(f"re: {example.lower()}. {example.lower()}?")


_AWKWARD = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnoprstuvwy '-_.,;:!?\n0123456789éü’\U0001f600")),
    max_size=120,
)
_WORDS = st.lists(
    st.sampled_from(
        ["not", "won't", "we", "your", "application", "moving", "forward", "regret", "the",
         "role", "has", "been", "filled", "'ll", "thank", "you", "for", "interview", "o'neil",
         "10", "am", "pm", "3:30", "if", "unfortunately", "candidates", "other", "decided",
         "to", "proceed", "with", "offer", "position", "hold", "?", ".", ",", "\n", "'",
         "__", "x", "\U0001f600", "naïve"]
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(_AWKWARD)
def test_awkward_characters_get_the_word_index_hits(text: str) -> None:
    _same_as_word_index(text)


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.sampled_from([" ", "", "'", "  "]))
def test_shuffled_phrases_get_the_word_index_hits(words: list[str], glue: str) -> None:
    _same_as_word_index(glue.join(words))


@settings(max_examples=300, deadline=None)
@given(st.one_of(_AWKWARD, _WORDS.map(" ".join)))
def test_word_keys_agree_with_word_positions(text: str) -> None:
    filed: dict[int, set[str]] = {}
    for key, places in word_positions(text).items():
        for place in places:
            filed.setdefault(place, set()).add(key)
    for index in range(len(text)):
        assert set(word_keys(text, index)) == filed.get(index, set()), (text, index)


def _every_match(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    found = []
    for index in range(len(text) + 1):
        matched = pattern.match(text, index)
        if matched:
            found.append(matched)
    return found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("regret to (?:inform|advise)", {"regret to inform", "regret to advise"}),
        (r"(?:not|won't) \w+ you", {"not ", "won't "}),
        (r"\b(?:we|i) (?:will )?(?:not|never)\b", {"we not", "we never", "we will not",
                                                   "we will never", "i not", "i never",
                                                   "i will not", "i will never"}),
        ("[0-9]+ jobs", set("0123456789")),
        (r"(?:a|ab)c", {"ac", "abc"}),
        (r"(?:a|ab)\w+", {"a"}),  # "ab" starts with "a": one is enough
    ],
)
def test_prefixes_of_small_patterns(source: str, expected: set[str]) -> None:
    assert prefixes(re.compile(source)) == expected


def test_prefixes_cut_to_a_length() -> None:
    source = r"(?:thank you for your application|thank you for applying) to"
    assert prefixes(re.compile(source), longest=12) == {"thank you fo"}
    assert prefixes(re.compile(r"(?:we|i) regret"), longest=4) == {"we r", "i re"}


@pytest.mark.parametrize(
    "source", [r"\w+ly", "(?i)regret", "(?i:regret) to", r"(?:x)?[^.]{0,40}", r"(?:x|\w)y", ""]
)
def test_no_prefixes_when_unknown(source: str) -> None:
    assert prefixes(re.compile(source)) is None


def test_required_strings_of_an_open_start() -> None:
    assert required(re.compile(r"[0-9]+ (?:new )?companies")) == {"companies"}
    assert required(re.compile(r"(?:\w+n't|not) hiring")) == {" hiring"}


def test_required_strings_of_a_lookahead() -> None:
    """What a lookahead needs is in every text the pattern matches in; a lookahead inside an
    optional group, or a lookbehind, says nothing."""
    pattern = re.compile(r"\A[^\n]*\n(?=[\s\S]{0,600}?\bjobs? you (?:saved|viewed)\b)")
    assert required(pattern) is None
    assert required_ahead(pattern) == {"job you saved", "job you viewed", "jobs you saved",
                                       "jobs you viewed"}
    assert required_ahead(re.compile(r"a(?:(?=bc))?")) is None
    assert required_ahead(re.compile(r"(?<=bc)a")) is None
    assert required_ahead(re.compile(r"a(?!bc)")) is None


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([b for f in families() for b in f.patterns]), _WORDS.map(" ".join))
def test_every_match_starts_with_a_prefix_and_holds_a_required_string(branch, text) -> None:  # type: ignore[no-untyped-def]
    starts, needed = prefixes(branch.pattern), required(branch.pattern)
    for matched in _every_match(branch.pattern, text):
        if starts is not None:
            assert any(text.startswith(s, matched.start()) for s in starts)
        if needed is not None:
            assert any(s in matched.group() for s in needed)


def test_a_user_rules_file_is_scanned_the_same_way() -> None:
    mine = load_families(
        """
[[family]]
name = "my_agency_no"
signal = "rejection"
weight = 4
patterns = ['''sadly the client (?:passed|declined)''', '''[0-9]+ roles? (?:left|gone)''']
"""
    )
    for text in ["sadly the client passed on you", "only 2 roles left", "12 role gone, 3 roles left"]:
        assert _as_tuples(find_hits(text, mine)) == _as_tuples(find_hits(text, mine, scan=False))
    assert [h.text for h in find_hits("12 role gone, 3 roles left", mine)[0]] == [
        "12 role gone", "3 roles left"]


def test_scanned_hits_are_plain_hits() -> None:
    """The scan builds its hits without ``Hit.__init__``: they must be the same objects."""
    kept, _ = find_hits("unfortunately we have decided not to move forward with your application")
    assert kept
    for hit in kept:
        made = Hit(hit.family, hit.signal, hit.weight, hit.start, hit.end, hit.text, hit.reason)
        assert hit == made and hash(hit) == hash(made) and vars(hit) == vars(made)
        with pytest.raises(AttributeError):  # still frozen
            hit.start = 0  # type: ignore[misc]
