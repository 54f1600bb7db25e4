"""Which plain strings a phrase pattern's matches start with, or must contain.

Read with the standard library's own regex parser (``re._parser``), so every construct Python
accepts is understood or, when unknown, makes the answer ``None``, never a wrong one:

- ``prefixes(pattern)``: strings one of which every match starts with. A scan for all of them
  at once (``rules_scan``) tells where each branch can match, so its regex is tried only there.
- ``required(pattern)``: strings one of which every match contains, for the few branches that
  start with something too open to list (a digit run, any word): no such string, no search.
- ``required_ahead(pattern)``: the same for what a match's lookaheads need, for a branch
  whose own characters spell nothing out: it is searched only in text that holds one.
- ``required_after_start(pattern)``: the same, read past the start strings, so that a branch
  whose start occurs is still not tried when nothing its match needs further on does.

Only finite, small parts of a pattern are spelled out (literal characters, alternations, short
character sets, bounded repeats); zero-width assertions (``\\b``, lookarounds, ``^``) consume
nothing, so they are skipped without breaking a run of characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_CAP = 400  # more spelled-out strings than this for one run: stop extending it
_LONG_ENOUGH = 12  # a run whose every string is this long is selective enough
_SMALL_SET = 10  # character sets up to this size are spelled out (e.g. [0-9])
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_Item = tuple[Any, Any]  # (opcode, argument) as re._parser gives them


def prefixes(pattern: re.Pattern[str], *, longest: int | None = None) -> frozenset[str] | None:
    """The strings one of which every match of ``pattern`` starts with (None when unknown),
    each cut to ``longest`` characters when that is given.

    No string in the answer starts with another one, so two never occur at the same place.
    """
    found = _prefix(_items(pattern)) if _readable(pattern) else None
    if found and longest is not None:
        found = [string[:longest] for string in found]
    return _minimal(found) if found else None


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains (None when unknown)."""
    found = _required(_items(pattern)) if _readable(pattern) else None
    return frozenset(found) if found else None


