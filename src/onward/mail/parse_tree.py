"""The stdlib's compat32 message tree for well-formed mail, built without its feed parser.

``email.feedparser`` compiles a fresh regular expression for every multipart boundary, and
boundaries are unique, so the ``re`` cache never helps: that compile costs more than all the
rest of reading a message. For mail of the common shapes (header lines, a blank line, a body;
multiparts whose boundaries are all where they belong; LF or CRLF line endings) ``message_tree``
builds the very same ``Message`` objects (headers, payloads, preamble, epilogue) by following
the feed parser's steps (Python 3.11, ``email/feedparser.py``) with a plain string comparison
for the boundary.

Anything else returns None and the caller uses the stdlib: whatever the feed parser would
record as a defect, an envelope "From " line, a lone CR, ``message/*`` parts, digests, doubled
or missing boundaries, deep nesting. ``tests/mail/test_mail_speed_parse.py`` compares both
trees on every corpus message, the hostile fixtures and generated MIME.
"""

from __future__ import annotations

import re
from email.feedparser import NLCRE, NLCRE_bol, NLCRE_eol, headerRE  # type: ignore[attr-defined]
from email.message import Message
from email.policy import compat32

_LINE = re.compile(r"[^\n]*\n|[^\n]+")
# What may follow "--boundary" on a delimiter line (the feed parser's boundary regex, less its
# first group, which is the boundary itself and is compared as a plain string here).
_AFTER_DELIMITER = re.compile(r"(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$")
_MAX_DEPTH = 20  # deeper nesting is left to the stdlib and its own limits


class _Unusual(Exception):
    """A shape the feed parser treats specially: let it read the message."""


class _Lines:
    """The feed parser's ``BufferedSubFile``: lines, and the delimiters that end a part."""

    __slots__ = ("ends", "lines", "position")

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.position = 0
        self.ends: list[str] = []  # "--boundary" of each enclosing multipart

    def readline(self) -> str:
        """The next line, or "" at the end of the text or of the current part."""
        if self.position >= len(self.lines):
            return ""
        line = self.lines[self.position]
        for separator in self.ends:
            if _delimiter(line, separator):
                return ""
        self.position += 1
        return line

    def unreadline(self) -> None:
        self.position -= 1

    def read_rest(self) -> list[str]:
        """``readline`` until it returns "", in one slice."""
        lines, start, ends = self.lines, self.position, self.ends
        end = len(lines)
        if ends:
            for index in range(start, end):
                line = lines[index]
                if line.startswith("--") and any(_delimiter(line, s) for s in ends):
                    end = index
                    break
        self.position = end
        return lines[start:end]


def _delimiter(line: str, separator: str) -> re.Match[str] | None:
    if not line.startswith(separator):
        return None
    return _AFTER_DELIMITER.match(line, len(separator))


def message_tree(raw: bytes) -> Message | None:
    """The ``email.message_from_bytes(raw)`` tree, or None when ``raw`` is not a plain shape."""
    text = raw.decode("ascii", "surrogateescape")
    if not text or ("\r" in text and text.count("\r") != text.count("\r\n")):
        return None
    lines = _LINE.findall(text)
    reader = _Lines(lines)
    try:
        root, _ = _part(reader, None, 0)
    except (_Unusual, RecursionError):
        return None
    return root if reader.position == len(lines) else None


def _part(reader: _Lines, parent: Message | None, depth: int) -> tuple[Message, str]:
    """One message or part, and its main content type (read once: ``get_content_type``
    looks through every header each time it is asked)."""
    if depth > _MAX_DEPTH:
        raise _Unusual
    msg = Message(policy=compat32)
    if parent is not None:
        parent.attach(msg)
    content_type = _content_type(msg, _read_headers(reader, msg))
    maintype = content_type.split("/")[0]  # what ``get_content_maintype`` answers
    if maintype == "message":
        raise _Unusual
    if maintype == "multipart":
        if content_type == "multipart/digest":
            raise _Unusual  # its parts default to message/rfc822
        _read_parts(reader, msg, depth)
        return msg, maintype
    msg.set_payload("".join(reader.read_rest()))
    return msg, maintype


