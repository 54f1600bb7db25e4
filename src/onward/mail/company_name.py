"""What a company name is: a phrase kept, tidied or refused, and the winner said in full.

The employer reader (``understand_company``) gathers phrases that may name an employer
("Acme Graduate Recruitment", "Dental Receptionist", "Leeds", "Your", "DCC"). Kept apart here
because what makes a phrase a name is one question, whichever place in the mail it came from:
1. A phrase is tidied: an owner's "'s", a leading "the" or hiring team's word, and the
   department, programme, place or status words after a word that ends names are cut
   ("Acme Graduate Recruitment" → "Acme", "Stratos Air Crew" → "Stratos Air").
2. It is refused when what is left is no name: a role ("Dental Receptionist"), a day, a
   greeting, a word of the letter itself, a platform, or a place alone ("Doha, Qatar").
3. The chosen name is said in full as the letter says it: completed by another candidate
   ("Greyhaven" → "Greyhaven Consulting"), its acronym spelled out ("DCC" → "Department for
   Coastal Communities"; "Westbrook FCU" → "Westbrook Federal Credit Union"), and extended by
   the capitalised words that follow it up to a word that ends names ("Penbrook Health" →
   "Penbrook Health System").
"""

from __future__ import annotations

import re
from functools import lru_cache

from onward.mail.company_sender import expand_acronym
from onward.mail.company_words import COMPANY_TAILS, PLACE_WORDS, PLACES, TRAILING_NOISE
from onward.mail.platforms import fold, is_platform

# ---------------------------------------------------------------- a phrase tidied or refused

_NOT_NAMES = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "mailbox", "inbox", "calendar", "dean", "dr",
     "mr", "mrs", "ms", "prof", "professor", "sir", "madam", "candidate", "applicant", "careers",
     "portal", "faculty", "early", "we", "you", "our", "your", "dear", "thank", "thanks", "hi",
     "hello", "unfortunately", "please", "regards", "best", "kind", "i", "it", "this", "that",
     "as", "a", "an", "us", "the", "hr", "team", "hiring", "talent", "recruiting", "jobs", "all",
     "any", "new", "next", "other", "another", "one", "their", "his", "her", "my", "these",
     "those", "here", "there", "today", "tomorrow", "if", "when", "and", "or", "but", "so",
     "application", "applications", "position", "role", "job", "interview", "offer", "update",
     "status", "re", "fwd", "fw", "aw", "reminder", "action", "confirmation", "invitation",
     "congratulations", "important", "urgent", "new", "quick", "following", "regarding",
     # what a calendar or a tracker says happened: "Confirmed: ...", "Updated invitation: ..."
     "confirmed", "updated", "canceled", "cancelled", "rescheduled", "accepted", "declined",
     "tentative", "submitted", "shortlisted", "received", "completed", "erinnerung",
     "recordatorio", "rappel", "promemoria", "lembrete", "mon", "tue", "tues", "wed", "thu",
     "thur", "thurs", "fri", "neue",
     "request", "notice", "outcome", "decision", "feedback", "information", "details",
     "recruitment", "human", "people", "resources", "acquisition", "noreply", "no-reply",
     "notifications", "sincerely", "cheers", "warm", "warmly", "many", "good", "great", "sorry",
     # what a subject or a mailbox is, not who: "Confidential search", "Ref 409110"
     "confidential", "ref", "reference", "regret", "inmail", "webmail", "correo", "oportunidad",
     "oportunidade", "opportunité", "opportunità", "vacante", "vaga", "mum", "mom", "dad",
     # who a sentence is about, and an agency's stand-in for a client it will not name
     "she", "he", "they", "them", "him", "client"]
)
# Names that are no employer on their own, only inside one: a month beside a date ("confirmed
# for Oct 28", never "Mar Abierto"), what is left of "Recruitment Online" or "HR Services".
_NOT_NAMES_ALONE = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "online", "services", "service", "office", "department", "desk", "centre", "center", "unit",
     "admin", "support", "portal", "go", "contract", "academic", "research", "district",
     "hotel", "school", "health", "engineering", "warehouse", "student", "volunteer", "skills"])


# Job-title shapes: a name starting with one of these is a role, not a company.
_TITLE_START = re.compile(
    r"^(?:senior|junior|lead|head|staff|principal|chief|assistant|associate|graduate|trainee|"
    r"intern|sr|jr|vp|director|manager|engineer|analyst|developer|designer|nurse|teacher|"
    r"lecturer|professor|research|postdoc|software|data|product|marketing|sales|account|"
    r"finance|financial|operations|project|program|programme|customer|clinical|medical|"
    r"registered|band|grade|level|part-time|full-time|remote|hybrid|summer|winter|spring|"
    r"autumn|fall|entry)\b",
    re.IGNORECASE,
)


