"""The curated skills vocabulary (data/skills.json) and finding skills in text.

Rules that make matching trustworthy:
1. Every alias maps to one canonical name ("Postgres" -> "PostgreSQL", "JS" -> "JavaScript").
2. Boundaries are real: "Java" is not found inside "JavaScript", "C" not inside "C++" or "R&D".
3. At one position the longest alias wins ("Google Cloud Platform" over "Google Cloud").
4. Names that are also ordinary words or letters ("R", "Go", "Swift", "Lean") count only when
   written with their exact case in a list-like context: a skills keyword, or next to a comma,
   slash, parenthesis or "programming"/"language".
Pure module: no Django.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

_LIST_MARKS = ",/;:|()[]•·"
_LANGUAGE_WORDS = ("programming", "language", "developer", "engineer", "code", "lang")
# Language names that read as skills after a preposition mid-sentence ("experience with Go"),
# written with their exact case; at a sentence start they stay ordinary words.
_AFTER_PREPOSITION = {"R", "Go", "C", "Rust", "Swift", "Julia", "Dart", "Elm"}
_PREPOSITIONS = ("with", "in", "using", "of", "and", "or", "like", "via", "on", "plus")


@dataclass(frozen=True)
class Skill:
    name: str
    category: str
    aliases: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()
    ambiguous: bool = False
    ambiguous_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hit:
    skill: str
    start: int
    end: int
    written: str


@dataclass
class Vocabulary:
    skills: dict[str, Skill]
    _by_key: dict[str, tuple[str, bool, tuple[str, ...]]] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        terms: list[str] = []
        for skill in self.skills.values():
            for term in (skill.name, *skill.aliases):
                guarded = skill.ambiguous if term == skill.name else term in skill.ambiguous_aliases
                key = normal_key(term)
                if key in self._by_key and self._by_key[key][0] != skill.name:
                    raise ValueError(f"alias {term!r} names two skills")
                self._by_key[key] = (skill.name, guarded, (term,))
                terms.append(term)
        alternatives = sorted(set(terms), key=len, reverse=True)
        body = "|".join(_term_regex(t) for t in alternatives)
        self._pattern = re.compile(
            rf"(?<![A-Za-z0-9&])(?:{body})(?![A-Za-z0-9+#&])", re.IGNORECASE
        )

    def canonical(self, term: str) -> str | None:
        found = self._lookup(term)
        return found[0] if found else None

    def implied(self, name: str) -> set[str]:
        """Skills a skill shows on its own (PostgreSQL shows SQL), transitively."""
        seen: set[str] = set()
        todo = list(self.skills[name].implies) if name in self.skills else []
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(self.skills[current].implies)
        return seen

    def find(self, text: str, *, as_keyword: bool = False) -> list[Hit]:
        assert self._pattern is not None
        hits: list[Hit] = []
        for match in self._pattern.finditer(text):
            found = self._lookup(match.group(0))
            if found is None:
                continue
            name, guarded, written_forms = found
            if guarded and not _guard_passes(text, match, written_forms, as_keyword=as_keyword):
                continue
            hits.append(Hit(name, match.start(), match.end(), match.group(0)))
        return hits

    def names_in(self, text: str, *, as_keyword: bool = False) -> list[str]:
        seen: dict[str, None] = {}
        for hit in self.find(text, as_keyword=as_keyword):
            seen.setdefault(hit.skill, None)
        return list(seen)

    def _lookup(self, written: str) -> tuple[str, bool, tuple[str, ...]] | None:
        key = normal_key(written)
        if key in self._by_key:
            return self._by_key[key]
        if key.endswith("s") and key[:-1] in self._by_key:
            return self._by_key[key[:-1]]
        return None


def normal_key(term: str) -> str:
    return re.sub(r"[\s\-]+", " ", term.strip()).casefold()


def _term_regex(term: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", term)]
    regex = r"[\s\-]+".join(parts)
    # A plural of a word-like term ("microservices", "REST APIs") is the same skill.
    if len(term) >= 4 and term[-1].isalpha():
        regex += "s?"
    return regex


def _guard_passes(text: str, match: re.Match[str], written_forms: tuple[str, ...], *,
                  as_keyword: bool) -> bool:
    written = match.group(0)
    if written not in written_forms:
        return False
    if as_keyword and text.strip() == written:
        return True
    before = text[: match.start()].rstrip()
    after = text[match.end():].lstrip()
    if as_keyword and not before and not after:
        return True
    if (before[-1:] and before[-1] in _LIST_MARKS) or (after[:1] and after[0] in _LIST_MARKS):
        return True
    if not after and before.endswith((" and", " or", "&")):
        return True
    next_word = after.split(" ", 1)[0].lower() if after else ""
    previous_word = before.rsplit(" ", 1)[-1].lower() if before else ""
    if written in _AFTER_PREPOSITION and previous_word in _PREPOSITIONS:
        return True
    return next_word.startswith(_LANGUAGE_WORDS) or (
        next_word in ("and", "or") and _looks_like_list(before)
    )


def _looks_like_list(before: str) -> bool:
    return bool(before) and before[-1] in _LIST_MARKS


@cache
def vocabulary() -> Vocabulary:
    raw = json.loads(
        resources.files("onward.profile").joinpath("data/skills.json").read_text(encoding="utf-8")
    )
    skills = {
        item["name"]: Skill(
            name=item["name"],
            category=item["category"],
            aliases=tuple(item.get("aliases", ())),
            implies=tuple(item.get("implies", ())),
            ambiguous=bool(item.get("ambiguous", False)),
            ambiguous_aliases=tuple(item.get("ambiguous_aliases", ())),
        )
        for item in raw["skills"]
    }
    return Vocabulary(skills)
