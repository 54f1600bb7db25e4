"""Which of the seeker's applications a message is about.

Pure functions over plain values: the company is read from what the classifier found, the
sender's display name and domain (seeing through applicant-tracking systems such as Greenhouse
or Workday, which send on the employer's behalf), then role titles are compared fuzzily.
Every match says why, so the review queue can show it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

from onward.mail.company_sender import registrable_label
from onward.mail.platforms import is_platform

# Applicant-tracking and job-board domains: the sender domain says nothing about the employer.
ATS_DOMAINS = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "lever.co",
    "ashbyhq.com",
    "myworkday.com",
    "myworkdayjobs.com",
    "smartrecruiters.com",
    "smartrecruiters-mail.com",
    "workable.com",
    "workablemail.com",
    "icims.com",
    "jobvite.com",
    "bamboohr.com",
    "taleo.net",
    "successfactors.com",
    "successfactors.eu",
    "recruitee.com",
    "teamtailor.com",
    "teamtailor-mail.com",
    "personio.de",
    "personio.com",
    "breezy.hr",
    "applytojob.com",
    "jazzhr.com",
    "pinpointhq.com",
    "rippling.com",
    "dover.com",
    "hire.trakstar.com",
    "linkedin.com",
    "indeed.com",
    "indeedemail.com",
    "glassdoor.com",
    "ziprecruiter.com",
    "wellfound.com",
    "otta.com",
    "welcometothejungle.com",
    "hibob.com",
    "comeet.co",
    "oraclecloud.com",
)
_ATS_SET = frozenset(ATS_DOMAINS)
# Tenants that send from ``tenant@ats-domain`` (Workday: ``acme@myworkday.com``).
TENANT_IN_LOCAL_PART = ("myworkday.com", "smartrecruiters.com", "workablemail.com", "icims.com")

PERSONAL_DOMAINS = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "yahoo.com",
        "icloud.com",
        "me.com",
        "proton.me",
        "protonmail.com",
        "gmx.de",
        "gmx.net",
        "aol.com",
        "mail.com",
        "fastmail.com",
        "web.de",
        "yandex.ru",
        "hey.com",
        "zoho.com",
    ]
)
_GENERIC_LOCAL = frozenset(
    [
        "no-reply",
        "noreply",
        "donotreply",
        "do-not-reply",
        "notifications",
        "notification",
        "jobs",
        "careers",
        "talent",
        "recruiting",
        "recruitment",
        "hr",
        "hiring",
        "mailer",
        "info",
        "team",
        "people",
        "apply",
        "applications",
    ]
)
_LEGAL_SUFFIXES = frozenset(
    [
        "inc",
        "incorporated",
        "llc",
        "ltd",
        "limited",
        "gmbh",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "ag",
        "sa",
        "sas",
        "sarl",
        "bv",
        "nv",
        "oy",
        "ab",
        "as",
        "aps",
        "srl",
        "spa",
        "pty",
        "kg",
        "se",
        "lp",
        "llp",
        "pvc",
        "pvt",
        "group",
        "holdings",
    ]
)
_SENDER_NOISE = re.compile(
    r"\b(?:hiring team|recruiting team|recruitment team|talent acquisition|talent team|"
    r"people team|careers?|jobs|recruiting|recruitment|talent|hiring|hr|team|via \w+|"
    r"no-?reply|notifications?)\b",
    re.IGNORECASE,
)
_ROLE_ABBREVIATIONS = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "jnr": "junior",
    "eng": "engineer",
    "engr": "engineer",
    "swe": "software engineer",
    "sde": "software engineer",
    "dev": "developer",
    "mgr": "manager",
    "pm": "product manager",
    "ux": "user experience",
    "ml": "machine learning",
    "ai": "artificial intelligence",
    "qa": "quality assurance",
    "assoc": "associate",
    "asst": "assistant",
    "dir": "director",
    "vp": "vice president",
    "ii": "2",
    "iii": "3",
}
_ROLE_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "and",
        "to",
        "in",
        "at",
        "with",
        "-",
        "–",
        "—",
        "/",
        "role",
        "position",
    ]
)
_WORD = re.compile(r"[a-z0-9+#]+")
_INITIALS = re.compile(r"\b([a-z])\.(?=[a-z]\b)")

COMPANY_THRESHOLD = 0.8
MATCH_THRESHOLD = 0.6
# Mail from an address that earlier mail on an application came from is that employer's, however
# differently it names itself ("Goldfieldseed", "Goldfield Seed Genetics").
SAME_SENDER = 0.95
# Roles this unlike are two applications when one is closed already ("Device Firmware" after a no
# for "Embedded Software Engineer" at the same employer); an open one still takes the mail, as
# the role a message names is often partial ("Wed 7", "the embedded role").
OTHER_ROLE = 0.5


@dataclass(frozen=True)
class ApplicationRef:
    """What matching needs to know about one of the seeker's applications."""

    id: int
    company: str
    role: str
    stage: str | None = None
    ending: str | None = None  # rejected / withdrawn / accepted / ghosted, or None if open
    applied_on: date | None = None
    senders: frozenset[str] = frozenset()  # ``sender_key`` of mail already filed on it


