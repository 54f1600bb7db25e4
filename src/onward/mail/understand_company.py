"""Which employer a message is from: every place mail names one, weighed together.

Steps:
1. The sender's own label: the registrable part of its domain ("ormsbybakery"), or the tenant
   an applicant-tracking system sends for (``acme@myworkday.com``, ``acme.icims.com``). Job
   boards, ATS front doors, personal mailboxes and agencies give none.
2. Candidates: the display name ("Jane at Acme", "Acme Talent Acquisition", "Acme via
   Workday"), phrases in the subject and body ("your application to Acme", "here at Acme",
   "Acme: Data Analyst", "© 2026 Acme Inc.", "Acme is an equal opportunity employer") and the
   signature. What the address and the display name say is read in ``company_sender``.
3. A candidate that spells the sender's label, or that two sources agree on, is trusted most;
   then the display name and the subject, then the body.
4. The winner is tidied: department, programme and status words are cut from its end
   ("Acme Graduate Recruitment" → "Acme"); with no candidate at all, the sender's label is
   split into words ("ormsbybakery" → "Ormsby Bakery"). What makes a phrase a name, and how the
   winner is said in full, is read in ``company_name``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from onward.mail.company_name import ROLE_NOUN, clean_name, completed, spelled_out, usable_name
from onward.mail.company_sender import (
    PEOPLE_BOARDS,
    SPLIT_AT,
    TOOL_DOMAINS,
    VIA,
    agrees,
    display_candidates,
    is_person,
    known_names,
    known_person,
    platform_domain,
    registrable_label,
    scheduling_tool,
    segment_label,
    spelled_in_text,
    spells_label,
    tenant,
    without_tool_note,
)
from onward.mail.company_words import AGENCIES, COMPANY_TAILS
from onward.mail.matching import PERSONAL_DOMAINS, ats_domain
from onward.mail.platforms import is_platform, squash
from onward.mail.prefilter import Patterns
from onward.mail.prefilter import fold as _fold_case

# ---------------------------------------------------------------- the sender's label

_AGENCY_LABEL = re.compile(r"(?<!re)search|talent|recruit|staffing|people|consult|partners|resourcing|"
                           r"headhunt|exec|placement|selection|personnel|workforce")
# In a display name only words no employer's own hiring team uses ("Acme Recruitment" is as
# often the employer's department as an agency).
_AGENCY_NAME = re.compile(r"\b(?:staffing|headhunt\w*|resourcing|executive search|personnel|"
                          r"placements?|talent partners)\b", re.IGNORECASE)
_CLIENT = re.compile(r"\b(?:my|our|the) client\b|\bon behalf of (?:my|our|a|the) client|"
                     r"\bclient (?:has|have|is|was|were|decided|came back|feedback)", re.IGNORECASE)


@dataclass(frozen=True)
class Sender:
    label: str  # the employer's label, lower case ("ormsbybakery"), or "" when it says none
    agency: bool  # a recruitment agency writes about its client
    platform: bool  # a job board or ATS sends on someone's behalf
    tool: str = ""  # the label of a tool the text says the sender is ("slotwise")
    for_whom: tuple[str, ...] = ()  # whom the tool says it writes for ("on behalf of Acme")


_CLIENT_SCAN = Patterns(_CLIENT, folded=True)


def _names_client(text: str) -> bool:
    """An agency's words: "my client", "on behalf of our client", "the client has".

    Every match holds "client" in some case; in the text folded as ``re`` folds case (same
    length, in C) a plain look for it rules out most mail before the scan."""
    return "client" in _fold_case(text) and bool(_CLIENT_SCAN.scan(text).search(_CLIENT))


def read_sender(sender_name: str, sender_address: str, text: str) -> Sender:
    local, _, domain = sender_address.lower().rpartition("@")
    ats = ats_domain(sender_address)
    if not domain or domain in PERSONAL_DOMAINS:
        return Sender("", _names_client(text), False)
    if ats or platform_domain(domain) or local.startswith("calendar") or \
            domain.endswith(TOOL_DOMAINS):
        if SPLIT_AT.search(sender_name) and is_person(SPLIT_AT.split(sender_name)[0], local):
            local = ""  # "Phil at ZipRecruiter" <phil@...>: the mailbox is a person's
        return Sender(tenant(local, domain, ats), False, True)
    label = registrable_label(domain)
    tool, employers = declared_tool(label, text)
    if tool:  # its tenant is the one the text names
        return Sender("", False, True, label, tuple(employers))
    agency = _agency_by_name(label, sender_name) or _names_client(text)
    return Sender(label, agency, False)


def _agency_by_name(label: str, display_name: str) -> bool:
    """Whether the sender's domain label or display name is an agency's."""
    return bool(_AGENCY_LABEL.search(label) or _AGENCY_NAME.search(display_name)
                or squash(label) in AGENCIES)


def agency_sender(label: str, display_name: str) -> str:
    """The name of an agency that writes from the domain ``label`` as ``display_name``
    ("Granite Staffing"), or "" when the sender is no agency: its own display name when that
    names no person, else its label with the agency word set apart ("granitestaffing")."""
    if not (_agency_by_name(label, display_name) or _MORE_AGENCY.search(label)):
        return ""
    shown = without_tool_note(display_name.strip().strip('"'))
    if shown and not is_person(shown, "") and usable_name(shown):
        return shown
    spaced = _AGENCY_WORD.sub(r" \1", label).replace("-", " ").replace("_", " ")
    return " ".join(word.capitalize() for word in spaced.split())


# (and the words of agencies' own labels in other languages: "fjellstad-rekruttering")
_MORE_AGENCY = re.compile(r"manpower|rekrut|rekryt|bemanning|uitzend")
_AGENCY_WORD = re.compile(
    r"(?<=[a-z])(staffing|recruitment|recruiting|recruiters|recruits|recruit|talent|search|"
    r"personnel|partners|consulting|consultants|resourcing|placements|selection|workforce|"
    r"manpower|people|rekruttering|rekrytering|bemanning)")


# ---------------------------------------------------------------- names in the words

_WORDISH = r"[A-Z0-9](?:[\w&'’+-]|\.(?=\w))*"
_NAME = (r"(?:" + _WORDISH + r"(?:[ ](?:&|and|of|de|du|la|le|von|van|der|for|" + _WORDISH
         + r")){0,4})")
# A tool that says what it is: "Powered by Slotwise", "Testpoint, on behalf of Greyfield
# Logistics", "Sent by Bookfern on behalf of Marlow Quay Hotels". The name it gives must spell
# the sender's own label before the sender counts as a tool (an employer's page "powered by"
# a vendor stays the employer's).
_DECLARED_TOOL = re.compile(
    r"\b(?:[Pp]owered by|[Ss]ent (?:via|using|through)|[Ss]cheduled (?:via|using|through)|"
    r"[Dd]elivered by) (?P<tool>" + r"[A-Z0-9][\w.&'-]*(?: [A-Z0-9][\w.&'-]*){0,2})"
    r"|(?P<agent>[A-Z0-9][\w.&'-]*(?: [A-Z0-9][\w.&'-]*){0,2}),? (?:sent |writing )?on behalf "
    r"of (?!(?:my|our|a|the|your) client)(?:the )?(?P<employer>" + _NAME + r")")


def declared_tool(label: str, text: str) -> tuple[bool, list[str]]:
    """Whether the text says the sender is a tool working for someone else ("Powered by
    Slotwise" from slotwise.example, "Testpoint Assessments, on behalf of Greyfield
    Logistics"), and the employers it says it works for."""
    if len(label) < 3 or ("owered by" not in text and "behalf of" not in text
                          and "via " not in text and "through " not in text
                          and "using " not in text and "elivered by" not in text):
        return False, []
    declared, employers = False, []
    for match in _DECLARED_TOOL.finditer(text):
        name = match.group("tool") or match.group("agent")
        words = name.split()
        if any(spells_label(" ".join(words[:n]), label) for n in range(1, len(words) + 1)):
            declared = True
            if match.group("employer"):
                employers.append(match.group("employer"))
    return declared, employers


_AT_PHRASES = (
    r"interest in(?: joining| working (?:at|for|with))?|applying (?:to|at|with)|applied (?:to|at|with)"
    r"|application (?:to|with|at)|apply (?:to|at|with)|here at|everyone at|(?:the )?team at|us at"
    r"|all of us at|careers? (?:at|with)|opportunities (?:at|with)|(?:role|position|opening|vacancy|"
    r"job|post|internship|fellowship|opportunity) (?:at|with)|work(?:ing)? (?:at|for|with)"
    r"|join(?:ing)?|on behalf of|behalf of|thank you for choosing|thanks for choosing"
    r"|for considering|interviewing with|decision at|(?:[Ii]nmail|[Mm]essage|note) from"
    r"|sent to|viewed by|invited by|submitted to|(?:has|have) invited you|welcome to"
    r"|(?i:recruiter|sourcer|partner|founder|co-founder|cto|ceo|coo|cfo|manager|director|lead|"
    r"head of \w+|vp \w+|talent partner|hiring manager|people partner) (?:at|@)"
)
_NAME_AT = re.compile(r"\b(?:" + _AT_PHRASES + r") (?:the )?(?P<name>" + _NAME + r")")
_NAME_TEAM = re.compile(
    r"(?:^|\n|[.,] )(?:The )?(?P<name>" + _NAME + r") (?:Talent(?: Acquisition)?|Recruiting|"
    r"Recruitment|Hiring|People|HR|Careers|Human Resources|Search Committee|Selection Committee|"
    r"Hiring Committee)(?: Team| Department| Partner| Group| Office)?\b"
)
# What every match of _NAME_TEAM holds, in its case: a name's team is searched for in the
# whole text, and only where one of these is.
_TEAM_WORD = re.compile(r" (?:Talent|Recruit|Hiring|People|HR|Careers|Human Resources|"
                        r"Search Committee|Selection Committee)")
_TEAM_OF = re.compile(
    r"(?:Talent(?: Acquisition)?|Recruiting|Recruitment|Hiring|People|HR|Careers|Human Resources)"
    r"(?: Team| Department| Partner| Group)?(?: at| @| \||,| -| –| of) (?P<name>" + _NAME + r")"
)
_POSSESSIVE = re.compile(r"\b(?P<name>[A-Z][\w&.-]+(?: [A-Z][\w&.-]+){0,2})(?:'s|’s) (?:board|"
                         r"team|hiring|leadership|recruiting|talent|decision|founders?|ceo|"
                         r"management|client|careers|people)")
# Footers: "© 2026 Acme Inc. All rights reserved", "Acme is an equal opportunity employer".
_FOOTER = re.compile(r"(?:©|\([cC]\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>"
                     + _NAME + r")")
_EOE = re.compile(r"(?P<name>" + _NAME + r") (?:is|are) (?:an|a proud) (?:[Ee]qual (?:[Oo]pportunity|"
                  r"[Ee]mployment)|[Ii]nclusive|[Dd]isability [Cc]onfident|EOE)")
_EOE_HINT = re.compile(r"(?:is|are) (?:an|a proud) (?:equal|inclusive|disability|eoe)", re.IGNORECASE)
# Subject shapes: "Your offer from Acme", "Thanks for applying to Acme", "Acme: Data Analyst".
_SUBJECT_TAIL = re.compile(r"(?:\bfrom|\bto|\bat|\bby|\bfor)\s+(?:the )?(?P<name>" + _NAME
                           + r")\s*[!.]?$")
# A subject's parts ("Interview - Ridgeway Foods, Thursday"): a part that is only a name may
# be the employer, if something else agrees.
_SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|tr|sv)\s*:\s*)+", re.IGNORECASE)
_SUBJECT_SPLIT = re.compile(r"\s*(?:\|\||[:|,(/)])\s*|\s+[-–—x]\s+")
_LONE_NAME = re.compile(r"^(?=[A-Z][a-z])" + _NAME + r"$")
_SUBJECT_MID = re.compile(r"(?:\bfrom|\bto|\bat|\bby)\s+(?:the )?(?P<name>" + _NAME
                          + r")\s*(?:[:|(]|\s[-–]\s)")
