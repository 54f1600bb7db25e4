"""Reading .eml files, folders, mbox (Gmail Takeout too) and Maildir, without changing them."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from onward.mail import sources
from onward.mail.parse import parse_message
from onward.mail.sources import SourceError, detect_kind, iter_mbox, iter_path, parse_imap_url


def message(n: int, body: str = "Thank you for applying.") -> str:
    return (
        f"From: Acme Careers <careers{n}@acme.example>\nSubject: Message {n}\n"
        f"Message-ID: <m{n}@acme.example>\n\n{body}\n"
    )


def write_mbox(path: Path, bodies: list[str]) -> Path:
    chunks = [
        f"From 17812345678901234{n}@xxx Mon Nov 23 10:0{n % 10}:00 +0000 2026\n{message(n, body)}\n"
        for n, body in enumerate(bodies)
    ]
    path.write_text("".join(chunks), encoding="utf-8")
    return path


def test_takeout_mbox_is_split_at_envelope_lines_only(tmp_path: Path) -> None:
    bodies = [
        "Hello\n>From the hiring desk: thanks\nFrom what we hear you did well.",
        "Second.",
        "Third with ünïcödé.",
    ]
    path = write_mbox(tmp_path / "All mail Including Spam and Trash.mbox", bodies)
    got = list(iter_path(path))
    assert [r.source for r in got] == [f"{path}#{i}" for i in range(3)]
    first = parse_message(got[0].data)
    assert "From the hiring desk: thanks\nFrom what we hear" in first.text
    assert parse_message(got[2].data).text.strip() == "Third with ünïcödé."


def test_mbox_reading_is_the_same_with_tiny_chunks(tmp_path: Path, monkeypatch) -> None:
    path = write_mbox(tmp_path / "box.mbox", [f"body {i}\n" + "x" * (i * 37) for i in range(40)])
    whole = [r.data for r in iter_mbox(path)]
    monkeypatch.setattr(sources, "CHUNK", 7)
    assert [r.data for r in iter_mbox(path)] == whole
    assert len(whole) == 40


def test_mbox_agrees_with_the_stdlib_on_a_plain_mbox(tmp_path: Path) -> None:
    path = tmp_path / "std.mbox"
    box = mailbox.mbox(path)
    for n in range(10):
        box.add(message(n).encode())
    box.flush()
    box.close()
    ours = [parse_message(r.data).message_id for r in iter_path(path)]
    assert ours == [f"<m{n}@acme.example>" for n in range(10)]


def test_mbox_resume_skips_what_was_done(tmp_path: Path) -> None:
    path = write_mbox(tmp_path / "box.mbox", [f"b{i}" for i in range(6)])
    assert [r.position for r in iter_mbox(path, start=4)] == [4, 5]


def test_maildir_is_read_without_moving_new_mail(tmp_path: Path) -> None:
    box = mailbox.Maildir(tmp_path / "Mail", create=True)
    for n in range(3):
        box.add(message(n).encode())
    before = sorted(p.name for p in (tmp_path / "Mail" / "new").iterdir())
    assert detect_kind(tmp_path / "Mail") == "maildir"
    ids = sorted(parse_message(r.data).message_id for r in iter_path(tmp_path / "Mail"))
    assert ids == [f"<m{n}@acme.example>" for n in range(3)]
    assert sorted(p.name for p in (tmp_path / "Mail" / "new").iterdir()) == before


def test_folder_of_eml_files_and_mboxes(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_text(message(1))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.eml").write_text(message(2))
    write_mbox(tmp_path / "sub" / "c.mbox", ["x", "y"])
    (tmp_path / "notes.txt").write_text("not mail")
    sources_seen = [r.source for r in iter_path(tmp_path)]
    assert len(sources_seen) == 4
    assert sources_seen[0].endswith("a.eml")


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError):
        list(iter_path(tmp_path / "nope.mbox"))


def test_imap_urls() -> None:
    target = parse_imap_url("imaps://sam%40example.com@imap.example.com/INBOX,Jobs")
    assert (target.user, target.host, target.port) == ("sam@example.com", "imap.example.com", 993)
    assert target.folders == ("INBOX", "Jobs")
    assert parse_imap_url("imap+starttls://sam@host").port == 143
    for bad in ("imap://sam@host/INBOX", "imaps://host/INBOX", "imaps://sam:pw@host/INBOX"):
        with pytest.raises(SourceError):
            parse_imap_url(bad)


def test_password_comes_from_the_environment_first(monkeypatch) -> None:
    monkeypatch.setenv("ONWARD_IMAP_PASSWORD", "from-env")
    assert sources.find_password("sam@host", prompt=lambda _: "typed") == "from-env"
    monkeypatch.delenv("ONWARD_IMAP_PASSWORD")
    monkeypatch.setattr("keyring.get_password", lambda service, account: None)
    assert sources.find_password("sam@host", prompt=lambda _: "typed") == "typed"
    with pytest.raises(SourceError):
        sources.find_password("sam@host")


def test_takeout_spam_label_is_recognised() -> None:
    spam = b"X-GM-THRID: 1\nX-Gmail-Labels: Spam,Unread\nFrom: a@b\n\nYou won a job offer"
    kept = b"X-Gmail-Labels: Inbox,Important,Opened\nFrom: a@b\n\nSpam filters are hard"
    assert sources.is_marked_spam(spam) and not sources.is_marked_spam(kept)
    assert not sources.is_marked_spam(b"From: a@b\n\nno labels")


def test_takeout_sent_label_marks_the_readers_own_mail() -> None:
    assert sources.sent_by_reader("Sent") and sources.sent_by_reader("Sent,Opened")
    assert not sources.sent_by_reader("Inbox,Sent")  # mail to oneself arrives too
    assert not sources.sent_by_reader("Inbox,Important") and not sources.sent_by_reader("")


def test_the_sent_folders_of_mail_clients_are_recognised() -> None:
    for folder in ("Sent", "[Gmail]/Sent Mail", "INBOX.Sent", "Sent Items", "Gesendete Elemente",
                   "Éléments envoyés", "Enviados"):
        assert sources.is_sent_folder(folder), folder
    for folder in ("INBOX", "Jobs/Sentinel", "Consent forms", None):
        assert not sources.is_sent_folder(folder), folder
