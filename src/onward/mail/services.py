"""Importing mail into proposals, and deciding on proposals.

Tracker rows are only ever changed through ``onward.tracker.services`` / ``people``.

Import (``import_source``):
1. Stream the source; skip what an unfinished earlier run of the same source already handled.
2. Parse and understand each message; a Message-ID seen before is a duplicate.
3. Keep recruiting mail only; the rest is counted and forgotten.
4. Match it to an application and plan a proposal (pure ``matching`` and ``propose``).
5. Commit every ``batch_size`` messages (or every ``flush_seconds``) together with the run's
   position, counters and IMAP state, so a killed import resumes with no duplicates and nothing
   lost, and a page polling the run sees it move. A file's total is its size in bytes; an IMAP
   source says how many messages it will fetch before fetching any (``total_messages``).
6. When ``should_stop()`` says so, commit after the message in hand and leave the run
   unfinished, with ``STOPPED`` as its reason, so the next import of the source resumes it.

Imports started from the web run in a thread: ``onward.mail.background``.
"""

from __future__ import annotations

import os
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone

from onward.mail import matching, propose
from onward.mail.decisions import (
    BulkResult,
    accept,
    accept_all,
    application_refs,
    dismiss,
    files_on,
    get_proposal,
    list_proposals,
    remember,
)
from onward.mail.models import Correction, ImapSyncState, ImportRun, MailMessage, Proposal
from onward.mail.owner import Reader
from onward.mail.pipeline import Unreadable, parse_checked, reader_of, understand_parsed
from onward.mail.sources import (
    FolderState,
    RawMail,
    SourceError,
    detect_kind,
    is_marked_spam,
    is_sent_folder,
    open_source,
    parse_imap_url,
)
from onward.mail.understand import Correction as Remembered

__all__ = [
    "BulkResult", "ImportSummary", "accept", "accept_all", "dismiss", "files_on", "get_proposal",
    "import_source", "latest_imports", "list_proposals", "open_run", "remember",
]  # fmt: skip

KEEP_TEXT = 20_000
MBOX_ENVELOPE = 50  # bytes of a "From sender date" line and the blank line before it
MAX_ERRORS = 200
STOPPED = "stopped on request"  # the reason kept on a run stopped by should_stop()


@dataclass
class ImportSummary:
    source: str
    read: int = 0
    recruiting: int = 0
    proposals: int = 0
    duplicates: int = 0
    forgotten: int = 0
    auto_accepted: int = 0
    resumed_from: int = 0
    stopped: bool = False  # by should_stop(): unfinished, to be resumed
    errors: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# ---------------------------------------------------------------- helpers


def remembered_corrections(owner: Any) -> tuple[Remembered, ...]:
    rows = Correction.objects.filter(owner=owner).order_by("-created_at")[:500]
    return tuple(
        Remembered(
            category=row.category,
            subject=row.subject,
            body=row.body,
            sender_address=row.sender_address,
            corrected_on=row.created_at.date(),
            stage=row.stage or None,
            reasons=tuple(row.reasons),
            company=row.company or None,
            role=row.role or None,
        )
        for row in rows
    )


def _state_of(ref: matching.ApplicationRef | None) -> propose.AppState | None:
    if ref is None:
        return None
    return propose.AppState(ref.id, ref.company, ref.role, ref.stage or "applied", ref.ending or "")


def is_recruiting(category: str, parsed: Any) -> bool:
    if category == "job_alert":
        return False  # alerts are counted, not kept: they are listings, not the seeker's mail
    if category != "other":
        return True
    return matching.looks_like_recruiting(
        subject=parsed.subject, text=parsed.text, sender_address=parsed.sender_address
    )


def _imap_account(spec: str) -> str:
    from onward.mail.sources import parse_imap_url

    target = parse_imap_url(spec)
    return f"{target.account}:{target.port}"


# ---------------------------------------------------------------- import