_SUBJECT_LEAD = re.compile(r"^(?P<name>" + _NAME + r") (?:has |have )?(?:invites?|invited|wants|"
                           r"is hiring|update|application)\b|\b(?:your|Your|YOUR) (?P<own>" + _NAME + r") "
                           r"(?:assessment|application|interview|offer|test|candidacy)\b")
# "Acme has invited you", "Acme would like to invite you": the employer acts.
_ACTS = re.compile(r"(?:^|\n|[.!] )(?P<name>" + _NAME + r") (?:has invited you|invites you|would "
                   r"like to invite you|wants to|has reviewed|is reviewing)")


_NAMING = (_TEAM_OF, _NAME_TEAM, _NAME_AT, _POSSESSIVE, _ACTS)
# One scan of a text finds where each of these can match (``_NAME_AT`` ignores case in part).
_TEXT_SCAN = Patterns(*_NAMING, _FOOTER, _EOE_HINT, folded=True)


# A form's field: "Employer: Northvale Community Trust", "Organisation: ...".
_FIELD = re.compile(r"^[ \t]*(?:Employer|Hiring [Oo]rgani[sz]ation|Organi[sz]ation|Company|"
                    r"Agency|Hiring [Aa]gency|Hiring [Cc]ompany|Department|Employing "
                    r"(?:[Oo]rgani[sz]ation|[Aa]gency|[Dd]epartment|[Bb]ody)|"
                    r"Arbeitgeber|Unternehmen|Empresa|Entreprise|Employeur|Werkgever)"
                    r"(?: name)?:[ \t]*(?P<name>" + _NAME + r")[ \t]*$", re.MULTILINE)
