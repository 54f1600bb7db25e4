"""Imports started from the web: run in a thread of the web process, watched by polling.

Local-first: ``onward serve`` has no worker, so a thread does the work. It calls the same
``services.import_source`` as the CLI, which commits a batch about every second together with
the run's counters; the import page polls the run and draws a progress bar.

1. ``save_uploads`` keeps uploaded files under the data directory (not /tmp), so an import
   cut short by a restart can be resumed from the page.
2. ``start_import`` opens (or reopens) the ``ImportRun`` and starts the thread once the request's
   transaction has committed, so the thread sees the run.
3. ``status`` tells a live run from one whose process died: its thread is alive here, its
   process (``worker``, host:pid) still runs on this machine, or, from another machine, its
   heartbeat (``updated_at``) is newer than ``STALE_AFTER``.
4. ``stop`` sets the run's ``threading.Event``; the thread finishes the message in hand, commits,
   and ends with the run unfinished and its uploads kept, so ``status`` says ``stopped`` and
   the run can be resumed or discarded like an interrupted one.

An IMAP password typed in the form lives only in the thread's closure; it is never saved.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import ssl
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Protocol

from django.db import connections, transaction
from django.utils import timezone

from onward.errors import NotAllowed
from onward.mail.models import ImportRun
from onward.owned import get_owned

FLUSH_SECONDS = 1.0  # commit (and so show progress) at least this often
STALE_AFTER = timedelta(minutes=2)  # a CLI run in another process commits far more often
# Statuses never stored: the run's process is gone; the seeker stopped it; it is stopping.
INTERRUPTED, STOPPED, STOPPING = "interrupted", "stopped", "stopping"
RESUMABLE = (INTERRUPTED, STOPPED, ImportRun.FAILED)

_threads: dict[int, threading.Thread] = {}
_stops: dict[int, threading.Event] = {}  # set by stop(), read by the run's thread
_threads_lock = threading.Lock()


class Upload(Protocol):
    name: str | None

    def chunks(self) -> Iterable[bytes]: ...


@dataclass(frozen=True)
class SavedUploads:
    spec: str  # the one file, or the folder holding several
    label: str


# ---------------------------------------------------------------- uploads


def uploads_root() -> Path:
    from onward.config import get_settings

    return get_settings().home / "uploads"


def save_uploads(uploads: Sequence[Upload]) -> SavedUploads:
    """Write uploads to a fresh folder under the data directory; only the owner may read it."""
    folder = uploads_root() / f"{timezone.now():%Y%m%d-%H%M%S}-{secrets.token_hex(4)}"
    folder.mkdir(parents=True, mode=0o700)
    names, paths = [], []
    for n, upload in enumerate(uploads):
        name = Path(upload.name or f"upload-{n}").name
        suffix = ".eml" if name.lower().endswith(".eml") else ".mbox"
        path = folder / f"{n:04d}-{Path(name).stem[:60]}{suffix}"
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        names.append(name)
        paths.append(path)
    # One mbox as a file, not a folder, so a resumed import skips by position.
    spec = str(paths[0]) if len(paths) == 1 else str(folder)
    label = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return SavedUploads(spec, label)


def _upload_folder(spec: str) -> Path | None:
    """The folder under ``uploads_root`` that holds this source, if it is an upload."""
    root = uploads_root().resolve()
    path = Path(spec).resolve()
    for candidate in (path, *path.parents):
        if candidate.parent == root:
            return candidate
    return None


def _forget_upload(spec: str) -> None:
    folder = _upload_folder(spec)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------- running


def is_imap(spec: str) -> bool:
    return spec.startswith(("imaps://", "imap+starttls://", "imap://"))


def start_import(
    *, owner: Any, spec: str, label: str = "", since: date | None = None, password: str = ""
) -> ImportRun:
    """Queue an import of ``spec`` and run it in a thread once this transaction commits."""
    from onward.mail.services import open_run

    run = open_run(owner=owner, spec=spec)
    run.state, run.error, run.worker = ImportRun.QUEUED, "", ""
    run.label = (label or run.label or spec)[:300]
    run.since = since or run.since
    run.save()
    run_id, owner_id, since = run.pk, owner.pk, run.since
    stopping = threading.Event()  # registered now, so a Stop sent before the thread starts holds
    with _threads_lock:
        _stops[run_id] = stopping
    transaction.on_commit(lambda: _launch(run_id, owner_id, spec, since, password, stopping))
    return run


def resume(*, owner: Any, run_id: int, password: str = "") -> ImportRun:
    """Start a stopped, interrupted or failed import again; it carries on where it stopped."""
    run = get_run(owner=owner, run_id=run_id)
    if status(run) not in RESUMABLE:
        raise NotAllowed("only a stopped, interrupted or failed import can be resumed")
    if not is_imap(run.source) and not Path(run.source).exists():
        raise NotAllowed("the uploaded files are gone; upload them again")
    return start_import(owner=owner, spec=run.source, since=run.since, password=password)


def discard(*, owner: Any, run_id: int) -> ImportRun:
    """Give up on a stopped, interrupted or failed import and delete its uploaded files."""
    run = get_run(owner=owner, run_id=run_id)
    if status(run) not in RESUMABLE:
        raise NotAllowed("only a stopped, interrupted or failed import can be discarded")
    _forget_upload(run.source)
    run.state = ImportRun.DISCARDED
    run.save(update_fields=["state", "updated_at"])
    return run


def stop(*, owner: Any, run_id: int) -> ImportRun:
    """Ask a running import to stop after the message in hand; ``status`` says ``stopping``.

    It does not wait: a request holds the SQLite write lock the thread needs to commit."""
    run = get_run(owner=owner, run_id=run_id)
    now = status(run)
    if now not in (ImportRun.QUEUED, ImportRun.RUNNING, STOPPING):
        raise NotAllowed(f"only a running import can be stopped; this one is {now}")
    with _threads_lock:
        event = _stops.get(run.pk)
    if event is None:  # the CLI, another web process, or a thread that just ended
        raise NotAllowed(
            "this import is not running in this Onward process (it may be an `onward mail "
            "import` in a terminal: stop it there with Ctrl+C)"
        )
    event.set()
    return run


def _launch(run_id: int, owner_id: int, spec: str, since: date | None, password: str,
            stopping: threading.Event) -> None:
    thread = threading.Thread(
        target=_run, args=(run_id, owner_id, spec, since, password, stopping),
        name=f"onward-import-{run_id}", daemon=True,
    )  # fmt: skip
    with _threads_lock:  # its stop event was registered when the run was queued
        _threads[run_id] = thread
    thread.start()


def _ssl_context() -> ssl.SSLContext | None:
    cafile = os.environ.get("ONWARD_IMAP_CAFILE")
    return ssl.create_default_context(cafile=cafile) if cafile else None


def _run(
    run_id: int, owner_id: int, spec: str, since: date | None, password: str,
    stopping: threading.Event,
) -> None:  # fmt: skip
    """The thread: import, forget the uploaded files once done, close the DB connection."""
    from onward.accounts.models import User
    from onward.mail.services import import_source

    try:
        owner = User.objects.get(pk=owner_id)
        summary = import_source(
            owner=owner, spec=spec, since=since, flush_seconds=FLUSH_SECONDS,
            password_prompt=(lambda _label: password) if is_imap(spec) else None,
            ssl_context=_ssl_context() if is_imap(spec) else None,
            should_stop=stopping.is_set,
        )  # fmt: skip
        if not summary.stopped:  # a stopped import keeps its files, to be resumed
            _forget_upload(spec)  # the mailbox is read; only recruiting mail is kept
    except Exception as exc:  # the run already says why; make sure of it
        with contextlib.suppress(Exception):
            ImportRun.objects.filter(pk=run_id).exclude(state=ImportRun.FAILED).update(
                state=ImportRun.FAILED, error=str(exc)[:2000] or type(exc).__name__
            )
    finally:
        connections.close_all()  # this thread's connections only
        with _threads_lock:
            _threads.pop(run_id, None)
            _stops.pop(run_id, None)


def is_alive(run_id: int) -> bool:
    with _threads_lock:
        thread = _threads.get(run_id)
    return thread is not None and thread.is_alive()


def wait(run_id: int, timeout: float) -> bool:
    """Block until the run's thread ends (tests, shutdown); True if it did."""
    with _threads_lock:
        thread = _threads.get(run_id)
    if thread is not None:
        thread.join(timeout)
        return not thread.is_alive()
    return True


