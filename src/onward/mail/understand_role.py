"""Which role a message is about: read from the frames mail puts a job title in.

Steps:
1. Frames name the title, whatever its words: a labelled line ("Position: Hydrologist"), "the
   position/role of X", "the X position/role/job", "your application for X", "as a X", and the
   parts of the subject ("Gameplay Programmer - Aurum Games", "Re: Tour Guide").
2. From each frame the title is walked word by word: capitalised words, numbers, qualifiers in
   brackets ("(Payments)") or after a dash ("- Night Shift"), joined by "of", "in", "and", "&";
   a lower-case title ("the electrician job") is taken only when a job word supports it.
   Requisition IDs, gender tags, places, the company and status words ("search", "Assessment
   Day", "final round outcome") are cut.
3. Each candidate scores its frame's strength, plus one when a job word (``TITLE_WORDS``) ends
   it. The best wins; a longer form of the same title found elsewhere ("Backend Engineer
   (Payments)" beside "Backend Engineer") replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from onward.mail.prefilter import Patterns

__all__ = ["TITLE_WORDS", "find_role"]

# Job words: support for a frame, never needed by a strong one ("Position: Hydrologist").
TITLE_WORDS = re.compile(
    r"\b(?:engineer|engineering|developer|programmer|manager|analyst|scientist|designer|director|"
    r"lead|head|officer|associate|assistant|specialist|coordinator|consultant|representative|"
    r"intern|internship|architect|administrator|advisor|adviser|accountant|editor|writer|nurse|"
    r"teacher|lecturer|lectureship|professor|fellow|fellowship|postdoc|postdoctoral|researcher|"
    r"technician|executive|exec|vp|president|chef|cook|barista|clerk|agent|operator|driver|sales|"
    r"marketing|product|programme|program|graduate|trainee|apprentice|partner|counsel|paralegal|"
    r"attorney|lawyer|therapist|pharmacist|scribe|cashier|supervisor|worker|electrician|plumber|"
    r"mechanic|planner|recruiter|strategist|owner|principal|staff|medical|data|software|support|"
    r"producer|receptionist|baker|librarian|tutor|aide|caregiver|carer|server|host|hostess|"
    r"bartender|cleaner|porter|guard|inspector|surveyor|underwriter|actuary|economist|"
    r"statistician|auditor|controller|bookkeeper|buyer|merchandiser|stylist|photographer|"
    r"videographer|illustrator|animator|copywriter|translator|interpreter|journalist|reporter|"
    r"publicist|counsell?or|psychologist|physician|doctor|dentist|hygienist|physiotherapist|"
    r"midwife|paramedic|fundraiser|campaigner|organi[sz]er|steward|welder|machinist|fitter|"
    r"joiner|carpenter|labou?rer|foreman|dispatcher|courier|warehouse|operative|picker|packer|"
    r"resident|registrar|surgeon|teller|secretary|housekeeper|attendant|crew|instructor|coach|"
    r"trainer|scheme|apprenticeship|sde|swe|sdet|qa|devops|sre|ux|ui|guide|estimator|adjuster|"
    r"hydrologist|geologist|ecologist|biologist|chemist|physicist|mathematician|gardener|"
    r"landscaper|painter|decorator|roofer|bricklayer|glazier|tiler|valet|concierge|waiter|"
    r"waitress|runner|dishwasher|sommelier|butcher|florist|optician|optometrist|radiographer|"
    r"sonographer|phlebotomist|dietitian|nutritionist|veterinarian|vet|groomer|ranger|"
    r"firefighter|dispatcher|paraprofessional|mentor|curator|archivist|conservator|"
    r"administrative|admin|mgr|asst|partner|cfo|cto|ceo|coo|cmo|ciso|analytics|sonographer)s?\b",
    re.IGNORECASE,
)

_JOB_WORD = re.compile(TITLE_WORDS.pattern.removeprefix(r"\b").removesuffix(r"\b"), re.IGNORECASE)


@lru_cache(maxsize=8192)
def _job_word(word: str) -> bool:
    """A job word, the whole of ``word`` ("Engineers", "nurse"); asked of the same words in
    every message."""
    return bool(_JOB_WORD.fullmatch(word) or _OTHER_LANGUAGE_JOB.fullmatch(word)) or (
        bool(_JOB_SUFFIX.fullmatch(word)) and word.lower().rstrip("s") not in _NOT_JOB_SUFFIX)


# Words for one who practises a trade or a science name a job whatever the trade ("Geophysicist",
# "Cellist", "Beautician", "Cartographer"); not "checklist", "assist", "exist".
_JOB_SUFFIX = re.compile(r"(?i)\w{3,}(?:(?<![kthyg]l)(?<![sxw])ist|ician|ographer)s?")
# Job words of the other languages job mail comes in (German and Dutch compounds by their last
# part: "Projektingenieur", "Bauleiterin", "Beleidsmedewerker").
_OTHER_LANGUAGE_JOB = re.compile(
    r"(?i)\w*(?:ingenieur|leiter|entwickler|berater|referent|konstrukteur|buchhalter|"
    r"sachbearbeiter|techniker|zeichner|architekt|planer|kaufmann|kauffrau|monteur|elektriker|"
    r"fachkraft|pfleger|controller|manager|designer|medewerker|adviseur|analist|beheerder|"
    r"ontwikkelaar)(?:in|innen|s)?"
    r"|anal[iy]st[aeo]s?|ingenier[oa]s?|ingegner[ei]|engenheir[oa]s?|desarrollador(?:a|es)?|"
    r"desenvolvedor(?:a|es)?|d[ée]veloppeu(?:r|se)s?|programista|specjalista|"
    r"coordinador(?:a|es)?|coordenador(?:a|es)?|coordinat(?:ore|rice)|coordonnat(?:eur|rice)|"
    r"responsable|responsabile|charg[ée]e?|conseill(?:er|ère)|contr[ôo]leu(?:r|se)|comptable|"
    r"jef[ea]|gerente|directeur|directrice|diseñador(?:a)?|progettista|istruttore|infermier[ae]|"
    r"enfermer[oa]|cozinheir[oa]|recepcionista|asistente|assistente|consultor(?:a)?|"
    r"especialista|l[íi]der|projektant|kierownik|stagiaire|tirocinio|praticantato|becari[oa]|"
    r"estagi[áa]ri[oa]|biologiste|auxiliar|attach[ée]|professeur|docente|"
    r"ricercat(?:ore|rice)|investigador(?:a)?|ajudante|operari[oa]|magazziniere|camarer[oa]"
)
_NOT_JOB_SUFFIX = frozenset({"finalist", "semifinalist", "semi-finalist", "panelist", "panellist",
                             "tourist", "checklist", "shortlist", "longlist"})

_WORD = r"\.?[\w](?:[\w.+#/&'’-]*[\w+#])?"
_TOKENS = re.compile(r"\((?P<paren>[^()\n]{1,40})\)|(?P<word>" + _WORD + r")|(?P<mark>[-–—/&,:|·@!?;.\"“”])")

# Words that join parts of one title ("Head of Data", "Lecturer in Economics").
_JOINERS = frozenset({"of", "in", "and", "&", "de", "du", "des", "la", "le", "di", "del", "y",
                      "en", "/"})
# Capitalised words that never belong to a title (sentence openers, greetings, determiners).
_NOT_TITLE = frozenset(
    {"the", "a", "an", "our", "your", "this", "that", "we", "i", "you", "re", "fwd", "fw", "aw",
     "at", "with", "for", "to", "from", "on", "by", "is", "are", "was", "has", "have", "will",
     "thank", "thanks", "dear", "hi", "hello", "unfortunately", "regarding", "about", "please",
     "congratulations", "welcome", "update", "status", "application", "applications", "via",
     "hiring", "here", "there", "it", "my", "their", "its", "be", "as", "or", "but",
     "if", "when", "after", "before", "not", "no", "all", "any", "new", "open", "same", "above",
     "current", "advertised", "vacant", "available", "other", "similar", "exciting", "which",
     "who", "whose", "what", "where", "while", "since", "because", "under", "within", "based",
     "starting", "reference", "ref", "job", "position", "role", "post", "vacancy", "opening",
     "opportunity", "requisition", "req", "number", "id", "posting", "announcement", "exam",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "today", "tomorrow", "great", "good", "quick", "small", "important",
     "urgent", "confidential", "invitation", "interview", "reminder", "revised", "updated",
     "following", "feedback", "outcome", "decision", "result", "results", "news", "next",
     "congrats", "sorry", "apologies", "just", "also", "so", "yes", "ok", "okay", "cancelled",
     "canceled", "confirmed", "declined", "accepted", "rescheduled"})
# One job word alone is a modifier, not a title ("Warehouse", "Postdoctoral", "internship").
_MODIFIER_ONLY = frozenset({"senior", "junior", "staff", "data", "software", "product", "medical",
                            "sales", "marketing", "support", "engineering", "graduate",
                            "postdoctoral", "internship", "apprenticeship", "fellowship",
                            "programme", "program", "scheme", "analytics", "admin",
                            "administrative", "principal", "warehouse", "lead", "head", "vp",
                            "sr", "jr", "qa", "ux", "ui", "coding", "technical", "crew", "partner",
                            "owner", "server", "host", "resident", "associate"})
# Job words that never end a title ("Graduate Civil Engineer programme" is the Engineer's).
_NOT_HEAD = _MODIFIER_ONLY - {"lead", "head", "partner", "owner", "server", "host", "resident",
                              "associate", "crew"}
# What a subject's dash part must say to qualify the title ("- Night Shift", "- Ward 3B").
_QUALIFIER_WORDS = re.compile(
    r"\b(?:shifts?|nights?|days?|weekends?|evenings?|ward|unit|team|department|dept|corporate|"
    r"outpatients?|inpatients?|full[- ]time|part[- ]time|seasonal|temporary|fixed[- ]term|"
    r"locum|relief|maternity|\d(?:st|nd|rd|th))\b", re.IGNORECASE)
# Lower-case words allowed inside a lower-case title only next to a job word.
_FUNCTION = frozenset({"a", "an", "the", "and", "or", "but", "to", "for", "with", "at", "on",
                       "from", "by", "is", "are", "was", "be", "been", "this", "that", "these",
                       "those", "your", "our", "my", "their", "its", "it", "we", "you", "i",
                       "not", "no", "as", "so", "if", "any", "all", "some", "same", "other",
                       "open", "new", "current", "above", "similar", "next", "first", "final",
                       "second", "last", "right", "specific", "advertised", "exciting", "vacant",
                       "available", "recent", "whole", "entire", "one", "another", "such",
                       "which", "who", "what", "where", "about", "there", "here", "have", "has"})
_PLACES = frozenset(
    w.lower() for w in ["London", "Berlin", "Paris", "Manchester", "Edinburgh", "Glasgow", "Leeds", "Bristol", "Birmingham", "Liverpool", "Cardiff", "Belfast", "Dublin", "Cork", "Amsterdam", "Rotterdam", "Munich", "Hamburg", "Frankfurt", "Cologne", "Lisbon", "Porto", "Madrid", "Barcelona", "Valencia", "Milan", "Rome", "Turin", "Warsaw", "Krakow", "Prague", "Vienna", "Zurich", "Geneva", "Basel", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Brussels", "Antwerp", "Luxembourg", "Bucharest", "Budapest", "Athens", "Istanbul", "Dubai", "Riyadh", "Doha", "Cairo", "Lagos", "Nairobi", "Accra", "Johannesburg", "Singapore", "Tokyo", "Osaka", "Seoul", "Shanghai", "Beijing", "Shenzhen", "Taipei", "Manila", "Jakarta", "Bangkok", "Bengaluru", "Bangalore", "Mumbai", "Delhi", "Pune", "Hyderabad", "Chennai", "Karachi", "Lahore", "Sydney", "Melbourne", "Brisbane", "Perth", "Auckland", "Wellington", "Toronto", "Montreal", "Vancouver", "Calgary", "Ottawa", "Seattle", "Boston", "Chicago", "Austin", "Denver", "Atlanta", "Dallas", "Houston", "Miami", "Portland", "Phoenix", "NYC", "SF", "LA", "Remote", "Hybrid", "Onsite", "UK", "US", "USA", "EU", "EMEA", "APAC", "LATAM", "Europe", "Asia", "Germany", "France", "Spain", "Italy", "Portugal", "Poland", "Ireland", "Netherlands", "Belgium", "Switzerland", "Austria", "Sweden", "Norway", "Denmark", "Finland", "Canada", "Australia", "India", "Japan", "Korea", "Brazil", "Mexico", "Scotland", "Wales", "England"]
)
_ORG_WORDS = re.compile(r"\b(?:primary|school|academy|hospital|university|college|trust|council|"
                        r"ltd|inc|llc|plc|gmbh|group|bank|clinic|institute|foundation|agency|"
                        r"county|city|district|department|ministry|office)\b", re.IGNORECASE)
# Status and process words that end a subject or title but are not the title.
_NOISE_TAIL = re.compile(
    r"(?:\s+(?:assessment (?:day|centre|center)|final[- ]round|(?:first|second|third|next|final|"
    r"last)(?: round| stage| step| steps)?|round|stage|outcome|outcomes|search|update|updates|"
    r"result|results|decision|status|feedback|offer|invitation|invite|reminder|confirmation|"
    r"process|campaign|mandate|applications?|interviews?|assessment|hiring|recruitment|"
    r"shortlisting|shortlist|long ?list|list|role|roles|position|positions|vacancy|job|jobs|"
    r"opening|openings|opportunity|opportunities|post|requisition|req|spot|headcount|"
    r"debrief|loop|call|chat|news|thank you|thanks|delay|pause|suspended|cancelled|closed|"
    r"reopened|timeline|next steps?|take-home|case study|unsuccessful|successful))+$",
    re.IGNORECASE,
)
_NOISE_HEAD = re.compile(
    r"^(?:(?:re|fwd?|aw|tr|sv|wg)\s*:\s*|(?:your|our|the|an?|job|application|applications|"
    r"update|status|interview|invitation|confirmation|reminder|offer|next step|outcome|"
    r"bewerbung|angebot|candidature|poste de|poste|stelle|regarding|re|position|role|vacancy|"
    r"vacante|vaga|vacature|selezione|b[úu]squeda|oferta|candidatura|entrevista|"
    r"requisition|req|skills exercise|take-home|take home|case study|coding test|thank you|"
    r"thanks)(?:\s+|\s*[:–-]\s*)(?:(?:for|to|as|of|on|-|–|:)\s+)?)+",
    re.IGNORECASE,
)
_GENDER = re.compile(r"^(?:[mwfdxh]\s*/\s*){1,3}[mwfdxh]$|^all genders$", re.IGNORECASE)
_TECH = frozenset({"react", "angular", "vue", "node", "node.js", "aws", "azure", "gcp", "remote",
                   "hybrid", "contract", "permanent", "temporary", "full-time", "part time",
                   "onsite", "on-site", "urgent"})
_ID = re.compile(
    r"^(?:(?:ref|reference|req|requisition|job|vacancy|id|no|number|job number|job id|posting|"
    r"exam|announcement|reference number)\b[\s.:#-]*)*#?(?:[A-Z]{0,5}[-/ ]?\d[\w/-]*|\d+)$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=8192)
def _is_id(word: str) -> bool:
    """ "R-1234", "JR-33018", "26-0412", "260019QX", "(Ref 04211)"; not "Band 5", "II", "2027"."""
    if not _DIGIT.search(word) or _YEAR.match(word):
        return False
    digits = sum(c.isdigit() for c in word)
    if digits >= 3 and not word.lower().startswith(("band ", "grade ")):
        return True
    return bool(_ID.match(word)) and bool(_DASHED_NUMBER.search(word))


_DASHED_NUMBER = re.compile(r"[A-Za-z]-\d|\d-")


class _Token(NamedTuple):
    kind: str  # "word", "paren", "mark"
    text: str
    start: int
    end: int


# A token is built in C (``_Token(...)`` runs a Python ``__new__``). Every match is one of
# the three named groups, the only groups there are, so its ``lastgroup`` is its kind.
_new_token = tuple.__new__


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[_Token]:
    """The tokens of ``text`` (of ``text[start:end]``, positions still in ``text``)."""
    found = _TOKENS.finditer(text, start, len(text) if end is None else end)
    tokens = []
    for match in found:
        kind = match.lastgroup or "mark"
        tokens.append(_new_token(_Token, (kind, match[kind], *match.span())))
    return tokens


_CHUNK = 30  # characters tokenised at a time by ``_backward``: a walk back seldom needs more


def _backward(text: str) -> Iterator[_Token]:
    """The tokens of ``text``, last first, tokenised a few words at a time: a walk back from a
    head noun stops within a few words, and tokenising all 100 characters before it cost
    more than the walk.

    A chunk starts just after a space, which no word or mark holds, so it has the tokens a
    pass over the whole text finds there. A bracketed token may hold spaces: a text with a
    "(" is tokenised whole.
    """
    if "(" in text:
        yield from reversed(_tokens(text))
        return
    end = len(text)
    while end > 0:
        start = text.rfind(" ", 0, max(0, end - _CHUNK)) + 1
        yield from reversed(_tokens(text, start, end))
        end = start


class _Forward:
    """A text's tokens, read only as far as a walker asks: a frame's title is in its first few
    words, and the rest of its line is seldom needed."""

    __slots__ = ("_found", "_more")

    def __init__(self, text: str) -> None:
        self._found: list[_Token] = []  # the tokens read so far
        self._more = _TOKENS.finditer(text)  # the rest

    def get(self, i: int) -> _Token | None:
        """The ``i``-th token, or None past the last."""
        found = self._found
        if i < len(found):
            return found[i]  # a look back or ahead already read it
        while len(found) <= i:
            match = next(self._more, None)
            if match is None:
                return None
            kind = match.lastgroup or "mark"
            found.append(_new_token(_Token, (kind, match[kind], *match.span())))
        return found[i]


@lru_cache(maxsize=8192)
def _capital(word: str) -> bool:
    first = word.lstrip(".")[:1]
    return first.isupper() or first.isdigit()


@dataclass(frozen=True)
class _Context:
    company: str | None
    text: str = ""

    def strip_company(self, title: str) -> bool:
        """Whether ``title`` starts with the company ("Orbis Health Graduate Scheme"), and the
        mail names the company on its own elsewhere (so "Special Education Teacher" stays whole
        when "Special Education" was a wrong guess)."""
        if not self.company or not title.lower().startswith(self._company_start):
            return False
        return bool(_alone(self.company).search(self.text))

    def is_company(self, words: str, *, exactly: bool = False) -> bool:
        """The company itself, or words naming it ("Head of Data at Arbor Mutual")."""
        if not self.company:
            return False
        low, name = f" {_norm(words)} ", self._company_norm
        return low == name or (not exactly and len(name) >= 6 and name in low)

    @cached_property
    def _company_start(self) -> str:
        """What a title that starts with the company starts with, in lower case."""
        return (self.company or "").lower() + " "

    @cached_property
    def _company_norm(self) -> str:
        return f" {_norm(self.company or '')} "


@lru_cache(maxsize=256)
def _alone(company: str) -> re.Pattern[str]:
    """The company's name not followed by another capitalised word."""
    return re.compile(re.escape(company) + r"(?! [A-Z0-9])")