_FIELD_HINT = ("mployer:", "rganisation:", "rganization:", "Company:", "Agency:", "gency:",
               "Department:", "epartment:", "ompany:", "Body:", "Arbeitgeber:",
               "Unternehmen:", "Empresa:", "Entreprise:", "mployeur:", "Werkgever:")


def _field_candidates(text: str) -> list[tuple[str, str]]:
    """The employer a form names in a field of its own ("Employer: Northvale Trust")."""
    if not any(hint in text for hint in _FIELD_HINT):
        return []
    return [(m.group("name"), "footer") for m in _FIELD.finditer(text)]


def _text_candidates(text: str, where: str) -> list[tuple[str, str]]:
    if not text:
        return []  # most messages have no signature; every name needs a character
    scan = _TEXT_SCAN.scan(text)
    if not scan.may_match():
        return []  # most subjects and signatures
    found: list[tuple[str, str]] = []
    for pattern in _NAMING:
        if pattern is _NAME_TEAM and not _TEAM_WORD.search(text):
            continue  # the scan's look for its words ignores case ("three hours"); they do not
        for match in scan.finditer(pattern):
            found.append((match.group("name"), where))
    found.extend((m.group("name"), "footer") for m in scan.finditer(_FOOTER))
    hint = scan.search(_EOE_HINT)
    if hint:  # the name sits just before "is an equal opportunity employer"
        window = text[max(0, hint.start() - 80) : hint.end() + 30]
        found.extend((m.group("name"), "footer") for m in _EOE.finditer(window))
    return found


