"""Regex searches that try a pattern only where it can match.

Python's ``re`` tries a pattern at every position of a text; for the long alternations that
read a rejection's details, a role or an employer, that costs about a tenth of a microsecond
per character, per pattern. ``rules_literals`` spells out the strings every match starts with
(or, when the start is too open to list, strings every match contains), and:

1. One Aho-Corasick pass (pyahocorasick, in C) over a text finds every place they occur.
2. A pattern none of whose strings occurs cannot match, and is not run at all.
3. Otherwise ``match`` is tried at each place one of its start strings occurs, in order. No
   match can begin anywhere else, so the first that matches is what ``search`` would have
   found, and stepping on from its end gives ``finditer``'s matches.

So every answer is exactly ``re``'s (the same pattern matched at the same positions of the
same string). Without a usable pyahocorasick the plain searches run.

Patterns that ignore case (``(?i:...)`` or ``re.IGNORECASE``) are read in a ``folded`` set:
their strings are spelled from a case-sensitive copy, in lower case, and looked for in a
lower-case copy of the text of the same length, where every character ``re`` takes for an
ASCII letter is that letter ("K", the Kelvin sign, is "k").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from onward.mail.rules_literals import prefixes, required

try:
    import ahocorasick
except ImportError:  # pragma: no cover - a dependency; the plain searches run without it
    ahocorasick = None

__all__ = ["AnyOf", "LineStart", "Patterns", "Scan", "counts_code_points",
           "has_unicode_ahocorasick"]

_ALWAYS, _STARTS, _NEEDS = 0, 1, 2  # how a pattern is found: searched, tried at starts, gated
_NONE: list[Any] = []  # no places (never appended to)


class Patterns:
    """A fixed set of patterns and the automaton of the strings their matches start with."""

    def __init__(self, *patterns: re.Pattern[str], folded: bool = False) -> None:
        self.patterns = patterns  # (and keeps them alive, so the ids below stay theirs)
        self.folded = folded
        self.mode = [_ALWAYS] * len(patterns)
        keyed: dict[str, tuple[list[int], list[int]]] = {}
        for n, pattern in enumerate(patterns):
            starts, needed = _strings(pattern, folded=folded)
            for string in starts or needed or ():
                keyed.setdefault(string, ([], []))[0 if starts else 1].append(n)
            self.mode[n] = _STARTS if starts else _NEEDS if needed else _ALWAYS
        self.automaton: Any = _automaton(keyed)
        if self.automaton is None:  # nothing to skip with: every pattern is searched
            self.mode = [_ALWAYS] * len(patterns)
        # by identity (a compiled pattern hashes its whole program on every look-up): each
        # pattern's number and how it is found, in one look-up per question asked of a scan
        self.plan = {id(pattern): (n, self.mode[n]) for n, pattern in enumerate(patterns)}
        self.searches_some = _ALWAYS in self.mode  # a pattern searched in every text

    def scan(self, text: str) -> Scan:
        """Where each pattern can match in ``text`` (one pass)."""
        return Scan(self, text)


def _strings(pattern: re.Pattern[str], *, folded: bool
             ) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """The strings the pattern's matches start with, else those they contain (or neither)."""
    if folded:
        spelled = _case_sensitive(pattern)
        if spelled is None:
            return None, None
        starts = _lower(prefixes(spelled))
        return starts, None if starts else _lower(required(spelled))
    starts = prefixes(pattern)
    return starts, None if starts else required(pattern)


def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern with case mattering: its matches, lower-cased, are among this one's."""
    try:
        return re.compile(pattern.pattern.replace("(?i:", "(?:"), pattern.flags & ~re.IGNORECASE)
    except re.error:  # pragma: no cover - an inline flag this does not know how to drop
        return None


