"""Who wrote, for which company, about which role: read from the words, the signature and the sender.

Order of trust for the company: a phrase in the message that names it ("your application to
Acme", "the Analyst role at Acme"), then the sender's display name ("Acme Careers"), then the
sender's own domain. Applicant-tracking systems send on the employer's behalf, so their domains
say nothing (``onward.mail.matching.ats_domain``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onward.mail.matching import PERSONAL_DOMAINS, TENANT_IN_LOCAL_PART, ats_domain


def _domain_label(domain: str) -> str:
    """The registrable label of a domain: ``mail.careers.acme.co.uk`` → ``acme``."""
    labels = [x for x in domain.lower().split(".") if x]
    while len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else (labels[0] if labels else "")


_SECOND_LEVEL = frozenset({"co", "com", "ac", "edu", "org", "net", "gov", "gob", "nhs", "sch", "ltd",
                           "plc", "or", "ne", "go"})
# Sender domains of agencies and job sites: the employer is named in the words, if anywhere.
_AGENCY = re.compile(r"search|talent|recruit|staffing|people|consult|partners|resourcing|headhunt|"
                     r"exec|careers|jobs|hiring|hr\b|placement|selection|personnel|workforce")
# Words that a capitalised phrase may start with and still not be a company.
_NOT_NAMES = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "department", "office", "mailbox", "inbox", "calendar", "calendly", "zoom", "teams", "testgorilla", "hackerrank", "codility", "indeed", "dice", "adzuna", "linkedin", "glassdoor", "reed", "totaljobs", "monster", "ziprecruiter", "dean", "dr", "mr", "mrs", "ms", "prof", "professor", "sir", "madam", "candidate", "applicant", "careers", "portal", "university", "college", "school", "faculty", "early", "clearverify", "workday", "greenhouse", "lever", "ashby", "workable", "smartrecruiters", "icims", "taleo", "bamboohr", "teamtailor", "jobvite", "gmail", "outlook", "google", "microsoft", "noreply"]
)
# Platforms that carry mail for employers (job boards, applicant-tracking systems, assessment,
# scheduling and e-signature tools, public job portals): never the employer themselves.
PLATFORMS = frozenset(
    ["linkedin", "indeed", "glassdoor", "ziprecruiter", "monster", "dice", "reed", "totaljobs",
     "adzuna", "wellfound", "angellist", "otta", "welcometothejungle", "handshake", "seek",
     "stepstone", "xing", "jobvite", "workday", "myworkday", "myworkdayjobs", "greenhouse", "lever",
     "ashby", "ashbyhq", "icims", "taleo", "oracle", "oraclecloud", "oraclerecruiting",
     "oraclerecruitingcloud", "smartrecruiters", "workable", "bamboohr", "jazzhr", "breezy",
     "breezyhr", "teamtailor", "recruitee", "personio", "ukg", "successfactors", "sapsuccessfactors",
     "interfolio", "pinpoint", "rippling", "dover", "comeet", "hibob", "usajobs", "usastaffing",
     "neogov", "governmentjobs", "nhsjobs", "trac", "hackerrank", "hackerrankforwork", "codility",
     "codesignal", "coderbyte", "hirevue", "testgorilla", "shl", "pymetrics", "vervoe", "karat",
     "calendly", "goodtime", "modernloop", "docusign", "adobesign", "hellosign", "zoom",
     "googlecalendar", "googlemeet", "microsoftteams", "outlook", "gmail", "noreply"]
)


# Platform names that are also ordinary words or surnames ("Reed Hale", "Lever Brothers"):
# only the bare name is the platform.
_AMBIGUOUS = frozenset(["reed", "lever", "dice", "seek", "monster", "oracle", "dover", "zoom",
                        "trac", "karat", "otta", "ukg", "shl", "xing", "ashby", "breezy",
                        "handshake", "pinpoint", "outlook"])


def is_platform(name: str) -> bool:
    """Whether ``name`` is a job board or hiring tool ("LinkedIn", "HackerRank for Work")."""
    squashed = re.sub(r"[^a-z0-9]", "", name.lower())
    if squashed in PLATFORMS:
        return True
    first = re.sub(r"[^a-z0-9]", "", name.lower().split()[0]) if name.split() else ""
    return (first in PLATFORMS and first not in _AMBIGUOUS) or any(
        squashed.startswith(p) for p in PLATFORMS if len(p) >= 6 and p not in _AMBIGUOUS)


_TRAILING_NOISE = frozenset(
    ["graduate", "graduates", "scheme", "schemes", "campus", "early", "careers", "career", "talent", "team", "teams", "recruiting", "recruitment", "hiring", "programme", "program", "jobs", "hr", "internship", "internships", "people", "hq", "group", "acquisition"]
)

# A name as written: capitalised words, with the small joining words names use.
_WORDISH = r"[A-Z0-9](?:[\w&'+-]|\.(?=\w))*"
_NAME = r"(?:" + _WORDISH + r"(?:[ ](?:&|and|of|de|du|la|le|von|van|der|" + _WORDISH + r")){0,4})"
_NAME_AT = re.compile(
    r"(?:interest in(?: joining| working (?:at|for|with))?|applying (?:to|at|with)|applied (?:to|at|with)"
    r"|application (?:to|with|at)|apply (?:to|at|with)|here at|everyone at|(?:the )?team at|us at"
    r"|careers? (?:at|with)|opportunities (?:at|with)|(?:role|position|opening|vacancy|job|post|"
    r"internship|fellowship|opportunity) (?:at|with)|work(?:ing)? (?:at|for|with)|join(?:ing)?"
    r"|on behalf of|behalf of|from the|thank you for choosing|thanks for choosing"
    r"|for considering|interviewing with|decision at|(?:inmail|message|note) from"
    r"|(?i:recruiter|sourcer|partner|founder|co-founder|cto|ceo|coo|cfo|manager|director|lead|"
    r"head of \w+|vp \w+|talent partner|hiring manager|people partner) (?:at|@))"
    r" (?:the )?(?P<name>" + _NAME + r")"
)
_NAME_TEAM = re.compile(
    r"(?:^|\n|[.,] )(?:The )?(?P<name>" + _NAME + r") (?:Talent(?: Acquisition)?|Recruiting|Recruitment|"
    r"Hiring|People|HR|Careers|Human Resources|Search Committee|Selection Committee|Hiring Committee)"
    r"(?: Team| Department| Partner| Group| Office)?\b"
)
_TEAM_OF = re.compile(
    r"(?:Talent(?: Acquisition)?|Recruiting|Recruitment|Hiring|People|HR|Careers|Human Resources)"
    r"(?: Team| Department| Partner| Group)?(?: at| @| \||,| -| –| of) (?P<name>" + _NAME + r")"
)
_POSSESSIVE = re.compile(r"\b(?P<name>[A-Z][\w&.-]+(?: [A-Z][\w&.-]+){0,2})'s (?:board|team|hiring|"
                         r"leadership|recruiting|talent|decision|founders?|ceo|management|client)")

# Words in a display name that describe the sending mailbox, not the company.
_SENDER_NOISE = re.compile(
    r"\b(?:no-?reply|do-?not-?reply|careers?|jobs?|recruiting|recruitment|recruiters?|talent"
    r"(?: acquisition)?(?: team)?|hiring(?: team)?|hr|human resources|people(?: team| ops)?|team|"
    r"notifications?|applications?|candidates?|via [\w .-]+|on behalf of|mailer|system|"
    r"the|at|from|@)\b",
    re.IGNORECASE,
)
_NOT_COMPANIES = frozenset(
    ["greenhouse", "lever", "workday", "ashby", "smartrecruiters", "workable", "icims", "taleo", "bamboohr", "teamtailor", "jobvite", "linkedin", "indeed", "glassdoor", "hr", "team", "hiring", "the", "we", "you", "our", "your", "dear", "thank", "thanks", "hi", "hello", "unfortunately", "please", "regards", "best", "kind", "talent", "recruiting", "careers", "jobs", "i", "it", "this", "that", "as", "a", "an", "us"]
)
_PERSON = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z]\.?)?(?: (?:de |van |von |da |di |del |le |la )?[A-Z][a-zA-Z'’-]+){1,2}$")
_GENERIC_LOCAL = re.compile(
    r"^(?:no-?reply|noreply|do-?not-?reply|donotreply|careers?|jobs?|recruit\w*|talent\w*|hr|"
    r"hiring|notifications?|notify|mailer|system|info|apply|applications?|candidates?|people|"
    r"team|support|hello|contact|admin|workday|greenhouse|alerts?|jobalerts?|messages?)(?:[.+_-].*)?$",
    re.IGNORECASE,
)

# Job-title shapes: used to tell "VP Engineering - Corvid" apart from "Corvid - VP Engineering".
_TITLE_WORDS = re.compile(
    r"\b(?:engineer|engineering|developer|manager|analyst|scientist|designer|director|lead|head|"
    r"officer|associate|assistant|specialist|coordinator|consultant|representative|intern|"
    r"internship|architect|administrator|advisor|adviser|accountant|editor|writer|nurse|teacher|"
    r"lecturer|professor|fellow|postdoc|researcher|technician|executive|vp|president|chef|cook|"
    r"barista|clerk|agent|operator|driver|sales|marketing|product|programme|program|graduate|"
    r"trainee|apprentice|partner|counsel|paralegal|attorney|lawyer|therapist|pharmacist|"
    r"scribe|cashier|supervisor|worker|electrician|plumber|mechanic|planner|recruiter|"
    r"strategist|owner|principal|staff|senior|junior|sr|jr|medical|data|software|support|"
    r"producer|receptionist|baker|librarian|tutor|aide|caregiver|carer|server|host|bartender|"
    r"cleaner|porter|guard|inspector|surveyor|underwriter|actuary|economist|statistician|auditor|"
    r"controller|bookkeeper|buyer|merchandiser|stylist|photographer|videographer|illustrator|"
    r"animator|copywriter|translator|interpreter|journalist|reporter|publicist|counsell?or|"
    r"psychologist|physician|doctor|dentist|hygienist|physiotherapist|midwife|paramedic|"
    r"fundraiser|campaigner|organi[sz]er|steward|welder|machinist|fitter|joiner|carpenter|"
    r"labou?rer|foreman|dispatcher|courier|warehouse|operative|picker|packer|resident|registrar|"
    r"surgeon|teller|secretary|receptionist|housekeeper|attendant|crew|instructor|coach|trainer|"
    r"manager|scheme|apprenticeship|sde|swe|qa|devops|sre|ux|ui)\b",
    re.IGNORECASE,
)
_TWORD = r"(?:[\w/&+#'()-]|\.(?=\w))*"
_TITLE = (r"(?P<role>[A-Z0-9]" + _TWORD + r"(?:,? (?:[A-Z0-9(]" + _TWORD
          + r"|of|and|&|for|in|to|the|de|-|/|–)){0,9})")
_ROLE_PATTERNS = (
    re.compile(r"(?:position|role|post|job|vacancy|title) (?:of|as) (?:an? |the )?" + _TITLE),
    re.compile(r"(?i:position|job title|role|vacancy|post|job requisition|job|requisition|title)\s*:\s*"
               r"(?:[A-Z]{1,4}-?\d[\w-]*\s+)?" + _TITLE),
    re.compile(r"(?:^|\b)(?:the|our|your|this|an?) (?:new |open |current |vacant |advertised )?" + _TITLE
               + r" (?:role|position|vacancy|opening|post|job|opportunity|internship|fellowship|"
               r"req(?:uisition)?)\b"),
    re.compile(r"(?:application|applying|applied|candidacy|candidature|interest|considered|consideration"
               r"|interviewing|interview) (?:for|to) (?:the |our |a |an )?(?:position of |role of )?"
               + _TITLE),
    re.compile(r"\bas (?:an? |the |our )" + _TITLE + r"(?: at| with| in|[,.])"),
)
_SUBJECT_ROLE = (
    re.compile(r"(?:application|applying|candidacy|interest|interview|invitation|offer|update|"
               r"status|regarding|re|position|role)(?: \w+)?(?: for| to| as|:| -| –) "
               r"(?:the |our |a |an )?(?:position of |role of )?" + _TITLE),
)
_ROLE_TRIM = re.compile(
    r"(?:\s+(?:at|with|in(?! [A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:and |& )?[A-Z]?[a-z]*$)|for|to|from|and|-|–|/|\(|,)\s*.*"
    r"|\s+(?:role|position|vacancy|opening|post|job|opportunity|req(?:uisition)?|application|"
    r"applications|offer|interview|update|invitation|status)\b.*|[\s.,:;-]+)$"
)
_ROLE_STOP = frozenset(
    ["Application", "Applications", "Thank", "Thanks", "Your", "Update", "Status", "Interview", "Invitation", "Offer", "Re", "Fwd", "We", "Our", "The", "Unfortunately", "Dear", "Hi", "Hello", "Next", "Regarding", "Position", "Role", "Job", "Team", "Candidate", "Congratulations", "Important", "Action", "Required", "Confirmation", "Reminder", "Feedback", "Outcome", "Decision", "Hiring", "Freeze", "News", "An", "A"]
)


@dataclass(frozen=True)
class Parties:
    company: str | None
    role: str | None
    contact_name: str | None
    contact_email: str | None


def _clean_name(name: str) -> str | None:
    name = re.sub(r"(?:'s|’s)$", "", name.strip(" .,:;-–|"))
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _TRAILING_NOISE | {"and", "of", "the", "for",
                                                                       "in", "de", "&"}:
        words.pop()
    name = " ".join(words)
    if not name or name.lower() in _NOT_COMPANIES or len(name) < 2:
        return None
    first = re.sub(r"(?:'s|’s)$", "", words[0].lower().strip(".,'"))
    if first in _NOT_COMPANIES or first in _NOT_NAMES or first.isdigit():
        return None
    return name


def _company_from_text(text: str, avoid: str = "") -> str | None:
    """The first name the text gives a company, skipping one that spells ``avoid``."""
    for pattern in (_TEAM_OF, _NAME_TEAM, _NAME_AT, _POSSESSIVE):
        for match in pattern.finditer(text):
            name = _clean_name(match.group("name"))
            if not name or _TITLE_WORDS.search(name.split()[0]) or is_platform(name):
                continue
            if avoid and _squash(avoid)[:5] == _squash(name)[:5]:
                continue
            return name
    return None


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def looks_like_person(display_name: str) -> bool:
    return bool(_PERSON.match(display_name.strip())) and not _SENDER_NOISE.search(display_name)


def _company_from_sender(name: str, address: str) -> str | None:
    local, _, domain = address.lower().rpartition("@")
    ats = ats_domain(address)
    head = re.split(r"\s+(?:via|through|by)\s+", name, maxsplit=1, flags=re.IGNORECASE)[0]
    if name and not looks_like_person(name) and not looks_like_person(head) \
            and not is_platform(head):
        for part in re.split(r"\s*(?:\||,| - | – | at | @ )\s*", head):
            cleaned = _clean_name(" ".join(_SENDER_NOISE.sub(" ", part).split()))
            if cleaned and not is_platform(cleaned):
                return cleaned
    if ats:
        if ats in TENANT_IN_LOCAL_PART and local and not _GENERIC_LOCAL.match(local):
            return local.replace("-", " ").replace("_", " ").title()
        return None
    if not domain or domain in PERSONAL_DOMAINS:
        return None
    label = _domain_label(domain)
    return _clean_name(label.replace("-", " ").title()) if label else None


def _matches(found: str, hint: str) -> bool:
    a, b = re.sub(r"\W", "", found.lower()), re.sub(r"\W", "", hint.lower())
    return bool(a and b) and (a in b or b in a)


_CAPITALISED = re.compile(r"[A-Z][\w&'-]*(?: (?:&|and|of|[A-Z][\w&'-]*)){0,3}")


def _spelled_in_text(label: str, text: str) -> str | None:
    """``sullivanbuild`` → "Sullivan Build" when the text spells the domain out in words."""
    squashed_label = re.sub(r"[^a-z0-9]", "", label.lower())
    if len(squashed_label) < 4 or squashed_label[:5] not in _squash(text):
        return None  # the text never spells it: skip the phrase-by-phrase search
    for match in _CAPITALISED.finditer(text):
        words = match.group().split()
        for end in range(len(words), 0, -1):
            candidate = " ".join(words[:end])
            squashed = re.sub(r"[^a-z0-9]", "", candidate.lower())
            if squashed == squashed_label or (
                len(squashed) >= 5 and squashed_label.startswith(squashed) and end > 1
            ):
                return _clean_name(match.group()) or candidate
    return None


def _from_agency(sender_name: str, sender_address: str) -> bool:
    domain = sender_address.rpartition("@")[2].lower()
    return bool(_AGENCY.search(_domain_label(domain)) or _AGENCY.search(sender_name.lower()))


def find_company(subject: str, body: str, signature: str, sender_name: str,
                 sender_address: str) -> str | None:
    domain = sender_address.rpartition("@")[2].lower()
    if domain and not ats_domain(sender_address) and domain not in PERSONAL_DOMAINS:
        spelled = _spelled_in_text(_domain_label(domain), f"{signature}\n{subject}\n{body}")
        if spelled and not is_platform(spelled):
            return spelled
    from_sender = _company_from_sender(sender_name, sender_address)
    if from_sender and _from_agency(sender_name, sender_address):
        from_sender = None  # an agency writes about its client, named in the words if at all
    agency = _domain_label(domain) if _from_agency(sender_name, sender_address) else ""
    in_text = (_company_from_text(subject, agency) or _company_from_text(body, agency)
               or _company_from_text(signature, agency))
    if from_sender and is_platform(from_sender):
        from_sender = None
    if in_text and from_sender and _matches(in_text, from_sender):
        return in_text if len(in_text) >= len(from_sender) else from_sender
    return in_text or from_sender


def _trim_role(candidate: str) -> str | None:
    role = candidate
    for _ in range(3):
        trimmed = _ROLE_TRIM.sub("", role)
        if trimmed == role:
            break
        role = trimmed
    words = role.split()
    while words and words[0] in _ROLE_STOP:
        words.pop(0)
    role = " ".join(words).strip(" -–:,.")
    if not role or len(role) < 3 or len(role) > 80 or not _TITLE_WORDS.search(role):
        return None
    return role


_SUBJECT_NOISE = re.compile(
    r"^(?:(?:re|fwd?|aw|tr|sv|automatic reply|auto-reply|out of office)\s*:\s*)+|"
    r"\b(?:job|position|role|vacancy|post|application|applications|interview|offer|update|status|"
    r"invitation|confirmation|reminder|opening|opportunity|your|for|the|our|a|an)\b",
    re.IGNORECASE,
)


def _role_from_short_subject(subject: str) -> str | None:
    """"Graduate engineer interview" → "Graduate engineer": a short subject naming the job."""
    words = _SUBJECT_NOISE.sub(" ", subject).split()
    if 1 <= len(words) <= 5 and _TITLE_WORDS.search(" ".join(words)) and not any(
        c.isdigit() for c in "".join(words)
    ) and all(w[0].isalpha() for w in words):
        return " ".join(words).strip(" -–:,.")
    return None


def find_role(subject: str, body: str, company: str | None = None) -> str | None:
    subject = re.sub(r"^(?:(?:re|fwd?|aw|tr|sv|automatic reply|auto-reply)\s*:\s*)+", "",
                     subject.strip(), flags=re.IGNORECASE)
    found = _find_role(subject, body)
    if found and company and found.lower().startswith(company.lower() + " "):
        found = found[len(company) + 1 :]
    if found:
        found = re.sub(r"^(?:[A-Z]{1,4}-?\d[\w-]*\s+)", "", found)
    return found


# "Indeed Application: Marketing Coordinator", "Urgent || Java Developer || Remote": a subject's
# parts, split where boards and agencies put their separators.
_SUBJECT_PARTS = re.compile(r"\s*(?:\|\||[:|])\s+|\s+[-–|]\s+")


def _find_role(subject: str, body: str) -> str | None:
    for pattern in _SUBJECT_ROLE:
        match = pattern.search(subject)
        if match and (role := _trim_role(match.group("role"))):
            return role
    for part in _SUBJECT_PARTS.split(subject):
        if (role := _trim_role(part)) and role == part.strip():
            return role
    for pattern in _ROLE_PATTERNS:
        for match in pattern.finditer(body[:3000]):
            if role := _trim_role(match.group("role")):
                return role
    for part in _SUBJECT_PARTS.split(subject):
        if role := _role_from_short_subject(part):
            return role
    return None


_SIGNATURE_NAME = re.compile(r"^\s*([A-Z][a-z'’-]+(?: [A-Z][a-zA-Z'’-]+){1,2})\s*$", re.MULTILINE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def find_contact(sender_name: str, sender_address: str, signature: str) -> tuple[str | None, str | None]:
    local = sender_address.rpartition("@")[0]
    personal_address = bool(local) and not _GENERIC_LOCAL.match(local)
    name = sender_name.strip().strip('"') if looks_like_person(sender_name) else None
    if name is None and signature:
        found = _SIGNATURE_NAME.search(signature)
        name = found.group(1) if found and looks_like_person(found.group(1)) else None
    email = sender_address if personal_address else None
    if email is None and signature and (found_email := _EMAIL.search(signature)):
        email = found_email.group(0)
    return name, email


def find_parties(subject: str, body: str, signature: str, sender_name: str,
                 sender_address: str) -> Parties:
    contact_name, contact_email = find_contact(sender_name, sender_address, signature)
    company = find_company(subject, body, signature, sender_name, sender_address)
    return Parties(
        company=company,
        role=find_role(subject, body, company),
        contact_name=contact_name,
        contact_email=contact_email,
    )