# A signature's title line: "Engineering Recruiter, Southerly", "HR Business Partner | Tai
# Logistics", "Head of Mathematics - Calder Ridge Academy".
_TITLE_LINE = re.compile(r"[ \t]*(?P<title>[A-Z][^,|:()]{1,60}?)[ \t]*(?:,|\||[ ][-–—])[ \t]*"
                         r"(?P<name>" + _NAME + r")[ \t]*$")
_TITLE_WORDS = frozenset("""chair chairperson secretary principal founder co-founder partner
    recruiter recruiters generalist team services branch president owner coach rh hr talent
    people recruitment recruiting""".split())  # noqa: SIM905
_TITLE_JOINERS = frozenset({"of", "and", "&", "for", "de"})


def _title_line_candidates(text: str) -> list[tuple[str, str]]:
    """The employer after a signature's title ("Talent Partner, Quillon"): a title of a few
    capitalised words, one of them a role or a team ("Head of Mathematics", "People Services")."""
    if "," not in text and "|" not in text and " - " not in text and " – " not in text:
        return []
    found: list[tuple[str, str]] = []
    lines = text.rsplit("\n", 15)[-15:]  # a signature's lines end the text
    for i, line in enumerate(lines):
        if len(line) > 120 or line[:1].islower() or not (
                "," in line or "|" in line or " -" in line or " –" in line or " —" in line):
            continue  # most lines: sentences; a title line is short and starts with a capital
        match = _TITLE_LINE.match(line)
        if not match:
            continue
        words = match.group("title").split()
        name = match.group("name")
        if len(words) <= 5 and all(w[0].isupper() or w in _TITLE_JOINERS for w in words) and \
                any(ROLE_NOUN.match(w) or w.lower() in _TITLE_WORDS for w in words) and \
                not (i + 1 < len(lines) and _NAME_LINE.match(lines[i + 1])) and \
                not _by_agency(words, name):
            found.append((name, "title"))
    return found


