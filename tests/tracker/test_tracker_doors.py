"""The CLI, the API and the web pages, as a user drives them."""

from __future__ import annotations

import json

import pytest

from onward.tracker import services

pytestmark = pytest.mark.django_db


def test_cli_add_list_move_reject_show(cli) -> None:
    r = cli("add", "Acme", "Data Analyst", "--channel", "referral", "--applied-on", "2026-11-02", "--json")
    assert r.exit_code == 0, r.stderr
    app_id = json.loads(r.stdout)["id"]
    assert cli("move", str(app_id), "interviewing").exit_code == 0
    r = cli("reject", str(app_id), "--reason", "other_candidate_stronger", "--feedback", "Strong SQL; wanted more stakeholder stories.")
    assert r.exit_code == 0 and "debrief" in r.stdout
    listed = json.loads(cli("list", "--ending", "rejected", "--json").stdout)
    assert [(a["id"], a["furthest_stage"]) for a in listed] == [(app_id, "interviewing")]
    shown = json.loads(cli("show", str(app_id), "--json").stdout)
    assert [h["to_stage"] for h in shown["history"]] == ["applied", "interviewing", "interviewing"]
    assert shown["rejections"][0]["stage_reached"] == "after_interview"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("move", "999", "offer"), "no application with id 999"),
        (("add", "Acme", "Analyst", "--stage", "hired"), "unknown stage 'hired'"),
        (("add", "Acme", "Analyst", "--applied-on", "2026-02-30"), "applied_on: '2026-02-30' is not a date"),
        (("contact", "add", "Dana", "--email", "nope"), "is not an email address"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_1(cli, args: tuple[str, ...], message: str) -> None:
    r = cli(*args)
    assert r.exit_code == 1
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_cli_contacts_and_log(cli, owner) -> None:
    app = services.add_application(owner=owner, company="Acme", role_title="Analyst")
    cid = json.loads(cli("contact", "add", "Dana Reyes", "--email", "dana@acme.example", "--company", "Acme", "--json").stdout)["id"]
    assert cli("contact", "link", str(cid), str(app.pk), "--role", "recruiter").exit_code == 0
    r = cli("log", "--contact", str(cid), "--application", str(app.pk), "--kind", "call", "--summary", "Screen went well", "--json")
    assert json.loads(r.stdout)["kind"] == "call"
    assert "Dana Reyes" in cli("contact", "list").stdout


@pytest.mark.django_db(transaction=True)
def test_export_import_round_trip_loses_nothing(cli, demo_owner, tmp_path) -> None:
    from django.core.management import call_command

    first = tmp_path / "first.json"
    assert cli("export", str(first)).exit_code == 0
    call_command("flush", interactive=False, verbosity=0)  # an empty database
    r = cli("import", str(first))
    assert r.exit_code == 0, r.stderr
    second = tmp_path / "second.json"
    cli("export", str(second))
    assert json.loads(first.read_text()) == json.loads(second.read_text())
    assert len(json.loads(first.read_text())["tracker"]["applications"]) >= 35


def test_a_malformed_import_names_the_path_and_writes_nothing(cli, tmp_path) -> None:
    from onward.tracker.models import Application

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({
        "format": "onward-export", "version": 1,
        "tracker": {"companies": [{"ref": "c1", "name": "Acme"}], "contacts": [],
                    "applications": [{"company": "c1", "role_title": "Analyst", "channel": "job_board",
                                      "stage": "applied", "furthest_stage": "applied", "applied_on": "2026-13-01"}]},
    }))  # fmt: skip
    r = cli("import", str(bad))
    assert r.exit_code == 1
    assert "$.tracker.applications[0].applied_on: not a date" in r.stderr
    assert Application.objects.count() == 0
    notjson = tmp_path / "x.json"
    notjson.write_text("{oops")
    assert "not JSON (line 1" in cli("import", str(notjson)).stderr


def test_api_create_move_reject_and_errors(client_local) -> None:
    r = client_local.post("/api/v1/applications", {"company": "Acme", "role_title": "Analyst"}, content_type="application/json")
    assert r.status_code == 201
    app_id = r.json()["id"]
    r = client_local.post(f"/api/v1/applications/{app_id}/stage-changes", {"to_stage": "screening"}, content_type="application/json")
    assert r.status_code == 201 and r.json()["stage"] == "screening"
    r = client_local.post(f"/api/v1/applications/{app_id}/rejection", {"reasons": [{"code": "compensation"}]}, content_type="application/json")
    assert r.status_code == 201 and r.json()["stage_reached"] == "after_screen"
    r = client_local.post(f"/api/v1/applications/{app_id}/stage-changes", {"to_stage": "offer"}, content_type="application/json")
    assert r.status_code == 409
    r = client_local.post("/api/v1/applications", {"company": "Acme", "role_title": "X", "stage": "nope"}, content_type="application/json")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "stage"]
    r = client_local.post("/api/v1/applications", {"company": "Acme", "role_title": "X", "applied_on": "2026-02-30"}, content_type="application/json")
    assert r.status_code == 422
    assert client_local.get("/api/v1/applications/424242").status_code == 404
    history = client_local.get(f"/api/v1/applications/{app_id}/stage-changes").json()
    assert [h["to_stage"] for h in history] == ["applied", "screening", "screening"]


def test_api_refuses_cross_site_form_posts(client_local) -> None:
    from django.test import Client

    csrf_client = Client(REMOTE_ADDR="127.0.0.1", enforce_csrf_checks=True)
    r = csrf_client.post("/api/v1/applications", "company=Acme&role_title=X", content_type="application/x-www-form-urlencoded")
    assert r.status_code == 401


def test_openapi_document_and_docs(client_local) -> None:
    doc = client_local.get("/api/v1/openapi.json").json()
    assert "/api/v1/applications" in doc["paths"] and "/api/v1/contacts" in doc["paths"]
    assert client_local.get("/api/v1/docs").status_code == 200


def test_board_empty_state_offers_demo_then_shows_columns(client_local) -> None:
    page = client_local.get("/board/").content.decode()
    assert "Load demo data" in page
    r = client_local.post("/demo/", follow=True)
    page = r.content.decode()
    assert "Your board" in page and "Final round" in page and "Rejected" in page


def test_web_form_shows_errors_next_to_the_field(client_local) -> None:
    form = {"company": "Acme", "role_title": "", "stage": "applied", "channel": "job_board"}
    page = client_local.post("/applications/new/", form).content.decode()
    assert 'id="id_role_title_error"' in page
    page = client_local.post("/applications/new/", {**form, "role_title": "Analyst", "salary_min": "9", "salary_max": "1"}).content.decode()
    assert 'id="id_salary_max_error"' in page
    assert "the top of the range is below its bottom" in page


def test_web_csrf_is_enforced() -> None:
    from django.test import Client

    c = Client(REMOTE_ADDR="127.0.0.1", enforce_csrf_checks=True)
    assert c.post("/applications/new/", {"company": "A", "role_title": "B"}).status_code == 403


def test_unknown_application_is_a_404(client_local) -> None:
    assert client_local.get("/applications/999999/").status_code == 404
