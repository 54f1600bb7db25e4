"""Raw message bytes → ParsedMessage: headers, readable text, sanitized HTML, attachment list.

Speed matters (the whole inbox goes through here), so this uses the stdlib ``compat32`` tree
— several times faster than ``policy.default`` — built directly for plain shapes
(``parse_tree``, which skips the feed parser's per-boundary regex compile), and does its own
header and charset decoding, with fallbacks at every step. It never raises on malformed
input: what went wrong is listed in ``ParsedMessage.errors`` and the rest of the message is
still returned.

No Django import here.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import email
import email.parser
import hashlib
import html
import quopri
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache

import nh3

from onward.mail.parse_tree import message_tree

MAX_TEXT_CHARS = 200_000  # longer bodies are cut: no recruiting message needs more
MAX_PARTS = 500  # hostile messages can hold thousands of parts; we look at the first few hundred
MAX_DEPTH = 40  # nesting deeper than this is never legitimate mail

_ENCODED_WORD = re.compile(rb"=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=")
_WS_BETWEEN_WORDS = re.compile(rb"(\?=)[ \t\r\n]+(=\?)")
# Control characters, line separators and bidi overrides (which can make "exe.doc" read as
# "cod.exe"): never part of a header Onward shows.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\u2028\u2029\u202a-\u202e\u2066-\u2069]+")
_BODY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]+")
_FOLD = re.compile(r"\r?\n[ \t]*")
_MESSAGE_ID = re.compile(r"<([^<>\s]{1,500})>")


def _unfold(value: str) -> str:
    """Folded header lines joined by one space (most headers are not folded at all)."""
    return _FOLD.sub(" ", value) if "\n" in value else value

# Charset names that appear in real mail but that Python does not know, or knows by another name.
_CHARSET_ALIASES = {
    "utf8": "utf-8",
    "unicode-1-1-utf-7": "utf-7",
    "ks_c_5601-1987": "cp949",
    "iso-8859-8-i": "iso-8859-8",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "windows-874": "cp874",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "ansi_x3.4-1968": "ascii",
    "us-ascii": "ascii",
    "unknown-8bit": "",
    "x-unknown": "",
    "unknown": "",
    "default": "",
    "charset": "",
}


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int  # bytes, estimated from the encoded size (attachments are never decoded)


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str
    subject: str
    sender_name: str
    sender_address: str
    to: str
    date: datetime | None
    text: str
    html_sanitized: str = ""
    attachments: tuple[Attachment, ...] = ()
    errors: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)
    message_id_synthesized: bool = False
    gmail_labels: str = ""  # a Takeout export's X-Gmail-Labels ("Inbox,Opened", "Sent")


# ---------------------------------------------------------------- charsets


@lru_cache(maxsize=256)
def lookup_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when unknown or meaningless."""
    if not name:
        return None
    cleaned = name.strip().strip("\"'").lower()
    cleaned = _CHARSET_ALIASES.get(cleaned, cleaned)
    if not cleaned:
        return None
    try:
        codec = codecs.lookup(cleaned)
    except (LookupError, ValueError):
        return None
    # utf-7 and friends can hide markup from filters; treat them as unknown.
    if codec.name in {"utf-7", "rot-13", "base64", "hex", "zlib", "bz2", "quopri", "uu"}:
        return None
    return codec.name


def decode_bytes(data: bytes, charset: str | None, errors: list[str] | None = None) -> str:
    """Decode with the declared charset, then UTF-8, then Windows-1252, then Latin-1.

    Latin-1 maps every byte, so this always returns text. A declared charset that does not fit
    the bytes is recorded in ``errors`` (mail often claims us-ascii and sends UTF-8).
    """
    codec = lookup_charset(charset)
    if codec:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            if errors is not None and codec != "ascii":
                errors.append(f"charset {charset!r} does not fit the bytes; guessed another")
    elif charset and errors is not None and charset.strip().lower() not in _CHARSET_ALIASES:
        errors.append(f"unknown charset {charset!r}; guessed one")
    for guess in ("utf-8", "cp1252"):
        try:
            return data.decode(guess)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


# ---------------------------------------------------------------- headers


def _raw_header_bytes(value: str) -> bytes:
    # compat32 keeps undecodable header bytes as surrogate escapes; get them back.
    return value.encode("utf-8", "surrogateescape")


