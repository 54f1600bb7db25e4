"""One raw message → parsed → understood: the step every door shares (classify, import, bench).

No Django import here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onward.mail.owner import Reader, addresses_in, learn_reader
from onward.mail.parse import ParsedMessage, parse_message
from onward.mail.sources import RawMail, is_sent_folder, iter_path, sent_by_reader

if TYPE_CHECKING:
    from onward.mail.understand import MailText, Understanding

# The exact keys of one ``onward mail classify`` line, in order.
CLASSIFY_KEYS = (
    "source",
    "message_id",
    "category",
    "confidence",
    "company",
    "role",
    "stage",
    "reasons",
    "templated",
    "invites_reapply",
    "feedback_offered",
    "feedback",
    "evidence",
)


class Unreadable(Exception):
    """Bytes that are not a mail message at all (empty, or no header block)."""


@dataclass(frozen=True)
class Reading:
    parsed: ParsedMessage
    understanding: Understanding


def mail_text(
    parsed: ParsedMessage, *, folder: str | None = None, reader: Reader | None = None
) -> MailText:
    """What ``understand`` reads; ``folder`` and ``reader`` tell the reader's own sent mail."""
    from onward.mail.understand import MailText

    return MailText(
        subject=parsed.subject,
        sender_name=parsed.sender_name,
        sender_address=parsed.sender_address,
        body=parsed.text,
        to=parsed.to,
        date=parsed.date,
        sent=sent_by(parsed, folder=folder, reader=reader),
        copied=copied_on(parsed, reader=reader),
    )


def copied_on(parsed: ParsedMessage, *, reader: Reader | None) -> str:
    """Who a message is addressed to when the reader is only in its Cc ("Mr B. Chirwa"), or "".

    A head teacher answering another applicant and copying the reader, a manager telling a
    candidate no with the reader (his colleague) in copy: the letter's news is the addressee's.
    Known only when the reader's addresses are (given, or learnt from the mailbox)."""
    if reader is None or not reader.addresses:
        return ""
    cc = parsed.headers.get("Cc", "")
    if not cc or not parsed.to:
        return ""
    addressed = addresses_in(parsed.to)
    if not addressed or addressed & reader.addresses or not addresses_in(cc) & reader.addresses:
        return ""
    return parsed.to.strip()[:200]


def sent_by(parsed: ParsedMessage, *, folder: str | None, reader: Reader | None) -> str:
    """Why the message is the reader's own outgoing mail ("label: Sent"), or ""."""
    if sent_by_reader(parsed.gmail_labels):
        return "label: Sent"
    if is_sent_folder(folder):
        return f"mailbox: {folder}"
    if reader is None or not reader.might_have_written(parsed.sender_address):
        return ""  # most mail: no need to read its recipients
    recipients = addresses_in(parsed.to, parsed.headers.get("Cc", ""))
    return reader.wrote(parsed.sender_address, recipients)


def parse_checked(data: bytes, *, want_html: bool = False) -> ParsedMessage:
    """Parse one message; raises ``Unreadable`` for bytes that are not mail at all."""
    if not data.strip():
        raise Unreadable("empty message")
    parsed = parse_message(data, want_html=want_html)
    if not parsed.headers:
        raise Unreadable("no mail headers found")
    return parsed


def understand_parsed(
    parsed: ParsedMessage,
    *,
    corrections: Sequence[Any] = (),
    folder: str | None = None,
    reader: Reader | None = None,
) -> Understanding:
    from onward.mail.understand import understand

    text = mail_text(parsed, folder=folder, reader=reader)
    return understand(text, corrections=corrections)


def read(
    data: bytes,
    *,
    corrections: Sequence[Any] = (),
    want_html: bool = False,
    folder: str | None = None,
    reader: Reader | None = None,
) -> Reading:
    """Parse and understand one message; raises ``Unreadable`` for bytes that are not mail."""
    parsed = parse_checked(data, want_html=want_html)
    found = understand_parsed(parsed, corrections=corrections, folder=folder, reader=reader)
    return Reading(parsed, found)