def _read_headers(reader: _Lines, msg: Message) -> str | None:
    """Header lines up to the blank line (``_parsegen`` then ``_parse_headers``), read in one
    pass over the line list; the value of the first Content-Type header (None without one).

    The feed parser first collects the lines, then parses them; every shape where the two
    steps could differ raises ``_Unusual`` either way, so one loop does both.
    """
    lines, ends = reader.lines, reader.ends
    index = reader.position
    is_header = headerRE.match
    headers = msg._headers  # type: ignore[attr-defined]  # what ``set_raw`` appends to
    content_type: int | None = None  # where the first Content-Type header is in ``headers``
    current: list[str] = []
    while True:
        if index >= len(lines):
            raise _Unusual  # no blank line before the end
        line = lines[index]
        if ends and line.startswith("--") and any(_delimiter(line, s) for s in ends):
            raise _Unusual  # the part ends before its blank line
        index += 1
        if not is_header(line):
            if not NLCRE.match(line):
                raise _Unusual  # MissingHeaderBodySeparatorDefect
            break
        if line[0] in " \t":
            if not current:
                raise _Unusual  # FirstHeaderLineIsContinuationDefect
            current.append(line)
            continue
        if current:
            headers.append(_header(current))
        if line.startswith("From ") or line.find(":") <= 0:
            raise _Unusual  # an envelope line, or a header without a name
        if content_type is None and line[:13].lower() == "content-type:":
            content_type = len(headers)  # (its name is all before the first ":")
        current = [line]
    reader.position = index
    if current:
        headers.append(_header(current))
    return None if content_type is None else headers[content_type][1]


def _header(lines: list[str]) -> tuple[str, str]:
    """``compat32.header_source_parse``: the name, and the value with its continuation lines."""
    name, value = lines[0].split(":", 1)
    value = value.lstrip(" \t") + "".join(lines[1:])
    return name, value.rstrip("\r\n")


def _content_type(msg: Message, value: str | None) -> str:
    """``msg.get_content_type()`` from the value of its first Content-Type header, without
    looking through every header again (and lower-casing each name) to find it."""
    if value is None:
        return msg.get_default_type()
    if not value.isascii():  # 8-bit bytes: the stdlib reads them as a ``Header``
        return msg.get_content_type()
    content_type = value.partition(";")[0].strip().lower()
    return content_type if content_type.count("/") == 1 else "text/plain"


def _read_parts(reader: _Lines, msg: Message, depth: int) -> None:
    """Preamble, parts and epilogue of a multipart (the feed parser's multipart branch)."""
    boundary = msg.get_boundary()
    if boundary is None:
        raise _Unusual  # NoBoundaryInMultipartDefect
    encoding = str(msg.get("content-transfer-encoding", "8bit")).lower()
    if encoding not in ("7bit", "8bit", "binary"):
        raise _Unusual  # InvalidMultipartContentTransferEncodingDefect
    separator = "--" + boundary
    preamble: list[str] = []
    while not _delimiter(line := reader.readline(), separator):
        if not line:
            raise _Unusual  # StartBoundaryNotFoundDefect
        preamble.append(line)
    if _is_closing(line, separator):
        raise _Unusual  # a closing delimiter before any part
    if preamble:
        last = NLCRE_eol.search(preamble[-1])  # the last newline belongs to the delimiter
        if last:
            preamble[-1] = preamble[-1][: -len(last.group(0))]
        msg.preamble = "".join(preamble)
    while True:
        following = reader.readline()
        if not following or _delimiter(following, separator):
            raise _Unusual  # a part that ends at once, or doubled delimiters
        reader.unreadline()
        reader.ends.append(separator)
        part, maintype = _part(reader, msg, depth + 1)
        _drop_last_newline(part, maintype)
        reader.ends.pop()
        line = reader.readline()
        found = _delimiter(line, separator) if line else None
        if found is None:
            raise _Unusual  # CloseBoundaryNotFoundDefect
        if found.group("end"):
            break
    epilogue = [""] if found.group("linesep") else []
    epilogue.extend(reader.read_rest())
    if epilogue:
        first = NLCRE_bol.match(epilogue[0])
        if first:
            epilogue[0] = epilogue[0][len(first.group(0)):]
    msg.epilogue = "".join(epilogue)


def _is_closing(line: str, separator: str) -> bool:
    found = _delimiter(line, separator)
    return bool(found and found.group("end"))


def _drop_last_newline(part: Message, maintype: str) -> None:
    """RFC 2046: the newline before a delimiter belongs to the delimiter."""
    if maintype == "multipart":
        epilogue = part.epilogue
        if epilogue == "":
            part.epilogue = None
        elif epilogue is not None:
            last = NLCRE_eol.search(epilogue)
            if last:
                part.epilogue = epilogue[: -len(last.group(0))]
        return
    payload = part._payload  # type: ignore[attr-defined]
    if isinstance(payload, str):
        last = NLCRE_eol.search(payload)
        if last:
            part._payload = payload[: -len(last.group(0))]  # type: ignore[attr-defined]