@dataclass
class _Batch:
    messages: list[MailMessage] = field(default_factory=list)
    drafts: list[propose.ProposalDraft | None] = field(default_factory=list)
    imap: dict[str, tuple[int, int]] = field(default_factory=dict)  # folder → (validity, uid)


class _Importer:
    def __init__(
        self, *, owner: Any, spec: str, run: ImportRun, summary: ImportSummary, reader: Reader
    ) -> None:
        self.owner, self.spec, self.run, self.summary = owner, spec, run, summary
        self.reader = reader
        self.known = set(
            MailMessage.objects.filter(owner=owner).values_list("message_id", flat=True)
        )
        self.refs = application_refs(owner)
        self.by_id = {ref.id: ref for ref in self.refs}
        self.corrections = remembered_corrections(owner)
        self.batch = _Batch()
        self.bytes_read = run.bytes_read

    def take(self, raw: RawMail) -> None:
        self.summary.read += 1
        # An mbox message is handed over without its "From " envelope line: count a typical one.
        self.bytes_read += len(raw.data) + (MBOX_ENVELOPE if raw.position is not None else 0)
        if raw.folder is not None and raw.uid is not None and raw.uidvalidity is not None:
            self.batch.imap[raw.folder] = (raw.uidvalidity, raw.uid)
        if is_marked_spam(raw.data) or is_sent_folder(raw.folder):
            self.summary.forgotten += 1  # spam, and the reader's own outgoing mail
            return
        try:
            self._keep_if_recruiting(raw)
        except Exception as exc:  # one bad message must not stop the import
            reason = str(exc) if isinstance(exc, Unreadable) else f"{type(exc).__name__}: {exc}"
            self._error(raw.source, reason)

    def _keep_if_recruiting(self, raw: RawMail) -> None:
        parsed = parse_checked(raw.data, want_html=True)
        if parsed.message_id in self.known:  # checked before the costlier understanding
            self.summary.duplicates += 1
            return
        self.known.add(parsed.message_id)
        found = understand_parsed(
            parsed, corrections=self.corrections, folder=raw.folder, reader=self.reader
        )
        if found.kind == "sent" or not is_recruiting(found.category, parsed):
            self.summary.forgotten += 1
            return
        facts = found.as_dict()
        match = matching.match_application(
            applications=self.refs, company=found.company, role=found.role,
            sender_address=parsed.sender_address, sender_name=parsed.sender_name,
            category=found.category,
        )  # fmt: skip
        ref = self.by_id.get(match.application_id) if match.application_id else None
        when = parsed.date.date().isoformat() if parsed.date else None
        draft = propose.plan(facts=facts, match=match, app=_state_of(ref), message_date=when)
        message = MailMessage(
            owner=self.owner, message_id=parsed.message_id, source=raw.source[:1000],
            subject=parsed.subject, sender_name=parsed.sender_name,
            sender_address=parsed.sender_address, to=parsed.to, sent_at=parsed.date,
            headers=parsed.headers, facts=facts, category=found.category,
            text=parsed.text[:KEEP_TEXT], html_sanitized=parsed.html_sanitized,
        )  # fmt: skip
        self.batch.messages.append(message)
        self.batch.drafts.append(draft)
        self.summary.recruiting += 1

    def _error(self, source: str, reason: str) -> None:
        if len(self.summary.errors) < MAX_ERRORS:
            self.summary.errors.append({"source": source, "reason": reason})

    @transaction.atomic
    def commit(self, position: int) -> list[int]:
        batch, self.batch = self.batch, _Batch()
        created = MailMessage.objects.bulk_create(batch.messages)
        proposals = [
            Proposal(
                owner=self.owner,
                message=message,
                application_id=draft.application_id,
                kind=draft.kind,
                summary=draft.summary[:500],
                payload=draft.payload,
                confidence=draft.confidence,
                evidence=list(draft.evidence),
            )
            for message, draft in zip(created, batch.drafts, strict=True)
            if draft is not None
        ]
        made = Proposal.objects.bulk_create(proposals)
        self.summary.proposals += len(made)
        for folder, (validity, uid) in batch.imap.items():
            ImapSyncState.objects.update_or_create(
                owner=self.owner, account=_imap_account(self.spec), folder=folder,
                defaults={"uidvalidity": validity, "last_uid": uid},
            )  # fmt: skip
        run, summary = self.run, self.summary
        run.position = position
        for name in ("read", "recruiting", "proposals", "duplicates", "forgotten"):
            setattr(run, name, getattr(summary, name))
        run.errors = summary.errors
        run.bytes_read = self.bytes_read
        run.save()
        return [p.pk for p in made]


