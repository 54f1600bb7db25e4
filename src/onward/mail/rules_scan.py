"""Phrase families, fast: one scan of the text finds where each branch can start.

Every branch's matches start with one of a few plain strings (``rules_literals.prefixes``).
An Aho-Corasick automaton over all of them (pyahocorasick, in C) reports every place any of
them occurs in one pass; a branch's regex is then tried only at those places. Most branches
have none, and Python's regex engine, which pays per character and per call, runs a few dozen
times per message instead of hundreds.

The hits are exactly those of the word index in ``rules`` (the fallback when pyahocorasick is
missing): the same branch tried at the same word starts, or searched in the same way, only
with the places where it cannot match skipped. ``tests/mail/test_mail_speed_rules.py``
compares the two on every message of the corpora.

The per-message work is kept to a few Python operations per place found:

1. Most branches are tried at word starts only, each place on its own. Their regex is tried
   inside the scan loop itself (no per-branch lists of places, no call per branch), and
   whether the word there is one the branch waits for is mostly settled when the scanner is
   built, from the string found (``_sure``), not per match.
2. Branches that are searched (their places depend on one another) collect their places and
   run after the scan; so do the rare ones with no start strings. A branch that also needs a
   word elsewhere in the text keeps its spans apart until the scan has shown whether it does.
3. Most places found cannot start a match after all: what the branch needs further on is
   nowhere after them ("your (?:\\w+ ){0,2}?availability" at a "your " with no "availab"
   later). The automaton also holds each branch's gate strings (``required_after_start``),
   and its reports are read from the end of the text back, so by the time a place is reached
   the gates opened after it are known: a branch behind a closed gate is not tried there.
   That spares about two regex attempts in three, most of them failing ones.
4. Matches are kept as ``(start, -end)`` spans, which sort as ``rules._one_statement`` orders
   hits; a ``Hit`` is built only for the spans that statement keeps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from onward.mail.prefilter import counts_code_points, has_unicode_ahocorasick
from onward.mail.rules import ELIDING, MASK, Branch, Family, Hit, pattern_spans, starts_a_word
from onward.mail.rules_literals import (
    prefixes,
    required,
    required_after_start,
    required_ahead,
)

try:
    import ahocorasick
except ImportError:  # pragma: no cover - a dependency; ``rules`` falls back to its word index
    ahocorasick = None

# Start strings are cut to this many characters. Longer ones (alternations spelled out whole)
# seldom narrow the places further, yet every character is a node of the automaton, built at
# start-up: 206,000 nodes for the built-in rules uncut, 88,000 cut (a fifth less build time).
_LONGEST_START = 16
# A branch's gate (``required_after_start``: strings one of which its every match holds past
# its start) is used only when each string is at least this long. Short ones ("is", "to")
# occur in nearly every text, so they would rarely spare a regex and add reports to the scan.
_GATE_SHORTEST = 4
# Gate strings are cut to this many characters: "availabi" is as rare as "availability",
# and the shorter the strings, the fewer the automaton's nodes and the faster its pass.
_GATE_LONGEST = 8
_ALWAYS_OPEN = -1  # the gate of a branch without one: in every text's open gates
_new = object.__new__
_set = object.__setattr__
_Span = tuple[int, int]  # (start, -end): sorted, the order ``rules._one_statement`` wants
_Match = Callable[[str, int], "re.Match[str] | None"]
# One branch tried at each word start where one of its strings occurs: (where its spans go,
# its regex's ``match``, whether a clean word start is enough, the words it starts with, its
# gate).
_Direct = tuple[int, _Match, bool, frozenset[str], int]


@dataclass(frozen=True, slots=True)
class _Plan:
    """How the word index treats one branch, worked out once."""

    f_index: int
    family: Family
    branch: Branch
    start_keys: frozenset[str] | None  # a match counts only at a word filed under one of these
    needs: frozenset[str] | None  # and only if a word filed under one of these occurs at all
    searched: bool  # tried like a plain ``search`` (no start words known)


def _plan(f_index: int, family: Family, branch: Branch) -> _Plan:
    """Mirror of ``rules._indexed_hits``: which words a branch waits for and where it starts."""
    keys = branch.anchors if branch.anchors is not None else branch.stems
    if keys is not None and (branch.starts or branch.anchors is None):
        return _Plan(f_index, family, branch, keys, None, False)
    if branch.start_words is not None:
        return _Plan(f_index, family, branch, branch.start_words, keys, False)
    return _Plan(f_index, family, branch, None, keys, True)


_WORD_RUN = re.compile(r"[\w']*")
_ELIDING = frozenset(ELIDING)


def elided(text: str, index: int) -> bool:
    """Whether the word at ``index`` follows a French elision ("l'entretien", "d'emploi",
    "qu'il"): it starts a word, though an apostrophe is just before it. English contractions
    ("don't", "we're", "i'm") never elide one of these letters standing alone."""
    if index < 2 or text[index - 1] != "'":
        return False
    letter = index - 2
    if text[letter] == "u" and letter and text[letter - 1] == "q":
        letter -= 1
    elif text[letter] not in _ELIDING:
        return False
    return letter == 0 or not (text[letter - 1].isalnum() or text[letter - 1] in "_'")


def word_keys(text: str, index: int) -> tuple[str, ...]:
    """The keys ``rules.word_positions`` files ``index`` under: the word starting there and
    its 3- and 4-letter beginnings (nothing when no word starts there)."""
    if not text[index].isalnum():
        return ()
    if elided(text, index):
        return _keys(text, index)
    before = index
    while before and text[before - 1] == "'":
        before -= 1
    if before and (text[before - 1].isalnum() or text[before - 1] in "_'"):
        return ()
    return _keys(text, index)


def _keys(text: str, index: int) -> tuple[str, ...]:
    end = _WORD_RUN.match(text, index).end()  # type: ignore[union-attr]
    word = text[index:end].rstrip("'")
    if len(word) > 4:
        return word, word[:3], word[:4]
    return (word, word[:3]) if len(word) > 3 else (word,)


def _sure(string: str, keys: frozenset[str]) -> bool | None:
    """Whether a word filed under ``keys`` starts where ``string`` does, at a clean word start
    (no letter, ``_`` or ``'`` just before): known from ``string`` alone (True or False), or
    only from the text that follows it (None)."""
    if not string[0].isalnum():
        return False  # no word starts there
    if _WORD_RUN.match(string).end() < len(string):  # type: ignore[union-attr]
        return not keys.isdisjoint(word_keys(string, 0))  # the whole word is in the string
    apostrophe = string.find("'")
    plain = len(string) if apostrophe < 0 else apostrophe  # letters the word surely starts with
    if (plain >= 4 and string[:3] in keys) or (plain >= 5 and string[:4] in keys):
        return True  # the word runs on, but its 3- or 4-letter beginning is filed already
    return None


def _occurs(text: str, keys: Iterable[str]) -> bool:
    """Whether some word of ``text`` is filed under one of ``keys``."""
    for key in keys:
        index = text.find(key)
        while index >= 0:
            if key in word_keys(text, index):
                return True
            index = text.find(key, index + 1)
    return False


def _searched(plan: _Plan, text: str, starts: list[int]) -> list[_Span]:
    """``rules.pattern_spans`` (search, step, skip words begun mid-way), knowing that no match
    begins anywhere but ``starts``: what ``search`` would find there, ``match`` finds."""
    found: list[_Span] = []
    position = 0
    match = plan.branch.pattern.match
    is_mask = plan.family.signal == MASK
    for begin in sorted(starts):
        if begin < position:
            continue
        matched = match(text, begin)
        if matched is None:
            continue
        start, end = begin, matched.end()
        if end == start:
            position = start + 1
            continue
        if is_mask and text[start] in " \n;:.!?":
            start += 1
        if starts_a_word(text, start) or not text[start].isalnum():
            found.append((start, -end))
            position = end
        else:
            position = start + 1
    return found


def _anywhere(plan: _Plan, text: str) -> list[_Span]:
    """A branch with no known starts: the word index's way, with ``search`` doing the stepping
    (each match found is checked for the start word the index would have tried it at)."""
    if plan.searched:
        spans = pattern_spans(plan.branch.pattern, text, mask=plan.family.signal == MASK)
        return [(start, -end) for start, end in spans]
    assert plan.start_keys is not None
    found: list[_Span] = []
    search = plan.branch.pattern.search
    position = 0
    while (matched := search(text, position)) is not None:
        start, end = matched.span()
        if end > start and not plan.start_keys.isdisjoint(word_keys(text, start)):
            found.append((start, -end))
        position = start + 1
    return found


def _plan_spans(plan: _Plan, text: str, starts: list[int] | None) -> list[_Span]:
    """The spans of a branch tried after the scan: searched, or with no known starts."""
    if plan.searched:
        substring = plan.branch.substring
        if substring is not None and substring not in text:
            return []
        found = _anywhere(plan, text) if starts is None else _searched(plan, text, starts)
    else:
        found = _anywhere(plan, text)
    if found and plan.needs is not None and not _occurs(text, plan.needs):
        return []
    return found


def _one_statement(family: Family, spans: list[_Span], text: str, into: list[Hit]) -> None:
    """``rules._one_statement`` on spans: overlapping matches of one family are one hit."""
    spans.sort()
    reached = 0
    name, signal, weight, reason = family.name, family.signal, family.weight, family.reason
    for start, minus_end in spans:
        if start >= reached:
            reached = -minus_end
            # ``Hit(...)`` as a frozen dataclass sets each field through ``object.__setattr__``;
            # its attributes given at once cost half as much, for the same object
            hit = _new(Hit)
            _set(hit, "__dict__", {"family": name, "signal": signal, "weight": weight,
                                   "start": start, "end": reached,
                                   "text": text[start:reached], "reason": reason})
            into.append(hit)


class Scanner:
    """The automaton for one tuple of families, and how each branch is tried."""

    def __init__(self, rules: tuple[Family, ...]) -> None:
        self.rules = rules
        self.plans = [_plan(f_index, family, branch)
                      for f_index, family in enumerate(rules) for branch in family.patterns]
        always: list[int] = []  # nothing to wait for: searched in every text
        direct: dict[str, list[_Direct]] = {}  # string -> branches tried where it starts
        later: dict[str, list[int]] = {}  # string -> branches given its places after the scan
        containing: dict[str, list[int]] = {}  # string -> unstarted branches that need it
        self.gates: dict[frozenset[str], int] = {}  # gate strings -> the gate's number
        self.gate_of = [_ALWAYS_OPEN] * len(self.plans)  # branch number -> its gate
        for number, plan in enumerate(self.plans):
            starts = prefixes(plan.branch.pattern, longest=_LONGEST_START)
            if starts is not None:
                self.gate_of[number] = self._gate(plan.branch.pattern)
                for string in starts:
                    self._file_start(number, string, direct, later)
                continue
            # searched for, when one of these occurs (or what its lookahead needs: a board's
            # "jobs you saved" notice, read from its subject line on)
            needed = required(plan.branch.pattern) or required_ahead(plan.branch.pattern)
            if needed is None:
                always.append(number)
            for string in needed or ():
                containing.setdefault(string, []).append(number)
        self.always = tuple(always)
        opens: dict[str, list[int]] = {}  # string -> the gates it opens
        for strings, gate in self.gates.items():
            for string in strings:
                opens.setdefault(string, []).append(gate)
        self.automaton: Any = ahocorasick.Automaton()
        for string in {*direct, *later, *containing, *opens}:
            starting = string in direct or string in later
            self.automaton.add_word(string, (
                len(string) - 1 if starting else -1, string[0].isalnum(),
                tuple(direct.get(string, ())), tuple(later.get(string, ())),
                tuple(containing.get(string, ())), tuple(opens.get(string, ()))))
        self.automaton.make_automaton()

    def _gate(self, pattern: re.Pattern[str]) -> int:
        """The number of the gate a branch waits behind, or ``_ALWAYS_OPEN``."""
        strings = required_after_start(pattern, longest=_GATE_LONGEST)
        if strings is None or min(map(len, strings)) < _GATE_SHORTEST:
            return _ALWAYS_OPEN
        return self.gates.setdefault(strings, len(self.gates))

    def _file_start(self, number: int, string: str, direct: dict[str, list[_Direct]],
                    later: dict[str, list[int]]) -> None:
        """File one branch under one of the strings its matches start with."""
        plan = self.plans[number]
        if plan.searched:
            later.setdefault(string, []).append(number)
            return
        assert plan.start_keys is not None
        sure = _sure(string, plan.start_keys)
        if sure is False:
            return  # no match starting with this string can count
        # a branch that also needs a word elsewhere keeps its spans apart until that is known
        target = plan.f_index if plan.needs is None else len(self.rules) + number
        direct.setdefault(string, []).append(
            (target, plan.branch.pattern.match, bool(sure), plan.start_keys,
             self.gate_of[number]))

    def hits(self, text: str) -> list[Hit]:
        """Every hit in ``text``: family by family, each as ``rules._one_statement`` keeps it."""
        spans = self._spans(text)
        rules = self.rules
        found: list[Hit] = []
        for f_index in sorted(spans):
            _one_statement(rules[f_index], spans[f_index], text, found)
        return found

    def _spans(self, text: str) -> dict[int, list[_Span]]:
        """Every match in ``text`` as a span, by family index (unordered within a family)."""
        spans: dict[int, list[_Span]] = {}
        places: dict[int, list[int]] = {}  # branch number -> where it is tried after the scan
        anywhere: set[int] = set()  # unstarted branches whose required string occurs
        # Read from the end of the text back: a gate string found so far lies after the place
        # at hand, where a match starting there would hold it; behind a gate not yet open, a
        # branch cannot match here.
        open_gates = {_ALWAYS_OPEN}
        for end, (back, alnum, direct, later, containing, opens) in reversed(
                list(self.automaton.iter(text))):
            if opens:
                open_gates.update(opens)
            if containing:
                anywhere.update(containing)
            if back < 0:
                continue  # a gate string only
            start = end - back
            clean = True  # a word starting here has no "_" or "'" just before it
            if alnum and start:
                before = text[start - 1]
                if before.isalnum():
                    continue  # no match that starts inside a word can count
                clean = before != "_" and (before != "'" or elided(text, start))
            for number in later:
                found = places.get(number)
                if found is None:
                    places[number] = [start]
                else:
                    found.append(start)
            for target, match, sure, keys, gate in direct:
                if gate not in open_gates:
                    continue
                matched = match(text, start)
                if matched is None:
                    continue
                stop = matched.end()
                if stop > start and (
                        (sure and clean) or not keys.isdisjoint(word_keys(text, start))):
                    spans_of = spans.get(target)
                    if spans_of is None:
                        spans[target] = [(start, -stop)]
                    else:
                        spans_of.append((start, -stop))
        if spans and max(spans) >= len(self.rules):
            self._check_needs(text, spans)
        plans = self.plans
        gate_of = self.gate_of
        work: list[tuple[int, list[int] | None]] = [
            (number, starts) for number, starts in places.items()
            if gate_of[number] in open_gates]
        work.extend((n, None) for n in (*self.always, *anywhere))
        for number, starts in work:
            plan = plans[number]
            found_spans = _plan_spans(plan, text, starts)
            if found_spans:
                spans.setdefault(plan.f_index, []).extend(found_spans)
        return spans

    def _check_needs(self, text: str, spans: dict[int, list[_Span]]) -> None:
        """Branches that also need a word elsewhere: keep their spans only if it occurs."""
        count = len(self.rules)
        for target in [t for t in spans if t >= count]:
            plan = self.plans[target - count]
            found = spans.pop(target)
            assert plan.needs is not None
            if _occurs(text, plan.needs):
                spans.setdefault(plan.f_index, []).extend(found)


def scanner(rules: tuple[Family, ...]) -> Scanner | None:
    """A scanner for ``rules``, or None without a usable pyahocorasick."""
    if not has_unicode_ahocorasick():
        return None
    built = Scanner(rules)
    return built if counts_code_points(built.automaton) else None