def _qualifier_ok(words: list[str], ctx: _Context, *, after_comma: bool = False) -> bool:
    """The words after a dash or comma: a shift, a team, a ward — not a place, an ID, the
    company or a status ("- outcome", "- Update")."""
    if not words or len(words) > 4 or not all(_capital(w) or w.lower() in _JOINERS for w in words):
        return False
    joined = " ".join(words)
    if any(w.lower() in _PLACES for w in words) or ctx.is_company(joined) or _is_id(words[0]):
        return False
    if words[0].lower() in _NOT_TITLE or (not after_comma
                                          and _NOISE_TAIL.search(" " + joined.lower())):
        return False
    if _job_word(words[-1]) and len(words) > 1:
        return False  # a second title ("Data Scientist / Analytics Lead"), not a qualifier
    return not _ORG_WORDS.search(joined)


@lru_cache(maxsize=4096)
def _paren_kept(inner: str) -> bool:
    inner = inner.strip()
    if _GENDER.match(inner):
        return True  # "Bauzeichner (m/w/d)": the tag is part of the title as the mail gives it
    if inner.lower() in _TECH or "," in inner or _is_id(inner):
        return False
    return (len(inner.split()) <= 3 and not any(c.isdigit() for c in inner.replace("Band ", "")))\
        or inner.lower().startswith("band ")