def classify_record(raw: RawMail, *, reader: Reader | None = None) -> dict[str, Any]:
    """One JSON Lines record for ``onward mail classify``; never raises."""
    try:
        reading = read(raw.data, folder=raw.folder, reader=reader)
    except Exception as exc:  # one bad message must not stop the run
        record: dict[str, Any] = dict.fromkeys(CLASSIFY_KEYS)
        record["source"] = raw.source
        record["error"] = (
            str(exc) if isinstance(exc, Unreadable) else f"{type(exc).__name__}: {exc}"
        )
        return record
    found = reading.understanding
    return {
        "source": raw.source,
        "message_id": reading.parsed.message_id,
        "category": found.category,
        "confidence": round(float(found.confidence), 4),
        "company": found.company,
        "role": found.role,
        "stage": found.stage,
        "reasons": list(found.reasons),
        "templated": found.templated,
        "invites_reapply": found.invites_reapply,
        "feedback_offered": found.feedback_offered,
        "feedback": list(found.feedback),
        "evidence": list(found.evidence),
    }


def classify_path(
    path: Path, *, me: Iterable[str] = (), jobs: int = 1
) -> Iterator[dict[str, Any]]:
    """``onward mail classify`` of one path: a record per message, in the source's order.

    The reader's addresses (``me``, and those most of the mailbox is addressed to) are learnt
    from the headers of the first messages before the run, so her own sent mail is told apart.
    With ``jobs`` above 1, messages past the first ``SERIAL_FIRST`` are read by that many
    worker processes, a batch at a time (memory stays bounded whatever the mailbox's size).
    """
    reader = reader_of(path, given=me)
    messages = iter_path(path)
    for raw in islice(messages, SERIAL_FIRST if jobs > 1 else None):
        yield classify_record(raw, reader=reader)
    if jobs > 1:
        yield from _classify_in_parallel(messages, reader, jobs)


def reader_of(path: Path, *, given: Iterable[str] = ()) -> Reader:
    """Whose mailbox ``path`` is: the addresses ``given``, and those most of its first messages
    are addressed to (``owner.learn_reader``)."""
    return learn_reader((raw.data for raw in iter_path(path)), given=given)


# A small source is read in this process: starting workers costs more than it saves.
SERIAL_FIRST = 500
_BATCH = 2000  # messages handed to the workers at once (about 2 MB of mail)

_worker_reader: Reader | None = None


class WorkerStopped(RuntimeError):
    """A worker process ended (killed, out of memory) before handing back its messages."""


def _start_worker(reader: Reader) -> None:
    global _worker_reader
    _worker_reader = reader


def _classify_in_worker(raw: RawMail) -> dict[str, Any]:
    return classify_record(raw, reader=_worker_reader)


def _classify_in_parallel(
    messages: Iterator[RawMail], reader: Reader, jobs: int
) -> Iterator[dict[str, Any]]:
    """The records of ``messages`` in order, read by ``jobs`` processes; the next batch is
    being read while this one is handed out.

    The workers are started by a fork server (a fresh process that has imported this module),
    never forked from this one: a process with other threads running (the web app's, a test
    runner's, a browser driver's) would pass on whatever lock one of them held at that instant,
    and a worker waiting for it would wait forever. A worker that dies (killed, out of memory)
    ends the run with an error instead of leaving it waiting for that worker's batch."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    batch = list(islice(messages, _BATCH))
    if not batch:
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    handed = SERIAL_FIRST  # records handed back so far, the first ones read here
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_start_worker, initargs=(reader,)
    ) as pool:
        pending: Iterator[dict[str, Any]] | None = pool.map(
            _classify_in_worker, batch, chunksize=50
        )
        while pending is not None:
            batch = list(islice(messages, _BATCH))
            try:
                following = (pool.map(_classify_in_worker, batch, chunksize=50)
                             if batch else None)
                for record in pending:
                    yield record
                    handed += 1
            except BrokenProcessPool as exc:
                raise WorkerStopped(
                    f"a worker process stopped (killed, or out of memory?) after message "
                    f"{handed:,}; to read this mailbox in one process, use --jobs 1"
                ) from exc
            pending = following