# What follows a title within the employer: "Department of English", "School of Biology".
_UNIT = re.compile(r"(?:Department|School|Faculty|Division|College|Directorate) of ")


def _by_agency(title: list[str], name: str) -> bool:
    """"Senior Consultant, Arvel Search", "Recruiter | Robert Half": an agency signs; its
    client is the employer."""
    return any(w.lower().startswith("consult") for w in title) or bool(
        _AGENCY_LABEL.search(name.lower())) or squash(name) in AGENCIES


# A line of words under the title line: the title named a department, this line the employer
# ("Lecturer, Department of English" / "Harbourview College").
_NAME_LINE = re.compile(r"[ \t]*[A-Z][^\d@]*$")


# A calendar tool's subject: "Confirmed: Intro call with Jane Roe (Acme) on Thursday, ...",
# "Invitation: Acme - Jane Roe / John Doe @ Tue 1 Dec 2026 14:00", "Canceled: Jane Roe and Acme".
_TOOL_WHEN = re.compile(r"\s+(?:@\s|(?:on (?:[A-Z][a-z]{2}|\d)|starts in|tomorrow|today)\b).*$")
_TOOL_SPLIT = re.compile(r"\s+(?:and|with|between|<>|&lt;&gt;)\s+")


def _tool_subject_parts(subject: str) -> list[str]:
    """The parts of a calendar tool's subject that may name the employer: the people who meet
    (two-word names that end in no company word) are left out."""
    plain = _TOOL_WHEN.sub("", _SUBJECT_PREFIX.sub("", subject))
    parts: list[str] = []
    for part in _SUBJECT_SPLIT.split(plain):
        for piece in _TOOL_SPLIT.split(part):
            if _LONE_NAME.match(piece) and not is_person(piece, ""):
                parts.append(piece)
    return parts


# A subject that speaks to the reader by name: "Priya, try Premium", "Sam, we have news".
_ADDRESSEE = re.compile(r"(?:\w+: )?[A-Z][a-z]+, (?=[a-z])")


def _subject_candidates(subject: str, *, tool: bool = False) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for pattern in (_SUBJECT_TAIL, _SUBJECT_MID):
        found.extend((m.group("name"), "subject") for m in pattern.finditer(subject))
    # Past its start a subject is led only by "your ...": without those words only a match at
    # the start can be found, and ``match`` tries no other place.
    if "your " in subject or "Your " in subject or "YOUR " in subject:
        found.extend((m.group("name") or m.group("own"), "subject")
                     for m in _SUBJECT_LEAD.finditer(subject))
    elif lead := _SUBJECT_LEAD.match(subject):
        found.append((lead.group("name") or lead.group("own"), "subject"))
    plain = _SUBJECT_PREFIX.sub("", subject)
    if _ADDRESSEE.match(plain):
        parts = []  # "Marcus, you appeared in 27 searches": a sentence to the reader
    elif tool:
        parts = _tool_subject_parts(subject)
    else:
        parts = [part for part in _SUBJECT_SPLIT.split(plain) if _LONE_NAME.match(part)]
    found.extend((part, "subject_part") for part in parts)
    found.extend(_text_candidates(subject, "subject"))
    return found


# ---------------------------------------------------------------- choosing

_WEIGHT = {"display_at": 4.0, "display": 3.5, "subject": 3.0, "subject_part": 1.0, "footer": 3.0,
           "body": 2.5, "signature": 2.5, "spelled": 2.0, "display_person": 3.5,
           "display_tool": 2.0, "title": 2.5}
_SOURCE = {where: where.split("_")[0] for where in _WEIGHT}  # "subject_part" is the subject
_SOURCE["title"] = "signature"
# What an agency's letter says a client does, by name: "the client is Teraxis", "feedback
# from Orchard Microdevices", "Cargovia's CEO", "Maplestone passed on you". A place or a role
# named in the subject is only ever where or what ("a client in Stavanger", "the Supply Chain
# Manager job").
_ACTOR_BEFORE = re.compile(
    r"(?:\b(?:client|company|employer|institution|organi[sz]ation|empresa|cliente|klant|"
    r"kunde|Kunde)\s*(?:is|was|:)|\b(?:(?:from|with|at|by|join|joining|to)(?:\s+the)?|is|"
    r"it's|it’s|de|con|bei|von|hos|från|med))\s+$", re.IGNORECASE)
