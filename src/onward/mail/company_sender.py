"""What the sender says about the employer: its address, its display name, its label spelled out.

1. The address: the registrable part of the domain ("ormsbybakery" in ``jobs@ormsbybakery.co.uk``),
   the tenant an applicant-tracking system sends for (``acme@myworkday.com``, ``acme.icims.com``),
   and whether a calendar, meeting or signing tool sent the message.
2. The display name: "Jane at Acme" → Acme, "Acme Careers" → Acme, "Sunnyvale Orchards via
   Workable" → the employer; "Jane Roe" or "Yusuf Demir via LinkedIn" is a person.
3. The label spelled out: the words of the letter that squash to the label ("Sullivan Build" for
   ``sullivanbuild``), or the label split into words when the letter never spells it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from onward.mail.company_words import COMPANY_TAILS
from onward.mail.platforms import PLATFORMS, SCHEDULING_TOOLS, is_platform, squash_text
from onward.mail.platforms import fold as _fold
from onward.mail.platforms import squash as _squash

_NON_ALNUM = re.compile(r"[^a-z0-9]")


# ---------------------------------------------------------------- the address

_SHORT_TLDS = frozenset({"co", "com", "ac", "edu", "org", "net", "gov", "gob", "nhs", "sch", "ltd",
                         "plc", "or", "ne", "go", "vc", "io", "ai", "uk", "us", "de", "fr", "eu",
                         "app", "dev", "tech", "jobs", "careers", "nl", "es", "it", "au", "ca",
                         "nz", "in", "ie", "ch", "at", "be", "se", "no", "dk", "fi", "pl", "cz"})
# Labels left of a domain that name a mailbox, a region or a service, never a tenant.
_GENERIC_LABELS = frozenset({"www", "mail", "email", "em", "e", "mg", "mx", "smtp", "bounce",
                             "bounces", "us", "eu", "uk", "emea", "apac", "na", "hire", "jobs",
                             "job", "careers", "career", "talent", "recruiting", "recruitment",
                             "apply", "app", "apps", "notifications", "notify", "noreply",
                             "no-reply", "system", "match", "alerts", "news", "info", "hr",
                             "people", "candidates", "candidate", "portal", "my", "go", "calendar"})
_GENERIC_LOCAL = re.compile(
    r"^(?:no-?reply|noreply|do-?not-?reply|donotreply|careers?|jobs?|recruit\w*|talent\w*|hr|"
    r"hiring|notifications?|notificaciones|notificacoes|powiadomienia|benachrichtigung\w*|notifiche|"
    r"notify|mailer|system|info|apply|applications?|candidates?|people|"
    r"team|support|hello|contact|admin|workday|greenhouse|alerts?|jobalerts?|messages?|dse\w*|"
    r"invitetoapply|indeedapply|inmail\w*|calendar\w*|scheduling|interviews?|surveys?|"
    r"security|premium|account|billing|privacy|verif\w*|"
    r"mailrobot|nao-?responda|no-?responder|ne-?pas-?repondre|nicht-?antworten)"
    r"(?:[.+_-].*)?$",
    re.IGNORECASE,
)


def registrable_label(domain: str) -> str:
    """The registrable label of a domain: ``mail.careers.acme.co.uk`` → ``acme``."""
    labels = [x for x in domain.lower().split(".") if x]
    while len(labels) >= 3 and (labels[-2] in _SHORT_TLDS or (labels[-1] == "example"
                                and len(labels[-2]) <= 3)):
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else (labels[0] if labels else "")


def platform_domain(domain: str) -> bool:
    return any(_squash(label) in PLATFORMS or label in PLATFORMS
               for label in domain.split(".")[-3:])


def scheduling_tool(sender_name: str, sender_address: str) -> bool:
    """A calendar, meeting or e-signature tool: by its mailbox ("calendar-notification@"), its
    domain (calendly.com) or its name ("Jane Roe via DocuSign", "Microsoft Teams")."""
    local, _, domain = sender_address.lower().rpartition("@")
    if local.startswith("calendar") or _tool_domain(domain):
        return True
    return any(_squash(part) in SCHEDULING_TOOLS for part in VIA.split(sender_name))


def tenant(local: str, domain: str, ats: str | None) -> str:
    """The employer an ATS sends for: ``acme@myworkday.com``, ``acme.icims.com``; a calendar
    tool's mailbox is a person's (``tomas@calendly.com``), never a tenant."""
    head = domain[: -len(ats)].rstrip(".") if ats else ".".join(domain.split(".")[:-2])
    for label in reversed(head.split(".") if head else []):
        if label not in _GENERIC_LABELS and len(label) >= 3 and not platform_domain(label):
            return label
    if local and not _GENERIC_LOCAL.match(local) and "." not in local and len(local) >= 3 \
            and not _tool_domain(domain):
        return local
    return ""


TOOL_DOMAINS = ("teams.microsoft.com", "calendar.google.com")


def _tool_domain(domain: str) -> bool:
    return domain.endswith(TOOL_DOMAINS) or any(
        label in SCHEDULING_TOOLS for label in domain.split(".")[-3:])




# ---------------------------------------------------------------- the display name

_PERSON = re.compile(r"^(?:(?:dr|prof|mr|mrs|ms)\.? )?[A-Z][a-z'’-]+(?: [A-Z]\.?)?"
                     r"(?: (?:de |van |von |da |di |del |le |la )?[A-Z][a-zA-Z'’-]+){0,2}$")
_SENDER_NOISE = re.compile(
    r"\b(?:no-?reply|do-?not-?reply|careers?|jobs?|recruiting|recruitment|recruiters?|talent"
    r"(?: acquisition)?(?: team)?|hiring(?: team)?|hr|human resources|people(?: team| ops)?|team|"
    r"notifications?|applications?|applicants?|candidates?|mailer|system|the|early careers|"
    r"graduate recruitment|campus recruiting|interview scheduling|scheduling|"
    r"notificaciones|notificações|notifica[cç][aã]o|powiadomienia|benachrichtigung(?:en)?|"
    r"notifiche|meldingen|(?:service des )?ressources humaines|recursos humanos|risorse umane|"
    r"equipe de (?:talentos|recrutamento|rh|pessoas|recursos humanos)|"
    r"equipo de (?:talento|selecci[oó]n|reclutamiento|personas)|business office)\b",
    re.IGNORECASE,
)
SPLIT_AT = re.compile(r"\s+(?:at|@|from)\s+|@", re.IGNORECASE)
_SPLIT_PARTS = re.compile(r"\s*(?:\||,|·|:)\s*|\s+[-–—]\s+")
VIA = re.compile(r"\s+(?:via|vía|über|through|by|on behalf of)\s+", re.IGNORECASE)
# Boards where people message people: "Yusuf Demir via LinkedIn" is a person. Through an ATS or
# an e-signature tool it is the employer that sends ("Sunnyvale Orchards via Workable").
PEOPLE_BOARDS = re.compile(r"linkedin|indeed|xing|wellfound|angellist|otta|glassdoor|handshake|"
                           r"dice|reed\.co|ziprecruiter|monster|seek|totaljobs|cv-?library|"
                           r"naukri|jobstreet|bayt|jobserve|hired",
                           re.IGNORECASE)


def is_person(name: str, local: str) -> bool:
    """"Kate Ormsby", or a first name the address also starts with ("Marco" <marco@...>)."""
    plain = _fold(name.strip().strip('"'))
    words = plain.split()  # none when folding leaves only spaces (a name of symbols or emoji)
    if not words or _SENDER_NOISE.search(plain) or any(w.lower() in COMPANY_TAILS for w in words):
        return False
    if _PERSON.match(plain) and len(words) >= 2:
        return True
    first = _squash(words[0])
    return len(words) == 1 and bool(first) and _squash(local).startswith(first)


def known_person(name: str, local: str, known: dict[str, bool]) -> bool:
    """``is_person``, asked once per message of each name (the display name's head is
    asked by ``display_candidates`` and again by ``find_company``)."""
    if name not in known:
        known[name] = is_person(name, local)
    return known[name]


_TOOL_NOTE = re.compile(r"\s*\((?:via )?(?P<tool>[^()]+)\)\s*$")


def without_tool_note(name: str, tool: str = "") -> str:
    """"Jane Roe (via Google Calendar)" → "Jane Roe": the tool that sent it is no part of it.
    ``tool``: the label of a tool no list knows that the mail says the sender is ("Halcón Cold
    Chain (via Slotwise)" from slotwise.example)."""
    note = _TOOL_NOTE.search(name)
    if note and (is_platform(note.group("tool")) or (tool and spells_label(note.group("tool"), tool))):
        return name[: note.start()]
    return name


def display_candidates(sender_name: str, local: str, *, platform: bool, tool: bool = False,
                        known: dict[str, bool] | None = None,
                        tool_label: str = "") -> list[tuple[str, str]]:
    """Names in the display name: "Jane at Acme" → Acme; "Acme Careers" → Acme; through a
    calendar or signing tool a person's name is the organiser's ("Jane Roe via DocuSign");
    ``tool_label`` as in ``without_tool_note``."""
    name = without_tool_note(sender_name.strip().strip('"'), tool_label)
    parts = VIA.split(name)
    head, via = parts[0], parts[1:]
    if via and is_platform(head):  # "DocuSign via Acme": the employer comes after
        return [(via[0], "display")] if not is_platform(via[0]) else []
    if not name or is_platform(name):
        return []
    at_parts = SPLIT_AT.split(head)
    if len(at_parts) > 1:  # "Jane at Acme", "Brianna @ Vitalstaff": the company comes after
        return [(at_parts[-1], "display_at")]
    found: list[tuple[str, str]] = []
    for part in _SPLIT_PARTS.split(head):
        stripped = " ".join(_SENDER_NOISE.sub(" ", part).split())
        if not stripped or is_platform(stripped):
            continue
        # An ATS or board sends as the employer ("Cobalt Route" <no-reply@ashbyhq.com>) unless
        # a person writes through it ("Yusuf Demir via LinkedIn").
        person = (bool(via and PEOPLE_BOARDS.search(via[0])) or (not platform and not via)
                  or tool) and known_person(part, local, {} if known is None else known)
        # Through a calendar or signing tool a person's name may be a company's ("Quarry Lane
        # via DocuSign"): it counts only where the message names no other.
        kind = "display" if not person else "display_tool" if tool else "display_person"
        if kind == "display" and platform and not via and len(stripped.split()) == 2 and \
                known_person(part, local, {} if known is None else known):
            # "Maya Okonjo" <no-reply@greenhouse-mail.io>: a recruiter's name, or an employer's
            # that looks like one ("Cobalt Route"); it counts where the message names no other
            kind = "display_tool"
        found.append((stripped, kind))
    return found


# ---------------------------------------------------------------- the label spelled out


def agrees(a: str, b: str) -> bool:
    """Same employer: one squashed form starts the other ("greyhaven" / "Greyhaven Consulting")."""
    x, y = _squash(a), _squash(b)
    if len(x) < 3 or len(y) < 3:
        return x == y and bool(x)
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return long.startswith(short) and (len(short) >= 4 or len(long) - len(short) <= 2)


def spells_label(name: str, label: str) -> bool:
    squashed, target = _squash(name), _NON_ALNUM.sub("", label)
    if len(target) < 3 or not squashed:
        return False
    if squashed == target or agrees(squashed, target):
        return True
    # "Fairhaven Public Library" for fairhavenlibrary, "Katz & Moreno" never for katzlaw
    runs = _ALNUM_RUN.findall(name.lower())
    initials = "".join(w[0] for w in runs)
    if len(initials) >= 2 and target in (initials, initials_of(runs)):
        return True
    # "Maple Crest Credit Union" for maplecrestcu: its first words and the others' initials
    words = name.split()
    end = _covering_initials(words, 0, target)
    return bool(end) and all(w.lower() in COMPANY_TAILS for w in words[end:])


_ALNUM_RUN = re.compile(r"[a-z0-9]+")
_CAPITALISED = re.compile(r"[A-Z][\w&'’-]*(?: (?:&|and|of|for|[A-Z][\w&'’-]*)){0,6}")
# Words an acronym leaves out: "Department for Coastal Communities" is DCC.
JOINERS = frozenset({"of", "for", "and", "the", "&", "de", "du", "des", "del", "la", "le", "y",
                     "et", "und", "für", "van", "von"})


def initials_of(words: list[str]) -> str:
    """The initials of the words an acronym keeps, lower case: "Bureau of Land Management" → blm."""
    return "".join(w[0] for w in words if w.lower() not in JOINERS and w[0].isalnum()).lower()


def spelled_in_text(label: str, text: str) -> str | None:
    """``sullivanbuild`` → "Sullivan Build" when the text spells the label out in words; words
    that end company names follow ("lakemont" → "Lakemont University"), and "University of"
    style openings lead ("caldermoor" → "University of Caldermoor")."""
    target = _NON_ALNUM.sub("", label)
    if len(target) < 4 or (text.isascii() and target[:4] not in squash_text(text)):
        # words spell the target only where the squashed text holds its start; squashing
        # a text with accents costs more than the search below, which finds none there
        return None
    # Words that spell the target start with a word that starts it, or with an "&" (which
    # squashes to nothing): each of these words starts with an ASCII capital or is a joiner,
    # so its squashed form starts with its first letter in lower case. The other words cannot
    # start a spelling, and ``_covering`` is not asked of them.
    first = target[0]
    for match in _CAPITALISED.finditer(text):
        words = match.group().split()
        for start in range(len(words)):
            word = words[start]
            if word[0].lower() != first and word != "&":
                continue
            end = _covering(words, start, target)
            if end:
                while end < len(words) and words[end].lower() in COMPANY_TAILS:
                    end += 1
                if start >= 2 and words[start - 1] == "of" and \
                        words[start - 2].lower() in COMPANY_TAILS:
                    start -= 2
                return " ".join(words[start:end])
    return None


def _covering(words: list[str], start: int, target: str) -> int:
    """The end of the words from ``start`` that spell ``target`` (or begin with it), else 0."""
    spelled = ""
    for end in range(start, len(words)):
        spelled += _squash(words[end])
        if spelled == target or (spelled.startswith(target) and end == start):
            return end + 1
        if spelled.startswith(target) and len(spelled) - len(target) <= 2:
            return end + 1
        if not target.startswith(spelled):
            # "ironcladsec": "Ironclad Security" spells it with a word cut short
            if end > start and target.startswith(spelled[: len(target)]) and \
                    len(target) - len(spelled) + len(_squash(words[end])) >= 2:
                return end + 1
            return _covering_initials(words, start, target)
    return 0


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_JOINED = r"[ ](?:(?:" + "|".join(sorted(JOINERS)) + r")[ ])*"


@lru_cache(maxsize=256)
def _expansion(acronym: str) -> re.Pattern[str]:
    # The first letter leads the pattern, so the search looks for it as a plain character.
    first = acronym[0] + r"(?<=\b" + acronym[0] + ")"
    rest = "".join(_JOINED + letter + r"[\w'’-]*" for letter in acronym[1:])
    return re.compile(first + r"[\w'’-]*" + rest + r"\b")


def expand_acronym(name: str, text: str) -> str | None:
    """"GPCA" → "Greater Pennine Combined Authority" when the text spells the acronym out: the
    capitalised words whose initials it is, past the words an acronym leaves out."""
    if not _ACRONYM.fullmatch(name):
        return None
    found = _expansion(name).search(text)
    return found.group() if found else None


def _covering_initials(words: list[str], start: int, target: str) -> int:
    """The end of the words from ``start`` that spell ``target`` as a name's first words whole
    and the initials of the rest ("Clontarf Community Hospital" for clontarfch), else 0.

    1. The first words are taken whole while the target goes on past them.
    2. Each later word gives its initial, or itself whole ("NHS" in harrowgatenhs); joiners
       ("of", "and") give nothing, and one word may be passed over ("Harrowgate Hospitals NHS").
    3. The words spell the target when nothing of it is left."""
    rest, end = target, start
    while end < len(words):
        squashed = _squash(words[end])
        if not squashed or not rest.startswith(squashed) or len(rest) == len(squashed):
            break
        rest, end = rest[len(squashed) :], end + 1
    if end == start:
        return 0  # the name starts with a word of its own, not an initial
    passed = False
    while rest and end < len(words):
        word = words[end]
        squashed = _squash(word)
        if word.lower() in JOINERS or not squashed:
            pass
        elif word.isupper() and len(squashed) >= 2 and rest.startswith(squashed):
            rest = rest[len(squashed) :]
        elif squashed[0] == rest[0]:
            rest = rest[1:]
        elif passed:
            return 0
        else:
            passed = True
        end += 1
    return end if not rest else 0


def segment_label(label: str, known: frozenset[str]) -> str:
    """``ormsbybakery`` → "Ormsby Bakery", ``doyleandrusso`` → "Doyle and Russo": a word that ends
    company names is split off the end, and a name the message spells (the sender's surname)
    off the front; anything else stays one word ("lumenfield" → "Lumenfield")."""
    words: list[str] = []
    for chunk in re.split(r"[-_]", label):
        words.extend(_segment_chunk(chunk, known))
    return " ".join(w.capitalize() if len(w) > 2 or w == "and" else w.upper() for w in words if w)


def _segment_chunk(chunk: str, known: frozenset[str]) -> list[str]:
    tail: list[str] = []
    # Only tails of five letters or more: "helixpay" and "quarrytech" are one word as often as two.
    for size in range(min(len(chunk) - 4, 14), 4, -1):  # the longest tail first: healthcare > care
        if size > 0 and chunk[-size:] in COMPANY_TAILS:
            tail = [chunk[-size:]]
            chunk = chunk[:-size]
            break
    for size in range(len(chunk) - 3, 3, -1):
        head = chunk[:size]
        if head in known:
            rest = chunk[size:]
            if rest.startswith("and") and len(rest) > 5:
                return [head, "and", rest[3:], *tail]
            return [head, rest, *tail]
    return [chunk, *tail]


_TOKENS = re.compile(r"[A-Za-z]{4,}")


def known_names(text: str) -> frozenset[str]:
    return frozenset(t.lower() for t in _TOKENS.findall(text))

