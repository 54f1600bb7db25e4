"""IMAP over TLS against a real Dovecot: read-only, incremental by UIDVALIDITY/UID."""

from __future__ import annotations

import re
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


def login(dovecot, initial_folder: str = "INBOX") -> MailBox:
    """A session on the test server (a context manager, as imap-tools gives it)."""
    return MailBox(dovecot.host, dovecot.port, ssl_context=dovecot.ssl_context()).login(
        dovecot.user, dovecot.password, initial_folder=initial_folder
    )


@pytest.fixture
def folder(dovecot) -> str:
    name = new_folder(dovecot)
    with login(dovecot) as box:
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
    with login(dovecot, initial_folder=folder) as box:
        assert all("\\Seen" not in message.flags for message in box.fetch(mark_seen=False))
        assert len(box.numbers()) == 5


def test_incremental_sync_fetches_only_new_mail(dovecot, folder: str) -> None:
    first = list(source(dovecot, folder))
    state = {folder: FolderState(first[-1].uidvalidity or 0, first[-1].uid or 0)}
    assert list(source(dovecot, folder, state=state)) == []
    with login(dovecot) as box:
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


# ---------------------------------------------------------------- the total, before any fetch


def events_of(imap: ImapSource) -> list[tuple[str, int]]:
    """What a progress bar hears, in order: ("total", n) reports and ("mail", uid) arrivals."""
    heard: list[tuple[str, int]] = []
    imap.on_total = lambda total: heard.append(("total", total))
    heard.extend(("mail", m.uid or 0) for m in imap)
    return heard


def append(dovecot, folder: str, *numbers: int) -> None:
    with login(dovecot) as box:
        for n in numbers:
            box.append(raw(n, "Interview"), folder, flag_set=())


def new_folder(dovecot) -> str:
    name = f"Jobs{uuid.uuid4().hex[:8]}"
    with login(dovecot) as box:
        box.folder.create(name)
    return name


def test_the_total_is_known_before_the_first_message_is_fetched(dovecot, folder: str) -> None:
    heard = events_of(source(dovecot, folder))
    assert heard == [("total", 5)] + [("mail", uid) for uid in range(1, 6)]


def test_the_total_of_several_folders_is_summed_up_front(dovecot, folder: str) -> None:
    other = new_folder(dovecot)
    append(dovecot, other, 10, 11)
    heard = events_of(source(dovecot, f"{folder},{other}"))
    totals = [n for kind, n in heard if kind == "total"]
    assert heard[0] == ("total", 7) and set(totals) == {7}  # the same total, never growing
    assert len([kind for kind, _ in heard if kind == "mail"]) == 7


def test_an_incremental_sync_counts_only_new_mail(dovecot, folder: str) -> None:
    first = list(source(dovecot, folder))
    state = {folder: FolderState(first[-1].uidvalidity or 0, first[-1].uid or 0)}
    assert events_of(source(dovecot, folder, state=state)) == [("total", 0)]  # nothing new
    append(dovecot, folder, 98, 99)
    assert events_of(source(dovecot, folder, state=state)) == [
        ("total", 2), ("mail", 6), ("mail", 7),
    ]  # fmt: skip


def test_the_since_date_limits_the_total(dovecot, folder: str) -> None:
    heard = events_of(source(dovecot, folder, since=date(2026, 11, 23)))
    assert heard[0] == ("total", 2) and len(heard) == 3


def test_a_folder_recreated_between_search_and_fetch_is_searched_again(
    dovecot, folder: str
) -> None:
    other = new_folder(dovecot)
    append(dovecot, other, 10)
    totals: list[int] = []

    def recreate_first_folder(total: int) -> None:
        totals.append(total)
        if len(totals) == 1:  # after the search, before the fetch: new UIDVALIDITY, 1 message
            with login(dovecot) as box:
                box.folder.delete(folder)
                box.folder.create(folder)
            append(dovecot, folder, 42)

    imap = source(dovecot, f"{folder},{other}")
    imap.on_total = recreate_first_folder
    got = list(imap)
    assert totals == [6, 2]
    assert [parse_message(m.data).subject for m in got] == ["Interview 42", "Interview 10"]


# ---------------------------------------------------------------- the CLI's bar


def screen_of(output: str) -> str:
    """What a terminal showed, frame after frame, without the colours and cursor moves."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", output)


@pytest.mark.django_db
def test_the_cli_bar_shows_how_many_of_how_many_then_nothing_new(
    dovecot, folder: str, cli, monkeypatch
) -> None:
    from rich.console import Console

    from onward.mail import cli_review

    terminal = Console(force_terminal=True, width=120)  # a seeker's terminal, not a pipe
    monkeypatch.setattr(cli_review, "console", terminal)
    monkeypatch.setenv("ONWARD_IMAP_PASSWORD", dovecot.password)
    monkeypatch.setenv("ONWARD_IMAP_CAFILE", str(dovecot.cafile))
    first = cli("mail", "import", dovecot.url(folder))
    assert first.exit_code == 0, first.stderr
    frames = screen_of(first.stdout)
    assert "0/5" in frames  # the total, drawn before the first message was fetched
    assert "5/5" in frames and "Messages read" in frames  # then the summary table

    append(dovecot, folder, 7)
    second = cli("mail", "import", dovecot.url(folder))
    assert "0/1" in screen_of(second.stdout) and "1/1" in screen_of(second.stdout)

    third = cli("mail", "import", dovecot.url(folder))
    frames = screen_of(third.stdout)
    assert f"Nothing new in {dovecot.url(folder)}: no mail that Onward has not read" in frames
    assert "0/0" not in frames and "Messages read" not in frames
