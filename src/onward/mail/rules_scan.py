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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from onward.mail.rules import MASK, Branch, Family, Hit, pattern_hits, starts_a_word
from onward.mail.rules_literals import prefixes, required

try:
    import ahocorasick
except ImportError:  # pragma: no cover - a dependency; ``rules`` falls back to its word index
    ahocorasick = None


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


def word_keys(text: str, index: int) -> tuple[str, ...]:
    """The keys ``rules.word_positions`` files ``index`` under: the word starting there and
    its 3- and 4-letter beginnings (nothing when no word starts there)."""
    if not text[index].isalnum():
        return ()
    before = index
    while before and text[before - 1] == "'":
        before -= 1
    if before and (text[before - 1].isalnum() or text[before - 1] in "_'"):
        return ()
    end = _WORD_RUN.match(text, index).end()  # type: ignore[union-attr]
    word = text[index:end].rstrip("'")
    if len(word) > 4:
        return word, word[:3], word[:4]
    return (word, word[:3]) if len(word) > 3 else (word,)


def _occurs(text: str, keys: Iterable[str]) -> bool:
    """Whether some word of ``text`` is filed under one of ``keys``."""
    for key in keys:
        index = text.find(key)
        while index >= 0:
            if key in word_keys(text, index):
                return True
            index = text.find(key, index + 1)
    return False


def _hit(plan: _Plan, start: int, end: int, text: str) -> Hit:
    family = plan.family
    return Hit(family.name, family.signal, family.weight, start, end, text[start:end],
               family.reason)


def _at_word_starts(plan: _Plan, text: str, starts: Iterable[int], keys: frozenset[str]
                    ) -> list[Hit]:
    """``rules._matches_at``: the branch matched at each start of a word filed under ``keys``."""
    found: list[Hit] = []
    match = plan.branch.pattern.match
    for start in starts:
        matched = match(text, start)
        if matched and matched.end() > start and not keys.isdisjoint(word_keys(text, start)):
            found.append(_hit(plan, start, matched.end(), text))
    return found


def _searched(plan: _Plan, text: str, starts: list[int]) -> list[Hit]:
    """``rules.pattern_hits`` (search, step, skip words begun mid-way), knowing that no match
    begins anywhere but ``starts``: what ``search`` would find there, ``match`` finds."""
    found: list[Hit] = []
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
            found.append(_hit(plan, start, end, text))
            position = end
        else:
            position = start + 1
    return found


def _anywhere(plan: _Plan, text: str) -> list[Hit]:
    """A branch with no known starts: the word index's way, with ``search`` doing the stepping
    (each match found is checked for the start word the index would have tried it at)."""
    if plan.searched:
        return pattern_hits(plan.family, plan.branch.pattern, text)
    assert plan.start_keys is not None
    found: list[Hit] = []
    search = plan.branch.pattern.search
    position = 0
    while (matched := search(text, position)) is not None:
        start, end = matched.span()
        if end > start and not plan.start_keys.isdisjoint(word_keys(text, start)):
            found.append(_hit(plan, start, end, text))
        position = start + 1
    return found


def _plan_hits(plan: _Plan, text: str, starts: list[int] | None) -> list[Hit]:
    if plan.searched:
        substring = plan.branch.substring
        if substring is not None and substring not in text:
            return []
        hits = _anywhere(plan, text) if starts is None else _searched(plan, text, starts)
    elif starts is None:
        hits = _anywhere(plan, text)
    else:
        assert plan.start_keys is not None
        hits = _at_word_starts(plan, text, starts, plan.start_keys)
    if hits and plan.needs is not None and not _occurs(text, plan.needs):
        return []
    return hits


class Scanner:
    """The automaton for one tuple of families, and each branch's plan."""

    def __init__(self, rules: tuple[Family, ...]) -> None:
        self.plans = [_plan(f_index, family, branch)
                      for f_index, family in enumerate(rules) for branch in family.patterns]
        always: list[int] = []  # nothing to wait for: searched in every text
        starting: dict[str, list[int]] = {}  # string -> branches whose matches start with it
        containing: dict[str, list[int]] = {}  # string -> unstarted branches that need it
        for number, plan in enumerate(self.plans):
            starts = prefixes(plan.branch.pattern)
            if starts is not None:
                for string in starts:
                    starting.setdefault(string, []).append(number)
                continue
            needed = required(plan.branch.pattern)  # searched for, when one of these occurs
            if needed is None:
                always.append(number)
            for string in needed or ():
                containing.setdefault(string, []).append(number)
        self.always = tuple(always)
        self.automaton: Any = ahocorasick.Automaton()
        for string in {*starting, *containing}:
            self.automaton.add_word(string, (
                len(string) - 1, string[0].isalnum(),
                tuple(starting.get(string, ())), tuple(containing.get(string, ()))))
        self.automaton.make_automaton()

    def hits_per_family(self, text: str) -> dict[int, list[Hit]]:
        """Every hit in ``text``, by family index (unordered within a family)."""
        starts: dict[int, list[int]] = {}
        anywhere: set[int] = set()  # unstarted branches whose required string occurs
        for end, (back, alnum, starting, containing) in self.automaton.iter(text):
            if containing:
                anywhere.update(containing)
            start = end - back
            if not starting or (alnum and start and text[start - 1].isalnum()):
                continue  # no match that starts inside a word can count
            for number in starting:
                found = starts.get(number)
                if found is None:
                    starts[number] = [start]
                else:
                    found.append(start)
        work: list[tuple[int, list[int] | None]] = list(starts.items())
        work.extend((n, None) for n in (*self.always, *anywhere))
        per_family: dict[int, list[Hit]] = {}
        plans = self.plans
        for number, places in work:
            plan = plans[number]
            hits = _plan_hits(plan, text, places)
            if hits:
                per_family.setdefault(plan.f_index, []).extend(hits)
        return per_family


def scanner(rules: tuple[Family, ...]) -> Scanner | None:
    """A scanner for ``rules``, or None without a usable pyahocorasick."""
    if ahocorasick is None or not getattr(ahocorasick, "unicode", False):
        return None  # a build that only takes bytes
    built = Scanner(rules)
    return built if _counts_code_points(built.automaton) else None


def _counts_code_points(automaton: Any) -> bool:
    """Whether the automaton reports positions in code points, as ``str`` indexes them
    (a build counting UTF-16 units would misplace every start after an emoji)."""
    word = next(automaton.keys(), None)
    if word is None:
        return True
    text = "\U0001f600" + word
    return any(end == len(text) - 1 for end, _ in automaton.iter(text))