# Units a name ends in only after a word that already ends it ("Bellhaven County Department",
# "Didsbury High School Office"); "Fire Department" keeps its word.
_UNIT_ENDS = frozenset({"department", "office", "platform", "app"})


def _strip_noise_tail(words: list[str]) -> list[str]:
    while len(words) > 1 and (words[-1].lower().strip(".,") in TRAILING_NOISE
                              or words[-1].isdigit()):
        words.pop()
    if len(words) > 2 and words[-1].lower() in _UNIT_ENDS and (
            words[-2].lower() in COMPANY_TAILS or words[-1].lower() in {"platform", "app"}):
        words.pop()
    # After a word that ends company names, what follows is a department, place or programme:
    # "Stratos Air Crew", "Marlow Institute Postdoctoral Fellowship", "Meridian Hotels Lisbon".
    # A name that starts with such a word goes on ("Studio Lumen", "Hotel Mirador del Lago").
    for i, word in enumerate(words[:-1]):
        if words[i + 1].lower() in {"of", "for", "and", "&", "de"}:
            break  # "University of Caldermoor", "Bank of Ireland"
        if i and word.lower() in COMPANY_TAILS and not any(
                w.lower() in COMPANY_TAILS or w.lower() in _LEGAL for w in words[i + 1:]):
            return words[: i + 1]
    return words


_LEGAL = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc", "gmbh", "ag", "sa", "bv",
                    "nv", "co", "co.", "corp", "corp.", "limited", "pty", "srl", "spa", "ab",
                    "oy", "as", "sas", "kg", "se"})


# Head nouns of job titles: a name reaching one has run into a role ("Acme Graduate Engineer").
ROLE_NOUN = re.compile(
    r"^(?:engineers?|developers?|managers?|analysts?|scientists?|designers?|directors?|officers?|"
    r"assistants?|specialists?|coordinators?|consultant|representatives?|interns?|architect|"
    r"administrators?|advis[oe]rs?|accountants?|editors?|writers?|nurses?|teachers?|lecturers?|"
    r"lectureship|professors?|postdocs?|researchers?|technicians?|executives?|recruiters?|"
    r"supervisors?|receptionists?|operators?|drivers?|clerks?|trainees?|apprentices?|"
    r"programmers?|strategists?|associate|fellow|coordinator|tutor|chef|cook|barista|baker|"
    r"electricians?|plumbers?|carpenters?|paralegal|attorney|lawyer|therapist|pharmacist|"
    r"cashier|merchandiser|producer|vp|cfo|cto|ceo|coo|head|lead|senior|junior|sr|jr)$",
    re.IGNORECASE,
)


_OWNER_END = re.compile(r"(?:'s|’s)$")
# A hiring team's word before the employer's name in the languages that put it first.
_LEADING_TEAM = frozenset({"recrutamento", "reclutamiento", "recrutement", "selección",
                           "seleccion", "talento", "recursos"})


def clean_name(name: str) -> str | None:
    """The phrase tidied to a name (step 1), or None when what is left is no name (step 2)."""
    name = _OWNER_END.sub("", name.strip(" .,:;-–|()"))
    words = name.split()
    for i, word in enumerate(words):
        if word.endswith(("'s", "’s")):  # "Arbor Mutual's CDO": the owner is the name
            words = [*words[:i], word[:-2]]
            break
    for i, word in enumerate(words):
        if ROLE_NOUN.match(word.strip(".,")):
            if i < 2:
                return None  # "Dental Receptionist" is a role, not "Dental"
            words = words[:i]
            break
    while words and words[0].lower() in {"the", "your", "our"}:
        words.pop(0)
    while len(words) > 1 and words[0].lower() in _LEADING_TEAM:
        words.pop(0)  # "Recrutamento Atlântica Seguros", "Selección Grupo Sabana"
    while len(words) > 1 and words[-1].lower() in {"and", "of", "the", "for", "in", "de", "&",
                                                    "x", "-", "–"}:
        words.pop()
    words = _strip_noise_tail(words)
    name = " ".join(words)
    lowered = name.lower()
    if not name or len(name) < 2 or lowered in _NOT_NAMES or lowered in _NOT_NAMES_ALONE:
        return None
    first = _OWNER_END.sub("", words[0].lower().strip(".,'"))
    if first in _NOT_NAMES or first[:1].isdigit() or first in TRAILING_NOISE:
        return None
    return name


