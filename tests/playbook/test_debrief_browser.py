"""A seeker in a real browser: record a rejection → debrief → perspective, and see the numbers."""

from __future__ import annotations

import re

import pytest

from onward.playbook import perspective_service
from onward.tracker import services as tracker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_rejection_to_debrief_to_perspective(live_server, browser_page, demo_owner) -> None:
    page = browser_page
    app = next(a for a in tracker.list_applications(owner=demo_owner, open_only=True) if a.stage == "interviewing")

    # 1. Record the rejection on the application page; Onward offers the debrief next.
    page.goto(f"{live_server.url}/applications/{app.pk}/")
    page.get_by_text("Record a rejection").click()
    page.get_by_label("Another candidate chosen").check()
    page.get_by_label("Feedback, word for word").fill("Strong SQL, but your stakeholder stories lacked concrete results.")
    page.get_by_role("button", name="Record rejection").click()
    page.wait_for_url(re.compile(rf"/debrief/{app.pk}/$"))

    # 2. The debrief: the feedback is already there; answer two questions, skip the rest, save by keyboard.
    assert page.get_by_label("Feedback you received, in their words").input_value().startswith("Strong SQL")
    page.get_by_text("2 · low").click()
    page.get_by_label("One thing to do differently next time").fill("Bring two stakeholder stories with numbers")
    page.keyboard.press("Control+Enter")
    page.get_by_test_id("debrief-done").wait_for()
    assert page.get_by_role("heading", name="The loop is closed").is_visible()
    lesson = page.get_by_test_id("lesson")
    assert "Bring two stakeholder stories with numbers" in lesson.inner_text()
    attribution = page.get_by_test_id("attribution")
    assert "Another candidate chosen" in attribution.inner_text()
    # Painful and after an interview: the private exercises are offered (never pushed).
    assert page.get_by_test_id("offers").get_by_role("heading", name="Private expressive writing").is_visible()
    assert page.get_by_test_id("what-next").is_visible()

    # 3. Perspective: the seeker's own numbers, with intervals and sourced market ranges.
    page.get_by_role("link", name="See your numbers in perspective").click()
    page.wait_for_url(re.compile(r"/perspective/$"))
    expected = perspective_service.perspective(owner=demo_owner)
    summary = page.get_by_test_id("attribution-summary").inner_text()
    assert f"{expected.attribution.outside} of your last {expected.attribution.considered} rejections had causes outside your control" in summary
    rates = page.get_by_test_id("rates").inner_text()
    response = expected.comparisons[0]
    assert f"{response.yours.successes} of {response.yours.trials}" in rates
    assert "95% interval" in rates
    assert "3–13%" in rates and "usually bring" in rates
    assert "CareerPlug" in rates and "2024" in rates  # every figure with its source and year
    assert page.locator("svg.chart").count() >= 3
    assert app.company.name in (page.get_by_test_id("ledger").text_content() or "")
