"""The mail room's doors: web review and import pages, API, and the import/review commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"

REJECTION = """From: Acme Recruiting <no-reply@greenhouse.io>
To: sam@example.com
Subject: Your application to Acme
Message-ID: <rej-1@acme.example>
Date: Tue, 24 Nov 2026 09:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b"

--b
Content-Type: text/plain; charset=utf-8

Dear Sam, thank you for interviewing for the Data Analyst position at Acme. Unfortunately we
have decided not to move forward with your application. We wish you the best.
--b
Content-Type: text/html; charset=utf-8

<p>Dear Sam, thank you for interviewing for the Data Analyst position at Acme.</p>
<p>Unfortunately we have decided not to move forward with your application.</p>
<script>alert('x')</script><img src="https://tracker.example/open.gif">
--b--
"""


@pytest.fixture
def imported(owner, tmp_path: Path):  # type: ignore[no-untyped-def]
    from onward.mail import services
    from onward.tracker import services as tracker

    app = tracker.add_application(owner=owner, company="Acme", role_title="Data Analyst")
    tracker.move(owner=owner, application_id=app.pk, to_stage="interviewing")
    (tmp_path / "rej.eml").write_text(REJECTION)
    services.import_source(owner=owner, spec=str(tmp_path / "rej.eml"))
    return app


def test_review_page_shows_proposals_with_evidence(client_local, imported) -> None:
    page = client_local.get("/mail/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Mark Data Analyst at Acme rejected" in html
    assert "Why Onward thinks so" in html and "Accept all above" in html


def test_accepting_with_htmx_returns_the_decided_card(client_local, imported, owner) -> None:
    from onward.mail.models import Proposal
    from onward.tracker import services as tracker

    proposal = Proposal.objects.get()
    done = client_local.post(f"/mail/proposals/{proposal.pk}/accept/", HTTP_HX_REQUEST="true")
    assert done.status_code == 200 and "Accepted:" in done.content.decode()
    assert tracker.get_application(owner=owner, application_id=imported.pk).ending == "rejected"
    again = client_local.post(f"/mail/proposals/{proposal.pk}/accept/", HTTP_HX_REQUEST="true")
    assert "already accepted" in again.content.decode()


def test_editing_on_the_web(client_local, imported, owner) -> None:
    from onward.mail.models import Proposal
    from onward.tracker import services as tracker

    proposal = Proposal.objects.get()
    prefix = f"p{proposal.pk}"
    client_local.post(
        f"/mail/proposals/{proposal.pk}/edit/",
        {f"{prefix}-stage_reached": "after_final_round", f"{prefix}-reasons": ["position_filled"]},
    )
    app = tracker.get_application(owner=owner, application_id=imported.pk)
    assert tracker.current_rejection(app).stage_reached == "after_final_round"


def test_dismiss_and_accept_all_on_the_web(client_local, imported) -> None:
    from onward.mail.models import Proposal

    proposal = Proposal.objects.get()
    client_local.post(f"/mail/proposals/{proposal.pk}/dismiss/", {"actual_category": "other"})
    assert Proposal.objects.get().status == "dismissed"
    done = client_local.post("/mail/accept-all/", {"min_confidence": "0.5"}, follow=True)
    assert "Accepted 0." in done.content.decode()


def test_message_page_is_sanitized_and_blocks_remote_images(client_local, imported) -> None:
    from onward.mail.models import MailMessage

    row = MailMessage.objects.get()
    page = client_local.get(f"/mail/messages/{row.pk}/")
    html = page.content.decode()
    assert "alert('x')" not in html and "tracker.example" not in html
    assert "img-src 'self' data:" in page["Content-Security-Policy"]


def test_import_page_reports_a_bad_imap_address(client_local) -> None:
    page = client_local.post(
        "/mail/import/", {"imap_url": "imap://sam@host/INBOX", "password": "x"}
    )
    assert "plain imap:// is not supported" in page.content.decode()


def test_api_lists_and_decides_proposals(client_local, imported) -> None:
    listed = client_local.get("/api/v1/mail/proposals")
    assert listed.status_code == 200
    (item,) = listed.json()
    assert item["kind"] == "reject" and item["application"]["role_title"] == "Data Analyst"
    assert item["evidence"] and item["message"]["subject"] == "Your application to Acme"
    edited = client_local.post(
        f"/api/v1/mail/proposals/{item['id']}/edit",
        json.dumps({"reasons": ["internal_candidate"]}), content_type="application/json",
    )  # fmt: skip
    assert edited.status_code == 200 and edited.json()["status"] == "edited"
    conflict = client_local.post(f"/api/v1/mail/proposals/{item['id']}/accept")
    assert conflict.status_code == 409
    assert client_local.get("/api/v1/mail/proposals/99999").status_code == 404
    runs = client_local.get("/api/v1/mail/imports").json()
    assert runs[0]["read"] == 1 and runs[0]["finished_at"]


def test_api_accept_all_and_dismiss(client_local, imported) -> None:
    (item,) = client_local.get("/api/v1/mail/proposals").json()
    dismissed = client_local.post(
        f"/api/v1/mail/proposals/{item['id']}/dismiss",
        json.dumps({"actual_category": "other"}), content_type="application/json",
    )  # fmt: skip
    assert dismissed.json()["status"] == "dismissed"
    bulk = client_local.post(
        "/api/v1/mail/proposals/accept-all", json.dumps({"min_confidence": 0.9}),
        content_type="application/json",
    )  # fmt: skip
    assert bulk.json() == {"accepted": 0, "failed": []}


def test_cli_import_summary_and_review(cli, owner, tmp_path: Path) -> None:
    (tmp_path / "rej.eml").write_text(REJECTION)
    done = cli("mail", "import", str(tmp_path), "--json")
    assert done.exit_code == 0
    summary = json.loads(done.stdout)
    assert (summary["read"], summary["recruiting"], summary["proposals"]) == (1, 1, 1)
    table = cli("mail", "import", str(HOSTILE))
    assert "Errors" in table.stdout and "no mail headers found" in table.stdout
    listed = json.loads(cli("mail", "review", "--json").stdout)
    assert listed and all(item["status"] == "pending" for item in listed)
    first = listed[0]["id"]
    assert cli("mail", "review", "dismiss", str(first), "--as", "other").exit_code == 0
    result = cli("mail", "review", "accept", str(first))
    assert result.exit_code == 1 and "already dismissed" in result.stderr


def test_cli_import_refuses_plain_imap(cli) -> None:
    result = cli("mail", "import", "imap://sam@host/INBOX")
    assert result.exit_code == 1 and "imaps://" in result.stderr


def test_the_edit_form_loads_on_demand(client_local, imported) -> None:
    from onward.mail.models import Proposal

    proposal = Proposal.objects.get()
    fragment = client_local.get(f"/mail/proposals/{proposal.pk}/edit/", HTTP_HX_REQUEST="true")
    assert "Accept with these changes" in fragment.content.decode()
    assert "<html" not in fragment.content.decode()
    page = client_local.get(f"/mail/proposals/{proposal.pk}/edit/")
    assert "<html" in page.content.decode() and "Back to review" in page.content.decode()


def test_a_long_queue_is_paged_and_can_show_the_least_sure_first(
    client_local, owner, tmp_path: Path
) -> None:
    import re

    from onward.mail import services
    from onward.mail.models import Proposal

    kinds = [
        ("Your application", "Unfortunately we have decided not to move forward with your "
         "application for the {role} role."),
        ("Thanks for applying", "We have received your application for {role} and will be in "
         "touch."),
        ("Hiring paused", "Hiring for the {role} role is paused until the new year; no decision "
         "has been made on your application."),
    ]  # fmt: skip
    for n in range(105):
        subject, body = kinds[n % 3]
        (tmp_path / f"{n:03d}.eml").write_text(
            f"From: Talent <jobs@firm{n}.example>\nTo: sam@example.com\nSubject: {subject}\n"
            f"Message-ID: <q{n}@firm.example>\nDate: Tue, 24 Nov 2026 09:00:00 +0000\n\n"
            f"Dear Sam,\n\n{body.format(role=f'Analyst {n}')}\n\nFirm {n} Talent Team\n"
        )
    services.import_source(owner=owner, spec=str(tmp_path))
    pending = Proposal.objects.filter(owner=owner, status="pending")
    assert pending.count() > 100

    def cards(query: str) -> list[int]:
        html = client_local.get(f"/mail/{query}").content.decode()
        return [int(pk) for pk in re.findall(r'<article class="card proposal" id="proposal-(\d+)"', html)]

    by_confidence = list(pending.order_by("-confidence", "id").values_list("pk", flat=True))
    first = client_local.get("/mail/").content.decode()
    assert f"Showing 1–100 of {len(by_confidence)}" in first and "Next 100" in first
    assert cards("") == by_confidence[:100]
    assert cards("?page=2") == by_confidence[100:]
    least_sure = list(pending.order_by("confidence", "id").values_list("pk", flat=True))
    assert least_sure[0] != by_confidence[0]
    assert cards("?order=unsure") == least_sure[:100]
    assert cards("?order=unsure&page=2") == least_sure[100:]
    assert "Least sure first" in first and "Most confident first" in first
