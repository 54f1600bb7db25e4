"""Where mail comes from: .eml files and folders, mbox (Gmail Takeout too), Maildir, IMAP over TLS.

Every reader streams ``RawMail`` items one at a time, so memory stays flat whatever the size of
the mailbox, and never changes anything at the source: files are opened read-only and IMAP
folders are selected read-only and fetched with ``BODY.PEEK`` (no \\Seen flag is set).

No Django import here; the import service keeps the IMAP sync state and passes it back in.
"""

from __future__ import annotations

import contextlib
import os
import re
import ssl
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

CHUNK = 1 << 20
IMAP_BATCH = 100
PASSWORD_ENV = "ONWARD_IMAP_PASSWORD"
KEYRING_SERVICE = "onward-imap"


class SourceError(Exception):
    """A source that cannot be read at all (missing path, refused login, bad URL)."""


@dataclass(frozen=True)
class RawMail:
    source: str  # a file path, ``MBOXPATH#index``, or ``imaps://user@host/folder;UID=n``
    data: bytes
    folder: str | None = None  # the IMAP folder, or the mailbox a file sits in ("Sent", "Inbox")
    uid: int | None = None
    uidvalidity: int | None = None
    position: int | None = None  # index inside an mbox, for resuming an interrupted import


# ---------------------------------------------------------------- files


def detect_kind(path: Path) -> str:
    """``eml``, ``mbox``, ``maildir`` or ``folder`` (of .eml / .mbox files)."""
    if path.is_dir():
        if (path / "cur").is_dir() and (path / "new").is_dir():
            return "maildir"
        return "folder"
    if not path.exists():
        raise SourceError(f"{path} does not exist")
    with path.open("rb") as handle:
        head = handle.read(5)
    return "mbox" if head == b"From " or path.suffix.lower() == ".mbox" else "eml"


def iter_path(path: Path) -> Iterator[RawMail]:
    """Every message under a path, whatever kind it is, in a stable order."""
    kind = detect_kind(path)
    if kind == "eml":
        yield RawMail(str(path), path.read_bytes(), folder=path.parent.name)
    elif kind == "mbox":
        yield from iter_mbox(path)
    elif kind == "maildir":
        yield from iter_maildir(path)
    else:
        yield from iter_folder(path)


def iter_folder(path: Path) -> Iterator[RawMail]:
    for item in sorted(path.rglob("*")):
        if not item.is_file() or item.name.startswith("."):
            continue
        suffix = item.suffix.lower()
        if suffix == ".eml":
            yield RawMail(str(item), item.read_bytes(), folder=item.parent.name)
        elif suffix == ".mbox":
            yield from iter_mbox(item)


def iter_maildir(path: Path) -> Iterator[RawMail]:
    # Read the files directly: mailbox.Maildir may rename files from new/ to cur/.
    for sub in ("cur", "new"):
        folder = path / sub
        for item in sorted(folder.iterdir()) if folder.is_dir() else ():
            if item.is_file() and not item.name.startswith("."):
                yield RawMail(str(item), item.read_bytes(), folder=path.name)


_FROM_LINE = re.compile(rb"\nFrom ")
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
_LOOKS_LIKE_TIME = re.compile(rb"\d{1,2}:\d\d")


def _is_separator(buffer: bytearray | bytes, line_start: int) -> bool:
    """A "From " line starts a new message if it follows a blank line or carries a time.

    Checking this avoids cutting a message in two at an unescaped "From " in its body.
    """
    end = buffer.find(b"\n", line_start)
    line = bytes(buffer[line_start : end if end != -1 else len(buffer)])
    before_blank = line_start >= 2 and buffer[line_start - 2 : line_start] == b"\n\n"
    crlf_blank = line_start >= 3 and buffer[line_start - 3 : line_start] == b"\n\r\n"
    return before_blank or crlf_blank or bool(_LOOKS_LIKE_TIME.search(line))