_ACTOR_AFTER = re.compile(
    r"(?:['’]s\b|\s+(?:is|are|was|were|has|have|had|liked|loved|passed|wants?|wanted|came|"
    r"decided|would|will|won't|can|could|need|needs|said|told|asked|offered|chose|went|got|"
    r"still|also|just|quedó|decidió|ha|hat|heeft|har|sind|a|es|est)\b)")
# ...but "the Solon role", "at the Obuasi site", "the Kitchener snack client": what a place
# or a post is called
_WHAT_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]* )?(?:role|job|position|post|vacancy|opening|site|area|region|office|"
    r"client|search|brief|one|contract|process)\b", re.IGNORECASE)

_PLACE_BEFORE = re.compile(r"\b(?:in|near|around|outside|across|en|i|nära)\s+(?:the\s+)?$",
                           re.IGNORECASE)


def _mentions(name: str, text: str, *, longer: bool = False
              ) -> Iterator[tuple[str, int, bool]]:
    """Each place ``text`` names ``name``: the 30 characters before it, where it ends, and
    whether it is only where a client is or what a post is called ("a client in Tauranga",
    "the Kitchener snack client"). ``longer``: the name may go on in capitalised words, as
    the subject shortens it ("Kente Towers" of "Kente Towers Development")."""
    tail = r"(?:\s+[A-Z][\w&.-]*){0,3}" if longer else ""
    for found in re.finditer(rf"(?<!\w){re.escape(name)}{tail}(?!\w)", text):
        before = text[max(0, found.start() - 30):found.start()]
        described = bool(_PLACE_BEFORE.search(before) or _WHAT_AFTER.match(text, found.end()))
        yield before, found.end(), described


def acts_in(name: str, text: str) -> bool:
    """Whether ``text`` names ``name`` as someone who acts or is the client (see above)."""
    return any(not described and (_ACTOR_AFTER.match(text, end) or _ACTOR_BEFORE.search(before))
               for before, end, described in _mentions(name, text, longer=True))


def only_described(name: str, text: str) -> bool:
    """Whether ``text`` names ``name`` only as where a client is or what a post is called
    ("a plant in Kitchener", "the Kitchener snack client"), and at least once."""
    kinds = [described for _, _, described in _mentions(name, text)]
    return bool(kinds) and all(kinds)


def _names_no_client(name: str, score: float, sources: set[str], body: str) -> bool:
    """Whether an agency's best candidate is no client: the letter never says what it did, and
    it is weak ("Night Shift Manager - Perth"), only a place or a post's name ("the Kitchener
    snack client"), or a lone word of the agency's own signature (its town)."""
    if acts_in(name, body):
        return False
    return score < 1.5 or only_described(name, body) or (
        sources == {"signature"} and " " not in name and not name.isupper())


_HEAD, _FOOT = 1500, 700  # characters of the body read for names: the top and the footer
_ENOUGH = 2.0  # below this a lone weak candidate is no better than the sender's own label


# The letter's greeting names the reader ("Dear Adaeze,", "Hi Tom").
_GREETING = re.compile(r"^\s*(?:Dear|Hi|Hello|Hey|Hiya|Bonjour|Hola|Hallo|Olá|Ciao|Kia ora)"
                       r"\s+(?P<first>[A-Z][a-z]+)\b")


@dataclass
class _Candidate:
    order: int
    weight: float = 0.0
    sources: set[str] = field(default_factory=set)


