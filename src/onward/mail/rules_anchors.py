"""Which words a phrase pattern needs: the index that lets most patterns skip most messages.

A tiny reader for the regex subset the rules use (literal characters, non-capturing groups of
alternatives, optional groups; everything else is opaque) finds, for each top-level branch,
the whole words (or 3-4 letter word beginnings) one of which every match must contain, and
whether every match starts with one of them. Python's regex engine pays per character it
scans; a set look-up per message is far cheaper.
"""

from __future__ import annotations

import re


def _top_level_branches(pattern: str) -> list[str]:
    """Split ``a|b(c|d)|e`` into ``a``, ``b(c|d)``, ``e``."""
    branches, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches


_WORDISH = re.compile(r"[\w']+")


# A tiny reader for the regex subset the rules use: literal characters, non-capturing groups
# of alternatives, and everything else as opaque. Enough to find words a match must contain.
_Item = tuple[str, object]  # ("lit", char) | ("group", alternatives) | ("opaque", None)


def _read_sequence(text: str, index: int) -> tuple[list[list[_Item]], int]:
    alternatives: list[list[_Item]] = [[]]
    while index < len(text):
        char = text[index]
        if char == ")":
            return alternatives, index + 1
        if char == "|":
            alternatives.append([])
            index += 1
            continue
        if char == "(":
            if text.startswith("(?:", index):
                inner, index = _read_sequence(text, index + 3)
                item: _Item = ("group", inner)
            elif text.startswith(("(?=", "(?!", "(?<=", "(?<!"), index):
                # lookarounds match no characters: the words around them are what a match holds
                _, index = _read_sequence(text, index + 1)
                continue
            else:  # named groups and the like: opaque
                _, index = _read_sequence(text, index + 1)
                item = ("opaque", None)
        elif char == "\\":
            item = ("boundary", None) if text.startswith("\\b", index) else ("opaque", None)
            index += 2
        elif char == "[":
            close = index + 1
            while close < len(text) and (text[close] != "]" or close == index + 1):
                close += 2 if text[close] == "\\" else 1
            item, index = ("opaque", None), close + 1
        elif char in ".^$":
            item, index = ("opaque", None), index + 1
        else:
            item, index = ("lit", char), index + 1
        if index < len(text) and text[index] in "?*+{":
            optional = text[index] in "?*" or text.startswith("{0", index)
            index = text.index("}", index) + 1 if text[index] == "{" else index + 1
            if index < len(text) and text[index] in "?+":
                index += 1
            if item[0] == "group" and optional and not text.startswith("*", index - 1):
                item = ("opt", item[1])
            else:
                item = ("opaque", None) if optional or item[0] == "lit" else item
        alternatives[-1].append(item)
    return alternatives, index


def _is_word_char(char: object) -> bool:
    return isinstance(char, str) and (char.isalnum() or char == "'")


def _ends_word(rest: list[_Item]) -> bool:
    """Whether what follows a run of letters guarantees the word ends there."""
    return bool(rest) and (rest[0][0] == "boundary" or (
        rest[0][0] == "lit" and not _is_word_char(rest[0][1])))


def _first_words(items: list[_Item], right_ok: bool) -> frozenset[str] | None:
    """Whole words one of which must start any match of ``items`` (None when unknown)."""
    if not items:
        return None
    kind, value = items[0]
    if kind == "lit":
        word = ""
        for item_kind, item_value in items:
            if item_kind != "lit" or not _is_word_char(item_value):
                break
            word += str(item_value)
        rest = items[len(word):]
        ends_ok = _ends_word(rest) or (not rest and right_ok)
        if word and ends_ok and not word.startswith("'"):
            return frozenset({word.strip("'")})
        return None
    if kind == "opt":  # an optional group: a match starts inside it or right after it
        words: set[str] = set()
        for alternative in [*value, []]:  # type: ignore[misc]
            found = _first_words([*alternative, *items[1:]], right_ok)
            if found is None:
                return None
            words |= found
        return frozenset(words)
    if kind == "group":
        after_ok = (len(items) == 1 and right_ok) or _ends_word(items[1:])
        words = set()
        for alternative in value:  # type: ignore[attr-defined]
            found = _first_words(alternative + items[1:2] if len(items) > 1 else alternative,
                                 after_ok)
            if found is None:
                return None
            words |= found
        return frozenset(words)
    return None


