"""A seeker in a real browser: board → add → move → reject → timeline."""

from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_add_move_reject_and_see_the_timeline(live_server, browser_page) -> None:
    page = browser_page
    page.goto(f"{live_server.url}/board/")
    assert page.get_by_role("button", name="Load demo data").is_visible()

    page.get_by_role("link", name="Add your first application").click()
    page.get_by_label("Company").fill("Lighthouse Data")
    page.get_by_label("Role", exact=True).fill("Analytics Engineer")
    page.get_by_label("How you applied").select_option("referral")
    page.get_by_role("button", name="Add application").click()
    page.wait_for_url(re.compile(r"/applications/\d+/$"))
    app_url = page.url
    assert page.get_by_role("heading", name=re.compile("Analytics Engineer")).is_visible()

    page.goto(f"{live_server.url}/board/")
    page.get_by_label("Move Analytics Engineer at Lighthouse Data to").select_option("interviewing")
    page.locator("li.app-card", has_text="Lighthouse Data").get_by_role("button", name="Move").click()
    interviewing = page.locator("section.column", has=page.get_by_role("heading", name=re.compile("Interviewing")))
    interviewing.get_by_role("link", name="Analytics Engineer").wait_for()

    interviewing.get_by_role("link", name="Analytics Engineer").click()
    page.get_by_text("Record a rejection").click()
    page.get_by_label("Another candidate chosen").check()
    page.get_by_label("Feedback, word for word").fill("Great SQL; we wanted more examples of influencing stakeholders.")
    page.get_by_role("button", name="Record rejection").click()
    page.wait_for_load_state()
    # The debrief may come first (it is offered, never forced); the timeline is on the application page.
    page.goto(app_url)
    timeline = page.locator("ol.timeline")
    assert timeline.get_by_text("Applied → Interviewing").is_visible()
    assert timeline.get_by_text("Reasons: Another candidate chosen").is_visible()
    assert page.get_by_text("we wanted more examples of influencing stakeholders").is_visible()
