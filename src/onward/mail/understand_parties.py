"""Who wrote, for which company, about which role: read from the words, the signature and the sender.

The company is weighed in ``onward.mail.understand_company``; this module reads the role and the
contact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onward.mail.platforms import PLATFORMS, is_platform
from onward.mail.understand_company import find_company
from onward.mail.understand_role import find_role

__all__ = ["PLATFORMS", "Parties", "find_contact", "find_parties", "find_role", "is_platform",
           "looks_like_person"]


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