@dataclass(frozen=True)
class Match:
    application_id: int | None
    score: float
    why: tuple[str, ...]
    propose_new: bool = False
    company: str | None = None  # the employer as best we can tell (for a new application)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def normalize_company(name: str | None) -> str:
    """``"The Acme Corp., Inc."`` → ``"acme"``: accents, punctuation and legal forms removed."""
    if not name:
        return ""
    folded = _INITIALS.sub(r"\1", _fold(name.replace("&", " and ")))  # "s.a." → "sa"
    words = _WORD.findall(folded)
    while words and words[0] == "the":
        words.pop(0)
    while len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def _domain_label(domain: str) -> str:
    """The registrable label of a domain: ``mail.careers.acme.co.uk`` → ``acme``."""
    labels = [x for x in domain.lower().split(".") if x]
    if (
        len(labels) >= 3
        and len(labels[-1]) == 2
        and labels[-2] in {"co", "com", "ac", "org", "net"}
    ):
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else (labels[0] if labels else "")


@lru_cache(maxsize=4096)
def ats_domain(address: str) -> str | None:
    """The applicant-tracking or job-board domain a sender writes from, if any."""
    labels = address.rpartition("@")[2].lower().strip(" >").split(".")
    for start in range(len(labels) - 1):
        candidate = ".".join(labels[start:])
        if candidate in _ATS_SET:
            return candidate
    return None


def _is_tenant(local: str, ats: str) -> bool:
    """Whether an ATS address names the employer it sends for (``oceanlink@myworkday.com``)."""
    return ats in TENANT_IN_LOCAL_PART and bool(local) and local not in _GENERIC_LOCAL


def company_from_sender(address: str, display_name: str = "") -> str | None:
    """The employer behind a sender, or None when the sender says nothing about it."""
    local, _, domain = address.lower().rpartition("@")
    ats = ats_domain(address)
    if ats:
        if _is_tenant(local, ats):
            return local.replace("-", " ").replace("_", " ")
        cleaned = _SENDER_NOISE.sub(" ", display_name)
        cleaned = re.sub(r"\s+(?:at|@|from)\s*$", "", cleaned.strip(" -|:·,"), flags=re.I)
        name = " ".join(cleaned.split()).strip(" -|:·,")
        return name or None
    if not domain or domain in PERSONAL_DOMAINS:
        return None
    label = _domain_label(domain)
    # An assessment, scheduling or board service (codility.com, calendly.com) is not the employer.
    return None if not label or is_platform(label) else label


