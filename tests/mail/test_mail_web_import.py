"""The web import runs in a background thread; the page polls its progress until it is done.

These tests let the thread really run, so they commit (``transaction=True``): the request's
transaction must commit before the thread starts, and the thread has its own connection.
"""

from __future__ import annotations

import re
import socket
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from imap_tools import MailBox

pytestmark = pytest.mark.django_db(transaction=True)


def mail(
    n: int, subject: str, body: str, sender: str = "Acme Careers <careers@acme.example>"
) -> str:
    return (
        f"From: {sender}\nTo: sam@example.com\nSubject: {subject}\n"
        f"Message-ID: <web-{n}@example.test>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )


REJECTION = (
    "Dear Sam,\n\nThank you for interviewing for the Data Analyst position at Acme. "
    "Unfortunately, we have decided not to move forward with your application.\n\nAcme Recruiting"
)
NEWSLETTER = "Our autumn sale starts today. Get 20% off all garden furniture this weekend."


def mbox_bytes(newsletters: int = 40) -> bytes:
    messages = [mail(0, "Your application to Acme", REJECTION)] + [
        mail(n, f"Autumn sale {n}", NEWSLETTER, "Garden Shop <news@garden.example>")
        for n in range(1, newsletters + 1)
    ]
    return "".join(f"From x@y Mon Nov 23 10:00:00 2026\n{m}\n" for m in messages).encode()


@pytest.fixture
def analyst(owner):  # type: ignore[no-untyped-def]
    from onward.tracker import services as tracker

    app = tracker.add_application(owner=owner, company="Acme", role_title="Data Analyst")
    tracker.move(owner=owner, application_id=app.pk, to_stage="interviewing")
    return app


def only_run() -> Any:
    from onward.mail.models import ImportRun

    return ImportRun.objects.get()


def poll_until_settled(client: Any, run_id: int, seconds: float = 30.0) -> str:
    """Fetch the card as htmx does until it stops asking to be polled; return its HTML."""
    from onward.mail import background

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        html = client.get(f"/mail/import/{run_id}/", HTTP_HX_REQUEST="true").content.decode()
        if "hx-trigger" not in html:
            assert background.wait(run_id, 10), "the import thread did not end"
            return " ".join(html.split())
        time.sleep(0.05)
    background.wait(run_id, 10)
    raise AssertionError(f"import {run_id} still running after {seconds}s")


def upload(client: Any, name: str, data: bytes) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post("/mail/import/", {"files": [SimpleUploadedFile(name, data)]})


def test_an_uploaded_mbox_imports_in_the_background(client_local, owner, analyst) -> None:
    from onward.mail import background
    from onward.mail.models import Proposal

    posted = upload(client_local, "takeout.mbox", mbox_bytes())
    run = only_run()
    assert posted.status_code == 302 and posted["Location"] == f"/mail/import/#import-{run.pk}"
    saved = Path(run.source)
    assert saved.is_relative_to(background.uploads_root()) and run.label == "takeout.mbox"

    page = client_local.get("/mail/import/").content.decode()
    assert "takeout.mbox" in page
    html = poll_until_settled(client_local, run.pk)
    assert "Done" in html and "Read 41 messages: 1 about recruiting kept, 1 proposal made" in html
    assert 'href="/mail/"' in html  # "Review them"
    (proposal,) = Proposal.objects.filter(owner=owner)
    assert proposal.kind == "reject" and proposal.application_id == analyst.pk
    run.refresh_from_db()
    assert run.state == "finished" and run.total_bytes == len(mbox_bytes())
    assert abs(run.bytes_read - run.total_bytes) < run.total_bytes * 0.1  # an estimate
    assert background.percent(run) == 100
    assert not saved.parent.exists()  # the mailbox is forgotten once read

    api = client_local.get(f"/api/v1/mail/imports/{run.pk}").json()
    assert api["status"] == "finished" and api["percent"] == 100 and api["proposals"] == 1
    assert client_local.get("/api/v1/mail/imports/99999").status_code == 404


def test_a_running_import_shows_a_bar_and_asks_to_be_polled(client_local, owner) -> None:
    from onward.mail.models import ImportRun

    run = ImportRun.objects.create(
        owner=owner, source="/somewhere/inbox.mbox", label="inbox.mbox", state="running",
        total_bytes=4000, bytes_read=1000, read=1234, recruiting=56, proposals=40,
    )  # fmt: skip
    html = client_local.get(f"/mail/import/{run.pk}/").content.decode()
    assert 'hx-trigger="every 1s"' in html and "Reading" in html
    assert '<progress max="100" value="25"' in html
    assert "1,234</b> messages read (about 25%)" in html
    page = client_local.get("/mail/import/").content.decode()
    assert 'http-equiv="refresh"' in page  # without JavaScript the page reloads itself


def test_a_run_read_just_before_its_thread_stopped_is_shown_stopped_not_interrupted(
    owner,
) -> None:
    # A page reads the run, then the import thread stores its last word ("stopped on
    # request") and ends, then the page asks whether a thread still runs it: no. The stored
    # run, not the copy read a moment before, says what happened.
    from onward.mail import background, services
    from onward.mail.models import ImportRun

    run = ImportRun.objects.create(
        owner=owner, source="/somewhere/inbox.mbox", state="running",
        worker=services.this_process(), read=1161,
    )  # fmt: skip
    read_by_the_page = ImportRun.objects.get(pk=run.pk)
    ImportRun.objects.filter(pk=run.pk).update(error=services.STOPPED)
    assert background.status(read_by_the_page) == "stopped"
    # a run whose thread is gone without a word is interrupted
    ImportRun.objects.filter(pk=run.pk).update(error="")
    assert background.status(ImportRun.objects.get(pk=run.pk)) == "interrupted"


def test_an_imap_folder_with_no_total_shows_a_moving_bar(client_local, owner) -> None:
    from onward.mail.models import ImportRun

    run = ImportRun.objects.create(
        owner=owner, source="imaps://sam@imap.example.com/INBOX", state="running", read=12
    )
    html = client_local.get(f"/mail/import/{run.pk}/").content.decode()
    assert re.search(r"<progress aria-labelledby=\S+ aria-valuetext=\"12 messages read\">", html)
    assert "Logging in and looking for new mail…" in html


def test_an_imap_folder_with_a_total_shows_how_many_of_how_many(client_local, owner) -> None:
    from onward.mail.models import ImportRun

    run = ImportRun.objects.create(
        owner=owner, source="imaps://sam@imap.example.com/INBOX", state="running", read=1203,
        total_messages=4010, bytes_read=9_000_000,
    )  # fmt: skip
    html = " ".join(client_local.get(f"/mail/import/{run.pk}/").content.decode().split())
    assert '<progress max="100" value="30"' in html
    assert 'aria-valuetext="30% — 1203 of 4010 messages read"' in html
    assert "<b>1,203</b> of <b>4,010</b> messages read&nbsp;(30%)" in html
    assert "Logging in" not in html and "(about" not in html  # counted, not estimated
    api = client_local.get(f"/api/v1/mail/imports/{run.pk}").json()
    assert (api["percent"], api["read"], api["total_messages"]) == (30, 1203, 4010)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # nothing listens there once the probe closes


def test_a_refused_imap_login_fails_with_the_reason_and_keeps_no_password(
    client_local, owner, monkeypatch
) -> None:
    from onward.mail.models import ImportRun

    monkeypatch.delenv("ONWARD_IMAP_PASSWORD", raising=False)
    url = f"imaps://sam@127.0.0.1:{closed_port()}/INBOX"
    posted = client_local.post("/mail/import/", {"imap_url": url, "password": "hunter2-secret"})
    assert posted.status_code == 302
    run = only_run()
    html = poll_until_settled(client_local, run.pk)
    assert "Failed" in html and "The import stopped: could not log in to sam@127.0.0.1" in html
    assert 'type="password" name="password"' in html and "Try again" in html
    stored = str(list(ImportRun.objects.values()))
    assert "hunter2" not in stored and run.since is None


def test_an_interrupted_import_is_resumed_from_the_page(client_local, owner, analyst) -> None:
    from onward.mail import background, services
    from onward.mail.models import MailMessage

    folder = background.uploads_root() / "interrupted"
    folder.mkdir(parents=True)
    mbox = folder / "0000-inbox.mbox"
    mbox.write_bytes(mbox_bytes(newsletters=5))

    def server_stops(position: int) -> None:
        if position == 4:
            raise KeyboardInterrupt  # like a restart: nothing marks the run failed

    with pytest.raises(KeyboardInterrupt):
        services.import_source(owner=owner, spec=str(mbox), batch_size=3, progress=server_stops)
    run = only_run()
    assert run.state == "running" and run.position == 3
    page = client_local.get("/mail/import/").content.decode()
    assert "Interrupted" in page and "Resume" in page and "hx-trigger" not in page

    assert client_local.post(f"/mail/import/{run.pk}/resume/").status_code == 302
    html = poll_until_settled(client_local, run.pk)
    assert "Read 6 messages: 1 about recruiting kept, 1 proposal made, 0 duplicates skipped" in html
    assert MailMessage.objects.count() == 1 and not folder.exists()
    again = client_local.post(f"/mail/import/{run.pk}/resume/", follow=True).content.decode()
    assert "Not resumed: only a stopped, interrupted or failed import can be resumed" in again


def test_discarding_an_interrupted_upload_deletes_its_files(client_local, owner) -> None:
    from onward.mail import background
    from onward.mail.models import ImportRun

    folder = background.uploads_root() / "abandoned"
    folder.mkdir(parents=True)
    (folder / "0000-inbox.mbox").write_bytes(mbox_bytes(newsletters=1))
    run = ImportRun.objects.create(
        owner=owner, source=str(folder / "0000-inbox.mbox"), state="running", worker="elsewhere:1"
    )
    ImportRun.objects.filter(pk=run.pk).update(updated_at=run.started_at.replace(year=2020))
    assert background.status(ImportRun.objects.get(pk=run.pk)) == "interrupted"
    assert client_local.post(f"/mail/import/{run.pk}/discard/").status_code == 302
    assert not folder.exists() and ImportRun.objects.get(pk=run.pk).state == "discarded"
    assert "Discarded" in client_local.get("/mail/import/").content.decode()


def test_the_form_needs_a_source_and_a_stranger_sees_no_runs(
    client_local, owner, other_owner
) -> None:
    from onward.mail.models import ImportRun

    page = client_local.post("/mail/import/", {}).content.decode()
    assert "Choose files to upload or give an IMAP folder." in page
    theirs = ImportRun.objects.create(owner=other_owner, source="/x.mbox", state="failed")
    assert client_local.get(f"/mail/import/{theirs.pk}/").status_code == 404
    assert client_local.post(f"/mail/import/{theirs.pk}/resume/").status_code == 404


# ---------------------------------------------------------------- stopping


def long_mbox(messages: int, rejection_every: int) -> bytes:
    """Many small messages, every ``rejection_every``-th of them a rejection from Acme."""
    return "".join(
        "From x@y Mon Nov 23 10:00:00 2026\n"
        + (
            mail(n, "Your application to Acme", REJECTION)
            if n % rejection_every == 0
            else mail(n, f"Autumn sale {n}", NEWSLETTER, "Garden Shop <news@garden.example>")
        )
        + "\n"
        for n in range(messages)
    ).encode()


def until(check: Any, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"still not so after {seconds}s"
        time.sleep(0.02)


def test_import_source_stops_when_asked_and_the_next_import_resumes(
    owner, other_owner, analyst, tmp_path: Path
) -> None:
    from onward.mail import background, services
    from onward.mail.models import MailMessage

    mbox = tmp_path / "inbox.mbox"
    mbox.write_bytes(long_mbox(60, rejection_every=20))  # rejections are messages 0, 20 and 40
    asked: list[int] = []

    def after_25() -> bool:
        asked.append(1)
        return len(asked) == 25

    stopped = services.import_source(
        owner=owner, spec=str(mbox), batch_size=10, should_stop=after_25
    )
    run = only_run()
    assert stopped.stopped and stopped.read == 25 and len(asked) == 25  # once per message
    assert (stopped.recruiting, stopped.proposals) == (2, 2)
    assert (run.position, run.read, run.proposals, run.finished_at) == (25, 25, 2, None)
    assert background.status(run) == "stopped" and run.error == services.STOPPED

    resumed = services.import_source(owner=owner, spec=str(mbox), batch_size=10)
    run.refresh_from_db()
    assert not resumed.stopped and resumed.resumed_from == 25
    assert background.status(run) == "finished" and run.error == ""
    straight = services.import_source(owner=other_owner, spec=str(mbox))
    counts = ("read", "recruiting", "proposals", "duplicates", "forgotten")
    assert [getattr(resumed, c) for c in counts] == [getattr(straight, c) for c in counts]
    assert [getattr(resumed, c) for c in counts] == [60, 3, 3, 0, 57]
    assert MailMessage.objects.filter(owner=owner).count() == 3


def test_a_running_import_is_stopped_from_the_page_and_resumed(
    client_local, owner, analyst
) -> None:
    from onward.mail.models import MailMessage, Proposal

    upload(client_local, "ten-years.mbox", long_mbox(20000, rejection_every=2500))
    run = only_run()
    until(lambda: only_run().read > 0)  # the bar has moved
    card = client_local.get(f"/mail/import/{run.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert f'id="import-{run.pk}-stop"' in card and "Stop</button>" in card

    answer = client_local.post(f"/mail/import/{run.pk}/stop/", HTTP_HX_REQUEST="true")
    assert "Stopping after the message in hand" in answer.content.decode()
    html = poll_until_settled(client_local, run.pk)
    run.refresh_from_db()
    assert 0 < run.read < 20000 and run.finished_at is None
    assert re.search(rf"Stopped at {run.read:,} messages \(about [1-9]\d?%\) — resume", html)
    assert ">Resume</button>" in html and ">Discard</button>" in html
    assert "Stop</button>" not in html
    assert Path(run.source).exists()  # kept, to be resumed
    assert "Stopped" in client_local.get("/mail/import/").content.decode()

    assert client_local.post(f"/mail/import/{run.pk}/resume/").status_code == 302
    html = poll_until_settled(client_local, run.pk)
    assert (
        "Read 20,000 messages: 8 about recruiting kept, 8 proposals made, 0 duplicates skipped, "
        "19,992 other messages forgotten." in html
    )
    assert Proposal.objects.filter(owner=owner).count() == 8
    assert MailMessage.objects.filter(owner=owner).count() == 8
    assert not Path(run.source).exists()  # read to the end, then forgotten


def test_a_stop_sent_before_the_thread_starts_still_stops_the_import(owner, tmp_path) -> None:
    """The seeker clicks Stop in the split second before the import's thread exists."""
    from django.db import transaction

    from onward.mail import background

    path = tmp_path / "quick.mbox"
    path.write_bytes(long_mbox(5000, rejection_every=1000))
    with transaction.atomic():  # the thread starts only once this commits
        run = background.start_import(owner=owner, spec=str(path))
        background.stop(owner=owner, run_id=run.pk)
        assert background.status(run) == "stopping"
    assert background.wait(run.pk, 30)
    run.refresh_from_db()
    assert background.status(run) == "stopped"
    assert run.read < 5000 and run.finished_at is None and path.exists()


def test_the_api_stops_an_import(client_local, owner) -> None:
    upload(client_local, "big.mbox", long_mbox(20000, rejection_every=5000))
    run = only_run()
    url = f"/api/v1/mail/imports/{run.pk}"
    answer = client_local.post(f"{url}/stop")
    assert answer.status_code == 200 and answer.json()["status"] == "stopping"
    until(lambda: client_local.get(url).json()["status"] == "stopped")
    body = client_local.get(url).json()
    assert body["finished_at"] is None and 0 < body["read"] < 20000
    again = client_local.post(f"{url}/stop")
    assert again.status_code == 409
    assert again.json()["detail"] == "only a running import can be stopped; this one is stopped"
    assert client_local.post(f"/mail/import/{run.pk}/discard/").status_code == 302
    assert not Path(run.source).exists()

    schema = client_local.get("/api/v1/openapi.json").json()
    assert "post" in schema["paths"]["/api/v1/mail/imports/{run_id}/stop"]


def test_a_finished_import_cannot_be_stopped(client_local, owner) -> None:
    upload(client_local, "small.mbox", mbox_bytes(newsletters=3))
    run = only_run()
    poll_until_settled(client_local, run.pk)
    card = client_local.post(f"/mail/import/{run.pk}/stop/", HTTP_HX_REQUEST="true")
    html = card.content.decode()
    assert "Not stopped: only a running import can be stopped; this one is finished" in html
    assert "Done" in html
    page = client_local.post(f"/mail/import/{run.pk}/stop/", follow=True).content.decode()
    assert "Not stopped: only a running import can be stopped; this one is finished" in page
    assert client_local.post(f"/api/v1/mail/imports/{run.pk}/stop").status_code == 409


def test_an_import_run_by_another_process_is_stopped_there(client_local, owner) -> None:
    from onward.mail.models import ImportRun

    run = ImportRun.objects.create(
        owner=owner, source="/somewhere/inbox.mbox", state="running", worker="elsewhere:1"
    )
    card = client_local.get(f"/mail/import/{run.pk}/").content.decode()
    assert "Reading" in card and "Stop</button>" not in card
    assert "Running in another Onward process" in card
    answer = client_local.post(f"/api/v1/mail/imports/{run.pk}/stop")
    assert answer.status_code == 409 and "stop it there with Ctrl+C" in answer.json()["detail"]


def test_a_stranger_cannot_stop_an_import(client_local, owner, other_owner) -> None:
    from onward.mail.models import ImportRun

    theirs = ImportRun.objects.create(owner=other_owner, source="/x.mbox", state="running")
    assert client_local.post(f"/mail/import/{theirs.pk}/stop/").status_code == 404
    assert client_local.post(f"/api/v1/mail/imports/{theirs.pk}/stop").status_code == 404


# ---------------------------------------------------------------- a real IMAP server


@pytest.fixture
def jobs_folder(dovecot, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONWARD_IMAP_CAFILE", str(dovecot.cafile))  # the test CA, as a user would
    monkeypatch.delenv("ONWARD_IMAP_PASSWORD", raising=False)
    name = f"Jobs{uuid.uuid4().hex[:8]}"
    messages = [mail(1, "Your application to Acme", REJECTION)] + [
        mail(n, f"Autumn sale {n}", "Twenty percent off.", "Shop <news@shop.example>")
        for n in (2, 3)
    ]
    with MailBox(dovecot.host, dovecot.port, ssl_context=dovecot.ssl_context()).login(
        dovecot.user, dovecot.password
    ) as box:
        box.folder.create(name)
        for text in messages:
            body = text.replace("<web-", f"<{name}-").encode()
            box.append(body, name, dt=datetime(2026, 11, 20, tzinfo=UTC), flag_set=())
    return name


@pytest.mark.imap
def test_an_imap_folder_imports_from_the_page(client_local, owner, dovecot, jobs_folder) -> None:
    from onward.mail.models import ImportRun, Proposal

    url = dovecot.url(jobs_folder)
    posted = client_local.post("/mail/import/", {"imap_url": url, "password": dovecot.password})
    assert posted.status_code == 302
    run = only_run()
    assert run.label == f"{dovecot.user} on {dovecot.host}: {jobs_folder}"
    html = poll_until_settled(client_local, run.pk)
    assert "Read 3 messages: 1 about recruiting kept, 1 proposal made" in html
    assert Proposal.objects.filter(owner=owner).count() == 1
    assert dovecot.password not in str(list(ImportRun.objects.values()))
    api = client_local.get(f"/api/v1/mail/imports/{run.pk}").json()
    assert (api["status"], api["read"], api["total_messages"], api["percent"]) == (
        "finished", 3, 3, 100,
    )  # fmt: skip


def imap_import(client: Any, dovecot: Any, folder: str) -> tuple[Any, str]:
    """Import the folder from the page as a seeker does; the run and its settled card."""
    from onward.mail.models import ImportRun

    url = dovecot.url(folder)
    assert client.post("/mail/import/", {"imap_url": url, "password": dovecot.password}).status_code == 302
    run = ImportRun.objects.first()  # the newest
    html = poll_until_settled(client, run.pk)
    run.refresh_from_db()
    return run, html


@pytest.mark.imap
def test_an_incremental_imap_sync_counts_only_new_mail_then_says_nothing_new(
    client_local, owner, dovecot, jobs_folder
) -> None:
    first, _ = imap_import(client_local, dovecot, jobs_folder)
    assert (first.read, first.total_messages) == (3, 3)
    with MailBox(dovecot.host, dovecot.port, ssl_context=dovecot.ssl_context()).login(
        dovecot.user, dovecot.password
    ) as box:
        for n in (4, 5):
            text = mail(n, f"Autumn sale {n}", "Twenty percent off.", "Shop <news@shop.example>")
            box.append(text.replace("<web-", f"<{jobs_folder}-").encode(), jobs_folder, flag_set=())

    second, html = imap_import(client_local, dovecot, jobs_folder)
    assert second.pk != first.pk and (second.read, second.total_messages) == (2, 2)
    assert "Read 2 messages:" in html

    third, html = imap_import(client_local, dovecot, jobs_folder)
    assert (third.read, third.total_messages) == (0, 0)
    assert "Nothing new: no mail here that Onward has not read before." in html
    assert "Read 0 messages" not in html and "<progress" not in html
    api = client_local.get(f"/api/v1/mail/imports/{third.pk}").json()
    assert (api["status"], api["total_messages"], api["percent"]) == ("finished", 0, 100)

    # Syncing again and again keeps one "nothing new" card, the latest; the imports stay listed.
    fourth, html = imap_import(client_local, dovecot, jobs_folder)
    assert "Nothing new" in html
    page = client_local.get("/mail/import/").content.decode()
    assert page.count("Nothing new") == 1
    assert f'id="import-{fourth.pk}"' in page and f'id="import-{third.pk}"' not in page
    assert f'id="import-{first.pk}"' in page and f'id="import-{second.pk}"' in page


@pytest.mark.imap
def test_a_stopped_imap_import_shows_its_share_and_resumes_to_the_same_total(
    client_local, owner, dovecot, jobs_folder
) -> None:
    from onward.mail import services

    stopped = services.import_source(
        owner=owner, spec=dovecot.url(jobs_folder), ssl_context=dovecot.ssl_context(),
        password_prompt=lambda _label: dovecot.password, should_stop=lambda: True,
    )  # fmt: skip
    run = only_run()
    assert stopped.stopped and (run.read, run.total_messages) == (1, 3)
    html = " ".join(client_local.get("/mail/import/").content.decode().split())
    assert "Stopped at 1 of 3 messages (33%) — resume" in html
    api = client_local.get(f"/api/v1/mail/imports/{run.pk}").json()
    assert (api["status"], api["read"], api["total_messages"], api["percent"]) == (
        "stopped", 1, 3, 33,
    )  # fmt: skip

    resumed = client_local.post(f"/mail/import/{run.pk}/resume/", {"password": dovecot.password})
    assert resumed.status_code == 302
    html = poll_until_settled(client_local, run.pk)
    run.refresh_from_db()
    assert (run.read, run.total_messages) == (3, 3)  # the 2 left, after the 1 read before
    assert "Read 3 messages: 1 about recruiting kept, 1 proposal made" in html


@pytest.mark.imap
def test_a_wrong_imap_password_stops_with_the_reason(
    client_local, owner, dovecot, jobs_folder
) -> None:
    url = dovecot.url(jobs_folder)
    client_local.post("/mail/import/", {"imap_url": url, "password": "not the password"})
    html = poll_until_settled(client_local, only_run().pk)
    assert "Failed" in html and "The import stopped: could not log in" in html
    assert "Try again" in html and 'name="password"' in html
