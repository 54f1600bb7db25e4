"""Whose letter is it: the reader's name, and a letter to someone else inside a message.

A seeker who also hires, mentors or writes references gets mail with somebody else's letter in
it: a colleague's draft of a no to a candidate ("Draft below. --- Hi Andrei, I'm sorry to say
we've decided not to move forward…"), the text HR should send to the unsuccessful interviewees
("Dear [first name], on this occasion the panel has offered the position to another
applicant"). The decision in such a letter is not the reader's news, however plainly it is
worded. What marks it is a second greeting, after the message's own text has begun, that names
someone other than the reader: the letter from there on is read like quoted mail, as the
forward of someone else's letter already is (``understand.forwarded_to_reader``).

A second greeting to the reader herself (a bilingual letter, "Dear Maria … Estimada María"),
greetings to two people at the top of one message, or a message whose reader is unknown are
left as they are.
"""

from __future__ import annotations

import re
import unicodedata
from email.utils import getaddresses, parseaddr

from onward.mail.prefilter import LineStart

_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof"})

# A greeting line: a salutation, perhaps a title, a name or a mail-merge placeholder.
_GREETING = re.compile(
    r"^[ \t]*(?:Dear|Hi|Hello|Hey|Hiya|Good (?:morning|afternoon|evening)|Morning|Greetings|"
    r"Bonjour|Bonsoir|Chère?|Hola|Estimad[oa]|Querid[oa]|Hallo|Liebe[r]?|Sehr geehrte[r]?|Olá|Oi|"
    r"Caro|Cara|Gentile|Ciao|Beste|Geachte|Szanown[ay]|Kia ora)[ \t]+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Frau|Herr|Sr|Sra|Pan|Pani|Mme|Monsieur|Madame)\.?[ \t]+)?"
    r"(?P<name>\[[^\]\n]{1,30}\]|\{\{?[^}\n]{1,30}\}\}?|<[^>\n]{1,30}>|[^\W\d_][\w'’-]+)"
    r"(?:[ \t]+[^\W\d_][\w'’-]+)?[ \t]*[,!:]?[ \t]*$",
    re.MULTILINE,
)
# Searched from line breaks (``prefilter.LineStart``): a pattern that opens with "^" is tried at
# every character, five times slower on a long letter.
_GREETING_LINES = LineStart(_GREETING)
_OWN_TEXT = 20  # characters of the message's own text before a second greeting counts


def reader_first_name(to: str) -> str:
    """The first name of whom the mail is addressed to ("Adaeze Okonkwo <a@…>" → "Adaeze"),
    from the display name, else from an address like ``adaeze.okonkwo@…``; "" when unknown."""
    display, address = parseaddr(to)
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]{2,}", display) if w.lower() not in _TITLES]
    if words and "@" not in display:
        return words[0]
    local = address.partition("@")[0]
    first = re.split(r"[._]", local)[0]
    if first != local and first.isalpha() and len(first) >= 3:
        return first.capitalize()
    return ""


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Whom a form letter greets when it greets no one by name: the reader all the same.
_ANYONE = frozenset({
    "applicant", "applicants", "candidate", "candidates", "sir", "madam", "sir/madam", "all",
    "team", "colleague", "colleagues", "everyone", "everybody", "friend", "friends", "there",
    "user", "member", "customer", "jobseeker", "seeker", "folks", "you", "hiring", "student",
    "graduate", "postulante", "candidat", "candidato", "candidata", "bewerber",
    "bewerberin", "kandidat", "kandidatin", "kandidaat", "sollicitant", "madame", "monsieur",
    "damen", "herren", "señor", "señora", "senhor", "senhora", "signore", "signora", "państwo",
})


def _names_of(to: str) -> set[str]:
    """Every name the To header gives: the words of each display name (given and family names,
    whichever comes first) and the parts of each address before the "@"."""
    words: list[str] = []
    for display, address in getaddresses([to]):  # every recipient: the reader is among them
        words += re.findall(r"[^\W\d_][\w'’-]+", display if "@" not in display else "")
        words += re.split(r"[._+-]", address.partition("@")[0])
    return {_folded(w) for w in words if len(w) >= 2 and w.lower() not in _TITLES}


def _same_person(name: str, names: set[str]) -> bool:
    """Whether ``name`` may be one of ``names`` ("Sam" and "Samuel", "Thu" of "Thu Hà")."""
    one = _folded(name)
    return any(one.startswith(other) or other.startswith(one) for other in names)


# The message's own opening: a greeting, or the reader's name alone on the first line ("Ioana,").
_BARE_NAME = re.compile(r"\A\s*(?P<name>[^\W\d_][\w'’-]+)\s*[,!]\s*$", re.MULTILINE)


def letter_to_another(text: str, to: str) -> int | None:
    """Where a letter to someone other than the reader (whom ``to`` names) starts inside
    ``text``, after the message's own greeting and text; None when there is none or the reader
    is unknown."""
    if not to:
        return None
    greetings = _GREETING_LINES.findall_lines(text)
    if not greetings:
        return None  # most mail: at most the one greeting at the top, found in a microsecond
    first = greetings[0]
    opening: re.Match[str] | None = first if not text[: first.start()].strip() else None
    inner = greetings[1:]
    if opening is None:
        opening = _BARE_NAME.match(text)
        inner = greetings
    if opening is None or not inner:
        return None  # no greeting of the message's own (a notice quoting a letter), or no other
    names: set[str] | None = None  # read from the To header only when a greeting needs them
    for greeting in inner:
        if len(text[opening.end() : greeting.start()].strip()) < _OWN_TEXT:
            continue  # two people greeted at the top of one message
        name = greeting["name"]
        if _folded(name) in _ANYONE or _same_person(name, {_folded(opening["name"])}):
            continue
        names = _names_of(to) if names is None else names
        if not names or _same_person(name, names):
            continue
        return greeting.start()
    return None