@lru_cache(maxsize=8192)
def _word_class(word: str) -> tuple[bool, str, bool, bool, bool, bool, bool]:
    """What the walkers ask of a word, in one look-up (the same words come in every message):
    an ID; its lower case; capitalised; a capitalised title word for the forward walk and for
    the backward one (only the forward one cuts "-based"); a job word that can head a title;
    a lower-case word that may start a lower-case title."""
    low = word.lower()
    capital = _capital(word)
    titled = capital and (low not in _NOT_TITLE or word == "IT")  # "IT Specialist", not "it"
    return (_is_id(word), low, capital,
            titled and not low.endswith(("'s", "’s", "-based")),
            titled and not low.endswith(("'s", "’s")),
            _job_word(low) and low not in _NOT_HEAD,
            not capital and low not in _FUNCTION and low not in _NOT_TITLE and low.isascii())


def _walk_forward(text: str, ctx: _Context) -> str | None:
    """The title at the start of ``text`` (a frame has just named it)."""
    tokens = _Forward(text)
    # The walk reads its next token itself (``get`` is for looking ahead): a method call per
    # token cost more than the rest of the step. Past the tokens read, ``i`` is the next one,
    # or the text has run out (a look-ahead found its end) and ``next`` says so again.
    found, more = tokens._found, tokens._more
    kept: list[_Token] = []
    pending: list[_Token] = []
    lower_mode: bool | None = None
    i = 0
    while True:
        if i < len(found):
            tok = found[i]
        else:
            match = next(more, None)
            if match is None:
                break
            kind = match.lastgroup or "mark"
            tok = _new_token(_Token, (kind, match[kind], *match.span()))
            found.append(tok)
        kind, word, start, _ = tok
        if kept and text.find("\n", kept[-1].end, start) >= 0:
            break
        if kind == "paren":
            if not kept:
                break
            if _paren_kept(word):
                kept.extend(pending)
                pending = []
                kept.append(tok)
                i += 1
                continue
            break
        if kind == "mark":
            if word in "-–—," and kept and not lower_mode:
                qualifier = _qualifier_after(tokens, i + 1, text)
                if qualifier and _qualifier_ok([t.text for t in qualifier], ctx,
                                               after_comma=word == ","):
                    kept.extend(pending)
                    pending = []
                    kept.extend([tok, *qualifier])
                    i += 1 + len(qualifier)
                    continue
            if word in "/&" and kept:
                pending.append(tok)
                i += 1
                continue
            break
        is_id, low, _, titled, _, head_job, plain_lower = _word_class(word)
        if is_id:
            if kept:
                break
            i += 1  # an ID before the title ("Position: R-1234 Hydrologist")
            continue
        if low in _JOINERS and kept:
            after = tokens.get(i + 1)
            if low == "in" and after is not None and (
                    after.text.lower() in _PLACES or ctx.is_company(after.text)):
                break
            pending.append(tok)
            i += 1
            continue
        if word == "I" and kept and not pending and not lower_mode and _job_word(kept[-1].text):
            kept.append(tok)  # "Claims Adjuster I"
            i += 1
            continue
        if titled:
            if lower_mode:
                break
            if not kept and ctx.is_company(word):
                break
            lower_mode = False
            kept.extend(pending)
            pending = []
            kept.append(tok)
        elif lower_mode is False and head_job:
            kept.extend(pending)  # "Graduate engineer"
            pending = []
            kept.append(tok)
        elif plain_lower and (lower_mode is None or lower_mode) and len(kept) < 4:
            lower_mode = True
            kept.extend(pending)
            pending = []
            kept.append(tok)
        else:
            break
        i += 1
    if not kept:
        return None
    return text[kept[0].start : kept[-1].end]


