"""A seeker in a real browser: upload an mbox, watch it import, review a proposal, accept it."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

MBOX = """From x@y Tue Nov 24 09:00:00 2026
From: Lighthouse Data Recruiting <no-reply@greenhouse.io>
To: sam@example.com
Subject: Your application to Lighthouse Data
Message-ID: <e2e-1@lighthouse.example>
Date: Tue, 24 Nov 2026 09:00:00 +0000
Content-Type: text/plain; charset=utf-8

Dear Sam, thank you for interviewing for the Analytics Engineer position at Lighthouse Data.
Unfortunately we have decided not to move forward with your application.

From x@y Tue Nov 24 10:00:00 2026
From: Garden Shop <news@garden.example>
Subject: Autumn sale
Message-ID: <e2e-2@garden.example>

Twenty percent off garden chairs.
"""


def big_mbox(path: Path, newsletters: int) -> Path:
    """The two messages above, then enough other mail that the import takes a few seconds."""
    other = (
        "From x@y Tue Nov 24 11:00:00 2026\nFrom: Garden Shop <news@garden.example>\n"
        "Subject: Weekly offers {n}\nMessage-ID: <e2e-bulk-{n}@garden.example>\n\n"
        "This week: chairs, tables and parasols at garden-centre prices.\n\n"
    )
    with path.open("w", encoding="utf-8") as out:
        out.write(MBOX + "\n")
        for n in range(newsletters):
            out.write(other.format(n=n))
    return path


def shoot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """Keep a screenshot when ONWARD_SCREENSHOTS names a folder (to look at the page)."""
    folder = os.environ.get("ONWARD_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def test_upload_watch_progress_review_and_accept(
    live_server, browser_page, owner, tmp_path: Path
) -> None:
    from onward.mail import background
    from onward.mail.models import ImportRun
    from onward.tracker import services as tracker

    app = tracker.add_application(
        owner=owner, company="Lighthouse Data", role_title="Analytics Engineer"
    )
    tracker.move(owner=owner, application_id=app.pk, to_stage="interviewing")
    mbox = big_mbox(tmp_path / "takeout.mbox", newsletters=20000)

    page = browser_page
    page.goto(f"{live_server.url}/mail/import/")
    page.get_by_label("An mbox or .eml files").set_input_files(str(mbox))
    page.get_by_role("button", name="Import").click()
    card = page.locator("article.import-run", has_text="takeout.mbox")
    card.locator("progress").wait_for()  # the page is back at once; the bar moves
    card.get_by_text(re.compile(r"messages read \(about [1-9]\d?%\)")).wait_for()
    assert 0 < int(card.locator("progress").get_attribute("value") or 0) < 100
    shoot(page, "import-running")
    card.get_by_text("1 about recruiting kept").wait_for(timeout=60000)
    assert card.locator("progress").count() == 0
    shoot(page, "import-finished")
    assert background.wait(ImportRun.objects.get().pk, 10)
    card.get_by_role("link", name="Review them").click()

    card = page.locator("article.proposal", has_text="Analytics Engineer at Lighthouse Data")
    assert card.get_by_role("heading", name=re.compile("rejected")).is_visible()
    card.get_by_text("Why Onward thinks so").click()
    assert card.locator("ul.evidence li").first.is_visible()
    card.get_by_role("button", name="Accept", exact=True).click()
    page.locator("article.proposal.decided").get_by_text("Accepted:").wait_for()
    assert tracker.get_application(owner=owner, application_id=app.pk).ending == "rejected"


def test_edit_before_accepting(live_server, browser_page, owner, tmp_path: Path) -> None:
    from onward.mail import services
    from onward.tracker import services as tracker

    app = tracker.add_application(
        owner=owner, company="Lighthouse Data", role_title="Analytics Engineer"
    )
    mbox = tmp_path / "inbox.mbox"
    mbox.write_text(MBOX, encoding="utf-8")
    services.import_source(owner=owner, spec=str(mbox))

    page = browser_page
    page.goto(f"{live_server.url}/mail/")
    card = page.locator("article.proposal", has_text="Analytics Engineer at Lighthouse Data")
    card.get_by_text("Edit before accepting").click()
    card.get_by_label("Another candidate chosen").check()
    card.get_by_role("button", name="Accept with these changes").click()
    page.locator("article.proposal.decided").get_by_text("Edited:").wait_for()
    rejection = tracker.current_rejection(
        tracker.get_application(owner=owner, application_id=app.pk)
    )
    assert [r["code"] for r in rejection.reasons] == ["other_candidate_stronger"]