def _mbox_message(chunk: bytes) -> bytes:
    # Drop the "From " envelope line, un-escape ">From " lines (mboxrd, as Gmail Takeout writes).
    body = chunk
    if chunk.startswith(b"From "):
        newline = chunk.find(b"\n")
        body = chunk[newline + 1 :] if newline != -1 else b""
    if b">From " in body:
        body = _QUOTED_FROM.sub(rb"\1", body)
    return body


def iter_mbox(path: Path, *, start: int = 0) -> Iterator[RawMail]:
    """Stream an mbox file by 1 MB chunks; ``start`` skips the first messages (for resuming)."""
    index = 0
    buffer = bytearray()
    begin = 0  # where the current message's "From " line starts
    scan = 1  # where to look for the next "\nFrom "
    with path.open("rb") as handle:
        while True:
            chunk = handle.read(CHUNK)
            eof = not chunk
            buffer += chunk
            while True:
                pos = buffer.find(b"\nFrom ", scan)
                if pos == -1:
                    scan = max(scan, len(buffer) - 6)  # "\nFrom " may straddle two chunks
                    break
                line_start = pos + 1
                if not eof and buffer.find(b"\n", line_start) == -1:
                    scan = pos  # decide once the whole line has arrived
                    break
                scan = line_start
                if _is_separator(buffer, line_start):
                    if index >= start:
                        yield _mbox_raw(path, index, bytes(buffer[begin:line_start]))
                    index += 1
                    begin = line_start
            if eof:
                if bytes(buffer[begin:]).strip() and index >= start:
                    yield _mbox_raw(path, index, bytes(buffer[begin:]))
                return
            if begin > CHUNK:  # forget what was already handed out
                del buffer[:begin]
                scan -= begin
                begin = 0


_GMAIL_LABELS = re.compile(
    rb"^X-Gmail-Labels:([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)", re.MULTILINE | re.IGNORECASE
)


def is_marked_spam(data: bytes) -> bool:
    """A Gmail Takeout message labelled Spam (fake "job offers" live there)."""
    head = data[: data.find(b"\n\n") if b"\n\n" in data[:20000] else 20000]
    found = _GMAIL_LABELS.search(head)
    return found is not None and "spam" in _label_set(found.group(1).decode("latin-1"))


def _label_set(labels: str) -> set[str]:
    """The labels of an ``X-Gmail-Labels`` value, lower case ("Inbox,Opened" → inbox, opened)."""
    return {label.strip().lower() for label in labels.split(",")}


# The folders mail clients keep the reader's outgoing mail in, in the languages they speak.
_SENT_FOLDER = re.compile(r"(?:^|[/.])(?:sent(?: items| mail| messages)?|gesendet(?:e elemente|e "
                          r"objekte)?|envoy[ée]s|[ée]l[ée]ments envoy[ée]s|enviados|elementos "
                          r"enviados|posta inviata|inviati|verzonden(?: items)?|wys[łl]ane)$",
                          re.IGNORECASE)


def is_sent_folder(folder: str | None) -> bool:
    """Whether an IMAP folder or a mailbox file holds the reader's own outgoing mail ("Sent",
    "[Gmail]/Sent Mail", Thunderbird's "Sent", Apple Mail's "Sent Messages.mbox")."""
    return folder is not None and bool(_SENT_FOLDER.search(folder.strip()))


def sent_by_reader(labels: str) -> bool:
    """Whether a Gmail Takeout message's ``X-Gmail-Labels`` value marks mail the reader sent
    (labelled Sent and not also Inbox, as a message to oneself would be)."""
    found = _label_set(labels)
    return "sent" in found and "inbox" not in found


def _mbox_raw(path: Path, index: int, chunk: bytes) -> RawMail:
    return RawMail(f"{path}#{index}", _mbox_message(chunk), folder=path.stem, position=index)


# ---------------------------------------------------------------- IMAP


@dataclass(frozen=True)
class ImapTarget:
    host: str
    user: str
    folders: tuple[str, ...] = ("INBOX",)
    port: int = 993
    starttls: bool = False

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}"