def required_ahead(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every text ``pattern`` matches in contains, read from what its
    positive lookaheads need (None when unknown). A match that consumes nothing spelled out
    ("\\A[^\\n]*\\n(?=[\\s\\S]{0,600}?jobs? you saved)") can still look ahead for a phrase:
    without the phrase, the lookahead fails wherever the match is tried. Only a lookahead
    every match passes (one of the pattern's own items, not one inside an optional group)
    counts, and what it needs lies in the text, not in the match."""
    if not _readable(pattern):
        return None
    best: list[str] | None = None
    for op, av in _items(pattern):
        if op is sre.ASSERT and av[0] == 1:  # (direction 1: a lookahead)
            found = _required(list(av[1]))
            if found and (best is None or _score(found) > _score(best)):
                best = found
    return frozenset(best) if best else None


def required_after_start(pattern: re.Pattern[str], *, longest: int) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains after the part ``prefixes``
    spells out (None when unknown), without the spaces around them and cut to ``longest``
    characters. The start strings say where a match can begin; these say whether one can
    exist at all: "your (?:\\w+ ){0,2}?availability" is found at every "your ", yet can
    only match in a text holding "availab".

    Any string every match of a tail of the pattern contains, every match of the pattern
    contains too, and so does every part of it; the tail is only chosen so that the answer
    is not the start strings again.
    """
    if not _readable(pattern):
        return None
    items = _items(pattern)
    found = _required(items[_spelled_items(items):])
    cut = [string.strip()[:longest] for string in found or ()]
    return _minimal(cut) if cut and all(cut) else None


def _readable(pattern: re.Pattern[str]) -> bool:
    return isinstance(pattern.pattern, str) and not pattern.flags & (re.IGNORECASE | re.LOCALE)


@lru_cache(maxsize=4)  # ``prefixes`` and ``required`` are asked of the same pattern in turn
def _items(pattern: re.Pattern[str]) -> list[_Item]:
    return list(sre_parse.parse(pattern.pattern, pattern.flags))


def _minimal(strings: list[str]) -> frozenset[str]:
    """The strings but those that start with another one (which occurs wherever they do)."""
    kept: list[str] = []
    for string in sorted(set(strings)):  # a string sorts right after its own prefixes
        if not kept or not string.startswith(kept[-1]):
            kept.append(string)
    return frozenset(kept)


def _product(left: list[str], right: list[str]) -> list[str] | None:
    """Every ``a + b``, once each. ``left`` is always an earlier product (or ``[""]``), so its
    strings are distinct: one more character, the commonest case, needs no de-duplicating."""
    if len(left) * len(right) > _CAP:
        return None
    if len(right) == 1:
        tail = right[0]
        return [head + tail for head in left]
    return list(dict.fromkeys(a + b for a in left for b in right))


def _shortest(strings: list[str]) -> int:
    return min(len(s.strip()) for s in strings)


def _strings(op: Any, av: Any) -> list[str] | None:
    """Every string one item can match, when they are few (else None)."""
    if op is sre.LITERAL:
        return [chr(av)]
    if op is sre.IN:
        return _set_strings(av)
    if op is sre.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _run_strings(av[3])
    if op is sre.BRANCH:
        found: list[str] = []
        for alternative in av[1]:
            strings = _run_strings(alternative)
            if strings is None:
                return None
            found.extend(strings)
        return found if len(found) <= _CAP else None
    if op in _REPEATS:
        return _repeat_strings(*av)
    if op in _ZERO_WIDTH:
        return [""]
    return None


def _set_strings(items: list[_Item]) -> list[str] | None:
    found: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            found.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _SMALL_SET:
            found.extend(map(chr, range(av[0], av[1] + 1)))
        else:  # a negated set, \w, \d, a wide range
            return None
    return found if len(found) <= _SMALL_SET else None


def _repeat_strings(low: int, high: int, body: list[_Item]) -> list[str] | None:
    if high > 3:
        return None
    once = _run_strings(body)
    if once is None:
        return None
    found: list[str] = []
    power: list[str] | None = [""]
    for count in range(high + 1):
        assert power is not None
        if count >= low:
            found.extend(power)
        if count < high:
            power = _product(power, once)
            if power is None:
                return None
    return list(dict.fromkeys(found))


def _run_strings(items: list[_Item]) -> list[str] | None:
    found: list[str] = [""]
    tail = ""  # plain characters not yet appended to every string found
    for op, av in items:
        if op is sre.LITERAL:
            tail += chr(av)
            continue
        strings = _strings(op, av)
        longer = None if strings is None else _product(
            [head + tail for head in found] if tail else found, strings)
        if longer is None:
            return None
        found, tail = longer, ""
    return [head + tail for head in found] if tail else found


# ---------------------------------------------------------------- prefixes


def _prefix(items: list[_Item]) -> list[str] | None:
    """Spell out the pattern from its start for as long as that stays small."""
    spelled: list[str] = [""]
    best: list[str] | None = None
    for op, av in items:
        strings = _strings(op, av)
        if strings is None:
            inner = _inner_prefix(op, av)
            longer = _product(spelled, inner) if inner is not None else None
            if longer is not None and _shortest_raw(longer) > 0:
                best = longer
            break
        longer = _product(spelled, strings)
        if longer is None:
            break
        spelled = longer
        if _shortest_raw(spelled) > 0:
            best = spelled
        if _shortest(spelled) >= _LONG_ENOUGH:
            break
    return best


def _spelled_items(items: list[_Item]) -> int:
    """How many leading items ``_prefix`` reads (one it reads only the start of counts too)."""
    spelled: list[str] = [""]
    for count, (op, av) in enumerate(items):
        strings = _strings(op, av)
        if strings is None:
            return count + 1
        longer = _product(spelled, strings)
        if longer is None:
            return count
        spelled = longer
        if _shortest(spelled) >= _LONG_ENOUGH:
            return count + 1
    return len(items)


def _shortest_raw(strings: list[str]) -> int:
    return min(len(s) for s in strings)


def _inner_prefix(op: Any, av: Any) -> list[str] | None:
    """The starts of an item too open to spell out whole: a group, an alternation, ``x+``."""
    return _inner(op, av, _prefix, cap=_CAP)


def _inner(op: Any, av: Any, read: Callable[[list[_Item]], list[str] | None], *,
           cap: int | None = None) -> list[str] | None:
    """``read`` (starts or required strings) applied inside a group, each alternative of an
    alternation (any one may match; more than ``cap`` strings is too many), or ``x+``."""
    if op is sre.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else read(list(av[3]))
    if op is sre.BRANCH:
        found: list[str] = []
        for alternative in av[1]:
            strings = read(list(alternative))
            if strings is None:
                return None
            found.extend(strings)
        unique = list(dict.fromkeys(found))
        return unique if cap is None or len(found) <= cap else _cut_to_fit(unique, cap)
    if op in _REPEATS and av[0] >= 1:
        return read(list(av[2]))
    return None


def _cut_to_fit(starts: list[str], cap: int) -> list[str] | None:
    """At most ``cap`` of the starts, each cut as little as that needs: a match that starts
    with a string starts with its beginning too. (An alternation of many spelled-out phrases,
    "(?:not|n't) (?:hold|have) (?:a |an |the )?…", still starts with one of a few words.)"""
    for length in range(max(map(len, starts)) - 1, 0, -1):
        cut = list(dict.fromkeys(start[:length] for start in starts))
        if len(cut) <= cap:
            return cut
    return None


# ---------------------------------------------------------------- required strings


def _required(items: list[_Item]) -> list[str] | None:
    """The most selective set of strings one of which every match of ``items`` contains."""
    best: list[str] | None = None
    best_score = 0.0
    spelled = [_strings(op, av) for op, av in items]
    for (op, av), strings in zip(items, spelled, strict=True):  # an item needing one alone
        if strings is None:
            inner = _inner_required(op, av)
            if inner and _score(inner) > best_score:
                best, best_score = inner, _score(inner)
    for first in range(len(items)):  # or a run of items spelled out
        if spelled[first] is None or items[first][0] in _ZERO_WIDTH:
            continue
        if first and _one_more_character(items[first - 1], spelled[first - 1]):
            continue  # the run from just before is as long, as many, and was scored first
        run: list[str] | None = [""]
        for strings in spelled[first:]:
            if strings is None or run is None:
                break
            run = _product(run, strings)
            if run is not None and _score(run) > best_score:
                best, best_score = run, _score(run)
    return best


def _one_more_character(item: _Item, strings: list[str] | None) -> bool:
    """Whether ``item`` always adds the same characters (so a run starting right after it is
    never better than one starting at it: the same count of strings, none longer)."""
    return strings is not None and len(strings) == 1 and item[0] not in _ZERO_WIDTH


def _score(strings: list[str]) -> float:
    return _shortest(strings) - 0.0001 * len(strings)


def _inner_required(op: Any, av: Any) -> list[str] | None:
    return _inner(op, av, _required)