def branch_anchors(branch: str) -> frozenset[str] | None:
    """The most selective set of whole words of which every match must contain one."""
    return _anchors(branch)[0]



# Words so common that knowing a text contains one says nothing.
_COMMON = frozenset(
    ["a", "an", "the", "to", "of", "in", "on", "for", "with", "you", "your", "you're", "you've", "we", "we're", "we've", "we'll", "i", "i'm", "it", "it's", "is", "are", "be", "been", "was", "were", "has", "have", "had", "will", "would", "this", "that", "and", "or", "not", "as", "at", "by", "our", "us", "me", "my", "can", "could", "do", "does", "did", "if", "so", "but", "all", "any", "some", "there", "their", "they", "he", "she", "from", "about", "up", "out", "more", "no", "what", "which", "who", "how", "when", "please", "thank", "thanks"]
)


def _selectivity(words: frozenset[str]) -> float:
    if words & _COMMON:
        return -1.0
    return min(len(w) for w in words) - 0.05 * len(words)


def _anchors(branch: str) -> tuple[frozenset[str] | None, bool, frozenset[str] | None]:
    """(the most selective words one of which every match contains; whether those are the
    words every match starts with; the words every match starts with, if known)."""
    alternatives, _ = _read_sequence(branch, 0)
    if len(alternatives) != 1:
        return None, False, None
    items = alternatives[0]
    first = _first_words(items, right_ok=False)
    best, best_score = first, (_selectivity(first) if first else -2.0)
    for index, (kind, _value) in enumerate(items):
        starts_word = index == 0 or (items[index - 1][0] == "lit"
                                     and not _is_word_char(items[index - 1][1]))
        if index == 0 or not starts_word or kind in ("opaque", "opt"):
            continue
        found = _first_words(items[index:], right_ok=False)
        if found and _selectivity(found) > best_score:
            best, best_score = found, _selectivity(found)
    return best, best is first and first is not None, first


def _first_stems(items: list[_Item]) -> frozenset[str] | None:
    """Word beginnings (3-4 letters) one of which starts any match of ``items``."""
    if not items:
        return None
    kind, value = items[0]
    if kind == "lit":
        stem = ""
        for item_kind, item_value in items:
            if item_kind != "lit" or not _is_word_char(item_value) or len(stem) == 4:
                break
            stem += str(item_value)
        whole_word = len(stem) < 4 and _ends_word(items[len(stem):])
        if stem.startswith("'") or not (len(stem) >= 3 or (stem and whole_word)):
            return None
        return frozenset({stem})
    if kind in ("group", "opt"):
        stems: set[str] = set()
        groups: list[list[_Item]] = value  # type: ignore[assignment]
        alternatives = [*groups, []] if kind == "opt" else list(groups)
        for alternative in alternatives:
            found = _first_stems([*alternative, *items[1:]])
            if found is None:
                return None
            stems |= found
        return frozenset(stems)
    return None


def branch_stems(branch: str) -> frozenset[str] | None:
    alternatives, _ = _read_sequence(branch, 0)
    return _first_stems(alternatives[0]) if len(alternatives) == 1 else None


def branch_substring(branch: str) -> str | None:
    """The longest run of plain characters every match contains (at least 4 long)."""
    alternatives, _ = _read_sequence(branch, 0)
    if len(alternatives) != 1:
        return None
    best, run = "", ""
    for kind, value in [*alternatives[0], ("opaque", None)]:
        if kind == "lit":
            run += str(value)
        else:
            best, run = max(best, run, key=len), ""
    return best if len(best) >= 4 else None