def _qualifier_after(tokens: _Forward, start: int, text: str) -> list[_Token]:
    """Up to four capitalised words after a dash or comma, if they end the title's line."""
    words: list[_Token] = []
    for at in range(start, start + 5):
        tok = tokens.get(at)
        if tok is None:
            break
        if words and text[words[-1].end : tok.start].count("\n"):
            break
        if tok.kind == "word" and (_capital(tok.text) or (words and tok.text.lower() in _JOINERS)):
            words.append(tok)
            continue
        break
    following = tokens.get(start + len(words))
    if following is not None and not text[words[-1].end if words else 0 : following.start].count(
            "\n") and following.kind == "word" and following.text.lower() not in _HEADS \
            and following.text.lower() not in _AFTER_QUALIFIER:
        return []
    return words


# Words that may follow a title's qualifier ("Software Engineer, Storage is confirmed").
_AFTER_QUALIFIER = frozenset({"at", "with", "is", "was", "has", "had", "will", "closes", "closed",
                              "have", "are", "were"})
_HEADS = frozenset({"position", "role", "post", "vacancy", "opening", "job", "spot",
                    "opportunity", "headcount", "requisition", "req", "search", "application",
                    "interview", "interviews", "assessment", "hire", "contract", "placement",
                    "vacancies", "positions", "roles", "process", "shortlist", "team"})
