"""The doors of steps 4–5: web pages, CLI commands and API endpoints over the same services."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(owner: Any) -> Any:
    from onward.tracker.demo import load_demo

    load_demo(owner=owner)
    return owner


PAGES = ["/today/", "/followups/", "/followups/?all=1", "/plan/", "/bank/", "/checkin/", "/bank/stories/new/", "/bank/?resilience=1"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_for_an_empty_and_a_demo_search(client_local: Any, owner: Any, url: str) -> None:
    assert client_local.get(url).status_code == 200
    from onward.tracker.demo import load_demo

    load_demo(owner=owner)
    response = client_local.get(url)
    assert response.status_code == 200
    assert b"{{" not in response.content and b"{%" not in response.content


def test_home_becomes_today_once_there_is_data(client_local: Any, demo: Any) -> None:
    response = client_local.get("/")
    assert response.status_code == 302 and response["Location"] == "/today/"


def test_draft_page_edit_done_and_snooze(client_local: Any, demo: Any) -> None:
    from onward.playbook.models_momentum import FollowUp

    client_local.get("/today/")
    item = FollowUp.objects.filter(owner=demo, status="due").first()
    page = client_local.get(f"/followups/{item.pk}/")
    assert page.status_code == 200 and item.draft_subject.encode() in page.content
    assert b"mailto:" in page.content
    client_local.post(f"/followups/{item.pk}/", {"subject": "Hello again", "body": "Short and kind."})
    item.refresh_from_db()
    assert item.draft_subject == "Hello again"
    until = (dt.date.today() + dt.timedelta(days=5)).isoformat()
    client_local.post(f"/followups/{item.pk}/snooze/", {"until": until})
    item.refresh_from_db()
    assert item.status == "snoozed" and item.sequence == 1
    response = client_local.post(f"/followups/{item.pk}/done/", {"next": "/followups/"})
    assert response.status_code == 302 and response["Location"] == "/followups/"
    item.refresh_from_db()
    assert item.status == "done" and item.interaction is not None


def test_ics_download_and_token_feed(client_local: Any, demo: Any) -> None:
    from onward.playbook import followup_service

    response = client_local.get("/followups.ics")
    assert response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert events
    token = followup_service.feed_token(owner=demo)
    from django.test import Client

    stranger = Client(REMOTE_ADDR="203.0.113.9")  # not the local machine: no user at all
    feed = stranger.get(f"/feed/{token}.ics")
    assert feed.status_code == 200
    assert {str(e["UID"]) for e in Calendar.from_ical(feed.content).walk("VEVENT")} == {str(e["UID"]) for e in events}
    assert stranger.get("/feed/not-a-token.ics").status_code == 404


def test_plan_page_actions(client_local: Any, owner: Any) -> None:
    from onward.playbook.models_momentum import WeeklyPlan

    client_local.get("/plan/")
    plan = WeeklyPlan.objects.get(owner=owner)
    client_local.post(f"/plan/{plan.pk}/targets/", {"applications": 8, "outreach": 2, "practice_hours": "1.5", "follow_ups": 0})
    client_local.post(f"/plan/{plan.pk}/practice/", {"hours": "1"})
    skill = plan.items.get(kind="skill")
    client_local.post(f"/plan/items/{skill.pk}/done/", {"done": "1"})
    client_local.post(f"/plan/{plan.pk}/lighter/", {})
    plan.refresh_from_db()
    assert plan.lighter and plan.target_applications == 4
    client_local.post(f"/plan/{plan.pk}/rest/", {"rest": "1"})
    plan.refresh_from_db()
    skill.refresh_from_db()
    assert (plan.target_applications, float(plan.practice_hours_done), plan.rest, skill.done) == (4, 1.0, True, True)
    assert plan.items.get(kind="applications").what == "Send 4 tailored applications"


def test_bank_and_checkin_forms(client_local: Any, owner: Any) -> None:
    from onward.playbook.models_momentum import CheckIn, Story, Win

    client_local.post("/bank/wins/", {"text": "Reached the final round at Northwind", "kind": "stage_reached"})
    win = Win.objects.get(owner=owner)
    assert b"Reached the final round" in client_local.get(f"/bank/?from_win={win.pk}").content
    client_local.post("/bank/stories/new/", {"title": "Final round", "situation": "s", "action": "a", "focus_areas": ["adaptability"], "from_win": str(win.pk)})
    assert Story.objects.get(owner=owner).from_win == win
    client_local.post("/checkin/", {"mood": "2", "energy": "3", "note": "tired"})
    assert CheckIn.objects.get(owner=owner).mood == 2
    assert client_local.post("/checkin/", {"mood": "9", "energy": "3"}).status_code == 200  # form error shown, nothing saved


def test_cli_commands(cli: Any, demo: Any, tmp_path: Any) -> None:
    result = cli("today", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["latest_rejection"]["next_steps"] and "progress" in data["week"]
    assert cli("today").exit_code == 0
    assert cli("plan", "--applications", "6", "--json").exit_code == 0
    queue = json.loads(cli("followups", "--json").stdout)
    assert queue
    path = tmp_path / "f.ics"
    assert cli("followups", "--ics", str(path)).exit_code == 0
    assert Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    done = cli("followups", "--done", str(queue[0]["id"]))
    assert done.exit_code == 0 and "Done:" in done.stdout
    draft = cli("draft", "reply_thanks", "--json")
    assert draft.exit_code == 0 and json.loads(draft.stdout)["body"]
    assert cli("draft", "no_such_action").exit_code == 1
    assert cli("win", "Praised for a clear report", "--kind", "praise").exit_code == 0
    assert "clear report" in cli("win").stdout
    checked = cli("checkin", "4", "3", "--json")
    assert checked.exit_code == 0 and json.loads(checked.stdout)["mood"] == 4
    assert cli("checkin", "0", "3").exit_code == 1


def test_api_endpoints(client_local: Any, demo: Any) -> None:
    base = "/api/v1/playbook"
    queue = client_local.get(f"{base}/followups").json()
    assert queue and {"uid", "mailto", "state"} <= set(queue[0])
    item = queue[0]["id"]
    snoozed = client_local.post(f"{base}/followups/{item}/snooze", {"days": 4}, content_type="application/json").json()
    assert snoozed["status"] == "snoozed"
    assert client_local.post(f"{base}/followups/{item}/done", content_type="application/json").json()["status"] == "done"
    assert client_local.get(f"{base}/followups/999999").status_code == 404
    plan = client_local.get(f"{base}/plan").json()
    assert client_local.patch(f"{base}/plan/{plan['id']}", {"applications": 7}, content_type="application/json").json()["progress"][0]["target"] == 7
    win = client_local.post(f"{base}/wins", {"text": "Shipped the KPI dashboard", "kind": "result"}, content_type="application/json")
    assert win.status_code == 201
    bad = client_local.post(f"{base}/stories", {"title": "x", "focus_areas": ["nope"]}, content_type="application/json")
    assert bad.status_code == 422
    checkin = client_local.post(f"{base}/checkins", {"mood": 3, "energy": 3}, content_type="application/json")
    assert checkin.status_code == 201
    assert client_local.get(f"{base}/streak").json()["weeks"] == 0
    from onward.tracker.models import Rejection

    rejection = Rejection.objects.filter(application__owner=demo).first()
    steps = client_local.get(f"{base}/rejections/{rejection.pk}/next-steps").json()
    assert steps and all("{" not in s["body"] for s in steps)


GUILT_WORDS = ("you should", "you failed", "falling behind", "lazy", "don't give up", "you must")


@pytest.mark.parametrize("url", ["/today/", "/followups/", "/plan/", "/bank/", "/checkin/"])
def test_no_exclamation_marks_or_guilt_in_what_the_seeker_reads(client_local: Any, demo: Any, url: str) -> None:
    import re

    html = client_local.get(url).content.decode()
    text = re.sub(r"<script.*?</script>|<style.*?</style>|<[^>]+>", " ", html, flags=re.S)
    assert "!" not in text
    assert not any(word in text.lower() for word in GUILT_WORDS)


def test_rules_are_configurable_per_seeker(client_local: Any, owner: Any) -> None:
    base = "/api/v1/playbook/rules"
    rules = client_local.get(base).json()
    assert rules["clocks"]["max_follow_ups"] == 2 and rules["next_steps"]["feedback_from_stage"] == "interviewing"
    changed = client_local.put(base, {"pipeline_target": 6, "clocks": {"max_follow_ups": 1}, "next_steps": {"silver_medalist_after_days": 120}}, content_type="application/json").json()
    assert (changed["pipeline_target"], changed["clocks"]["max_follow_ups"], changed["next_steps"]["silver_medalist_after_days"]) == (6, 1, 120)
    bad = client_local.put(base, {"next_steps": {"feedback_from_stage": "lunch", "nope": 1}}, content_type="application/json")
    assert bad.status_code == 422
    from onward.playbook.followup_service import clock_rules

    assert clock_rules(owner).max_follow_ups == 1


def test_rules_form_on_the_follow_ups_page(client_local: Any, owner: Any) -> None:
    from onward.playbook.followup_service import clock_rules
    from onward.playbook.outreach_service import rule_config

    assert b"Your rules" in client_local.get("/followups/").content
    client_local.post("/followups/rules/", {
        "first_after_business_days": 10, "max_follow_ups": 1, "pipeline_target": 8,
        "feedback_from_stage": "screening", "silver_medalist_after_days": 150,
    })  # fmt: skip
    assert (clock_rules(owner).first_after_business_days, clock_rules(owner).max_follow_ups) == (10, 1)
    assert (rule_config(owner).feedback_from_stage, rule_config(owner).silver_medalist_after_days) == ("screening", 150)
    client_local.post("/followups/rules/", {"first_after_business_days": 99})
    assert clock_rules(owner).first_after_business_days == 10
