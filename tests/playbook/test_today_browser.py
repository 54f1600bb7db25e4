"""In a real browser: reject an application → next steps appear → open a draft → mark done → Today updates."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
SHOTS = Path(os.environ.get("ONWARD_SCREENSHOTS", tempfile.gettempdir()))


def seed(owner: Any) -> Any:
    from onward.tracker import people, services

    app = services.add_application(
        owner=owner, company="Lighthouse Data", role_title="Analytics Engineer", channel="referral",
        notes="We talked about the warehouse migration to dbt.",
    )  # fmt: skip
    for stage in ("screening", "interviewing", "final_round"):
        services.move(owner=owner, application_id=app.pk, to_stage=stage)
    for name, role in (("Priya Shah", "recruiter"), ("Tom Berg", "hiring_manager"), ("Ana Li", "interviewer")):
        contact = people.add_contact(owner=owner, name=name, email=f"{name.split()[0].lower()}@lighthouse.example", company="Lighthouse Data")
        people.link_contact(owner=owner, application_id=app.pk, contact_id=contact.pk, role=role)
    return app


def test_reject_then_next_steps_then_draft_then_done_updates_today(live_server: Any, browser_page: Any) -> None:
    from onward.accounts.local import local_user

    app = seed(local_user())
    page = browser_page
    page.goto(f"{live_server.url}/applications/{app.pk}/")
    page.get_by_text("Record a rejection").click()
    page.get_by_label("Another candidate chosen").check()
    page.get_by_role("button", name="Record rejection").click()
    page.wait_for_load_state()

    # Recording a rejection leads to the debrief (steps 1–3); closing it shows this room's next steps.
    assert "/debrief/" in page.url
    page.get_by_role("button", name="Save and close the loop").click()
    page.wait_for_load_state()
    after_debrief = page.get_by_test_id("what-next").get_by_test_id("next-steps")
    assert after_debrief.get_by_role("heading", name="Reply and thank them: Priya Shah").is_visible()
    page.screenshot(path=str(SHOTS / "debrief-next-steps.png"), full_page=True)

    page.goto(f"{live_server.url}/today/")
    latest = page.get_by_test_id("latest-rejection")
    assert latest.get_by_role("heading", name="After the no from Lighthouse Data").is_visible()
    steps = latest.get_by_test_id("next-steps")
    assert steps.get_by_role("heading", name="Reply and thank them: Priya Shah").is_visible()
    assert steps.get_by_role("heading", name=re.compile("informational interview: Tom Berg")).is_visible()
    assert latest.get_by_text("It did not undo reaching the final round").is_visible()
    assert page.get_by_test_id("week").get_by_text("0 / 3").first.is_visible()  # outreach before

    reply = steps.locator("li", has=page.get_by_role("heading", name="Reply and thank them: Priya Shah"))
    reply.get_by_role("link", name="Open draft").click()
    page.wait_for_url(re.compile(r"/followups/\d+/$"))
    body = page.get_by_label("Message").input_value()
    assert body.startswith("Hi Priya,") and "warehouse migration to dbt" in body
    assert "{" not in body
    href = page.get_by_test_id("mailto").get_attribute("href") or ""
    assert href.startswith("mailto:priya@lighthouse.example?subject=")

    page.get_by_role("button", name="Mark done").click()
    page.wait_for_url(re.compile(r"/today/$"))
    assert page.get_by_text("Done: Reply and thank them: Priya Shah").is_visible()
    steps = page.get_by_test_id("latest-rejection").get_by_test_id("next-steps")
    assert steps.get_by_role("heading", name="Reply and thank them: Priya Shah").count() == 0
    week = page.get_by_test_id("week")
    assert week.get_by_text("1 / 3").is_visible()  # one outreach message sent this week
    assert "1 outreach message" in week.inner_text()
    page.screenshot(path=str(SHOTS / "today-after-done.png"), full_page=True)