def _lower(strings: frozenset[str] | None) -> frozenset[str] | None:
    """Lower-cased, when every character is ASCII or has no case ("–", "©"): only ASCII
    letters are folded the same way in every text."""
    if strings is None or not all(_foldable(c) for s in strings for c in s):
        return None
    return frozenset(s.lower() for s in strings)


def _foldable(char: str) -> bool:
    return char.isascii() or char.lower() == char.upper() == char


# Characters ``re`` takes for an ASCII letter when case is ignored, besides its capital.
_FOLD = str.maketrans({**{chr(c): chr(c + 32) for c in range(65, 91)},
                       "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """Lower-case ASCII letters and the characters ``re`` takes for them, nothing else
    moved: same length as ``text``."""
    if text.isascii():
        return text.lower()
    lowered = text.lower()  # Kelvin becomes "k"; only these need the slower table
    if len(lowered) == len(text) and "\u0131" not in text and "\u017f" not in text:
        return lowered
    return text.translate(_FOLD)


def has_unicode_ahocorasick() -> bool:
    """Whether a pyahocorasick that takes ``str`` is installed (some builds take only bytes)."""
    return ahocorasick is not None and bool(getattr(ahocorasick, "unicode", False))


def counts_code_points(automaton: Any) -> bool:
    """Whether the automaton reports positions in code points, as ``str`` indexes them (a
    build counting UTF-16 units would misplace every place after an emoji)."""
    word = next(automaton.keys(), None)
    if word is None:
        return True
    text = "\U0001f600" + word
    return any(end == len(text) - 1 for end, _ in automaton.iter(text))


class AnyOf:
    """Whether any of a fixed set of strings occurs in a text: one pass over the text, where
    ``any(s in text for s in strings)`` makes one per string (ten times slower on the mail
    that holds none of them, which is the mail that must look at every one)."""

    def __init__(self, strings: tuple[str, ...]) -> None:
        self.strings = strings
        self.automaton: Any = None
        if has_unicode_ahocorasick() and strings:
            self.automaton = ahocorasick.Automaton()
            for string in strings:
                self.automaton.add_word(string, string)
            self.automaton.make_automaton()

    def occurs_in(self, text: str) -> bool:
        if self.automaton is None:
            return any(string in text for string in self.strings)
        return next(self.automaton.iter(text), None) is not None


class LineStart:
    """``pattern.search`` for a pattern that opens with "^" (``re.MULTILINE``): a match begins
    where a line does. ``re`` tries such a pattern at every character; its twin that opens
    with "\\n" instead is searched for that character alone, several times faster on a long
    text. The first line is tried on its own; the twin's first match is the pattern's first
    one after it, just past the "\\n"."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        assert pattern.pattern.startswith("^") and pattern.flags & re.MULTILINE
        self.pattern = pattern
        self._after_break = re.compile("\n" + pattern.pattern[1:], pattern.flags)

    def search(self, text: str) -> re.Match[str] | None:
        found = self.pattern.match(text)
        if found is not None:
            return found
        after = self._after_break.search(text)
        return None if after is None else self.pattern.match(text, after.start() + 1)

    def findall_lines(self, text: str) -> list[re.Match[str]]:
        """``list(pattern.finditer(text))`` for a pattern whose matches hold no line break:
        each starts a line (the first, or one just after a "\n"), and none overlaps the
        next."""
        first = self.pattern.match(text)
        found = [first] if first is not None else []
        for after in self._after_break.finditer(text):
            match = self.pattern.match(text, after.start() + 1)
            assert match is not None  # (the same pattern, at the start of the line)
            found.append(match)
        return found


def _automaton(keyed: dict[str, tuple[list[int], list[int]]]) -> Any:
    if not has_unicode_ahocorasick() or not keyed:
        return None
    automaton = ahocorasick.Automaton()
    for string, (starting, containing) in keyed.items():
        automaton.add_word(string, (len(string) - 1, tuple(starting), tuple(containing)))
    automaton.make_automaton()
    return automaton if counts_code_points(automaton) else None


def _matches_at(pattern: re.Pattern[str], text: str, places: list[int]
                ) -> Iterator[re.Match[str]]:
    """``finditer``'s matches, knowing that none begins anywhere but ``places`` (sorted)."""
    position = 0
    match = pattern.match
    for begin in places:
        if begin < position:
            continue
        found = match(text, begin)
        if found is not None:
            yield found
            position = found.end()  # never empty: it holds a start string


class Scan:
    """One text's places: ``search``, ``finditer``, ``sub`` and ``count`` answer as ``re`` does."""

    __slots__ = ("_found", "_patterns", "text")

    def __init__(self, patterns: Patterns, text: str) -> None:
        self._patterns = patterns
        self.text = text
        # pattern number -> starts of its start strings, or (start, end) of its needed strings
        found: dict[int, list[Any]] = {}
        if patterns.automaton is not None:
            read = fold(text) if patterns.folded else text
            for end, (back, starting, containing) in patterns.automaton.iter(read):
                for n in starting:
                    found.setdefault(n, []).append(end - back)
                for n in containing:
                    found.setdefault(n, []).append((end - back, end + 1))
            for n, places in found.items():
                if len(places) > 1:  # found by where they end; two folded strings may
                    found[n] = sorted(set(places))  # start at one place
        self._found = found

    def may_match(self) -> bool:
        """Whether any of the patterns can match the text: most short texts (a subject, a
        signature) give none of their strings, and then need not be asked pattern by pattern."""
        return bool(self._found) or self._patterns.searches_some

    def starts(self, pattern: re.Pattern[str]) -> list[int] | None:
        """The places where a match of ``pattern`` can begin (sorted), or None when it may
        begin anywhere: no ``search`` of a part of the text holding none of them can match."""
        mode, places = self._plan(pattern)
        return places if mode == _STARTS else None

    def _plan(self, pattern: re.Pattern[str]) -> tuple[int, list[Any]]:
        n, mode = self._patterns.plan[id(pattern)]
        return mode, self._found.get(n, _NONE)

    def search(self, pattern: re.Pattern[str], string: str | None = None,
               at: int = 0) -> re.Match[str] | None:
        """``pattern.search(string)``, where ``string`` is the scanned text or the part of it
        that begins at ``at`` (a sentence)."""
        string = self.text if string is None else string
        mode, places = self._plan(pattern)
        if mode == _STARTS:
            if not places:
                return None
            end = at + len(string)
            match = pattern.match
            for i in range(bisect_left(places, at) if at else 0, len(places)):
                begin = places[i]
                if begin >= end:
                    break
                found = match(string, begin - at)
                if found is not None:
                    return found
            return None
        if mode == _NEEDS:
            end = at + len(string)
            if not any(begin >= at and stop <= end for begin, stop in places):
                return None
        return pattern.search(string)

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``."""
        mode, places = self._plan(pattern)
        if mode == _ALWAYS or (mode == _NEEDS and places):
            return pattern.finditer(self.text)
        if not places or mode == _NEEDS:
            return iter(())  # most patterns, most texts: nothing to try
        return _matches_at(pattern, self.text, places)

    def count(self, pattern: re.Pattern[str], limit: int) -> int:
        """``min(limit, len(pattern.findall(text)))``."""
        counted = 0
        for _ in self.finditer(pattern):
            counted += 1
            if counted >= limit:
                break
        return counted

    def sub(self, pattern: re.Pattern[str], replacement: str) -> str:
        """``pattern.sub(replacement, text)`` for a plain replacement (no group references)."""
        assert "\\" not in replacement
        parts: list[str] = []
        position = 0
        for found in self.finditer(pattern):
            parts.append(self.text[position : found.start()])
            parts.append(replacement)
            position = found.end()
        if not parts:
            return self.text
        parts.append(self.text[position:])
        return "".join(parts)
