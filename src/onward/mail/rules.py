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
from dataclasses import dataclass
from functools import cache
from importlib import resources

MASK = "mask"


@dataclass(frozen=True)
class Family:
    name: str
    signal: str
    weight: float
    triggers: tuple[str, ...]
    pattern: re.Pattern[str]
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
    for name, value in macros.items():
        pattern = pattern.replace(f"%{name}%", value)
    if "%" in pattern and re.search(r"%[A-Z]+%", pattern):
        raise ValueError(f"unknown macro in pattern {pattern!r}")
    return pattern


def _family(raw: dict[str, object], macros: dict[str, str]) -> Family:
    patterns = [_expand(str(p), macros) for p in raw["patterns"]]  # type: ignore[attr-defined]
    compiled = re.compile("|".join(f"(?:{p})" for p in patterns), re.MULTILINE)
    return Family(
        name=str(raw["name"]),
        signal=str(raw["signal"]),
        weight=float(raw.get("weight", 0.0)),  # type: ignore[arg-type]
        triggers=tuple(str(t) for t in raw["triggers"]),  # type: ignore[attr-defined]
        pattern=compiled,
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


def family_hits(family: Family, text: str, *, gated: bool = True) -> list[Hit]:
    """Where one family matches; matches that begin inside a word are skipped."""
    if gated and not any(t in text for t in family.triggers):
        return []
    found: list[Hit] = []
    position = 0
    while True:
        match = family.pattern.search(text, position)
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


def _masked(hit: Hit, masks: list[Hit], masking: dict[str, frozenset[str]]) -> bool:
    return any(
        hit.signal in masking[m.family] and m.start <= hit.start < m.end for m in masks
    )


def find_hits(
    text: str, rules: tuple[Family, ...] | None = None, *, gated: bool = True
) -> tuple[list[Hit], list[Hit]]:
    """All hits in ``text``, split into (kept, silenced by a mask)."""
    rules = families() if rules is None else rules
    masking = {f.name: f.masks for f in rules if f.signal == MASK}
    masks: list[Hit] = []
    hits: list[Hit] = []
    for family in rules:
        found = family_hits(family, text, gated=gated)
        (masks if family.signal == MASK else hits).extend(found)
    if not masks:
        return hits, []
    kept = [h for h in hits if not _masked(h, masks, masking)]
    silenced = [h for h in hits if _masked(h, masks, masking)]
    return kept, silenced
