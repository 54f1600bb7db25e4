"""Import a job posting: saved page (.html), JobPosting JSON-LD (.json) or pasted text (.txt).

1. Find the posting's fields: JSON-LD `JobPosting` when present (in a page's
   `<script type="application/ld+json">`, a `{"jsonld": ...}` wrapper or a bare object; also
   JSON Resume's job schema), else the page's main text or the plain text itself.
2. Split the description into lines and sort them into required, preferred and other by the
   headings above them ("Must have", "Nice to have", "Responsibilities"...) and by in-line
   markers ("(preferred)", "a plus").
3. Read skills (canonical vocabulary names) and years of experience from those lines.
Pure module: no Django.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onward.profile.page_text import html_to_lines, json_ld_objects, read_html
from onward.profile.skills import Vocabulary, vocabulary


class PostingError(ValueError):
    """The file holds nothing we can read as a job posting."""


@dataclass
class Posting:
    title: str
    company: str
    location: str
    lines: list[str]
    required: list[str] = field(default_factory=list)
    preferred: list[str] = field(default_factory=list)
    skills_required: list[str] = field(default_factory=list)
    skills_preferred: list[str] = field(default_factory=list)
    skills_mentioned: list[str] = field(default_factory=list)
    alternatives: list[list[str]] = field(default_factory=list)
    years_required: float | None = None
    source: str = "text"


_PREFERRED_HEAD = re.compile(
    r"nice[\s-]*to[\s-]*haves?|preferred|bonus|\bpluses\b|\ba plus\b|desired|desirable|"
    r"extra credit|would be great|ideally|not required|optional", re.I)
# In-line markers that make one line a preference even inside a requirements list.
_PREFERRED_LINE = re.compile(
    r"nice[\s-]*to[\s-]*haves?|\(preferred\)|\bpreferred\b|\bbonus\b|\ba plus\b|huge plus|"
    r"desired|desirable|not required|would be (great|nice|a plus)|advantageous|an advantage", re.I)
_REQUIRED_HEAD = re.compile(
    r"requirement|qualifications|must[\s-]*haves?|what you need|what you.ll need|who you are|"
    r"what you bring|you have|you.ll have|about you|looking for|minimum|basic qual|required|"
    r"skills|experience|what we need|you should have|need to have", re.I)
_OTHER_HEAD = re.compile(
    r"responsibilit|what you.ll do|what you will (be )?do|duties|benefits|perks|about (us|the)|"
    r"why |we offer|top reasons|overview|the role|role description|compensation|salary|"
    r"equal opportunity|what success|our team|who we are|the team|in it for you", re.I)
_INLINE_HEAD = re.compile(
    r"(?<!^)(?=\b(?:must[\s-]*haves?|nice[\s-]*to[\s-]*haves?|requirements|preferred|bonus)\s*:)",
    re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15}
_YEARS = re.compile(
    r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s*\+?\s*(?:\(\d{1,2}\)\s*)?"
    r"(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b", re.I)
_ALT_GAP = re.compile(r"^\s*(?:,|/|or|,\s*or|and/or|\|)\s*$", re.I)


def load_posting(path: Path, *, vocab: Vocabulary | None = None) -> Posting:
    text = path.read_text(encoding="utf-8", errors="replace")
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return posting_from_html(text, vocab=vocab)
    if suffix in (".json", ".jsonld"):
        return posting_from_json(text, vocab=vocab)
    return posting_from_text(text, vocab=vocab)


def posting_from_json(text: str, *, vocab: Vocabulary | None = None) -> Posting:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PostingError(f"not JSON: {error.msg} at line {error.lineno}") from error
    job = _find_job_posting(data)
    if job is not None:
        return _from_json_ld(job, vocab=vocab)
    if isinstance(data, dict) and isinstance(data.get("title"), str):
        return _from_job_schema(data, vocab=vocab)
    if isinstance(data, dict) and isinstance(data.get("text"), str):
        return posting_from_text(data["text"], vocab=vocab)
    raise PostingError("no JobPosting object in this JSON file")


def posting_from_html(markup: str, *, vocab: Vocabulary | None = None) -> Posting:
    reader = read_html(markup)
    for found in json_ld_objects(reader):
        job = _find_job_posting(found)
        if job is not None:
            return _from_json_ld(job, vocab=vocab, source="html+jsonld")
    lines = html_to_lines(markup)
    title = reader.headings.get("h1") or reader.title_tag.split(" - ")[0].strip()
    company = reader.classed.get("company") or reader.classed.get("hiringorganization", "")
    location = reader.classed.get("location") or reader.classed.get("joblocation", "")
    body = [line for line in lines if line not in (title, company, location)]
    if not title and not body:
        raise PostingError("this page has no readable text")
    return analyse(title, company, location, body, vocab=vocab, source="html")


def posting_from_text(text: str, *, vocab: Vocabulary | None = None) -> Posting:
    lines = [" ".join(line.split()) for line in text.replace("\r", "").split("\n")]
    blocks = "\n".join(lines).strip().split("\n\n", 1)
    head = [line for line in blocks[0].split("\n") if line]
    if len(blocks) == 2 and 1 <= len(head) <= 4 and all(len(h) <= 90 for h in head):
        title, company, location = ([*head, "", "", ""])[:3]
        body = [line for line in blocks[1].split("\n") if line]
    else:
        all_lines = [line for line in lines if line]
        if not all_lines:
            raise PostingError("the text is empty")
        title, company, location = all_lines[0], "", ""
        body = all_lines[1:]
    return analyse(title, company, location, body, vocab=vocab, source="text")


def _find_job_posting(data: Any) -> dict[str, Any] | None:
    if isinstance(data, list):
        for item in data:
            found = _find_job_posting(item)
            if found is not None:
                return found
        return None
    if not isinstance(data, dict):
        return None
    kind = data.get("@type")
    if kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind):
        return data
    for key in ("jsonld", "@graph", "mainEntity"):
        if key in data:
            found = _find_job_posting(data[key])
            if found is not None:
                return found
    return None


def _clean(value: Any) -> str:
    return " ".join(html.unescape(value).split()) if isinstance(value, str) else ""


def _from_json_ld(job: dict[str, Any], *, vocab: Vocabulary | None, source: str = "jsonld") -> Posting:
    organisation = job.get("hiringOrganization")
    company = _clean(organisation.get("name")) if isinstance(organisation, dict) else _clean(organisation)
    description = job.get("description") if isinstance(job.get("description"), str) else ""
    # LinkedIn serves the description's tags entity-escaped: unescape once to get real HTML.
    lines = html_to_lines(html.unescape(description)) if description else []
    extra = _clean(job.get("skills")) or _clean(job.get("qualifications"))
    if extra:
        lines.append(f"Requirements: {extra}")
    posting = analyse(_clean(job.get("title")), company, _location(job), lines, vocab=vocab,
                      source=source)
    months = _months_of_experience(job.get("experienceRequirements"))
    if months:
        posting.years_required = round(months / 12, 1)
    return posting


def _from_job_schema(job: dict[str, Any], *, vocab: Vocabulary | None) -> Posting:
    lines = [_clean(job.get("description"))]
    lines += [f"- {_clean(q)}" for q in job.get("responsibilities") or [] if isinstance(q, str)]
    lines.append("Qualifications")
    lines += [f"- {_clean(q)}" for q in job.get("qualifications") or [] if isinstance(q, str)]
    for group in job.get("skills") or []:
        if isinstance(group, dict):
            words = [group.get("name"), *(group.get("keywords") or [])]
            lines.append("- " + ", ".join(w for w in words if isinstance(w, str)))
    location = job.get("location")
    place = ", ".join(str(location.get(k)) for k in ("city", "region", "countryCode")
                      if isinstance(location, dict) and location.get(k))
    return analyse(_clean(job.get("title")), _clean(job.get("company")), place,
                   [line for line in lines if line], vocab=vocab, source="job-schema")


def _location(job: dict[str, Any]) -> str:
    places = job.get("jobLocation")
    place = places[0] if isinstance(places, list) and places else places
    address = place.get("address") if isinstance(place, dict) else None
    parts: list[str] = []
    if isinstance(address, dict):
        parts = [_clean(address.get(k)) for k in ("addressLocality", "addressRegion", "addressCountry")]
    elif isinstance(address, str):
        parts = [_clean(address)]
    text = ", ".join(p for p in parts if p)
    if job.get("jobLocationType") == "TELECOMMUTE":
        text = f"Remote ({text})" if text else "Remote"
    return text


def _months_of_experience(value: Any) -> float | None:
    if isinstance(value, dict):
        months = value.get("monthsOfExperience")
        if isinstance(months, int | float) and months > 0:
            return float(months)
    return None


def split_inline(lines: list[str]) -> list[str]:
    """Break "Must have: - a - b Nice to have:- c" paragraphs into heading and item lines."""
    result: list[str] = []
    for line in lines:
        for segment in _INLINE_HEAD.split(line):
            segment = segment.strip()
            head = re.match(r"^([^:]{2,40}):\s*-\s*(.+)$", segment)
            if head and _classify_heading(head[1] + ":") != "none":
                result.append(head[1] + ":")
                result += ["- " + item.strip() for item in re.split(r"(?:\s+|(?<=[)\w]))-\s+", head[2])
                           if item.strip()]
            elif segment:
                result.append(segment)
    return result


def _classify_heading(line: str) -> str:
    text = line.strip().rstrip(":").strip()
    is_heading = line.rstrip().endswith(":") or (
        len(text.split()) <= 8 and not text.endswith((".", "!", "?")) and not line.startswith("- ")
    )
    if not is_heading:
        return "none"
    if _PREFERRED_HEAD.search(text):
        return "preferred"
    if _OTHER_HEAD.search(text):
        return "other"
    if _REQUIRED_HEAD.search(text):
        return "required"
    return "none"


def analyse(title: str, company: str, location: str, lines: list[str], *,
            vocab: Vocabulary | None = None, source: str = "text") -> Posting:
    vocab = vocab or vocabulary()
    lines = split_inline(lines)
    posting = Posting(title=title, company=company, location=location, lines=lines, source=source)
    _sort_lines(posting)
    _read_skills(posting, vocab)
    posting.years_required = _years(posting)
    return posting


def _sort_lines(posting: Posting) -> None:
    section = "other"
    for line in posting.lines:
        inline = re.match(r"^([A-Za-z][A-Za-z /'’-]{2,40}):\s*(\S.*)$", line)
        kind = _classify_heading(inline[1] + ":") if inline else _classify_heading(line)
        if inline and kind in ("required", "preferred"):
            _add_inline_items(posting, kind, inline[2])
            continue
        if kind != "none" and not line.startswith("- "):
            section = kind
            continue
        if _PREFERRED_LINE.search(line):
            posting.preferred.append(line)
        elif section == "required" or re.search(r"\b(required|must)\b", line, re.I):
            posting.required.append(line)
        elif section == "preferred":
            posting.preferred.append(line)
    if not posting.required:
        # No requirement section: qualification-like lines anywhere stand in for it.
        posting.required = [line for line in posting.lines if line not in posting.preferred
                            and re.search(r"experience|knowledge|proficien|familiar|degree|years|skills",
                                          line, re.I)]


def _add_inline_items(posting: Posting, kind: str, items: str) -> None:
    for item in re.split(r",\s*(?![^()]*\))", items):
        target = posting.preferred if kind == "preferred" or _PREFERRED_LINE.search(item) else posting.required
        target.append(item.strip())


def _read_skills(posting: Posting, vocab: Vocabulary) -> None:
    required: dict[str, None] = {}
    preferred: dict[str, None] = {}
    for name in vocab.names_in(posting.title):
        required.setdefault(name, None)
    for line in posting.required:
        for name in vocab.names_in(line):
            required.setdefault(name, None)
        for group in _alternative_groups(line, vocab):
            if group not in posting.alternatives:
                posting.alternatives.append(group)
    for line in posting.preferred:
        for name in vocab.names_in(line):
            if name not in required:
                preferred.setdefault(name, None)
    mentioned: dict[str, None] = {}
    for line in posting.lines:
        for name in vocab.names_in(line):
            if name not in required and name not in preferred:
                mentioned.setdefault(name, None)
    posting.skills_required = list(required)
    posting.skills_preferred = list(preferred)
    posting.skills_mentioned = list(mentioned)


def _alternative_groups(line: str, vocab: Vocabulary) -> list[list[str]]:
    """Skills joined by "or" or "/" ("AWS or Google Cloud") are alternatives: one suffices."""
    hits = vocab.find(line)
    groups: list[list[str]] = []
    chain = hits[:1]
    has_or = False

    def close(next_start: int) -> None:
        tail = line[chain[-1].end:next_start] if chain else ""
        names = list(dict.fromkeys(h.skill for h in chain))
        if len(names) > 1 and (has_or or re.match(r"^\s*,?\s*(or|/)\b", tail, re.I)):
            groups.append(names)

    for previous, current in itertools.pairwise(hits):
        gap = line[previous.end:current.start]
        if _ALT_GAP.match(gap):
            chain.append(current)
            has_or = has_or or bool(re.search(r"or|/", gap))
        else:
            close(current.start)
            chain, has_or = [current], False
    if chain:
        close(len(line))
    return groups


def _years(posting: Posting) -> float | None:
    candidates: list[int] = []
    for line in posting.required or posting.lines:
        if not re.search(r"experience|background|years? (in|of|with)|track record", line, re.I):
            continue
        numbers = [int(m[1]) if m[1].isdigit() else _NUMBER_WORDS[m[1].lower()]
                   for m in _YEARS.finditer(line)]
        candidates += [n for n in numbers if 0 < n <= 40]
    return float(max(candidates)) if candidates else None