def unnamed_client(address: str, display_name: str = "") -> str | None:
    """Whom an agency writes for when its mail names no client: "Client of Granite Staffing"
    (so the card says who to ask, and the agency's later mail about the role finds it), or
    None when the sender is no agency."""
    from onward.mail.understand_company import agency_sender  # (it builds on this module)

    domain = address.lower().rpartition("@")[2]
    if not domain or domain in PERSONAL_DOMAINS or ats_domain(address):
        return None
    label = _domain_label(domain)
    name = agency_sender(label, display_name) if label else ""
    return f"Client of {name}" if name else None


def sender_key(address: str) -> str | None:
    """Whom an employer writes as: its own mail domain (``goldfieldseed.example``, and
    ``kirkwharfe.gov.uk`` rather than ``gov.uk``), or its tenant on an applicant-tracking system
    that names it in the address (``oceanlink@myworkday.com``). None for shared ATS and
    job-board addresses, personal mailboxes and tools such as Calendly: they write for many
    employers."""
    local, _, domain = address.lower().strip(" <>").rpartition("@")
    if not domain:
        return None
    ats = ats_domain(address)
    if ats:
        return f"{local}@{ats}" if _is_tenant(local, ats) else None
    label = registrable_label(domain)
    if domain in PERSONAL_DOMAINS or not label or is_platform(label):
        return None
    labels = domain.split(".")
    return ".".join(labels[labels.index(label):]) if label in labels else domain


def _spells_sender(company: str | None, key: str) -> bool:
    """The company the message names is the sender's own label, however written ("Goldfieldseed",
    "Pyhajarvi Met", "EPLC" from eplc.example): the reading came from the address."""
    name = normalize_company(company).replace(" ", "")
    label = re.sub(r"[^a-z0-9]", "", _fold(key.partition("@")[0] if "@" in key else
                                           registrable_label(key)))
    if len(name) < 3 or len(label) < 3:
        return False
    return name.startswith(label) or label.startswith(name)


_NOT_INITIALS = frozenset({"of", "and", "the", "for", "de", "del", "la", "y", "und", "et"})


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _NOT_INITIALS)


def company_similarity(a: str | None, b: str | None) -> float:
    left, right = normalize_company(a), normalize_company(b)
    if not left or not right:
        return 0.0
    squashed = sorted((left.replace(" ", ""), right.replace(" ", "")), key=len)
    if squashed[0] == squashed[1]:
        return 1.0
    lw, rw = left.split(), right.split()
    if lw[0] == rw[0] and (set(lw) <= set(rw) or set(rw) <= set(lw)):
        return 0.9  # "acme" and "acme robotics"
    if len(squashed[0]) >= 6 and squashed[1].startswith(squashed[0]):
        return 0.9  # a sender's label and the name in full: "goldfieldseed", "Goldfield Seed Genetics"
    short, long = sorted((lw, rw), key=len)
    if len(short) == 1 and len(short[0]) >= 3 and len(long) >= 3 and short[0] == _initials(long):
        return 0.9  # "EPLC" and "Empresa Portuaria Litoral Central"
    return SequenceMatcher(None, left, right).ratio() * 0.95


def role_words(role: str | None) -> tuple[str, ...]:
    words: list[str] = []
    for word in _WORD.findall(_fold(role or "")):
        expanded = _ROLE_ABBREVIATIONS.get(word, word)
        words.extend(w for w in expanded.split() if w not in _ROLE_STOP)
    return tuple(words)


def role_similarity(a: str | None, b: str | None) -> float:
    left, right = role_words(a), role_words(b)
    if not left or not right:
        return 0.0
    if left == right:
        return 1.0
    shared = set(left) & set(right)
    containment = len(shared) / min(len(set(left)), len(set(right)))
    jaccard = len(shared) / len(set(left) | set(right))
    fuzzy = SequenceMatcher(None, " ".join(left), " ".join(right)).ratio()
    return round(max(0.6 * containment + 0.4 * jaccard, fuzzy * 0.9), 3)