def _decode_word(charset: bytes, kind: bytes, payload: bytes) -> str:
    name = charset.decode("ascii", "replace").split("*", 1)[0]  # RFC 2231 language suffix
    if kind in (b"b", b"B"):
        padded = payload + b"=" * (-len(payload) % 4)
        try:
            data = base64.b64decode(padded, validate=False)
        except (binascii.Error, ValueError):
            return payload.decode("latin-1")
    else:
        data = quopri.decodestring(payload.replace(b"_", b" "), header=False)
    return decode_bytes(data, name)


def decode_header(value: str | None) -> str:
    """Decode RFC 2047 encoded words and raw 8-bit bytes into one clean line.

    Whitespace between two encoded words is dropped (RFC 2047 §6.2) but kept elsewhere, so
    "Engineer =?utf-8?q?=E2=80=94?=" keeps its space. Line breaks and control characters are
    turned into spaces, so a header can never smuggle in another header.
    """
    if not value:
        return ""
    if value.isascii() and "=?" not in value:
        return " ".join((value if value.isprintable() else _CONTROL.sub(" ", value)).split())
    data = _raw_header_bytes(_unfold(str(value)))
    if b"=?" in data:
        data = _WS_BETWEEN_WORDS.sub(rb"\1\2", data)
        pieces: list[str] = []
        last = 0
        for match in _ENCODED_WORD.finditer(data):
            pieces.append(decode_bytes(data[last : match.start()], "utf-8"))
            pieces.append(_decode_word(*match.groups()))
            last = match.end()
        pieces.append(decode_bytes(data[last:], "utf-8"))
        text = "".join(pieces)
    else:
        text = decode_bytes(data, "utf-8")
    return " ".join(_CONTROL.sub(" ", text).split())


def _top_headers(msg: Message) -> dict[str, str]:
    """The first value of each top-level header, by lower-case name, in one pass.

    Reads the parser's raw list directly: ``Message.get`` re-scans every header on each call,
    which was a third of the parse time.
    """
    found: dict[str, str] = {}
    for name, value in getattr(msg, "_headers", ()):
        key = str(name).lower()
        if key not in found:
            found[key] = str(value)
    return found


_SIMPLE_ADDRESS = re.compile(r'^\s*(?:"?([^"<>]*?)"?\s*)?<([^<>\s"]+@[^<>\s"]+)>\s*$')
_BARE_ADDRESS = re.compile(r"^\s*([^\s<>,\"]+@[^\s<>,\"]+)\s*$")


def _address(raw: str) -> tuple[str, str]:
    raw = _unfold(raw)
    if not raw:
        return "", ""
    simple = _SIMPLE_ADDRESS.match(raw) or _BARE_ADDRESS.match(raw)
    if simple:
        groups = simple.groups()
        display, address = (groups[0] or "", groups[1]) if len(groups) == 2 else ("", groups[0])
        return decode_header(display).strip("\"' "), _CONTROL.sub("", address).strip().lower()
    try:
        pairs = getaddresses([raw])
    except Exception:
        pairs = []
    for display, address in pairs:
        address = _CONTROL.sub("", address).strip().lower()
        if "@" in address or display:
            return decode_header(display).strip("\"' "), address
    return decode_header(raw), ""


def _date(raw: str, errors: list[str]) -> datetime | None:
    raw = _unfold(raw).strip()
    if not raw:
        return None
    try:
        value = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        errors.append("unreadable Date header")
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    if not 1980 <= value.year <= 2100:
        errors.append("implausible Date header")
        return None
    return value


def _message_id(raw_header: str, raw: bytes) -> tuple[str, bool]:
    found = _MESSAGE_ID.search(_unfold(raw_header))
    if found:
        return "<" + _CONTROL.sub("", found.group(1)) + ">", False
    # No Message-ID: derive a stable one from the content, so re-imports still deduplicate
    # (line endings are normalised because IMAP sends CRLF where files have LF).
    digest = hashlib.sha256(raw.replace(b"\r\n", b"\n")).hexdigest()[:32]
    return f"<{digest}@no-message-id.onward>", True


# ---------------------------------------------------------------- bodies


