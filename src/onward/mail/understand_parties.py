"""Who wrote, for which company, about which role: read from the words, the signature and the sender.

The company is weighed in ``onward.mail.understand_company``; this module reads the role and the
contact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onward.mail.understand_company import PLATFORMS, find_company, is_platform

__all__ = ["PLATFORMS", "Parties", "find_contact", "find_parties", "find_role", "is_platform",
           "looks_like_person"]


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


_PERSON = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z]\.?)?(?: (?:de |van |von |da |di |del |le |la )?[A-Z][a-zA-Z'’-]+){1,2}$")
_SENDER_NOISE = re.compile(
    r"\b(?:no-?reply|do-?not-?reply|careers?|jobs?|recruiting|recruitment|recruiters?|talent"
    r"(?: acquisition)?(?: team)?|hiring(?: team)?|hr|human resources|people(?: team| ops)?|team|"
    r"notifications?|applications?|candidates?|via [\w .-]+|on behalf of|mailer|system|"
    r"the|at|from|@)\b",
    re.IGNORECASE,
)
_GENERIC_LOCAL = re.compile(
    r"^(?:no-?reply|noreply|do-?not-?reply|donotreply|careers?|jobs?|recruit\w*|talent\w*|hr|"
    r"hiring|notifications?|notify|mailer|system|info|apply|applications?|candidates?|people|"
    r"team|support|hello|contact|admin|workday|greenhouse|alerts?|jobalerts?|messages?)(?:[.+_-].*)?$",
    re.IGNORECASE,
)


def looks_like_person(display_name: str) -> bool:
    return bool(_PERSON.match(display_name.strip())) and not _SENDER_NOISE.search(display_name)


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