def _imap_state(owner: Any, spec: str) -> dict[str, FolderState]:
    rows = ImapSyncState.objects.filter(owner=owner, account=_imap_account(spec))
    return {row.folder: FolderState(row.uidvalidity, row.last_uid) for row in rows}


def _is_mbox(spec: str) -> bool:
    try:
        return detect_kind(Path(spec)) == "mbox"
    except SourceError:
        return False


def open_run(*, owner: Any, spec: str) -> ImportRun:
    """The unfinished run of this source (to resume it), or a new one."""
    unfinished = (
        ImportRun.objects.filter(owner=owner, source=spec, finished_at=None)
        .exclude(state=ImportRun.DISCARDED)
        .first()
    )
    return unfinished or ImportRun.objects.create(owner=owner, source=spec)


def _size_of(spec: str) -> int | None:
    """Bytes of a file source (the files a folder import reads), for a percentage."""
    path = Path(spec)
    try:
        if path.is_file():
            return path.stat().st_size
        if path.is_dir():
            return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    except OSError:
        pass
    return None


def this_process() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _start(run: ImportRun, *, is_imap: bool, spec: str) -> None:
    run.state, run.error, run.worker = ImportRun.RUNNING, "", this_process()[:300]
    run.total_bytes = None if is_imap else _size_of(spec)
    run.total_messages = None  # until the server says, in this run
    run.save()


def _total_keeper(
    run: ImportRun, on_total: Callable[[int], None] | None
) -> Callable[[int], None]:
    """What to do when the source says how many messages it will hand over in this run.

    Saved at once, before the first message arrives, so a page polling the run shows "0 of
    1,234" (or "nothing new") rather than a bar with no end. Messages read before a resume
    count too: ``read`` and ``total_messages`` measure the whole run."""
    already = run.read

    def keep(count: int) -> None:
        run.total_messages = already + count
        run.save(update_fields=["total_messages", "updated_at"])
        if on_total is not None:
            on_total(count)

    return keep


def _fail(run: ImportRun, exc: BaseException) -> None:
    run.state = ImportRun.FAILED
    run.error = (str(exc) or type(exc).__name__)[:2000]
    run.save(update_fields=["state", "error", "updated_at"])


def _stop(run: ImportRun) -> None:
    run.error = STOPPED
    run.save(update_fields=["error", "updated_at"])