@lru_cache(maxsize=2048)
def usable_name(name: str) -> str | None:
    """A candidate's name, or None for a platform, a job title or a place alone as well."""
    found = clean_name(name)
    if not found or is_platform(found) or _TITLE_START.match(found) or _is_place(found):
        return None
    return found


_PLACE_SPLIT = re.compile(r"[\s,&/]+")


def _is_place(name: str) -> bool:
    """A place alone is where the job is, no employer: "Leeds" ("Site Manager - Leeds"),
    "Melbourne CBD", "Doha, Qatar", "Kraków & Wrocław"; "Dublin City University" is one."""
    folded = fold(name).lower()
    if folded in PLACES:
        return True
    words = _PLACE_SPLIT.split(folded)
    return any(w in PLACES for w in words) and all(w in PLACES or w in PLACE_WORDS
                                                   for w in words if w)


# ---------------------------------------------------------------- the winner in full


def completed(best: str, names: list[str], text: str) -> str:
    """The chosen name as the letter says it in full (step 3): completed by another candidate,
    its acronym and a short last word spelled out, then extended by the words after it."""
    return _fuller_in_text(_expanded_tail(spelled_out(_fullest(best, names), text), text), text)


def spelled_out(name: str, text: str) -> str:
    """An acronym the text spells out, as the text spells it ("DCC" → "Department for Coastal
    Communities"); never a role's ("CSM" is no "Company Stage Manager")."""
    expansion = expand_acronym(name, text)
    if not expansion or any(ROLE_NOUN.match(word) for word in expansion.split()):
        return name
    return expansion


_TAILS_OR_LEGAL = COMPANY_TAILS | _LEGAL


def _fullest(best: str, names: list[str]) -> str:
    """"Greyhaven" → "Greyhaven Consulting" when another candidate completes it with a word that
    ends company names."""
    for other in names:
        if other != best and other.lower().startswith(best.lower() + " ") and (
                other.split()[-1].lower() in _TAILS_OR_LEGAL):
            return other
    return best


# Words that end the full form of a name the mail also shortens ("Penbrook Health" in the
# display name, "Penbrook Health System" in the letter; "Baltic Rail Parts S.A.").
_FULL_ENDS = (COMPANY_TAILS - {"company", "department", "office", "inc", "llc", "llp", "ltd", "plc",
                                "gmbh"}) | \
    frozenset("""alliance authority centre center consortium cooperative co-operative hospice hub
    initiative resort resorts society system home homes cargo components products export
    exports holding grammar""".split())  # noqa: SIM905
_SAINT = re.compile(r"^(?:St\.?|Saint|San|Santa|Sankt) ")
_FOLLOWING = re.compile(r"((?: (?:&|and|of|for|de|du|del|la|[A-Z][\w'’&/-]*\.?"
                        r"(?:[A-Z]\.)*)){1,5})")


def _expanded_tail(name: str, text: str) -> str:
    """"Ashcombe NHS FT" → "Ashcombe NHS Foundation Trust" when the text spells the short last
    word out after the same first words."""
    head, _, last = name.rpartition(" ")
    if not head or not (2 <= len(last) <= 4 and last.isupper()) or head not in text:
        return name
    start = text.find(head + " ")
    while start >= 0:
        after = text[start + len(head) + 1 :]
        expansion = expand_acronym(last, after[:80])
        if expansion and after.startswith(expansion):
            return f"{head} {expansion}"
        start = text.find(head + " ", start + 1)
    return name


def _fuller_in_text(best: str, text: str) -> str:
    """"Penbrook Health" → "Penbrook Health System" when the text names it so: the longest run
    of capitalised words after the name that ends with a word that ends company names (a
    department, a programme or a role word stops the run)."""
    fullest, start = best, text.find(best)
    while start >= 0:
        end = start + len(best)
        owner = text[end : end + 2] in ("'s", "’s") and bool(_SAINT.match(best))
        match = _FOLLOWING.match(text, end + 2 if owner else end)
        if match:
            words = _up_to_end_word(match.group(1).split())
            if words:
                found = " ".join([text[start : end + 2 if owner else end], *words])
                if len(found) > len(fullest):
                    fullest = found
        start = text.find(best, end)
    return fullest


def _up_to_end_word(words: list[str]) -> list[str]:
    """The words up to the last that ends company names, before any department, programme or
    role word and within the sentence ("System Talent Acquisition" → "System")."""
    last = 0
    for i, word in enumerate(words):
        low = word.lower().rstrip(",.")
        if low in _FULL_ENDS:
            last = i + 1
        elif low in TRAILING_NOISE or ROLE_NOUN.match(low):
            break
        if word.endswith((".", ",")):
            break
    return [w.rstrip(",.") for w in words[:last]]
