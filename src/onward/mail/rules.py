"""Phrase families: how recruiting mail says things, and where a message says them.

The families live in ``data/rules.toml`` (see its header for the format). A user's corrections
are turned into the same ``Hit`` objects by ``understand_corrections``, so a built-in rule and
a learned one are explained the same way in the review queue.

Speed: each family is one compiled alternation, tried only when one of its plain-substring
triggers occurs in the text (a C-speed ``in`` test), so a message pays for the few families
that could match rather than for all of them.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

MASK = "mask"
TRIGGERS = False  # family triggers are documentation; branch anchors do the gating


@dataclass(frozen=True)
class Family:
    name: str
    signal: str
    weight: float
    triggers: tuple[str, ...]
    patterns: tuple[Branch, ...]
    masks: frozenset[str] = frozenset()
    reason: str | None = None
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hit:
    family: str
    signal: str
    weight: float
    start: int
    end: int
    text: str
    reason: str | None = None

    def describe(self) -> str:
        if self.family == "correction":
            return f"correction: {self.text}"
        return f'rule {self.family}: "{self.text.strip()}"'


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(3):  # macros may use macros
        for name, value in macros.items():
            pattern = pattern.replace(f"%{name}%", value)
    if "%" in pattern and re.search(r"%[A-Z]+%", pattern):
        raise ValueError(f"unknown macro in pattern {pattern!r}")
    return pattern


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
_TOKEN = re.compile(r"[^\W_][\w']*")


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
            else:  # lookarounds, named groups: opaque
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


@dataclass(frozen=True)
class Branch:
    pattern: re.Pattern[str]
    anchors: frozenset[str] | None  # whole words, one of which must occur
    substring: str | None = None  # or a plain substring that must occur
    starts: bool = False  # every match begins with one of the anchor words
    stems: frozenset[str] | None = None  # or with a word beginning with one of these
    start_words: frozenset[str] | None = None  # the words every match starts with

    def may_match(self, text: str, words: frozenset[str]) -> bool:
        if self.anchors is not None:
            return not self.anchors.isdisjoint(words)
        return self.substring is None or self.substring in text


def compile_branches(patterns: list[str]) -> tuple[Branch, ...]:
    """One regex per top-level branch, each with the words that must occur for it to match:
    a set look-up then skips most regex runs (Python's engine pays per character scanned)."""
    return tuple(
        _branch(branch)
        for pattern in patterns
        for branch in _top_level_branches(pattern)
    )


def _branch(source: str) -> Branch:
    anchors, starts, start_words = _anchors(source)
    stems = branch_stems(source)
    if anchors is not None and stems is not None and _selectivity(anchors) < 0:
        anchors, starts = None, False  # "the", "to": the word beginnings say more
    return Branch(re.compile(source, re.MULTILINE), anchors, branch_substring(source), starts,
                  stems, start_words)


def words_of(text: str) -> frozenset[str]:
    """The words of a text, plus their 3- and 4-letter beginnings (for stem look-ups)."""
    words = {t.strip("'") for t in _TOKEN.findall(text)}
    return frozenset(words | {w[:4] for w in words} | {w[:3] for w in words})


def _family(raw: dict[str, object], macros: dict[str, str]) -> Family:
    patterns = [_expand(str(p), macros) for p in raw["patterns"]]  # type: ignore[attr-defined]
    compiled = compile_branches(patterns)
    return Family(
        name=str(raw["name"]),
        signal=str(raw["signal"]),
        weight=float(raw.get("weight", 0.0)),  # type: ignore[arg-type]
        triggers=tuple(str(t) for t in raw["triggers"]),  # type: ignore[attr-defined]
        patterns=compiled,
        masks=frozenset(str(m) for m in raw.get("masks", ())),  # type: ignore[attr-defined]
        reason=str(raw["reason"]) if raw.get("reason") else None,
        examples=tuple(str(e) for e in raw.get("examples", ())),  # type: ignore[attr-defined]
    )


def load_families(text: str) -> tuple[Family, ...]:
    """Families from the TOML text of a rules file (the built-in one or a user's own)."""
    data = tomllib.loads(text)
    macros = {str(k): str(v) for k, v in data.get("macros", {}).items()}
    return tuple(_family(raw, macros) for raw in data["family"])


@cache
def families() -> tuple[Family, ...]:
    """The built-in families, compiled once per process."""
    text = resources.files("onward.mail").joinpath("data/rules.toml").read_text("utf-8")
    return load_families(text)


def _starts_a_word(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


def _pattern_hits(family: Family, pattern: re.Pattern[str], text: str) -> list[Hit]:
    found: list[Hit] = []
    position = 0
    while True:
        match = pattern.search(text, position)
        if match is None:
            return found
        start, end = match.span()
        if end == start:  # an empty match says nothing; step over it
            position = start + 1
            continue
        if text[start] in " \n;:.!?" and family.signal == MASK:
            start += 1  # masks may anchor on the punctuation that opens their clause
        if _starts_a_word(text, start) or not text[start].isalnum():
            found.append(
                Hit(family.name, family.signal, family.weight, start, end, text[start:end],
                    family.reason)
            )
            position = end
        else:
            position = start + 1


_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")  # plus any letter, below


def _in_word(char: str) -> bool:
    return char in _TOKEN_CHARS or char.isalnum()


def _anchored_hits(family: Family, branch: Branch, text: str, present: frozenset[str]) -> list[Hit]:
    """Try the branch only where one of its first words stands in the text."""
    found: list[Hit] = []
    for word in present:
        position = text.find(word)
        while position >= 0:
            after = position + len(word)
            if (position == 0 or not _in_word(text[position - 1])) and (
                after >= len(text) or not _in_word(text[after])
            ):
                match = branch.pattern.match(text, position)
                if match and match.end() > position:
                    found.append(Hit(family.name, family.signal, family.weight, position,
                                     match.end(), match.group(), family.reason))
            position = text.find(word, position + 1)
    return found


def _branch_hits(family: Family, branch: Branch, text: str, words: frozenset[str]) -> list[Hit]:
    if branch.anchors is not None:
        present = branch.anchors & words
        if not present:
            return []
        if branch.starts:
            return _anchored_hits(family, branch, text, present)
    elif branch.stems is not None:
        if branch.stems.isdisjoint(words):
            return []
    elif branch.substring is not None and branch.substring not in text:
        return []
    return _pattern_hits(family, branch.pattern, text)


def family_hits(
    family: Family, text: str, *, gated: bool = True, words: frozenset[str] | None = None
) -> list[Hit]:
    """Where one family matches; matches that begin inside a word are skipped."""
    if gated and TRIGGERS and not any(t in text for t in family.triggers):
        return []
    if gated and words is None:
        words = words_of(text)
    found = sorted(
        (
            hit
            for branch in family.patterns
            for hit in (_branch_hits(family, branch, text, words) if gated and words is not None
                        else _pattern_hits(family, branch.pattern, text))
        ),
        key=lambda h: (h.start, -h.end),
    )
    kept: list[Hit] = []
    for hit in found:  # overlapping matches of one family are one statement
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def _masked(hit: Hit, masks: list[Hit], masking: dict[str, frozenset[str]]) -> bool:
    return any(
        hit.signal in masking[m.family] and m.start <= hit.start < m.end for m in masks
    )


@dataclass(frozen=True)
class _Index:
    """Which branches could match, by the words (or word beginnings) they need."""

    by_word: dict[str, tuple[tuple[int, int], ...]]
    always: tuple[tuple[int, int], ...]


_INDEXES: dict[int, tuple[tuple[Family, ...], _Index]] = {}


def _index(rules: tuple[Family, ...]) -> _Index:
    known = _INDEXES.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    by_word: dict[str, list[tuple[int, int]]] = defaultdict(list)
    always: list[tuple[int, int]] = []
    for f_index, family in enumerate(rules):
        for b_index, branch in enumerate(family.patterns):
            keys = branch.anchors if branch.anchors is not None else branch.stems
            if keys is None:
                always.append((f_index, b_index))
            for key in keys or ():
                by_word[key].append((f_index, b_index))
    index = _Index({k: tuple(v) for k, v in by_word.items()}, tuple(always))
    _INDEXES[id(rules)] = (rules, index)
    return index


_TOKEN_AT = re.compile(r"(?<![\w'])'*([^\W_][\w']*)")


def word_positions(text: str) -> dict[str, list[int]]:
    """Where each word, and each 3- and 4-letter word beginning, starts in ``text``."""
    positions: dict[str, list[int]] = defaultdict(list)
    for match in _TOKEN_AT.finditer(text):
        word, start = match.group(1).rstrip("'"), match.start(1)
        positions[word].append(start)
        if len(word) > 3:
            positions[word[:3]].append(start)
            if len(word) > 4:
                positions[word[:4]].append(start)
    return positions


def _matches_at(family: Family, branch: Branch, text: str, keys: Iterable[str],
                positions: dict[str, list[int]]) -> list[Hit]:
    found: list[Hit] = []
    match_at = branch.pattern.match
    for key in keys:
        for position in positions.get(key, ()):
            match = match_at(text, position)
            if match and match.end() > position:
                found.append(Hit(family.name, family.signal, family.weight, position,
                                 match.end(), match.group(), family.reason))
    return found


def _indexed_hits(text: str, rules: tuple[Family, ...]) -> dict[int, list[Hit]]:
    """Hits per family index, trying only the branches whose words occur in ``text``.

    A branch indexed by the words it starts with is tried exactly where those words stand;
    one indexed by a word further in is searched; one with no known words always is.
    """
    positions = word_positions(text)
    index = _index(rules)
    triggered: dict[tuple[int, int], list[str]] = defaultdict(list)
    by_word = index.by_word
    for word in positions:
        found = by_word.get(word)
        if found:
            for key in found:
                triggered[key].append(word)
    per_family: dict[int, list[Hit]] = defaultdict(list)
    for key, words in [*triggered.items(), *((k, []) for k in index.always)]:
        f_index, b_index = key
        family = rules[f_index]
        branch = family.patterns[b_index]
        if words and (branch.starts or branch.anchors is None):
            hits = _matches_at(family, branch, text, words, positions)  # start words or stems
        elif branch.start_words is not None:
            hits = _matches_at(family, branch, text, branch.start_words, positions)
        elif branch.substring is not None and branch.substring not in text:
            continue
        else:
            hits = _pattern_hits(family, branch.pattern, text)
        if hits:
            per_family[f_index].extend(hits)
    return per_family


def _one_statement(found: list[Hit]) -> list[Hit]:
    """Overlapping matches of one family are one statement."""
    found.sort(key=lambda h: (h.start, -h.end))
    kept: list[Hit] = []
    for hit in found:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


QUESTION = "question"
_SENTENCE_END = re.compile(r"[.!?\n]")


def question_masks(text: str) -> list[Hit]:
    """Each sentence that ends in a question mark: "Not the right fit?" decides nothing."""
    found: list[Hit] = []
    position = text.find("?")
    while position >= 0:
        start = max(text.rfind(c, 0, position) for c in ".!?\n") + 1
        found.append(Hit(QUESTION, MASK, 0.0, start, position + 1, text[start : position + 1]))
        position = text.find("?", position + 1)
    return found


def find_hits(
    text: str, rules: tuple[Family, ...] | None = None, *, gated: bool = True
) -> tuple[list[Hit], list[Hit]]:
    """All hits in ``text``, split into (kept, silenced by a mask).

    ``gated=False`` tries every branch everywhere: slow, and the reference the tests compare
    the fast path with.
    """
    rules = families() if rules is None else rules
    masking = {f.name: f.masks for f in rules if f.signal == MASK}
    masking[QUESTION] = frozenset({"rejection"})
    if gated:
        per_family = _indexed_hits(text, rules)
        ordered = [_one_statement(per_family[i]) for i in sorted(per_family)]
    else:
        ordered = [family_hits(f, text, gated=False) for f in rules]
    masks: list[Hit] = question_masks(text) if "?" in text else []
    hits: list[Hit] = []
    for found in ordered:
        for hit in found:
            (masks if hit.signal == MASK else hits).append(hit)
    if not masks:
        return hits, []
    kept = [h for h in hits if not _masked(h, masks, masking)]
    silenced = [h for h in hits if _masked(h, masks, masking)]
    return kept, silenced