_STRONG_HEADS = frozenset({"position", "role", "post", "vacancy", "opening", "job", "spot",
                           "headcount", "requisition", "req", "hire", "placement"})


def _walk_backward(tokens: Iterable[_Token], text: str, ctx: _Context) -> str | None:
    """The title just before a head noun ("... the Gameplay Programmer role"); ``tokens`` are
    the text's, last first."""
    kept: list[_Token] = []
    pending: list[_Token] = []
    lower_mode: bool | None = None
    for tok in tokens:
        if kept and text[tok.end : kept[0].start].count("\n"):
            break
        if tok.kind == "paren":
            if kept or not _paren_kept(tok.text):
                if not kept:
                    continue  # "the Backend Engineer (R-1234) role"
                if _paren_kept(tok.text):
                    kept.insert(0, tok)
                    continue
                break
            continue
        if tok.kind == "mark":
            if tok.text in "-–—/&" and kept and not lower_mode:
                pending.insert(0, tok)
                continue
            if tok.text == "," and kept and not lower_mode and not pending and len(kept) <= 2 \
                    and "," not in text[kept[0].start : kept[-1].end]:
                pending.insert(0, tok)  # "a Senior UX Researcher, Payments position"
                continue
            break
        is_id, low, _, _, titled, head_job, plain_lower = _word_class(tok.text)
        if is_id:
            break
        if low in _JOINERS and kept and not lower_mode:
            pending.insert(0, tok)
            continue
        if titled:
            if lower_mode:
                break
            lower_mode = False
            kept[:0] = [tok, *pending]
            pending = []
        elif lower_mode is False and head_job and not pending:
            kept.insert(0, tok)  # "the Senior software engineer role"
        elif plain_lower and (lower_mode is None or lower_mode) and len(kept) < 3:
            lower_mode = True
            kept.insert(0, tok)
        else:
            break
    if not kept:
        return None
    words = text[kept[0].start : kept[-1].end]
    if "," in words and not _supported(words.split(",")[0]):
        words = words.split(",")[-1].strip()
    if ctx.strip_company(words):
        words = words[len(ctx.company or "") + 1 :]
    return words