# ---------------------------------------------------------------- reading


def get_run(*, owner: Any, run_id: int) -> ImportRun:
    return get_owned(ImportRun.objects.all(), "import", run_id, owner=owner)


def status(run: ImportRun) -> str:
    """``queued``/``running``/``finished``/``failed``/``discarded``, or one never stored:
    ``stopping``, ``stopped`` (by the seeker) or ``interrupted`` (its process is gone)."""
    from onward.mail.services import STOPPED as STOPPED_REASON

    if run.state not in (ImportRun.QUEUED, ImportRun.RUNNING):
        return run.state
    if can_stop(run.pk):  # running in this process, or its thread about to start
        return STOPPING if _stop_requested(run.pk) else run.state
    if run.error == STOPPED_REASON:  # before the process check: this process lives on
        return STOPPED
    alive = _process_alive(run.worker)
    if alive is None:  # queued, or run from another machine: trust the heartbeat
        alive = timezone.now() - run.updated_at < STALE_AFTER
    if not alive and _stored_since(run):
        # the thread ended (finished, stopped) between the run being read and this question:
        # its last word is stored, and says what happened
        return status(run)
    return run.state if alive else INTERRUPTED


def _stored_since(run: ImportRun) -> bool:
    """Whether the stored run says more than ``run`` (read again into it, if so)."""
    stored = ImportRun.objects.filter(pk=run.pk).values("state", "error").first()
    if stored is None or (stored["state"], stored["error"]) == (run.state, run.error):
        return False
    run.refresh_from_db()
    return True


def can_stop(run_id: int) -> bool:
    """Whether a thread of this process runs the import, so that ``stop`` can reach it."""
    with _threads_lock:
        return run_id in _stops


def _stop_requested(run_id: int) -> bool:
    with _threads_lock:
        event = _stops.get(run_id)
    return event is not None and event.is_set()


def _process_alive(worker: str) -> bool | None:
    """Whether the process named ``host:pid`` still runs; None if it cannot be told from here."""
    from onward.mail.services import this_process

    host, _, pid = worker.rpartition(":")
    if not pid.isdigit() or host != this_process().rpartition(":")[0]:
        return None
    if worker == this_process():
        return False  # this very process, and no thread of it runs the import
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def percent(run: ImportRun) -> int | None:
    """How far through: by messages for IMAP, by bytes for files; None until the total is known.

    Below 100 until the run is done (an mbox's envelope lines are not counted as read, and the
    last messages may still be waiting to be committed)."""
    if run.state == ImportRun.FINISHED or run.total_messages == 0:
        return 100
    if run.total_messages:
        return min(99, run.read * 100 // run.total_messages)
    if not run.total_bytes:
        return None
    return min(99, run.bytes_read * 100 // run.total_bytes)