def _company_of(app: ApplicationRef, companies: Sequence[str]) -> tuple[float, str]:
    best, seen = 0.0, ""
    for name in companies:
        score = company_similarity(app.company, name)
        if score > best:
            best, seen = score, name
    return best, seen


def match_application(
    *,
    applications: Sequence[ApplicationRef],
    company: str | None,
    role: str | None,
    sender_address: str = "",
    sender_name: str = "",
    category: str | None = None,
) -> Match:
    """Best application for a message, with a score in [0, 1] and the reasons for it.

    1. Candidate employers: the classifier's company, then the one behind the sender.
    2. Applications whose company is close enough (≥ 0.8) are ranked by role similarity;
       open applications win ties over closed ones, then the most recent.
    3. No match and an application acknowledgement → propose a new application.
    """
    from_sender = company_from_sender(sender_address, sender_name)
    if not company:
        company = unnamed_client(sender_address, sender_name)  # "Client of Granite Staffing"
    if company and from_sender and company_similarity(company, from_sender) < 0.5:
        from_sender = None  # it names an employer not its sender's own: an agency, a portal
    companies = [c for c in (company, from_sender) if c]
    employer = company or from_sender
    key = sender_key(sender_address) if sender_address else None
    ranked: list[tuple[float, tuple[str, ...], ApplicationRef]] = []
    for app in applications:
        company_score, seen = _company_of(app, companies)
        why: list[str] = [f"company “{seen}” ≈ “{app.company}” ({company_score:.2f})"]
        if (company_score < SAME_SENDER and key and key in app.senders
                and _spells_sender(company, key)):
            company_score = SAME_SENDER
            why = [f"written from {key}, as earlier mail on “{app.company}”"]
        if company_score < COMPANY_THRESHOLD:
            continue
        if role:
            role_score = role_similarity(role, app.role)
            if app.ending and app.role and role_score < OTHER_ROLE:
                continue  # a closed application for another role is not what new mail is about
            why.append(f"role “{role}” ≈ “{app.role}” ({role_score:.2f})")
            score = 0.55 * company_score + 0.45 * role_score
        else:
            why.append("no role named in the message")
            score = 0.75 * company_score
        ranked.append((score, tuple(why), app))
    ranked.sort(
        key=lambda item: (
            round(item[0], 3),
            item[2].ending is None,
            item[2].applied_on or date.min,
            item[2].id,
        ),
        reverse=True,
    )
    if ranked and ranked[0][0] >= MATCH_THRESHOLD:
        score, reasons, app = ranked[0]
        if len(ranked) > 1 and abs(ranked[1][0] - score) < 0.02:
            reasons = (
                *reasons,
                f"{len(ranked)} applications at this company look alike; chose the newest open one",
            )
            score *= 0.9
        return Match(app.id, round(score, 3), reasons, company=employer)
    if category in {"application_received", "recruiter_outreach"} and employer:
        reason = (
            "no application at this company yet"
            if not ranked
            else "no application for this role yet"
        )
        return Match(None, 0.0, (reason,), propose_new=True, company=employer)
    return Match(None, 0.0, ("no application matches this company and role",), company=employer)


_RECRUITING_WORDS = re.compile(
    r"\b(?:application|applied|applying|candidate|candidacy|interview|position|vacancy|role|"
    r"recruit\w*|hiring|résumé|resume|CV|offer letter|job|opening|talent)\b",
    re.IGNORECASE,
)


def looks_like_recruiting(*, subject: str, text: str, sender_address: str) -> bool:
    """A cheap hint for mail the classifier calls ``other``: is it still about a job search?

    Only such mail is kept (privacy); the rest is counted and forgotten.
    """
    if ats_domain(sender_address):
        return True
    hits = len(_RECRUITING_WORDS.findall(subject)) * 2 + len(_RECRUITING_WORDS.findall(text[:3000]))
    return hits >= 3
