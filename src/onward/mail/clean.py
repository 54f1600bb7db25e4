"""Make a message body say only what its sender wrote: no quoted replies, no signature.

Pure string functions, no Django. ``clean_body`` is what the classifier reads; ``split_signature``
keeps the signature apart because it is where names, titles and companies live.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onward.mail.prefilter import LineStart

# Typographic characters mail clients love, mapped to the plain ones our rules are written in.
_PLAIN: dict[str, str] = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u3000": " ",
    "\t": " ",
    "\r": "",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u00ad": "",
}
# Any character ``_PLAIN`` changes: most text has none. Where some are, each one present is
# replaced throughout (no replacement holds a character replaced): a translate through a
# dict costs a look-up per character, four times as much on a typical letter.
_NOT_PLAIN = re.compile("[" + "".join(re.escape(c) for c in _PLAIN) + "]")
_SPACES = re.compile(r"[ ]{2,}")
_BLANKS = re.compile(r"\n\s*\n(?:\s*\n)+")

# The dashed heading a mail client puts over a forwarded message, in the languages it speaks.
_FORWARD_HEADINGS = (r"Forwarded message|Mensaje reenviado|Message transf[ée]r[ée]"
                     r"|Weitergeleitete Nachricht|Mensagem encaminhada|Messaggio inoltrato")
# Where the sender's own words end and a quoted earlier message begins. The "On … wrote:" line
# may wrap onto a second line, and clients in other languages say it their way.
_QUOTE_START = re.compile(
    r"^(?:"
    r"[ >]*On\b[^\n]{0,200}(?:\n[^\n]{0,200})?\bwrote:[ ]*$"
    r"|[ >]*Le\b[^\n]{0,200}(?:\n[^\n]{0,200})?\ba [ée]crit ?:[ ]*$"
    r"|[ >]*Am\b[^\n]{0,200}(?:\n[^\n]{0,200})?\bschrieb[^\n]{0,40}:[ ]*$"
    r"|[ >]*El\b[^\n]{0,200}(?:\n[^\n]{0,200})?\bescribi[óo]:[ ]*$"
    r"|[ >]*-{2,}[ ]*(?:Original Message|Mensaje original|Message d'origine|Ursprüngliche "
    r"Nachricht|Oorspronkelijk bericht|Messaggio originale|Mensagem original|Alkuperäinen viesti"
    r"|Oprindelig meddelelse|Opprinnelig melding|Ursprungligt meddelande|Wiadomość oryginalna)"
    r"[ ]*-{2,}[ ]*$"
    # a forward: what follows is someone else's message (``forwarded_part`` finds it again)
    # (any case: Thunderbird writes "-------- Forwarded Message --------")
    rf"|[ >]*-{{2,}}[ ]*(?i:{_FORWARD_HEADINGS})[ ]*-{{2,}}[ ]*$"
    r"|[ >]*Begin forwarded message:[ ]*$"
    r"|[ >]*_{10,}[ ]*$\n[ >]*(?:\*\*)?From:"
    # the header block of a quoted or forwarded message, in the languages mail clients use
    r"|[ >]*(?:\*\*)?(?:From|De|Von|Da|Van|Od|Fra|Från|Lähettäjä|Afsender):(?:\*\*)?[ ][^\n]{1,200}\n"
    r"(?:[ >]*[^\n]{0,200}\n){0,2}[ >]*(?:\*\*)?(?:Sent|Date|Fecha|Enviado(?: el)?|Envoy[ée]|Datum"
    r"|Gesendet|Data|Inviato|Verzonden|Wys[łl]ano|Enviada|Sendt|Skickat|Lähetetty|Dato):"
    r")",
    re.MULTILINE,
)
_QUOTE_START_LINE = LineStart(_QUOTE_START)  # searched from line breaks, not every character
# Outlook's forward: no heading, only a rule of underscores and the forwarded message's header
# block ("From: … Sent: …"), as a reply quotes the message it answers.
_HEADER_BLOCK = re.compile(
    r"^(?:[ >]*_{10,}[ ]*\n)?"
    r"[ >]*(?:\*\*)?(?:From|De|Von|Da|Van|Od|Fra|Från|Lähettäjä|Afsender):(?:\*\*)?[ ][^\n]{1,200}\n"
    r"(?:[ >]*[^\n]{0,200}\n){0,2}[ >]*(?:\*\*)?(?:Sent|Date|Fecha|Enviado(?: el)?|Envoy[ée]|Datum"
    r"|Gesendet|Data|Inviato|Verzonden|Wys[łl]ano|Enviada|Sendt|Skickat|Lähetetty|Dato):",
    re.MULTILINE,
)
_HEADER_BLOCK_LINE = LineStart(_HEADER_BLOCK)
_FROM_WORDS = ("From:", "De:", "Von:", "Da:", "Van:", "Od:", "Fra:", "Från:", "Lähettäjä:",
               "Afsender:")
_QUOTED_LINE = re.compile(r"^[ ]*>[^\n]*\n?", re.MULTILINE)

# Lines after which nothing the sender wrote matters: signature delimiters, client banners and
# the legal footers that companies append to every message.
_SIGNATURE_CUT = re.compile(
    r"^(?:"
    r"-- ?$"
    r"|__+ ?$"
    r"|Sent from my [^\n]{1,40}$"
    r"|Get Outlook for [^\n]{1,40}$"
    r"|(?:CONFIDENTIALITY|DISCLAIMER|PRIVACY) NOTICE\b"
    r"|This (?:e-?mail|message|communication)(?: and any (?:attachments|files)[^\n]{0,60})? "
    r"(?:is|are|may) (?:intended|confidential|private)"
    r")",
    re.MULTILINE | re.IGNORECASE,
)
_SIGNATURE_CUT_LINE = LineStart(_SIGNATURE_CUT)
# A closing line ("Best regards,") starts the signature block when it comes near the end.
_VALEDICTION = re.compile(
    r"^[ ]*(?:(?:kind|best|warm|warmest|many|with)?[ ]?(?:regards|wishes)|best|cheers|thanks|"
    r"thank you|many thanks|thanks again|sincerely|yours(?: sincerely| truly| faithfully)?|"
    r"respectfully|all the best|talk soon|take care|cordially|warmly|with gratitude|"
    r"with appreciation|speak soon)[ ]*[,.!-]?[ ]*$",
    re.MULTILINE | re.IGNORECASE,
)
_SIGNATURE_MAX_LINES = 12
# The longest phrase ``_VALEDICTION`` knows ("with appreciation"): a line whose words are
# longer is no closing line, and most lines are, so few are matched against the pattern.
_VALEDICTION_LONGEST = 17


def _is_valediction(line: str) -> bool:
    """``_VALEDICTION.match(line)``: a closing phrase alone on its line, spaces and one mark
    of punctuation around it."""
    words = line.strip(" ")
    if words and words[-1] in ",.!-":
        words = words[:-1].rstrip(" ")
    return len(words) <= _VALEDICTION_LONGEST and bool(_VALEDICTION.match(line))


@dataclass(frozen=True)
class CleanBody:
    text: str  # what the sender wrote, valediction and signature removed
    signature: str  # the closing block: valediction, name, title, company (may be empty)


def plain(text: str) -> str:
    """Typographic quotes, dashes and odd spaces made plain; runs of blank lines collapsed."""
    if _NOT_PLAIN.search(text):
        for char in set(_NOT_PLAIN.findall(text)):
            text = text.replace(char, _PLAIN[char])
    if "  " in text:  # what ``_SPACES`` needs: a substring test is cheaper than the regex
        text = _SPACES.sub(" ", text)
    return _BLANKS.sub("\n\n", text)


def strip_quoted(text: str) -> str:
    """Cut the quoted earlier messages of a reply (everything from "On … wrote:" on)."""
    found = _QUOTE_START_LINE.search(text)
    if found and found.start() > 0:
        text = text[: found.start()]
    if ">" in text:
        text = _QUOTED_LINE.sub("", text)
    return text


def split_signature(text: str) -> CleanBody:
    """Separate the closing block from the message; legal footers are dropped entirely."""
    cut = _SIGNATURE_CUT_LINE.search(text)
    tail = ""
    if cut:
        text, tail = text[: cut.start()], text[cut.start() :]
    signature = ""
    lines = text.rstrip().split("\n")
    window_start = max(0, len(lines) - _SIGNATURE_MAX_LINES)
    for index in range(len(lines) - 1, window_start - 1, -1):
        if index > 0 and _is_valediction(lines[index]):
            signature = "\n".join(lines[index:])
            lines = lines[:index]
            break
    if not signature and tail.startswith("--"):
        signature = tail.split("\n", 1)[1] if "\n" in tail else ""
    return CleanBody("\n".join(lines).strip(), signature.strip())


# "---------- Forwarded message ---------" (Gmail), "Begin forwarded message:" (Apple Mail),
# "-------- Original Message --------" (Thunderbird, Outlook: a forward only under "Fwd:").
_FORWARD_MARK = re.compile(
    rf"^[ >]*(?:-{{2,}}[ ]*(?:Original Message|{_FORWARD_HEADINGS})[ ]*-{{2,}}"
    r"|Begin forwarded message:)[ ]*$",
    re.MULTILINE | re.IGNORECASE,
)
_FORWARD_WORDS = ("orward", "riginal", "reenviado", "transf", "eitergeleitet", "encaminhada",
                  "inoltrato")
# The forwarded message's own header lines (blank lines between them, as HTML mail gives).
_HEADER_LINE = re.compile(r"^[ >]*(?:\*\*)?(?:From|Date|Sent|Subject|To|Cc|De|Fecha|Asunto|Para"
                          r"|Von|Datum|Betreff|An|Gesendet|Objet|Envoyé|À|Enviado|Enviada|Assunto|Da|Data"
                          r"|Oggetto|Inviato|A|Van|Verzonden|Onderwerp|Aan|Od|Wysłano|Temat|Do)"
                          r"(?:\*\*)?:[^\n]*$",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Forwarded:
    text: str  # the forwarded message after its header lines, not yet cleaned
    original_message: bool  # marked only "Original Message", which replies use as well


def forwarded_part(text: str) -> Forwarded | None:
    """The message forwarded inside ``text`` (which ``strip_quoted`` cuts as a quote)."""
    found = _FORWARD_MARK.search(text) if any(word in text for word in _FORWARD_WORDS) else None
    if found is not None:
        start, original = found.end(), "original message" in found.group().lower()
    else:  # Outlook's: a header block alone, which a reply's quote has too
        block = _HEADER_BLOCK_LINE.search(text) if any(
            word in text for word in _FROM_WORDS) else None
        if block is None:
            return None  # most mail: no need to look line by line
        start, original = block.start(), True
    lines = text[start:].lstrip("\n").split("\n")
    if found is None and lines and lines[0].strip(" >").startswith("_"):
        lines = lines[1:]  # the rule above the header block
    skip = 0
    while skip < len(lines) and (_HEADER_LINE.match(lines[skip]) or (
            skip and not lines[skip].strip() and skip + 1 < len(lines)
            and _HEADER_LINE.match(lines[skip + 1]))):
        skip += 1
    return Forwarded("\n".join(lines[skip:]), original)


def clean(text: str) -> CleanBody:
    """Plain characters, no quoted reply, signature set apart."""
    return split_signature(strip_quoted(plain(text)))


def clean_body(text: str) -> str:
    """Only the words the sender wrote in this message."""
    return clean(text).text