# ---------------------------------------------------------------- frames

# The frames run over an ASCII-lower-cased copy of the text (same length, so positions hold):
# literal alternations without IGNORECASE are several times faster.
_LABELLED = re.compile(
    r"(?m)^[ \t>*•·-]*(?:position|job title|role|vacancy|post|job|job requisition|requisition|"
    r"position title|job posting|posting|opening|title|vacancy title|job role|role title|"
    r"job opening|job name|position applied for|applied for|job applied for)"
    r"(?: title| name)?[ \t]*[:：][ \t]*"
)
_ROLE_OF = re.compile(r"\b(?:position|role|post|job|vacancy|title|appointment|capacity|"
                      r"internship|traineeship) (?:of|as) (?:an? |the )?")
_APPLIED = re.compile(
    r"\b(?:application|applying|applied|apply|candidacy|candidature|interest|interviewing|"
    r"interviewed|interview|shortlisted|considered|consideration|recruiting|looking for|"
    r"hiring|hire|background|cv|resume|résumé|submitted|submission|invitation|invited|process|"
    r"requisition|onsite|stage|task|exercise|test|interviews)"
    r" (?P<prep>for|to|as|in) (?:(?:the|our|a|an|this|your) )?(?:(?:vacant |open |advertised )?"
    r"(?:position|role|post|job|vacancy)(?: of| as)? )?"
)
_AS = re.compile(r"\b(?:work|working|join|joining|hired|hire you|start|role|position|offer you a "
                 r"place|employment) as (?:an? |the |our )?")
# Mail that seeks someone names what it seeks ("we're hiring a Staff ML Engineer", "applying to
# be a Store Associate"); only a title a job word supports is taken from it.
_SEEKING = re.compile(r"\b(?:hiring|recruiting|looking for|seeking|searching for|searches|needs?|"
                      r"(?:apply|applying|applied) to be) (?:an?|our|the)(?: (?:first|next|new|"
                      r"second|third))? ")
_HEAD = re.compile(r"\b(?:position|role|post|vacancy|opening|job|spot|opportunity|headcount|"
                   r"requisition|req|search|hire|placement|interview|application|assessment)\b")
_DETERMINER_HEAD = re.compile(r"\b(?:the|our|your|this|that|a|an|first|new|open)\b", re.IGNORECASE)
_BOUNDED = 2000
_FRAMES = Patterns(_LABELLED, _ROLE_OF, _APPLIED, _AS, _SEEKING, _HEAD)  # one scan finds where each can match


def _ascii_lower(text: str) -> str:
    """Only A-Z lower-cased. Beyond ASCII, through UTF-8 bytes, whose ``lower`` touches A-Z
    alone: three passes in C instead of a translate's dict look-up per character (lone
    surrogates pass through unchanged)."""
    if text.isascii():
        return text.lower()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


class _Candidate(NamedTuple):  # a tuple is built faster than a frozen dataclass
    title: str
    score: float
    order: int


def _tidy(title: str | None, ctx: _Context) -> str | None:
    if not title:
        return None
    title = _denoised(title)
    if ctx.strip_company(title):
        title = title[len(ctx.company or "") + 1 :]
    if not title or len(title) < 2 or len(title) > 80 or ctx.is_company(title, exactly=True):
        return None
    low = title.lower()
    if " " not in title and low.rstrip("s") in _LONE_NOT_TITLE:
        return None
    if low in _NOT_TITLE or low in _PLACES or _NOT_A_TITLE_SHAPE.match(title):
        return None
    return title


# one word that is never a title alone ("candidate" in "Dear candidate")
_LONE_NOT_TITLE = _MODIFIER_ONLY | {"position", "role", "candidate", "applicant"}
# A date, a day or a bare number is never a title ("Wed 7", "March 2026", "2026", "#4412").
_NOT_A_TITLE_SHAPE = re.compile(
    r"[\W\d_]*$|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"
    r"\.?,? \d{1,2}(?:st|nd|rd|th)?\.?$|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.? \d{1,4}$",
    re.IGNORECASE,
)