def parse_imap_url(url: str) -> ImapTarget:
    """``imaps://user@host[:port]/Folder[,Other]`` (``imap+starttls://`` for port 143 servers).

    Plain-text IMAP is refused: a password must never cross the network unencrypted.
    """
    parts = urlsplit(url)
    if parts.scheme not in {"imaps", "imap+starttls"}:
        raise SourceError("use imaps://user@host/folder (plain imap:// is not supported)")
    if not parts.hostname or not parts.username:
        raise SourceError("the IMAP address needs a user and a host: imaps://user@host/INBOX")
    if parts.password:
        raise SourceError("do not put the password in the address; Onward will ask for it")
    starttls = parts.scheme == "imap+starttls"
    folders = tuple(f for f in unquote(parts.path.lstrip("/")).split(",") if f) or ("INBOX",)
    return ImapTarget(
        host=parts.hostname,
        user=unquote(parts.username),
        folders=folders,
        port=parts.port or (143 if starttls else 993),
        starttls=starttls,
    )


def find_password(account: str, *, prompt: Callable[[str], str] | None = None) -> str:
    """The IMAP password from ONWARD_IMAP_PASSWORD, the OS keyring, or a prompt — in that order.

    Onward never stores it itself; ``remember_password`` puts it in the OS keyring on request.
    """
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, account)
    except Exception:  # no keyring backend on this machine: fall through to the prompt
        stored = None
    if stored:
        return stored
    if prompt is None:
        raise SourceError(f"no password for {account}: set {PASSWORD_ENV} or use a keyring")
    return prompt(f"IMAP password for {account}: ")


def remember_password(account: str, password: str) -> bool:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, account, password)
    except Exception:
        return False
    return True


@dataclass
class FolderState:
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class _FolderPlan:
    """What one folder will hand over in this sync: its UIDVALIDITY and the UIDs to fetch."""

    folder: str
    uidvalidity: int
    uids: tuple[int, ...]