def find_company(subject: str, body: str, signature: str, sender_name: str,
                 sender_address: str) -> str | None:
    """The employer a message is about, or None when it does not say (see the module steps)."""
    local = sender_address.rpartition("@")[0].lower()
    sender = read_sender(sender_name, sender_address, f"{body}\n{signature}" if signature else body)
    raw: list[tuple[str, str]] = []
    tool = sender.platform and scheduling_tool(sender_name, sender_address)
    raw += _subject_candidates(subject, tool=tool)
    known_persons: dict[str, bool] = {}
    raw += display_candidates(sender_name, local, platform=sender.platform, tool=tool,
                               known=known_persons, tool_label=sender.tool)
    # The employer is named near the top or in the footer; the middle is the letter itself.
    raw += _text_candidates(body if len(body) <= _HEAD + _FOOT else
                            f"{body[:_HEAD]}\n{body[-_FOOT:]}", "body")
    raw += _text_candidates(signature, "signature")
    raw += _title_line_candidates(signature or body[-_FOOT:])
    raw += _field_candidates(body[:_HEAD])
    raw += [(name, "display_at") for name in sender.for_whom]  # "Testpoint for Acme"
    label = sender.label
    if label and not sender.agency:
        spelled = spelled_in_text(label, f"{sender_name}\n{subject}\n{signature}\n{body}")
        if spelled:
            raw.append((spelled, "spelled"))
    scored: dict[str, _Candidate] = {}
    head = VIA.split(without_tool_note(sender_name.strip().strip('"')))
    through_board = len(head) > 1 and bool(PEOPLE_BOARDS.search(head[1]))
    person = head[0] if (through_board or (len(head) == 1 and not sender.platform)) \
        and known_person(head[0], local, known_persons) else ""
    if person and label and spells_label(person, label):
        person = ""  # "Nordlicht Versicherung" <jobs@nordlicht-vers...> is the company
    greeted = _GREETING.search(body[:200])
    reader = greeted.group("first") if greeted else ""
    for name, where in raw:
        if is_platform(name) or (person and agrees(name, person)) or (
                sender.tool and spells_label(name, sender.tool)):
            continue
        if reader and name.split(" ", 1)[0] == reader:
            continue  # "OFFER - ICU Staff Nurse - Adaeze Okafor" to "Dear Adaeze": the reader
        cleaned = usable_name(name)
        if not cleaned:
            continue
        entry = scored.get(cleaned)
        if entry is None:
            entry = scored[cleaned] = _Candidate(len(scored))
        if where == "title" and not sender.platform and (
                " " not in cleaned or _UNIT.match(cleaned)):
            # On the employer's own domain a title line may name a unit ("Lecturer,
            # Mathematics", "Chair, Department of English"); through an ATS a recruiter signs
            # with the employer ("Talent Partner, Quillon").
            continue
        weight = _WEIGHT[where] * (2 if where == "subject_part" and sender.platform else 1)
        entry.weight = max(entry.weight, weight)
        entry.sources.add(_SOURCE[where])
    if not scored and not label:
        return None
    ranked: list[tuple[float, int, str]] = []
    # An agency's own name: its label before the agency word ("gulfcare" of gulfcare-recruit).
    own_name = _AGENCY_LABEL.split(label)[0].strip("-_") if sender.agency and label else ""
    own_name = own_name if len(own_name) >= 4 else ""
    for name, entry in scored.items():
        score = entry.weight
        on_label = bool(label) and spells_label(name, label)
        if sender.agency and (on_label or "display" in entry.sources or (
                own_name and agrees(name, own_name))):
            continue  # an agency names itself; the employer is its client
        if on_label:
            score += 4
        others = {s for n, e in scored.items() if n != name and agrees(n, name)
                  for s in e.sources}
        if others - entry.sources:
            score += 2  # two places agree
        if name.split()[-1].lower() in COMPANY_TAILS:
            score += 0.5
        if score > 0:
            ranked.append((score, -entry.order, name))
    ranked.sort(reverse=True)
    enough = 1.0 if sender.agency else _ENOUGH
    if ranked and sender.agency and _names_no_client(
            ranked[0][2], ranked[0][0], scored[ranked[0][2]].sources, body):
        ranked = []
    if ranked and ranked[0][0] >= enough:
        text = f"{sender_name}\n{subject}\n{signature}\n{body}"
        return completed(ranked[0][2], [n for _, _, n in ranked], text)
    if label and not sender.agency and len(label) >= 3:
        if len(label) <= 6 and label.isalpha():  # "dwh": the letter may spell it out
            text = f"{sender_name}\n{subject}\n{signature}\n{body}"
            expansion = spelled_out(label.upper(), text)
            if expansion != label.upper():
                return expansion
        segmented = segment_label(label, known_names(f"{sender_name} {signature[:300]}"))
        return clean_name(segmented)
    return None
