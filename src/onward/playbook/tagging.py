"""Feedback tagging: text → focus areas, polarity and the evidence for each.

Pure: no Django (``onward learn tag`` runs this without touching the database). The phrase
families live in ``data/focus_vocabulary.json`` so a coach can extend them without code; a small
word-weight model (``data/tagging_model.json``, see ``tagging_model``) is the back-off.

How a text is read:
1. Split it into clauses at sentence ends and before contrast words ("but", "however", ...).
   A short label before a colon stays with what follows ("SQL: no", "Concerns: thin on IFRS").
2. In each clause, find the first phrase of each focus area's family — that phrase and its
   clause are the evidence shown to the seeker.
3. Give each clause a polarity from cue words. The longest cue wins where cues overlap ("no
   concerns" is praise, not two complaints); a positive cue after a negator ("not good") counts
   as negative. A clause with no cue inherits the scorecard section it sits in ("Cons: ..."),
   reads as a weakness after a contrast that followed praise, or when it speaks of causes
   outside the seeker's control.
4. Back-off, only for a clause that judges something and in which no family matched: a naming
   frame ("weak on X", "grasp of X") gives role_skills; otherwise the word-weight model may offer
   the one area it is confident about, with the weighted words that decided as evidence.
5. An area's polarity comes from the clauses it was found in; the text's polarity from all
   clauses: both kinds present means "mixed".
Suggestions only: the seeker can always edit what was found.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from onward.taxonomy import FOCUS_AREAS

from .tagging_model import Model, backoff_area

POLARITIES = ("strength", "weakness", "mixed")
_GAP = r"[\s\-]+"  # a space in a phrase also matches a hyphen: "take home" ~ "take-home"
_SENTENCE_END = re.compile(r"(?<=[.!?;:\n])\s+|\n+|\s+[-–—]\s+|\s*\(\s*|\s*\)\s*|\s*[•·|]\s*")
_NEGATION_REACH = re.compile(r"[,;:]")  # a negator reaches back 25 characters, never past a comma
_LABEL_WORDS = 4  # "Stakeholder management:" is a label; a longer text before a colon is a sentence


@dataclass(frozen=True)
class AreaTag:
    area: str
    polarity: str
    phrase: str
    clause: str
    how: str = "phrase"  # "phrase" (a family matched), "frame" (a naming frame) or "model" (weighted words)


@dataclass(frozen=True)
class Tagged:
    text: str
    areas: tuple[AreaTag, ...]
    polarity: str

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.area for t in self.areas)

    def as_json(self) -> dict[str, Any]:
        """The JSON Lines shape of ``onward learn tag``."""
        return {
            "text": self.text,
            "areas": list(self.codes),
            "polarity": self.polarity,
            "evidence": {
                t.area: {
                    "phrase": t.phrase,
                    "clause": t.clause,
                    "polarity": t.polarity,
                    "how": t.how,
                }
                for t in self.areas
            },
        }


@dataclass(frozen=True)
class _Clause:
    text: str
    after_contrast: bool


@dataclass(frozen=True)
class Vocabulary:
    areas: dict[str, tuple[re.Pattern[str], ...]]
    positive: re.Pattern[str]
    negative: re.Pattern[str]
    negators: re.Pattern[str]
    contrast: re.Pattern[str]
    concessive: re.Pattern[str]
    neutral: re.Pattern[str]
    sections: dict[str, re.Pattern[str]]
    fallback: dict[str, re.Pattern[str]]


def _spaced(pattern: str) -> str:
    """A space in a phrase matches spaces or hyphens; "team ?work" also matches "teamwork"."""
    return pattern.replace(" ?", r"[\s\-]*").replace(" ", _GAP)


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    """One regex for a family, matched against lower-cased text (case-insensitive regexes are
    twice as slow). A regex alternation takes the first alternative that matches, not the
    longest: the longer phrases go first so "gave up quickly" is read before "quickly"."""
    ordered = sorted(patterns, key=len, reverse=True)
    body = "|".join("(?:" + _spaced(p) + ")" for p in ordered)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")


def _lower(text: str) -> str:
    """Lower case with every character in place, so spans found in it point into the original."""
    low = text.lower()
    return (
        low
        if len(low) == len(text)
        else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    )


@cache
def vocabulary() -> Vocabulary:
    text = (
        resources.files("onward.playbook").joinpath("data/focus_vocabulary.json").read_text("utf-8")
    )
    raw = json.loads(text)
    unknown = set(raw["areas"]) - set(FOCUS_AREAS)
    if unknown:
        raise ValueError(f"focus_vocabulary.json names unknown focus areas: {sorted(unknown)}")
    cues = raw["cues"]
    sections = {
        pol: re.compile(r"^\W*(?:" + "|".join(_spaced(p) for p in heads) + r")\s*:")
        for pol, heads in cues.get("sections", {}).items()
    }
    return Vocabulary(
        areas={
            area: (_alternation(raw["areas"][area]),)
            for area in FOCUS_AREAS
            if area in raw["areas"]
        },
        positive=_alternation(cues["positive"]),
        negative=_alternation(cues["negative"]),
        negators=re.compile(
            r"(?:\b(?:" + "|".join(n for n in cues["negators"] if n != "n't") + r")\b|n't)"
        ),
        contrast=re.compile(
            r"(?<![\w])(?:"
            + "|".join(c.replace(" ", r"\s+") for c in cues["contrast"])
            + r")(?![\w])",
            re.IGNORECASE,
        ),
        concessive=re.compile(
            r"^\W*(?:"
            + "|".join(c.replace(" ", r"\s+") for c in cues["concessive"])
            + r")\b[^,;]*,\s*",
            re.IGNORECASE,
        ),
        neutral=_alternation(cues["neutral"]),
        sections=sections,
        fallback={
            area: _alternation(p)
            for area, p in raw.get("fallback", {}).items()
            if area in FOCUS_AREAS
        },
    )


def _sentences(text: str) -> list[str]:
    """Sentence-like pieces; a short label ending in a colon is joined to the piece after it."""
    pieces = [p.strip(" ,") for p in _SENTENCE_END.split(text)]
    out: list[str] = []
    label = ""
    for piece in pieces:
        if not piece:
            continue
        if piece.endswith(":") and len(piece.split()) <= _LABEL_WORDS:
            label = f"{label} {piece}".strip()
            continue
        out.append(f"{label} {piece}".strip())
        label = ""
    if label:
        out.append(label)
    return out


def clauses(text: str) -> list[_Clause]:
    """Sentences, further split before each contrast word (which stays with its clause).

    A sentence opening with a concession ("While your background is impressive, we ...") is split
    at its first comma, and what follows reads as coming after a contrast.
    """
    vocab = vocabulary()
    out: list[_Clause] = []
    for sentence in _sentences(text):
        conceded = False
        if concession := vocab.concessive.match(sentence):
            out.append(_Clause(sentence[: concession.end()].strip(" ,"), False))
            sentence, conceded = sentence[concession.end() :], True
        starts = [0] + [m.start() for m in vocab.contrast.finditer(sentence) if m.start() > 0]
        ends = [*starts[1:], len(sentence)]
        for i, (a, b) in enumerate(zip(starts, ends, strict=True)):
            piece = sentence[a:b].strip(" ,")
            if piece:
                after = i > 0 or conceded or bool(vocab.contrast.match(piece))
                out.append(_Clause(piece, after))
    return out


def _cue_spans(low: str) -> list[tuple[int, int, str]]:
    """Positive, negative and neutral cues; where two overlap, the longer one is kept.

    Neutral phrases are courtesy or topic words that only look like judgements ("after careful
    consideration", "a difficult customer"); they count for nothing but hide the cues inside them.
    """
    vocab = vocabulary()
    found = [(m.start(), m.end(), "+") for m in vocab.positive.finditer(low)]
    found += [(m.start(), m.end(), "-") for m in vocab.negative.finditer(low)]
    if not found:
        return []
    found += [(m.start(), m.end(), "0") for m in vocab.neutral.finditer(low)]
    found.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    kept: list[tuple[int, int, str]] = []
    for start, end, sign in found:
        if all(end <= a or start >= b for a, b, _ in kept):
            kept.append((start, end, sign))
    return sorted(kept)


def clause_polarity(clause: str) -> str | None:
    """strength, weakness, mixed, or None when the clause carries no cue."""
    vocab = vocabulary()
    low = _lower(clause)
    positive = negative = 0
    for start, _end, sign in _cue_spans(low):
        if sign == "0":
            continue
        if sign == "-" or vocab.negators.search(
            _NEGATION_REACH.split(low[max(0, start - 25) : start])[-1]
        ):
            negative += 1
        else:
            positive += 1
    if positive and negative:
        # praise and critique in one clause without a "but" ("good breakdown, weak on metrics")
        return "mixed"
    if positive:
        return "strength"
    return "weakness" if negative else None


def _section(low: str) -> str | None:
    for pol, pattern in vocabulary().sections.items():
        if pattern.search(low):
            return pol
    return None


def _combine(polarities: list[str]) -> str | None:
    kinds = set(polarities)
    if not kinds:
        return None
    if "mixed" in kinds or {"strength", "weakness"} <= kinds:
        return "mixed"
    return kinds.pop()


def tag(text: str, *, backoff: bool = True, model: Model | None = None) -> Tagged:
    vocab = vocabulary()
    found: dict[str, list[tuple[str, str, str | None, str]]] = {}
    polarities: list[str] = []
    previous: str | None = None
    section: str | None = None
    for clause in clauses(text):
        low = _lower(clause.text)
        hits: dict[str, tuple[str, str]] = {
            area: (m, "phrase")
            for area, pats in vocab.areas.items()
            if (m := _first(pats, low, clause.text))
        }
        pol = clause_polarity(clause.text)
        if not hits and pol is not None:
            hits = _residual(low, clause.text, backoff=backoff, model=model)
        section = _section(low) or section
        if pol is None:
            if section is not None:
                pol = section
            elif (clause.after_contrast and previous == "strength") or "outside_control" in hits:
                pol = "weakness"
        if pol is not None:
            polarities.append(pol)
            previous = pol
        for area, (phrase, how) in hits.items():
            found.setdefault(area, []).append((phrase, clause.text, pol, how))
    overall = _combine(polarities) or "weakness"
    tags = tuple(
        AreaTag(
            area=area,
            polarity=_combine([p for _, _, p, _ in found[area] if p]) or overall,
            phrase=found[area][0][0],
            clause=found[area][0][1],
            how=found[area][0][3],
        )
        for area in FOCUS_AREAS
        if area in found
    )
    return Tagged(text=text, areas=tags, polarity=overall)


def _residual(
    low: str, original: str, *, backoff: bool, model: Model | None
) -> dict[str, tuple[str, str]]:
    """For a judging clause no family matched: a naming frame ("weak on X"), else the model's one guess."""
    for area, frame in vocabulary().fallback.items():
        if m := frame.search(low):
            return {area: (original[m.start() : m.end()], "frame")}
    if backoff and (guess := backoff_area(original, model)):
        return {guess.area: (guess.evidence, "model")}
    return {}


def _first(patterns: tuple[re.Pattern[str], ...], low: str, original: str) -> str | None:
    """The earliest phrase of a family in the clause, as the seeker wrote it."""
    best: re.Match[str] | None = None
    for pattern in patterns:
        m = pattern.search(low)
        if m and (best is None or m.start() < best.start()):
            best = m
    return original[best.start() : best.end()] if best else None


def weak_areas(tagged: Tagged) -> tuple[str, ...]:
    """Areas the text points at as something to work on (weakness or mixed)."""
    return tuple(t.area for t in tagged.areas if t.polarity in ("weakness", "mixed"))
