"""Imports as a seeker runs them: from a real IMAP server, and killed half-way then re-run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from imap_tools import MailBox

REJECTION = (
    "From: Acme Recruiting <no-reply@greenhouse.io>\r\nTo: seeker@example.test\r\n"
    "Subject: Your application to Acme {n}\r\nMessage-ID: <live-{n}-{tag}@acme.example>\r\n"
    "Date: Tue, 24 Nov 2026 09:00:00 +0000\r\n\r\n"
    "Dear Sam, thank you for applying for the Data Analyst position at Acme. Unfortunately we "
    "have decided not to move forward with your application.\r\n"
)
NEWSLETTER = (
    "From: Garden Shop <news@garden.example>\r\nSubject: Autumn sale {n}\r\n"
    "Message-ID: <news-{n}-{tag}@garden.example>\r\n\r\nTwenty percent off garden chairs.\r\n"
)


@pytest.mark.imap
@pytest.mark.django_db
def test_imap_import_is_incremental_and_read_only(dovecot, owner, monkeypatch) -> None:
    from onward.mail import services
    from onward.mail.models import ImapSyncState, MailMessage

    folder, tag = f"Jobs{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    with MailBox(dovecot.host, dovecot.port, ssl_context=dovecot.ssl_context()).login(
        dovecot.user, dovecot.password
    ) as box:
        box.folder.create(folder)
        box.append(REJECTION.format(n=1, tag=tag).encode(), folder, flag_set=())
        box.append(NEWSLETTER.format(n=2, tag=tag).encode(), folder, flag_set=())
    monkeypatch.setenv("ONWARD_IMAP_PASSWORD", dovecot.password)
    first = services.import_source(
        owner=owner, spec=dovecot.url(folder), ssl_context=dovecot.ssl_context()
    )
    assert (first.read, first.recruiting, first.forgotten, first.proposals) == (2, 1, 1, 1)
    state = ImapSyncState.objects.get(owner=owner, folder=folder)
    assert state.last_uid == 2 and state.uidvalidity > 0
    with MailBox(dovecot.host, dovecot.port, ssl_context=dovecot.ssl_context()).login(
        dovecot.user, dovecot.password, initial_folder=folder
    ) as box:
        assert all("\\Seen" not in m.flags for m in box.fetch(mark_seen=False))
        box.append(REJECTION.format(n=3, tag=tag).encode(), folder, flag_set=())
    second = services.import_source(
        owner=owner, spec=dovecot.url(folder), ssl_context=dovecot.ssl_context()
    )
    assert second.read == 1 and second.recruiting == 1
    assert MailMessage.objects.filter(owner=owner).count() == 2


def _mbox(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            body = REJECTION if n % 2 else NEWSLETTER
            out.write("From x@y Mon Nov 23 10:00:00 2026\n")
            out.write(body.format(n=n, tag="kill").replace("\r\n", "\n") + "\n")
    return path


def _position(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            row = conn.execute("select max(position) from mail_importrun").fetchone()
    except sqlite3.Error:
        return 0
    return int(row[0] or 0) if row else 0


def test_an_import_killed_half_way_finishes_with_no_duplicates(tmp_path: Path) -> None:
    """A real process, really killed (SIGKILL), then run again."""
    mbox = _mbox(tmp_path / "big.mbox", 6000)
    env = {**os.environ, "ONWARD_HOME": str(tmp_path / "home"), "ONWARD_PROGRESS": "0"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    command = [sys.executable, "-m", "onward.cli", "mail", "import", str(mbox), "--batch", "200"]
    command = [sys.executable, "-c", "from onward.cli import main; main()", *command[3:]]
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    db = tmp_path / "home" / "onward.sqlite3"
    deadline = time.monotonic() + 120
    while _position(db) < 400 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if child.poll() is not None:
        pytest.skip("the import finished before it could be interrupted on this machine")
    child.send_signal(signal.SIGKILL)
    child.wait()
    done_before = _position(db)
    assert 0 < done_before < 6000
    again = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, check=True
    )
    assert "Resumed after message" in again.stdout
    with sqlite3.connect(db) as conn:
        kept = conn.execute(
            "select count(*), count(distinct message_id) from mail_mailmessage"
        ).fetchone()
        proposals = conn.execute("select count(*) from mail_proposal").fetchone()[0]
    assert kept == (3000, 3000) and proposals == 3000


@pytest.mark.imap
@pytest.mark.django_db
def test_cli_imports_from_imap_with_a_prompted_password(dovecot, cli, monkeypatch) -> None:
    folder, tag = f"Cli{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    with MailBox(dovecot.host, dovecot.port, ssl_context=dovecot.ssl_context()).login(
        dovecot.user, dovecot.password
    ) as box:
        box.folder.create(folder)
        box.append(REJECTION.format(n=1, tag=tag).encode(), folder, flag_set=())
    monkeypatch.delenv("ONWARD_IMAP_PASSWORD", raising=False)
    monkeypatch.setenv("ONWARD_IMAP_CAFILE", str(dovecot.cafile))
    monkeypatch.setattr("keyring.get_password", lambda service, account: None)
    result = cli("mail", "import", dovecot.url(folder), input=dovecot.password + "\n")
    assert result.exit_code == 0, result.stderr
    assert "Recruiting mail kept" in result.stdout and "│ 1" in result.stdout
    assert dovecot.password not in result.stdout
