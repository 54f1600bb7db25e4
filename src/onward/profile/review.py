"""Strength review of a profile: findings that say where and what to do, and a visible score.

Each check returns findings with a JSON path (`where`), what it noticed, and a concrete
suggestion. The score is only the sum of named parts, each shown with the counts behind it.
Pure module: no Django.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from onward.profile.resume import (
    BULLET_SECTIONS,
    PartialDate,
    TextField,
    basics,
    bullets,
    date_style,
    entries,
    is_ongoing,
    spans,
    text_fields,
    years_of_experience,
)
from onward.profile.review_words import (
    BUZZWORDS,
    PAST_IRREGULAR,
    PRESENT_VERBS,
    RESULT_WORDS,
    WEAK_OPENINGS,
)

LONG_BULLET_WORDS = 32
GAP_MONTHS = 6
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?"
    r"(\w+ed|built|made|done|given|led|run|written|taken|chosen|shown|sent|held|kept|won|brought|"
    r"set|paid|sold|taught|grown|begun|drawn|driven|known)\b(?!\s+(?:to|with)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Finding:
    code: str
    where: str
    message: str
    suggestion: str


@dataclass(frozen=True)
class ScorePart:
    name: str
    points: int
    out_of: int
    why: str


@dataclass
class Review:
    findings: list[Finding]
    parts: list[ScorePart]
    years_shown: float
    word_count: int
    total: int = 0
    out_of: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.total = sum(p.points for p in self.parts)
        self.out_of = sum(p.out_of for p in self.parts)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def review(document: Any, *, today: date) -> Review:
    texts = list(text_fields(document))
    items = list(bullets(document))
    words = sum(len(t.text.split()) for t in texts)
    years = years_of_experience(document, today)
    essentials = check_essentials(document)
    no_result = [f for f in items if not has_result(f.text)]
    weak = check_weak_openings(items)
    passive = check_passive(items)
    tense = check_tense_mix(document)
    long_ = check_long_bullets(items)
    gaps = check_gaps(document, today)
    formats = check_date_formats(document)
    buzz = check_buzzwords(texts)
    length = check_length(words, years, len(items))
    findings = [
        *essentials,
        *[_no_result_finding(f) for f in no_result],
        *weak, *passive, *tense, *long_, *gaps, *formats, *buzz, *length,
    ]
    parts = _score_parts(len(items), essentials, no_result, weak, passive, tense, long_, gaps,
                         formats, buzz, length)
    return Review(findings, parts, years, words, counts={"bullets": len(items)})


# -- checks -----------------------------------------------------------------------------------

ESSENTIALS = (
    ("basics.name", "No name.", "Put your name at the top: basics.name."),
    ("basics.email", "No e-mail address.", "Add an e-mail address recruiters can reply to."),
    ("basics.label", "No headline.", "Add a one-line headline such as 'Data Engineer'."),
    ("basics.summary", "No summary.", "Write two or three sentences on what you do and for whom."),
    ("work", "No work experience.", "Add your roles, most recent first, each with 2-5 bullets."),
    ("education", "No education.", "Add your highest qualification (or relevant training)."),
    ("skills", "No skills list.", "List the tools and skills you use, grouped (e.g. Languages)."),
)


def check_essentials(document: Any) -> list[Finding]:
    top = basics(document)
    missing: list[Finding] = []
    for path, what, suggestion in ESSENTIALS:
        if path.startswith("basics."):
            present = bool(str(top.get(path.split(".")[1]) or "").strip())
        else:
            present = bool(entries(document, path))
        if not present:
            missing.append(Finding("missing_essential", path, what, suggestion))
    if not any(str(top.get(k) or "").strip() for k in ("phone", "url")) and not top.get("profiles"):
        missing.append(Finding("missing_essential", "basics.phone", "No phone number or profile link.",
                               "Add a phone number or a profile link (LinkedIn, portfolio)."))
    return missing


def has_result(text: str) -> bool:
    lowered = text.lower()
    return bool(re.search(r"\d", text)) or any(re.search(rf"\b{w}", lowered) for w in RESULT_WORDS)


def _no_result_finding(item: TextField) -> Finding:
    return Finding("no_result", item.path, "This bullet says what you did but not what came of it.",
                   "Add the result with a number: how much, how many, how fast, or for whom "
                   "(e.g. 'cut monthly close from 10 to 6 days').")


def first_word(text: str) -> str:
    found = re.match(r"[\W_]*([A-Za-z'’-]+)", text)
    return found[1].lower() if found else ""


def check_weak_openings(items: list[TextField]) -> list[Finding]:
    found: list[Finding] = []
    for item in items:
        lowered = item.text.lower().lstrip("-•* ")
        opening = next((w for w in WEAK_OPENINGS if lowered.startswith(w)), None)
        if opening:
            found.append(Finding("weak_opening", item.path, f"Opens with '{opening}'.",
                                 "Start with a strong verb for what you did: 'Led', 'Built', "
                                 "'Reduced', 'Negotiated'."))
    return found


def check_passive(items: list[TextField]) -> list[Finding]:
    found: list[Finding] = []
    for item in items:
        hit = _PASSIVE.search(item.text)
        if hit:
            found.append(Finding("passive_voice", item.path, f"Passive voice: '{hit[0]}'.",
                                 "Say who did it: 'I/We + verb'. Drop the pronoun and start with "
                                 "the verb ('Deployed ...' instead of 'was deployed')."))
    return found


def verb_tense(text: str) -> str | None:
    word = first_word(text)
    if not word:
        return None
    if word in PAST_IRREGULAR or (word.endswith("ed") and word not in ("need", "seed", "speed")):
        return "past"
    if word in PRESENT_VERBS or (word.endswith("s") and word[:-1] in PRESENT_VERBS):
        return "present"
    return None


def check_tense_mix(document: Any) -> list[Finding]:
    found: list[Finding] = []
    for section in BULLET_SECTIONS:
        for index, entry in entries(document, section):
            highlights = entry.get("highlights")
            if not isinstance(highlights, list):
                continue
            tenses = [verb_tense(h) for h in highlights if isinstance(h, str)]
            past, present = tenses.count("past"), tenses.count("present")
            ongoing = section != "projects" and is_ongoing(entry.get("endDate"))
            where = f"{section}[{index}].highlights"
            if past and present:
                tense = "present tense for this current role" if ongoing else "past tense"
                found.append(Finding("tense_mix", where,
                                     f"{past} bullets in past tense, {present} in present.",
                                     f"Use one tense: {tense}."))
            elif present and not ongoing and section == "work":
                found.append(Finding("tense_mix", where, "A finished role written in present tense.",
                                     "Use past tense for roles you have left ('Managed', 'Built')."))
    return found


def check_long_bullets(items: list[TextField]) -> list[Finding]:
    return [
        Finding("long_bullet", item.path, f"{len(item.text.split())} words in one bullet.",
                f"Keep a bullet under {LONG_BULLET_WORDS} words: one action, one result. Split it "
                "or cut the context a recruiter doesn't need.")
        for item in items if len(item.text.split()) > LONG_BULLET_WORDS
    ]


def check_gaps(document: Any, today: date) -> list[Finding]:
    work = sorted(spans(document, "work", today), key=lambda s: s.start)
    cover = [*spans(document, "education", today), *spans(document, "volunteer", today),
             *spans(document, "projects", today)]
    found: list[Finding] = []
    reach = work[0].end if work else None
    for span in work[1:]:
        assert reach is not None
        gap = span.start.months() - reach.months() - 1
        if gap >= GAP_MONTHS and not _covered(reach, span.start, cover):
            found.append(Finding("date_gap", span.path,
                                 f"About {gap} months between {_show(reach)} and {_show(span.start)} "
                                 "with nothing listed.",
                                 "If it helps your story, add a line for that time (study, "
                                 "caregiving, freelance work, a project). Gaps are common; "
                                 "a short reason stops a reader guessing."))
        reach = max(reach, span.end)
    return found


def _covered(start: PartialDate, end: PartialDate, cover: list[Any]) -> bool:
    return any(c.start.months() <= end.months() and c.end.months() >= start.months() for c in cover)


def _show(value: PartialDate) -> str:
    return f"{value.year}-{value.month:02d}" if value.month else str(value.year)


def check_date_formats(document: Any) -> list[Finding]:
    styles: dict[str, list[str]] = {}
    for section in ("work", "volunteer", "education", "projects", "awards", "publications",
                    "certificates"):
        for index, entry in entries(document, section):
            for key in ("startDate", "endDate", "date", "releaseDate"):
                style = date_style(entry.get(key))
                if style:
                    styles.setdefault(style, []).append(f"{section}[{index}].{key}")
    if len(styles) <= 1:
        return []
    listed = "; ".join(f"{style} ({len(paths)}×, e.g. {paths[0]})" for style, paths in styles.items())
    least = min(styles.items(), key=lambda kv: len(kv[1]))
    return [Finding("date_format", least[1][0], f"Dates are written in {len(styles)} ways: {listed}.",
                    "Write every date the same way; YYYY-MM reads well and is what JSON Resume "
                    "expects.")]


def check_buzzwords(texts: list[TextField]) -> list[Finding]:
    found: list[Finding] = []
    for item in texts:
        lowered = item.text.lower()
        hits = [w for w in BUZZWORDS if re.search(rf"\b{re.escape(w)}\b", lowered)]
        if len(hits) >= 2:
            found.append(Finding("buzzwords", item.path, "Stacked buzzwords: " + ", ".join(hits) + ".",
                                 "Replace adjectives with one piece of evidence: what you did and "
                                 "what changed because of it."))
    return found


def check_length(words: int, years: float, bullet_count: int) -> list[Finding]:
    # A common convention, not a measured rule: about one page (~450-600 words) early in a
    # career, up to two pages with ten or more years.
    limit = 650 if years < 5 else (1000 if years < 10 else 1400)
    found: list[Finding] = []
    if words > limit:
        found.append(Finding("length", "(document)",
                             f"{words} words for {years:g} years of dated work.",
                             f"A common convention is about {limit} words at this stage: keep the "
                             "last 10 years in detail and shorten older roles to one line."))
    elif words < 150 and bullet_count < 4:
        found.append(Finding("length", "(document)", f"Only {words} words in the whole profile.",
                             "Add 2-5 bullets per recent role, each with what you did and its "
                             "result."))
    return found


# -- score ------------------------------------------------------------------------------------

def _share(bad: int, total: int, out_of: int) -> int:
    if total <= 0:
        return 0
    return round(out_of * max(0, total - bad) / total)


def _score_parts(bullet_count: int, essentials: list[Finding], no_result: list[TextField],
                 weak: list[Finding], passive: list[Finding], tense: list[Finding],
                 long_: list[Finding], gaps: list[Finding], formats: list[Finding],
                 buzz: list[Finding], length: list[Finding]) -> list[ScorePart]:
    checked = len(ESSENTIALS) + 1
    weak_paths = {f.where for f in [*weak, *passive]}
    return [
        ScorePart("Essentials", _share(len(essentials), checked, 20), 20,
                  f"{checked - len(essentials)} of {checked} essentials present"),
        ScorePart("Results in bullets", _share(len(no_result), bullet_count, 25), 25,
                  f"{bullet_count - len(no_result)} of {bullet_count} bullets show a result or number"),
        ScorePart("Strong, active openings", _share(len(weak_paths), bullet_count, 15), 15,
                  f"{bullet_count - len(weak_paths)} of {bullet_count} bullets open actively"),
        ScorePart("Concise bullets", _share(len(long_), bullet_count, 10), 10,
                  f"{bullet_count - len(long_)} of {bullet_count} bullets under "
                  f"{LONG_BULLET_WORDS} words"),
        ScorePart("Consistency", 10 - min(10, 5 * len(formats) + 2 * len(tense)), 10,
                  f"{len(formats)} date-format issue(s), {len(tense)} tense issue(s)"),
        ScorePart("Dates explained", 10 - min(10, 5 * len(gaps)), 10,
                  f"{len(gaps)} unexplained gap(s) of {GAP_MONTHS}+ months"),
        ScorePart("Plain words", 5 - min(5, len(buzz)), 5, f"{len(buzz)} buzzword stack(s)"),
        ScorePart("Length for experience", 0 if length else 5, 5,
                  "within the usual length" if not length else length[0].message),
    ]
