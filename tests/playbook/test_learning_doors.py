"""Doors of steps 1–3: web pages, CLI (`debrief`, `perspective`, `learn`, `review`) and API."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from onward.tracker import services as tracker

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def _rejected(owner, feedback: str = "Good structure, but the system design answer lacked trade-offs.") -> int:
    app = tracker.add_application(owner=owner, company="Acme", role_title="Data Engineer")
    tracker.move(owner=owner, application_id=app.pk, to_stage="interviewing")
    tracker.reject(owner=owner, application_id=app.pk, reasons=["interview_performance"], feedback_text=feedback)
    return app.pk


def test_debrief_page_flow(client_local, owner) -> None:
    app_id = _rejected(owner)
    page = client_local.get(f"/debrief/{app_id}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Every question is optional" in html and "lacked trade-offs" in html  # feedback pre-filled
    r = client_local.post(f"/debrief/{app_id}/", {"feeling": "2", "feeling_word": "flat", "do_differently": "Name the trade-offs out loud"})
    assert r.status_code == 302
    done = client_local.get(f"/debrief/{app_id}/").content.decode()
    assert "The loop is closed" in done
    assert "Name the trade-offs out loud" in done  # the lesson, in the seeker's words
    assert "Private expressive writing" in done  # painful + after an interview
    assert "What comes next" in done


def test_debrief_page_shows_a_field_error(client_local, owner) -> None:
    app_id = _rejected(owner)
    r = client_local.post(f"/debrief/{app_id}/", {"feeling": "9"})
    assert r.status_code == 200 and "Select a valid choice" in r.content.decode()


def test_rejection_perspective_learn_review_and_writing_pages(client_local, demo_owner) -> None:
    rejected = tracker.list_applications(owner=demo_owner, ending="rejected")[0]
    for url in (f"/rejection/{rejected.pk}/", "/perspective/", "/learn/", f"/review/{rejected.pk}/", "/writing/self_compassion/", "/writing/expressive_writing/"):
        r = client_local.get(url)
        assert r.status_code == 200, url
    perspective = client_local.get("/perspective/").content.decode()
    assert "of your last" in perspective and "had causes outside your control" in perspective
    assert "usually bring" in perspective and "95% interval" in perspective
    assert "<svg" in perspective and "Lever" in perspective and "CareerPlug" in perspective
    assert "(W)" not in perspective  # a weak source never shows
    learn = client_local.get("/learn/").content.decode()
    assert "Focus areas, ranked" in learn and "This week" in learn and "<svg" in learn


def test_feedback_add_suggest_and_edit_on_the_web(client_local, owner) -> None:
    r = client_local.post("/learn/suggest/", {"text": "You interrupted the panel a lot."})
    assert "Collaboration" in r.content.decode()
    r = client_local.post("/learn/feedback/", {"text": "You interrupted the panel a lot.", "source": "interviewer"})
    assert r.status_code == 302
    from onward.playbook.models_learning import FeedbackItem

    item = FeedbackItem.objects.get(owner=owner)
    client_local.post(f"/learn/feedback/{item.pk}/", {"areas": ["collaboration", "communication"], "polarity": "weakness"})
    item.refresh_from_db()
    assert item.areas == ["collaboration", "communication"] and item.edited


def test_self_review_on_the_web(client_local, owner) -> None:
    app_id = _rejected(owner)
    r = client_local.post(f"/review/{app_id}/", {"round_label": "Technical", "area_problem_solving": "partly", "area_communication": "solid"})
    assert r.status_code == 302
    assert "Problem solving &amp; reasoning: Partly" in client_local.get(f"/review/{app_id}/").content.decode()


def test_reverse_from_the_rejection_page(client_local, owner) -> None:
    app_id = _rejected(owner)
    client_local.post(f"/rejection/{app_id}/reverse/", {"note": "they wrote again"})
    assert tracker.get_application(owner=owner, application_id=app_id).ending == ""


def test_cli_debrief_perspective_learn_review(cli, owner) -> None:
    app_id = _rejected(owner)
    r = cli("debrief", str(app_id), "--feeling", "4", "--differently", "Practise trade-offs", "--json")
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["debrief"]["feeling"] == 4 and data["attribution"]["lesson"]["text"] == "Practise trade-offs"
    assert data["offers"] == []  # feeling fine: nothing offered
    r = cli("perspective", "--json")
    p = json.loads(r.stdout)
    assert p["funnel"]["counts"]["interview"] == 1
    assert all(s["strength"] in ("S", "M") for c in p["comparisons"] for s in c["sources"])
    assert "usually bring" in cli("perspective").stdout
    r = cli("review", str(app_id), "--rate", "problem_solving=not_shown", "--round", "design", "--json")
    assert json.loads(r.stdout)[0]["ratings"] == {"problem_solving": "not_shown"}
    learned = json.loads(cli("learn", "--json").stdout)
    assert learned["focus_areas"][0]["area"] == "problem_solving"
    assert learned["practice"]["skill_task"] and learned["practice"]["motivation"]
    assert cli("review", str(app_id), "--rate", "charm=strong").exit_code == 1


def test_cli_learn_tag_and_eval(cli, tmp_path) -> None:
    src = tmp_path / "fb.jsonl"
    src.write_text('{"text": "We went with an internal candidate."}\nGreat system design, but your SQL was rusty.\n', "utf-8")
    lines = [json.loads(x) for x in cli("learn", "tag", str(src)).stdout.splitlines()]
    assert [x["areas"] for x in lines] == [["outside_control"], ["role_skills", "problem_solving"]]
    assert set(lines[1]) == {"text", "areas", "polarity", "evidence"}
    r = cli("learn", "eval", str(ROOT / "corpus/feedback/dev.jsonl"), "--json")
    assert json.loads(r.stdout)["items"] >= 100


def test_learn_tag_never_starts_django(tmp_path) -> None:
    src = tmp_path / "fb.txt"
    src.write_text("Your STAR stories were clear.\n", "utf-8")
    code = (
        "import sys, django.apps\n"
        "from onward.cli import app\n"
        f"app(['learn', 'tag', {str(src)!r}], standalone_mode=False)\n"
        "sys.stderr.write('READY=%s' % django.apps.apps.ready)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env={"PATH": "", "ONWARD_HOME": str(tmp_path / "none")})
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["areas"] == ["communication"]
    assert "READY=False" in out.stderr
    assert not (tmp_path / "none").exists()  # no database was created


def test_api(client_local, owner) -> None:
    app_id = _rejected(owner)
    r = client_local.post(f"/api/v1/playbook/debrief/{app_id}", {"feeling": 1, "went_well": "Rapport"}, content_type="application/json")
    assert r.status_code == 200, r.content
    assert [o["code"] for o in r.json()["offers"]] == ["expressive_writing", "self_compassion"]
    r = client_local.post(f"/api/v1/playbook/debrief/{app_id}", {"feeling": 7}, content_type="application/json")
    assert r.status_code == 422
    r = client_local.post("/api/v1/playbook/feedback", {"text": "Your résumé bullets list duties, not results.", "source": "recruiter"}, content_type="application/json")
    item = r.json()
    assert item["areas"] == ["application_materials"] and item["evidence"]["application_materials"]["phrase"]
    r = client_local.patch(f"/api/v1/playbook/feedback/{item['id']}", {"polarity": "mixed"}, content_type="application/json")
    assert r.json()["polarity"] == "mixed" and r.json()["edited"]
    assert client_local.post("/api/v1/playbook/suggest", {"text": "No show."}, content_type="application/json").json()["areas"] == ["process_reliability"]
    r = client_local.post("/api/v1/playbook/reviews", {"application_id": app_id, "ratings": {"communication": "partly"}}, content_type="application/json")
    assert r.status_code == 200
    p = client_local.get("/api/v1/playbook/perspective").json()
    assert p["attribution"]["considered"] == 1 and p["conduct"][0]["company"] == "Acme"
    learn = client_local.get("/api/v1/playbook/learn").json()
    assert {a["area"] for a in learn["focus_areas"]} >= {"communication"}
    w = client_local.post("/api/v1/playbook/writing", {"kind": "self_compassion", "text": "private", "intention": "rehearse"}, content_type="application/json").json()
    assert set(w) == {"id", "kind", "session", "debrief_id", "text", "intention", "created_at"}  # no score of any kind
    assert client_local.get("/api/v1/playbook/attribution/424242").status_code == 404


def test_cli_debrief_asks_each_question_and_enter_skips(cli, owner) -> None:
    app_id = _rejected(owner)
    answers = "2\nflat\n\nRapport with the lead\n\n\n"
    r = cli("debrief", str(app_id), "--ask", input=answers)
    assert r.exit_code == 0, r.stderr
    assert "The loop is closed" in r.stdout and "If you want to, later" in r.stdout
    data = json.loads(cli("debrief", str(app_id), "--json").stdout)
    assert data["debrief"]["feeling"] == 2 and data["debrief"]["went_well"] == "Rapport with the lead"
    assert data["debrief"]["feedback"].startswith("Good structure")  # skipped: the rejection's own feedback stays