_JOINER_TAIL = re.compile(r"\s+(?:in|of|and|&|de|for|at|with|-)$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _denoised(title: str) -> str:
    """Status and process words cut from both ends ("Re: Application for ... - Update")."""
    title = title.strip(" -–—,:;/&")
    for _ in range(3):
        before = title
        title = _NOISE_TAIL.sub("", title).strip(" -–—,:;/&")
        title = _NOISE_HEAD.sub("", title).strip(" -–—,:;/&")
        title = _JOINER_TAIL.sub("", title)
        if title == before:
            break
    return title


@lru_cache(maxsize=8192)
def _supported(title: str) -> bool:
    """A job word that can head a title ("Analyst", "Head of Data"); "Senior Living" has none."""
    main = _QUALIFIED.sub("", title)
    return any(_job_word(w) and w not in _NOT_HEAD for w in main.lower().split())


_QUALIFIED = re.compile(r"\s*(?:\([^)]*\)|[-–,].*)$")


def _score(title: str, base: float) -> float:
    supported = _supported(title)
    score = base + (1.0 if supported else 0.0)
    if title[:1].islower():
        score -= 1.0 if supported else 3.0
    return score


def _body_candidates(body: str, ctx: _Context) -> list[_Candidate]:
    found: list[_Candidate] = []

    def add(title: str | None, base: float, at: int) -> None:
        tidy = _tidy(title, ctx)
        if tidy:
            found.append(_Candidate(tidy, _score(tidy, base), at))

    lowered = _ascii_lower(body)
    scan = _FRAMES.scan(lowered)
    for frame, base in ((_LABELLED, 6.0), (_ROLE_OF, 5.0), (_APPLIED, 3.0), (_AS, 2.0),
                        (_SEEKING, 2.5)):
        for match in scan.finditer(frame):
            line_end = body.find("\n", match.end())
            line_end = len(body) if line_end < 0 else min(line_end, match.end() + 120)
            segment = body[match.end() : line_end]
            title = _walk_forward(segment, ctx)
            if not title:
                continue
            if frame is _SEEKING:
                if _supported(title) and _capital(title):
                    add(title, 2.5, match.start())
            elif frame is _APPLIED and match.group("prep") in ("to", "in"):
                if _supported(title):  # "applying to Sunhaven Senior Living" names the company
                    add(title, 2.5, match.start())
            elif base >= 5 or _capital(title) or _supported(title):
                add(title, base, match.start())
    for match in scan.finditer(_HEAD):
        head = match.group(0)
        previous = body[max(0, match.start() - 30) : match.start()].rstrip().rpartition(" ")[2]
        if not previous or not (_capital(previous) or previous.endswith(")")
                                or _job_word(previous.lower())):
            continue  # no title can end just before the head noun
        start = max(0, match.start() - 100)
        line_start = body.rfind("\n", start, match.start())
        start = line_start + 1 if line_start >= 0 else start
        segment = body[start : match.start()]
        title = _walk_backward(_backward(segment), segment, ctx)
        if not title:
            continue
        before = segment[: segment.rfind(title)].rstrip() if title in segment else ""
        if ctx.company and before.endswith(ctx.company):
            before = before[: -len(ctx.company)]
        determined = bool(_DETERMINER_HEAD.search(before[-12:]))
        strong = head in _STRONG_HEADS
        if not _supported(title) and not (determined and strong):
            continue  # "our Friday interview", "Mensah role"
        add(title, (4.0 if strong else 2.5) - (0 if determined else 1.0), match.start())
    for title, at in _card_titles(body, ctx):
        add(title, 4.5, at)
    return found


def _card_titles(body: str, ctx: _Context) -> Iterator[tuple[str, int]]:
    """Titles from a job board's card, which starts a paragraph: the title on a line of its own
    above the employer's line ("Product Designer\nBramblecote · London (Hybrid)"), or first on a
    line with the employer ("Brand Executive · Roundhay Foods Ltd · Leeds"). A title no job word
    supports is taken only above the employer's own name ("Sommelier\nBistro Lune · Lyon").
    "Name\nTalent Partner · Firm" under a letter signs it: it starts no paragraph."""
    for start in _card_employer_lines(body, ctx):
        end = body.find("\n", start)
        line = body[start : end if end >= 0 else len(body)]
        first = line.split(" · ", 1)[0].split(" - ", 1)[0].strip()
        employer = ctx.is_company(first, exactly=True)
        if " · " in line and not employer:
            title, at = first, start
        else:
            above_end = start - 1
            at = body.rfind("\n", 0, max(0, above_end)) + 1
            title = body[at:above_end].strip() if above_end > at else ""
        if not title or (at and not body.endswith("\n\n", 0, at)):
            continue
        if not _supported(title) and (not employer or title is first
                                      or _SENDER_UNIT.search(title)):
            continue
        walked = _walk_forward(title, ctx)
        if walked == title and _capital(title) and len(title.split()) <= 8:
            yield title, at


# Who signs for the employer above its name: "Recruitment Team\nAvon Rovers — Bristol".
_SENDER_UNIT = re.compile(r"(?i)\b(?:team|department|dept|recruitment|recruiting|talent|hr|"
                          r"people|careers|office|services|acquisition)\b")


def _card_employer_lines(body: str, ctx: _Context) -> Iterator[int]:
    """Where lines start that hold a " · " or start with the employer's name and a place."""
    seen: set[int] = set()
    at = body.find(" · ")
    while at >= 0:
        start = body.rfind("\n", 0, at) + 1
        if start not in seen:
            seen.add(start)
            yield start
        at = body.find(" · ", at + 3)
    if ctx.company:
        at = body.find(ctx.company)
        while at >= 0:
            after = body[at + len(ctx.company) : at + len(ctx.company) + 3]
            if (at == 0 or body[at - 1] == "\n") and at not in seen and (
                    after.startswith((" - ", " – ", " · "))):
                seen.add(at)
                yield at
            at = body.find(ctx.company, at + 1)


_SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|tr|sv|wg|automatic reply|auto-reply|out of office)"
                             r"\s*:\s*)+", re.IGNORECASE)
