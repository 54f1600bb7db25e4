"""A seeker in a real browser: import, edit with a live preview, reorder, match."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from profile_shared import POSTINGS, RESUMES

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_import_edit_live_preview_reorder_and_match(live_server: Any, browser_page: Any) -> None:
    page = browser_page
    page.goto(f"{live_server.url}/profile/")
    page.get_by_label("File").set_input_files(str(RESUMES / "02.json"))
    page.get_by_role("button", name="Import").click()
    page.wait_for_url(re.compile(r"/profile/\d+/$"))

    preview = page.frame_locator("#preview")
    assert preview.locator("h1").inner_text() == "Martin K."
    page.get_by_label("Headline").fill("Frontend Engineer")
    preview.locator(".label", has_text="Frontend Engineer").wait_for()
    assert "Saved" in page.locator("#status-basics").inner_text()

    work = page.locator("#section-work")
    first = work.locator("details summary .grow").first.inner_text()
    work.get_by_role("button", name=re.compile("Move .* down")).first.click()
    work.locator("details summary .grow").nth(1).filter(has_text=first).wait_for()
    preview.locator("article").first.wait_for()

    page.get_by_role("link", name="Match to a posting").click()
    text = json.loads((POSTINGS / "04.json").read_text())["text"]
    page.get_by_label("…or paste the posting").fill(text)
    page.get_by_role("button", name="Match").click()
    assert page.get_by_role("heading", name=re.compile("React Native Engineer")).is_visible()
    assert page.locator("td.status-covered").count() >= 2
