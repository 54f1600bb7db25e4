"""Match a profile (JSON Resume) to a posting: a breakdown, never a magic number.

1. Collect evidence: every vocabulary skill found in the profile, with the JSON path of each
   place (skills keywords, bullets, summaries), plus skills a found skill shows on its own
   (PostgreSQL shows SQL), marked "via".
2. Required and preferred posting skills are covered or missing; of a group of alternatives
   ("AWS or Google Cloud") one covered skill is enough and the rest are not reported missing.
3. Title and seniority fit, years required vs years shown by dated work.
4. Tailoring suggestions that stay honest: lead with bullets that already show required skills,
   name skills the profile already shows, and never suggest claiming what has no evidence.
Pure module: no Django.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from onward.profile.posting import Posting
from onward.profile.resume import basics, entries, text_fields, years_of_experience
from onward.profile.skills import Vocabulary, vocabulary

LEVELS = {
    "intern": 0, "internship": 0, "trainee": 0, "apprentice": 0,
    "junior": 1, "jr": 1, "entry": 1, "graduate": 1, "associate": 1,
    "mid": 2, "intermediate": 2,
    "senior": 3, "sr": 3, "experienced": 3,
    "staff": 4, "lead": 4, "principal": 4, "manager": 4, "architect": 4,
    "director": 5, "head": 5,
    "vp": 6, "vice": 6, "chief": 7, "cto": 7, "ceo": 7, "cfo": 7,
}
LEVEL_NAMES = ["intern", "junior", "mid-level", "senior", "lead/manager", "director", "VP", "executive"]
_TITLE_NOISE = {"remote", "hybrid", "the", "of", "and", "for", "a", "an", "in", "at", "us", "level",
                "i", "ii", "iii", "iv", "onsite", "contract", "full", "time", "part", "to"}


@dataclass
class Evidence:
    skill: str
    where: list[str]
    via: str | None = None
    only_in_skills_list: bool = False


@dataclass
class Suggestion:
    kind: str
    text: str
    where: list[str] = field(default_factory=list)


@dataclass
class Match:
    title: str
    company: str
    required_covered: list[str]
    required_missing: list[str]
    preferred_covered: list[str]
    preferred_missing: list[str]
    satisfied_by_alternative: dict[str, str]
    evidence: dict[str, Evidence]
    years_required: float | None
    years_shown: float
    title_fit: dict[str, Any]
    missing_keywords: list[str]
    suggestions: list[Suggestion]

    def as_cli_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "company": self.company,
            "required": {"covered": self.required_covered, "missing": self.required_missing},
            "preferred": {"covered": self.preferred_covered, "missing": self.preferred_missing},
            "years_required": self.years_required,
            "years_shown": self.years_shown,
            "evidence": {name: ev.where for name, ev in self.evidence.items()},
        }

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def profile_evidence(document: Any, vocab: Vocabulary) -> dict[str, Evidence]:
    direct: dict[str, list[str]] = {}
    for item in text_fields(document):
        for name in vocab.names_in(item.text, as_keyword=item.is_keyword):
            paths = direct.setdefault(name, [])
            if item.path not in paths:
                paths.append(item.path)
    found = {
        name: Evidence(name, paths, only_in_skills_list=all(p.startswith("skills[") for p in paths))
        for name, paths in direct.items()
    }
    for name, paths in direct.items():
        for implied in sorted(vocab.implied(name)):
            if implied not in found:
                found[implied] = Evidence(implied, [f"{p} (via {name})" for p in paths[:3]], via=name)
    return found


def match(document: Any, posting: Posting, *, today: date, vocab: Vocabulary | None = None) -> Match:
    vocab = vocab or vocabulary()
    evidence = profile_evidence(document, vocab)
    covered = set(evidence)
    alternative_for = _alternatives(posting, covered)
    required_covered = [s for s in posting.skills_required if s in covered]
    required_missing = [s for s in posting.skills_required
                        if s not in covered and s not in alternative_for]
    preferred_covered = [s for s in posting.skills_preferred if s in covered]
    preferred_missing = [s for s in posting.skills_preferred
                         if s not in covered and s not in alternative_for]
    shown = [*required_covered, *preferred_covered]
    result = Match(
        title=posting.title,
        company=posting.company,
        required_covered=required_covered,
        required_missing=required_missing,
        preferred_covered=preferred_covered,
        preferred_missing=preferred_missing,
        satisfied_by_alternative=alternative_for,
        evidence={name: evidence[name] for name in shown},
        years_required=posting.years_required,
        years_shown=years_of_experience(document, today),
        title_fit=title_fit(document, posting.title),
        missing_keywords=[s for s in posting.skills_mentioned if s not in covered],
        suggestions=[],
    )
    result.suggestions = suggestions(document, posting, result, evidence)
    return result


def _alternatives(posting: Posting, covered: set[str]) -> dict[str, str]:
    satisfied: dict[str, str] = {}
    for group in posting.alternatives:
        have = [s for s in group if s in covered]
        if have:
            for skill in group:
                if skill not in covered:
                    satisfied.setdefault(skill, have[0])
    return satisfied


def title_level(title: str) -> int | None:
    words = re.findall(r"[a-z]+", title.lower())
    levels = [LEVELS[w] for w in words if w in LEVELS]
    if "engineering" in words and "manager" in words:
        return 4
    return max(levels) if levels else None


def _title_words(title: str) -> set[str]:
    core = re.split(r"\s[-–|(]\s?|,", title)[0]
    return {w for w in re.findall(r"[a-z]+", core.lower()) if w not in _TITLE_NOISE and w not in LEVELS}


def title_fit(document: Any, posting_title: str) -> dict[str, Any]:
    titles = [str(basics(document).get("label") or "")]
    titles += [str(e.get("position") or "") for _, e in entries(document, "work")]
    titles = [t for t in titles if t.strip()]
    latest = titles[1] if len(titles) > 1 else (titles[0] if titles else "")
    wanted = _title_words(posting_title)
    best_overlap: set[str] = set()
    best_title = ""
    for candidate in titles:
        overlap = wanted & _title_words(candidate)
        if len(overlap) > len(best_overlap):
            best_overlap, best_title = overlap, candidate
    posting_level = title_level(posting_title)
    profile_level = title_level(latest) if latest else None
    if posting_level is None:
        posting_level = 2
    if profile_level is None:
        profile_level = 2
    gap = posting_level - profile_level
    verdict = "fits" if abs(gap) <= 1 else ("a step up" if gap > 0 else "a step down")
    return {
        "posting_level": LEVEL_NAMES[posting_level],
        "profile_level": LEVEL_NAMES[profile_level],
        "level_verdict": verdict,
        "closest_title": best_title,
        "shared_words": sorted(best_overlap),
        "title_words_missing": sorted(wanted - best_overlap),
    }


def suggestions(document: Any, posting: Posting, result: Match,
                evidence: dict[str, Evidence]) -> list[Suggestion]:
    found: list[Suggestion] = []
    found += _lead_bullets(document, posting, evidence)
    for name in [*result.required_covered, *result.preferred_covered]:
        ev = evidence[name]
        if ev.via:
            found.append(Suggestion("name_it", f"Name {name} explicitly: you already show it "
                                    f"through {ev.via}.", ev.where[:2]))
        elif not ev.only_in_skills_list and not any(p.startswith("skills[") for p in ev.where):
            found.append(Suggestion("add_to_skills", f"Add {name} to your skills list: "
                                    f"{ev.where[0]} already shows it.", ev.where[:1]))
        elif ev.only_in_skills_list and name in result.required_covered:
            found.append(Suggestion("show_it", f"{name} is only in your skills list. If a role "
                                    "used it, add a bullet saying what it achieved there.", ev.where[:1]))
    if result.required_missing:
        found.append(Suggestion(
            "honest_gap",
            "Nothing in your profile shows " + ", ".join(result.required_missing) + ". Add one only "
            "where you really used it (with where and what it achieved); otherwise address the "
            "gap in a cover letter rather than listing it.",
        ))
    if result.years_required and result.years_shown < result.years_required:
        found.append(Suggestion(
            "years", f"The posting asks for {result.years_required:g} years; your dated work "
            f"shows {result.years_shown:g}. If earlier or undated roles count, give them dates."))
    fit = result.title_fit
    if fit["closest_title"] and fit["shared_words"] and 0 < len(fit["title_words_missing"]) <= 2:
        core = re.split(r" [-–|(] ", posting.title)[0]
        found.append(Suggestion(
            "title", f"The posting says '{core}'; your closest title is "
            f"'{fit['closest_title']}'. Use the posting's wording in basics.label only if it "
            "describes what you did.", ["basics.label"]))
    return found


def _lead_bullets(document: Any, posting: Posting, evidence: dict[str, Evidence]) -> list[Suggestion]:
    wanted = set(posting.skills_required) | set(posting.skills_preferred)
    counts: dict[str, set[str]] = {}
    for name in wanted & set(evidence):
        for path in evidence[name].where:
            if ".highlights[" in path:
                counts.setdefault(path.split(" (via")[0], set()).add(name)
    ranked = sorted(counts.items(), key=lambda item: (-len(item[1]), item[0]))[:3]
    texts = {f.path: f.text for f in text_fields(document)}
    return [Suggestion("lead_with", f"Lead with “{_excerpt(texts.get(path, ''))}” ({path}): it shows "
                       + ", ".join(sorted(names)) + ".", [path]) for path, names in ranked]


def _excerpt(text: str, words: int = 9) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")