_SUBJECT_SPLIT = re.compile(r"\s*(?:\|\||[|·])\s*|\s+[-–—]\s+|:\s+")
_SPLITS = re.compile(r"[|·:\-–—]")  # what each of _SUBJECT_SPLIT's separators holds
_SUBJECT_FRAME = re.compile(
    r"\b(?:application|applying|candidacy|interest|interview|invitation|offer|update|status|"
    r"regarding|position|role|exercise|case study|take-home|test|challenge|assessment|outcome|"
    r"results?|decision)(?: \w+)?(?: for| to| as| of| on| regarding| -| –|:) "
    r"(?:(?:the|our|a|an|your) )?(?:(?:position|role|post) (?:of |as )?)?"
)


# The same frames in the other languages job mail comes in ("Ihre Bewerbung als ...",
# "Uw sollicitatie naar de functie ...", "Votre candidature au poste de ...").
_OTHER_LANGUAGE_FRAME = re.compile(
    r"\b(?:bewerbung|sollicitatie|kandidatuur|candidature|candidatura|postulaci[oó]n|solicitud|"
    r"aplikacji|rekrutacja|entrevista|colloquio|gespräch|vorstellungsgespräch)"
    r"(?: (?:als|auf|für|naar|voor|pour|para|per|a|au|na|de|di|do|da))?"
    r"(?: (?:de|die|den|het|la|le|el|il|o|a) )?(?: ?(?:functie|stelle|position|poste|puesto|"
    r"vaga|vacante|posizione|posto|stanowisko|cargo)(?: (?:de|di|van|als|d'))?)? "
)


def _subject_candidates(subject: str, ctx: _Context) -> list[_Candidate]:
    subject = _SUBJECT_PREFIX.sub("", subject.strip())
    lowered = _ascii_lower(subject)
    found: list[_Candidate] = []
    walked: dict[str, str | None] = {}

    def title_at(text: str) -> str | None:
        """The tidied title at the start of ``text``: the part after a frame is often a part
        of the subject as well ("Application received: Registered Nurse"), walked once."""
        if text not in walked:
            walked[text] = _tidy(_walk_forward(text, ctx), ctx)
        return walked[text]

    if labelled := _LABELLED.match(lowered):  # "Job title: Cartographer"
        rest = subject[labelled.end() :]
        if title := title_at(rest):
            found.append(_Candidate(title, _score(title, 5.0), -1))
    for match in [*_SUBJECT_FRAME.finditer(lowered), *_OTHER_LANGUAGE_FRAME.finditer(lowered)]:
        rest = subject[match.end() :]
        title = title_at(rest)
        names_company = match.group(0).rstrip().endswith((" to", " to the"))
        if title and (_supported(title) or (_capital(title) and not names_company)):
            found.append(_Candidate(title, _score(title, 3.5), -1))
    # Every split holds one of _SPLITS' characters; a search for them (a character set, found
    # in C) is quicker than the split's own search, which tries its spaces at every position.
    parts = [p for p in _SUBJECT_SPLIT.split(subject) if p.strip()] if _SPLITS.search(subject) \
        else ([subject] if subject.strip() else [])
    for index, part in enumerate(parts):
        title = title_at(part)
        if not title or (not _capital(title) and not _supported(title)):
            continue
        rest = part[part.find(title) + len(title) :] if title in part else part
        whole = _tidy(part, ctx) == title or bool(_AT_COMPANY.match(rest))
        if not whole:
            continue
        # A qualifier part after the title ("Staff Nurse - Medical Ward 3B").
        if index + 1 < len(parts) and not rest.strip():
            nxt = parts[index + 1].split()
            if _qualifier_ok(nxt, ctx) and _QUALIFIER_WORDS.search(parts[index + 1]):
                title = f"{title} - {parts[index + 1].strip()}"
        if _supported(title):
            found.append(_Candidate(title, _score(title, 3.0), -1))
        elif title[:1].isupper() and any(ctx.is_company(p) for j, p in enumerate(parts)
                                         if j != index):  # "Aurum Games - Hydrologist"
            found.append(_Candidate(title, _score(title, 2.5), -1))
    return found


_AT_COMPANY = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:(?:at|with|for|in)\s+\S|\(|$)")


@lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


_WORDS = re.compile(r"\w+")


def _longest_form(best: _Candidate, candidates: list[_Candidate]) -> str:
    """ "Backend Engineer (Payments)" over "Backend Engineer" when the mail gives both."""
    base = _norm(best.title)
    longer = [c.title for c in candidates
              if _norm(c.title).startswith(base + " ") and (
                  c.score >= best.score - 1.5 or (c.score >= best.score - 2.5
                  and c.title[len(best.title):].lstrip()[:1] in ("(", "-", "–", ",")))]
    return max(longer, key=len) if longer else best.title


def find_role(subject: str, body: str, company: str | None = None) -> str | None:
    """The job title the message is about, in the mail's own words; None when it names none."""
    ctx = _Context(company, f"{subject}\n{body[:_BOUNDED]}")
    candidates = _subject_candidates(subject, ctx) + _body_candidates(body[:_BOUNDED], ctx)
    candidates = [c for c in candidates if c.score >= 2.0]
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c.score, -c.order if c.order >= 0 else 0.5))
    return _longest_form(best, candidates)
