"""IMAP over TLS against a real Dovecot: read-only, incremental by UIDVALIDITY/UID."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from imap_tools import MailBox

from onward.mail.parse import parse_message
from onward.mail.sources import FolderState, ImapSource, SourceError, open_source, parse_imap_url

pytestmark = pytest.mark.imap


def raw(n: int, subject: str = "Your application") -> bytes:
    return (
        f"From: Acme Careers <careers@acme.example>\r\nTo: seeker@example.test\r\n"
        f"Subject: {subject} {n}\r\nMessage-ID: <imap-{n}-{uuid.uuid4().hex}@acme.example>\r\n"
        f"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nThank you for applying, message {n}.\r\n"
    ).encode()


@pytest.fixture
def folder(dovecot) -> str:
    name = f"Jobs{uuid.uuid4().hex[:8]}"
    with MailBox(dovecot.host, dovecot.port, ssl_context=dovecot.ssl_context()).login(
        dovecot.user, dovecot.password
    ) as box:
        box.folder.create(name)
        for n in range(5):
            box.append(
                raw(n), name, dt=datetime(2026, 11, 20 + n, tzinfo=UTC), flag_set=()
            )
    return name


def source(dovecot, folder: str, **kwargs) -> ImapSource:
    target = parse_imap_url(dovecot.url(folder))
    return ImapSource(target, dovecot.password, ssl_context=dovecot.ssl_context(), **kwargs)


def test_reads_every_message_and_changes_nothing_on_the_server(dovecot, folder: str) -> None:
    got = list(source(dovecot, folder))
    assert [parse_message(m.data).subject for m in got] == [
        f"Your application {n}" for n in range(5)
    ]
    assert all(m.uidvalidity and m.uid and m.folder == folder for m in got)
    with MailBox(dovecot.host, dovecot.port, ssl_context=dovecot.ssl_context()).login(
        dovecot.user, dovecot.password, initial_folder=folder
    ) as box:
        assert all("\\Seen" not in message.flags for message in box.fetch(mark_seen=False))
        assert len(box.numbers()) == 5


def test_incremental_sync_fetches_only_new_mail(dovecot, folder: str) -> None:
    first = list(source(dovecot, folder))
    state = {folder: FolderState(first[-1].uidvalidity or 0, first[-1].uid or 0)}
    assert list(source(dovecot, folder, state=state)) == []
    with MailBox(dovecot.host, dovecot.port, ssl_context=dovecot.ssl_context()).login(
        dovecot.user, dovecot.password
    ) as box:
        box.append(raw(99, "Interview"), folder, flag_set=())
    new = list(source(dovecot, folder, state=state))
    assert [parse_message(m.data).subject for m in new] == ["Interview 99"]


def test_a_changed_uidvalidity_reads_the_folder_again(dovecot, folder: str) -> None:
    state = {folder: FolderState(uidvalidity=1, last_uid=10_000)}
    assert len(list(source(dovecot, folder, state=state))) == 5


def test_since_date_limits_what_is_fetched(dovecot, folder: str) -> None:
    got = list(source(dovecot, folder, since=date(2026, 11, 23)))
    assert [parse_message(m.data).subject for m in got] == [
        "Your application 3",
        "Your application 4",
    ]


def test_open_source_takes_the_password_from_the_environment(dovecot, folder, monkeypatch) -> None:
    monkeypatch.setenv("ONWARD_IMAP_PASSWORD", dovecot.password)
    got = list(open_source(dovecot.url(folder), ssl_context=dovecot.ssl_context()))
    assert len(got) == 5


def test_wrong_password_and_untrusted_certificate_are_refused(dovecot, folder: str) -> None:
    target = parse_imap_url(dovecot.url(folder))
    with pytest.raises(SourceError):
        list(ImapSource(target, "wrong", ssl_context=dovecot.ssl_context()))
    with pytest.raises(SourceError):  # the default context does not trust a self-signed cert
        list(ImapSource(target, dovecot.password, timeout=timedelta(seconds=10).total_seconds()))