@dataclass
class ImapSource:
    """Fetch new messages from IMAP folders, read-only, resuming from the last UID seen.

    ``state`` maps folder → FolderState from the previous sync. If the server's UIDVALIDITY
    changed, the old UIDs mean nothing any more and the folder is read from the start
    (Message-IDs still prevent duplicates).

    1. Each folder is searched for the UIDs to fetch (new since the last sync, or since
       ``since``): a list of numbers, cheap even for a large folder.
    2. ``on_total`` hears how many messages that makes over all folders, before the first is
       fetched, so a progress bar can show a share and an ETA (0: nothing new).
    3. The folders are fetched by batches of ``IMAP_BATCH`` UIDs, streaming one message at a
       time. A folder whose UIDVALIDITY changed in between is searched again, and ``on_total``
       hears the corrected total.
    """

    target: ImapTarget
    password: str
    since: date | None = None
    state: Mapping[str, FolderState] = field(default_factory=dict)
    ssl_context: ssl.SSLContext | None = None
    timeout: float = 60.0
    on_total: Callable[[int], None] | None = None

    def _connect(self):  # type: ignore[no-untyped-def]
        from imap_tools import MailBox, MailBoxStartTls

        context = self.ssl_context or ssl.create_default_context()
        box: MailBox | MailBoxStartTls
        try:
            if self.target.starttls:
                box = MailBoxStartTls(
                    self.target.host, self.target.port, self.timeout, ssl_context=context
                )
            else:
                box = MailBox(self.target.host, self.target.port, self.timeout, ssl_context=context)
            box.login(self.target.user, self.password, initial_folder=None)
        except Exception as exc:
            raise SourceError(f"could not log in to {self.target.account}: {exc}") from exc
        return box

    def __iter__(self) -> Iterator[RawMail]:
        box = self._connect()
        try:
            plans = [self._plan(box, folder) for folder in self.target.folders]
            self._report(plans)
            selected = plans[-1].folder if plans else None
            for index, plan in enumerate(plans):
                if plan.folder != selected:  # planning the others selected them in turn
                    selected = plan.folder
                    if (again := self._reselect(box, plan)) != plan:
                        plans[index] = plan = again
                        self._report(plans)
                yield from self._fetch(box, plan)
        finally:
            with contextlib.suppress(Exception):
                box.logout()

    def _report(self, plans: list[_FolderPlan]) -> None:
        if self.on_total is not None:
            self.on_total(sum(len(plan.uids) for plan in plans))

    def _select(self, box, folder: str) -> int:  # type: ignore[no-untyped-def]
        """Open ``folder`` read-only (EXAMINE); its UIDVALIDITY."""
        try:
            box.folder.set(folder, readonly=True)
            return int(box.folder.status(folder, ["UIDVALIDITY"])["UIDVALIDITY"])
        except Exception as exc:
            raise SourceError(f"cannot open folder {folder!r}: {exc}") from exc

    def _plan(self, box, folder: str) -> _FolderPlan:  # type: ignore[no-untyped-def]
        from imap_tools import AND, U

        uidvalidity = self._select(box, folder)
        known = self.state.get(folder)
        last = known.last_uid if known and known.uidvalidity == uidvalidity else 0
        criteria = (
            AND(uid=U(str(last + 1), "*"), date_gte=self.since)
            if self.since
            else AND(uid=U(str(last + 1), "*"))
        )
        # "n:*" always matches the newest message, even when its UID is below n.
        uids = sorted(u for u in (int(x) for x in box.uids(criteria)) if u > last)
        return _FolderPlan(folder, uidvalidity, tuple(uids))

    def _reselect(self, box, plan: _FolderPlan) -> _FolderPlan:  # type: ignore[no-untyped-def]
        """Select a planned folder again; search it again if its UIDs changed meaning."""
        if self._select(box, plan.folder) == plan.uidvalidity:
            return plan
        return self._plan(box, plan.folder)

    def _fetch(self, box, plan: _FolderPlan) -> Iterator[RawMail]:  # type: ignore[no-untyped-def]
        for begin in range(0, len(plan.uids), IMAP_BATCH):
            batch = list(plan.uids[begin : begin + IMAP_BATCH])
            for uid, data in _fetch_batch(box, batch):
                yield RawMail(
                    f"imaps://{self.target.account}/{plan.folder};UID={uid}",
                    data,
                    folder=plan.folder,
                    uid=uid,
                    uidvalidity=plan.uidvalidity,
                )


_UID_IN_FETCH = re.compile(rb"UID (\d+)")


def _fetch_batch(box, uids: list[int]) -> Iterator[tuple[int, bytes]]:  # type: ignore[no-untyped-def]
    # BODY.PEEK[] leaves the \Seen flag alone: reading with Onward changes nothing on the server.
    status, response = box.client.uid("FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[])")
    if status != "OK":
        raise SourceError(f"IMAP fetch failed: {status}")
    for item in response:
        if isinstance(item, tuple) and len(item) == 2:
            found = _UID_IN_FETCH.search(item[0])
            if found:
                yield int(found.group(1)), bytes(item[1])


def open_source(
    spec: str,
    *,
    since: date | None = None,
    state: Mapping[str, FolderState] | None = None,
    password_prompt: Callable[[str], str] | None = None,
    ssl_context: ssl.SSLContext | None = None,
    on_total: Callable[[int], None] | None = None,
) -> Iterator[RawMail]:
    """A path or an ``imaps://`` URL → a stream of RawMail.

    ``on_total`` hears how many messages the stream will hand over, if the source knows before
    handing them over (IMAP does; files are measured in bytes by the import instead)."""
    if spec.startswith(("imaps://", "imap+starttls://", "imap://")):
        target = parse_imap_url(spec)
        password = find_password(target.account, prompt=password_prompt)
        return iter(
            ImapSource(
                target, password, since=since, state=state or {}, ssl_context=ssl_context,
                on_total=on_total,
            )
        )  # fmt: skip
    return iter_path(Path(spec))
