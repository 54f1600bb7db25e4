"""Phrase families: how recruiting mail says things, and where a message says them.

The families live in ``data/rules.toml`` (see its header for the format). A user's corrections
are turned into the same ``Hit`` objects by ``understand_corrections``, so a built-in rule and
a learned one are explained the same way in the review queue.

Speed: each top-level branch of a family is compiled on its own and indexed by the words
(or word beginnings) every match must start with or contain (``rules_anchors``). A message
is split into words once; only branches whose words occur are tried, and those that start
with a known word are tried only where that word stands. ``rules_scan`` gives exactly the
same hits several times faster: one Aho-Corasick pass over the text finds the few places
where each branch can start at all. The word index stays as its fallback (without
pyahocorasick) and as the yardstick in the tests.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from onward.mail.rules_anchors import (
    _anchors,
    _selectivity,
    _top_level_branches,
    branch_stems,
    branch_substring,
)

if TYPE_CHECKING:
    from onward.mail.rules_scan import Scanner

MASK = "mask"


@dataclass(frozen=True)
class Family:
    name: str
    signal: str
    weight: float
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


@dataclass(frozen=True)
class Branch:
    pattern: re.Pattern[str]
    anchors: frozenset[str] | None  # whole words, one of which must occur
    substring: str | None = None  # or a plain substring that must occur
    starts: bool = False  # every match begins with one of the anchor words
    stems: frozenset[str] | None = None  # or with a word beginning with one of these
    start_words: frozenset[str] | None = None  # the words every match starts with



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


def _family(raw: dict[str, object], macros: dict[str, str]) -> Family:
    patterns = [_expand(str(p), macros) for p in raw["patterns"]]  # type: ignore[attr-defined]
    compiled = compile_branches(patterns)
    for branch in compiled:
        if branch.pattern.fullmatch(""):  # a stray "|" would be tried at every character
            raise ValueError(f"rules family {raw.get('name')!r}: the branch "
                             f"{branch.pattern.pattern[:60]!r} matches empty text")
    return Family(
        name=str(raw["name"]),
        signal=str(raw["signal"]),
        weight=float(raw.get("weight", 0.0)),  # type: ignore[arg-type]
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


RULE_FILES = ("rules.toml", "rules_intl.toml")


@cache
def families() -> tuple[Family, ...]:
    """The built-in families, compiled once per process: English, then the other languages.

    Built once per version of the rules and kept with their scanner (``rules_cache``)."""
    from onward.mail import rules_cache

    kept = rules_cache.load(RULE_FILES)
    if kept is not None:
        built, scanner = kept
        _COMPILED[id(built)] = (built, _Compiled(_masking(built), scanner))
        return built
    data = resources.files("onward.mail").joinpath("data")
    built = tuple(family for name in RULE_FILES
                  for family in load_families(data.joinpath(name).read_text("utf-8")))
    fresh = _compiled(built).scanner
    if fresh is not None:
        rules_cache.save(RULE_FILES, built, fresh)
    return built


def starts_a_word(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


def pattern_spans(pattern: re.Pattern[str], text: str, *, mask: bool) -> list[tuple[int, int]]:
    """Where ``pattern`` matches, searched left to right: (start, end) of each match that
    begins a word (or begins with punctuation), stepping past the others."""
    found: list[tuple[int, int]] = []
    position = 0
    while True:
        match = pattern.search(text, position)
        if match is None:
            return found
        start, end = match.span()
        if end == start:  # an empty match says nothing; step over it
            position = start + 1
            continue
        if mask and text[start] in " \n;:.!?":
            start += 1  # masks may anchor on the punctuation that opens their clause
        if starts_a_word(text, start) or not text[start].isalnum():
            found.append((start, end))
            position = end
        else:
            position = start + 1


def pattern_hits(family: Family, pattern: re.Pattern[str], text: str) -> list[Hit]:
    return [
        Hit(family.name, family.signal, family.weight, start, end, text[start:end],
            family.reason)
        for start, end in pattern_spans(pattern, text, mask=family.signal == MASK)
    ]


def family_hits(family: Family, text: str) -> list[Hit]:
    """Every match of every branch of one family, the slow way (the reference in tests)."""
    return _one_statement(
        [hit for branch in family.patterns for hit in pattern_hits(family, branch.pattern, text)]
    )


def _unmasked(hits: list[Hit], masks: list[Hit], masking: dict[str, frozenset[str]]
              ) -> tuple[list[Hit], list[Hit]]:
    """(the hits no mask covers, those one does): a mask silences the signals it names, in
    hits that start inside it. Each mask is read once, not once per hit."""
    spans = [(m.start, m.end, masking[m.family]) for m in masks]
    kept: list[Hit] = []
    silenced: list[Hit] = []
    for hit in hits:
        start, signal = hit.start, hit.signal
        for m_start, m_end, silences in spans:
            if m_start <= start < m_end and signal in silences:
                silenced.append(hit)
                break
        else:
            kept.append(hit)
    return kept, silenced


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
# The word after a French elision starts a word too: "l'entretien", "qu'il" (and so in
# rules_scan.elided). English contractions never elide one of these letters standing alone.
ELIDING = "ldjnscmt"  # l', d', j', n', s', c', m', t' (and qu')
_ELIDED_AT = re.compile(rf"(?<![\w'])(?:[{ELIDING}]|qu)'([^\W_][\w']*)")


def word_positions(text: str) -> dict[str, list[int]]:
    """Where each word, and each 3- and 4-letter word beginning, starts in ``text``."""
    positions: dict[str, list[int]] = defaultdict(list)
    matches = [*_TOKEN_AT.finditer(text), *_ELIDED_AT.finditer(text)] if "'" in text else \
        _TOKEN_AT.finditer(text)
    for match in matches:
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
            hits = pattern_hits(family, branch.pattern, text)
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


@dataclass(frozen=True)
class _Compiled:
    masking: dict[str, frozenset[str]]  # mask family name -> the signals it silences
    scanner: Scanner | None


_COMPILED: dict[int, tuple[tuple[Family, ...], _Compiled]] = {}


def _masking(rules: tuple[Family, ...]) -> dict[str, frozenset[str]]:
    masking = {f.name: f.masks for f in rules if f.signal == MASK}
    masking[QUESTION] = frozenset({"rejection"})
    return masking


def _compiled(rules: tuple[Family, ...]) -> _Compiled:
    """What ``find_hits`` needs for one tuple of families, built on first use."""
    known = _COMPILED.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    from onward.mail.rules_scan import scanner  # it builds on this module

    compiled = _Compiled(_masking(rules), scanner(rules))
    if len(_COMPILED) > 16:  # user rules files come and go; the built-in ones are rebuilt
        _COMPILED.clear()
    _COMPILED[id(rules)] = (rules, compiled)
    return compiled


def find_hits(
    text: str, rules: tuple[Family, ...] | None = None, *, gated: bool = True, scan: bool = True
) -> tuple[list[Hit], list[Hit]]:
    """All hits in ``text``, split into (kept, silenced by a mask).

    ``gated=False`` tries every branch everywhere: slow, and the reference the tests compare
    the fast path with. ``scan=False`` uses the word index alone (what runs without
    pyahocorasick); the scan must give exactly its hits.
    """
    rules = families() if rules is None else rules
    compiled = _compiled(rules)
    masking = compiled.masking
    if gated and scan and compiled.scanner is not None:
        found = compiled.scanner.hits(text)
    elif gated:
        per_family = _indexed_hits(text, rules)
        found = [hit for i in sorted(per_family) for hit in _one_statement(per_family[i])]
    else:
        found = [hit for family in rules for hit in family_hits(family, text)]
    masks: list[Hit] = question_masks(text) if "?" in text else []
    hits: list[Hit] = []
    for hit in found:
        (masks if hit.signal == MASK else hits).append(hit)
    if not masks or not hits:
        return hits, []
    return _unmasked(hits, masks, masking)