def import_source(
    *,
    owner: Any,
    spec: str,
    since: date | None = None,
    password_prompt: Callable[[str], str] | None = None,
    ssl_context: ssl.SSLContext | None = None,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    batch_size: int = 500,
    flush_seconds: float | None = None,
    auto_accept_above: float | None = None,
    should_stop: Callable[[], bool] | None = None,
    me: Sequence[str] = (),
) -> ImportSummary:
    """Import a path or ``imaps://`` source into kept messages and pending proposals.

    ``progress`` hears the position of each message read; ``on_total`` hears how many this run
    will read, if the source knows before reading them (IMAP: once the folders are searched; 0
    when there is nothing new).
    ``auto_accept_above`` defaults to the ``ONWARD_AUTO_ACCEPT_CONFIDENCE`` setting (off).
    An exception (a refused login, an unreadable path) marks the run failed with its reason and
    is raised again; the run stays unfinished, so the next import of the source resumes it.
    ``should_stop`` is asked after each message; once it says yes, what was read is committed
    and the run is left unfinished (``summary.stopped``), to be resumed the same way.
    ``me`` are the seeker's own addresses, beside her profile's and the IMAP login: mail from
    them is her sent mail, counted and forgotten.
    """
    if auto_accept_above is None:
        from onward.config import get_settings

        auto_accept_above = get_settings().auto_accept_confidence
    is_imap = spec.startswith(("imaps://", "imap+starttls://", "imap://"))
    # Skipping by position is only safe in an mbox, where messages keep their order; folders
    # and Maildirs change as mail arrives, so there Message-IDs alone prevent duplicates.
    by_position = not is_imap and _is_mbox(spec)
    run = open_run(owner=owner, spec=spec)
    summary = ImportSummary(source=spec, resumed_from=run.position if by_position else 0)
    for name in ("read", "recruiting", "proposals", "duplicates", "forgotten"):
        setattr(summary, name, getattr(run, name))
    summary.errors = list(run.errors)
    _start(run, is_imap=is_imap, spec=spec)
    try:
        stream: Iterator[RawMail] = open_source(
            spec, since=since, state=_imap_state(owner, spec) if is_imap else None,
            password_prompt=password_prompt, ssl_context=ssl_context,
            on_total=_total_keeper(run, on_total),
        )  # fmt: skip
        reader = _reader(owner=owner, spec=spec, me=me, is_imap=is_imap)
        importer = _Importer(owner=owner, spec=spec, run=run, summary=summary, reader=reader)
        position, last_commit = 0, time.monotonic()
        for raw in stream:
            position += 1
            if by_position and position <= run.position:
                continue  # handled by the interrupted run
            importer.take(raw)
            if progress:
                progress(position)
            due = flush_seconds is not None and time.monotonic() - last_commit >= flush_seconds
            if position % batch_size == 0 or due:
                importer.commit(position)
                last_commit = time.monotonic()
            if should_stop is not None and should_stop():
                summary.stopped = True
                break
        importer.commit(position)
    except Exception as exc:
        _fail(run, exc)
        raise
    if summary.stopped:
        _stop(run)
        return summary
    run.finished_at = timezone.now()
    run.state = ImportRun.FINISHED
    if auto_accept_above is not None:
        summary.auto_accepted = accept_all(owner=owner, min_confidence=auto_accept_above).accepted
        run.auto_accepted = summary.auto_accepted
    run.save()
    if _nothing_new(run):
        # Only the latest "nothing new" of a folder tells anything (when it was last looked
        # at); older ones would push real imports off the page's short list.
        _nothing_new_runs(owner, run.source).exclude(pk=run.pk).delete()
    return summary


def _reader(*, owner: Any, spec: str, me: Sequence[str], is_imap: bool) -> Reader:
    """Whose mail this is: the addresses given, her profile's, the IMAP login, and (for files)
    those most of the mailbox is addressed to."""
    from onward.profile.services import own_addresses

    given = [*me, *own_addresses(owner=owner), getattr(owner, "email", "") or ""]
    if is_imap:
        return Reader().with_given([*given, parse_imap_url(spec).user])
    return reader_of(Path(spec), given=given)


def _nothing_new(run: ImportRun) -> bool:
    return run.total_messages == 0 and run.read == 0


def _nothing_new_runs(owner: Any, source: str):  # type: ignore[no-untyped-def]
    return ImportRun.objects.filter(
        owner=owner, source=source, state=ImportRun.FINISHED, total_messages=0, read=0
    )


def latest_imports(*, owner: Any, limit: int = 10):  # type: ignore[no-untyped-def]
    return ImportRun.objects.filter(owner=owner)[:limit]