def _parts(msg: Message, errors: list[str]) -> list[Message]:
    """Leaf parts in document order, iteratively (recursion would fail on hostile nesting)."""
    leaves: list[Message] = []
    stack: list[tuple[Message, int]] = [(msg, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        if seen > MAX_PARTS:
            errors.append(f"more than {MAX_PARTS} MIME parts; the rest were ignored")
            break
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list):
            if depth >= MAX_DEPTH:
                errors.append(f"MIME nesting deeper than {MAX_DEPTH}; inner parts ignored")
                continue
            children: list[Message] = payload  # type: ignore[assignment]  # multipart: parts
            stack.extend((child, depth + 1) for child in reversed(children))
        else:
            leaves.append(part)
    return leaves


_CHARSET_PARAM = re.compile(r'charset\s*=\s*"?([^";\s]+)', re.IGNORECASE)


@dataclass(frozen=True)
class _PartInfo:
    content_type: str
    charset: str | None
    disposition: str
    transfer_encoding: str


def _part_info(part: Message, top: dict[str, str] | None = None) -> _PartInfo:
    """Content type, charset and disposition read once from the part's raw headers (``top``,
    when they were read already: a message of one part is its own leaf)."""
    if top is None:
        top = _top_headers(part)
    raw_type = _unfold(top.get("content-type", ""))
    content_type = raw_type.split(";", 1)[0].strip().lower()
    if content_type.count("/") != 1:
        content_type = "text/plain"  # RFC 2045 default, also for garbage values
    charset = _CHARSET_PARAM.search(raw_type)
    return _PartInfo(
        content_type,
        charset.group(1) if charset else None,
        top.get("content-disposition", "").split(";", 1)[0].strip().lower(),
        top.get("content-transfer-encoding", "").strip().lower(),
    )


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:
        name = ""
    if isinstance(name, tuple):  # RFC 2231 triple
        name = decode_bytes(name[2].encode("latin-1", "replace"), name[0])
    return decode_header(str(name))[:200]


def _encoded_size(part: Message, info: _PartInfo) -> int:
    payload = part.get_payload()
    size = len(payload) if isinstance(payload, (str, bytes)) else 0
    if info.transfer_encoding == "base64":
        size = size * 3 // 4
    return size


def _part_text(part: Message, charset: str | None, errors: list[str]) -> str:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        errors.append("undecodable part body")
        return ""
    if not isinstance(data, bytes):
        return ""
    return decode_bytes(data[: MAX_TEXT_CHARS * 4], charset, errors)


# ---------------------------------------------------------------- HTML


_BLOCK_BREAK = re.compile(
    r"<\s*(?:br|/p|p|/div|div|/li|li|/tr|tr|/td|/th|/h[1-6]|h[1-6]|/table|/blockquote|hr|/ul|/ol)\b[^>]*>",
    re.IGNORECASE,
)
_INVISIBLE = re.compile(
    r"<\s*(script|style|head|title|template|noscript|svg)\b.*?<\s*/\s*\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
_BLANK_LINES = re.compile(r"\n[ \t\xa0]*(?:\n[ \t\xa0]*)+")
_SPACES = re.compile(r"[ \t\xa0\u200b\u200c\u200d\ufeff]+")


def html_to_text(markup: str) -> str:
    """Readable text from mail HTML: block elements become line breaks, markup disappears."""
    markup = _INVISIBLE.sub(" ", markup)
    markup = _BLOCK_BREAK.sub("\n", markup)
    stripped = nh3.clean(markup, tags=set(), strip_comments=True)
    text = html.unescape(html.unescape(stripped))  # nh3 re-escapes the entities it decoded
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return "\n".join(line.strip() for line in text.splitlines()).strip()


def _keep_safe_images(tag: str, attribute: str, value: str) -> str | None:
    # Remote images are how senders learn that a mail was opened: drop their address.
    if tag == "img" and attribute == "src":
        return value if value.lower().startswith(("cid:", "data:image/")) else None
    if attribute == "href" and value.strip().lower().startswith("data:"):
        return None  # a data: link can carry a whole page with scripts
    return value


def sanitize_html(markup: str) -> str:
    """HTML safe to show: no scripts, styles, handlers, forms, frames or remote images."""
    return nh3.clean(
        markup,
        attribute_filter=_keep_safe_images,
        url_schemes={"http", "https", "mailto", "cid", "data"},
        link_rel="noopener noreferrer nofollow",
    )


# ---------------------------------------------------------------- the message


def _body(
    leaves: list[Message], errors: list[str], want_html: bool, msg: Message, top: dict[str, str]
) -> tuple[str, str, list[Attachment]]:
    """The text, the sanitized HTML and the attachments; ``top`` holds ``msg``'s headers."""
    plain: str | None = None
    markup: str | None = None
    attachments: list[Attachment] = []
    for part in leaves:
        info = _part_info(part, top if part is msg else None)
        is_text = info.content_type.startswith("text/")
        if info.disposition == "attachment" or not is_text:
            attachments.append(
                Attachment(_filename(part), info.content_type[:100], _encoded_size(part, info))
            )
            continue
        if info.content_type == "text/html" and markup is None:
            markup = _part_text(part, info.charset, errors)
        elif info.content_type == "text/plain" and plain is None:
            plain = _part_text(part, info.charset, errors)
        elif info.content_type not in {"text/plain", "text/html"} and _filename(part):
            attachments.append(
                Attachment(_filename(part), info.content_type[:100], _encoded_size(part, info))
            )
    if plain and plain.strip() and not (markup and _stub(plain)):
        text = plain
    elif plain and markup:  # a stub beside the HTML: read whichever says more
        from_markup = html_to_text(markup)
        stub_words = len(_URL.sub(" ", plain).split())
        text = from_markup if len(from_markup.split()) >= stub_words + _MORE_WORDS else plain
    elif markup:
        text = html_to_text(markup)
    else:
        text = plain or ""
    text = _BODY_CONTROL.sub("", text.replace("\r\n", "\n"))[:MAX_TEXT_CHARS]
    sanitized = sanitize_html(markup[: MAX_TEXT_CHARS * 2]) if (want_html and markup) else ""
    return text, sanitized, attachments


_URL = re.compile(r"https?://\S+")
# A text part of fewer words than this (links aside) with a link may only point at the HTML
# ("There's an update to your application. View it in your browser: https://…") ...
_STUB_WORDS = 50
# ... and the HTML is read instead when it says this many words more (a status table: "Status
# Position filled"); an HTML copy of the same words with a logo's alt text is not.
_MORE_WORDS = 10


def _stub(plain: str) -> bool:
    """A text part that only points elsewhere ("Having trouble reading this email? View it
    online: https://…"), sent beside the HTML that holds the letter: a few words and a link."""
    if "http" not in plain or len(plain) > 1000:
        return False
    return len(_URL.sub(" ", plain).split()) < _STUB_WORDS


_KEPT_HEADERS = ("From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To")


_ASCII_HEADERS = frozenset({"date", "message-id", "in-reply-to"})


def _kept_headers(top: dict[str, str], decoded: dict[str, str]) -> dict[str, str]:
    kept = {}
    for name in _KEPT_HEADERS:
        key = name.lower()
        value = top.get(key)
        if not value:
            continue
        if key in decoded:
            kept[name] = decoded[key]
        elif key in _ASCII_HEADERS and value.isascii() and "\n" not in value:
            kept[name] = _CONTROL.sub(" ", value).strip()[:1000]
        else:
            kept[name] = decode_header(value)[:1000]
    return kept


def _message_tree(raw: bytes) -> Message:
    """The stdlib's tree; built directly for plain shapes (``parse_tree``), else by the stdlib."""
    tree = message_tree(raw)
    return tree if tree is not None else email.message_from_bytes(raw)


def parse_message(raw: bytes, *, want_html: bool = False) -> ParsedMessage:
    """Parse one message. Never raises for bad input; see ``ParsedMessage.errors``.

    ``want_html`` also returns the sanitized HTML part (for display); classification does not
    need it, so it is off by default to keep bulk runs fast.
    """
    errors: list[str] = []
    try:
        msg = _message_tree(raw)
    except RecursionError:
        errors.append("MIME structure too deep to read; headers only")
        msg = email.parser.BytesHeaderParser().parsebytes(raw)
    except Exception as exc:  # the stdlib parser is lenient; this is a last resort
        errors.append(f"unparseable message: {type(exc).__name__}")
        msg = email.message_from_bytes(b"")
    errors.extend(f"MIME defect: {type(d).__name__}" for d in msg.defects[:5])
    top = _top_headers(msg)
    message_id, synthesized = _message_id(top.get("message-id", ""), raw)
    sender_name, sender_address = _address(top.get("from", ""))
    decoded = {
        "subject": decode_header(top.get("subject"))[:1000],
        "to": decode_header(top.get("to"))[:1000],
        "from": f"{sender_name} <{sender_address}>" if sender_name else sender_address,
    }
    try:
        text, sanitized, attachments = _body(_parts(msg, errors), errors, want_html, msg, top)
    except RecursionError:
        errors.append("MIME structure too deep to read")
        text, sanitized, attachments = "", "", []
    return ParsedMessage(
        message_id=message_id,
        subject=decoded["subject"],
        sender_name=sender_name[:300],
        sender_address=sender_address[:300],
        to=decoded["to"],
        date=_date(top.get("date", ""), errors),
        text=text,
        html_sanitized=sanitized,
        attachments=tuple(attachments),
        errors=tuple(dict.fromkeys(errors)),
        headers=_kept_headers(top, decoded),
        message_id_synthesized=synthesized,
        gmail_labels=top.get("x-gmail-labels", "")[:300],
    )
