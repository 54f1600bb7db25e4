from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from profile_shared import POSTINGS, RESUMES

from onward.profile import services

pytestmark = pytest.mark.django_db


def test_pages_render_for_a_new_seeker(client_local: Any) -> None:
    page = client_local.get("/profile/")
    assert page.status_code == 200 and b"No profile yet" in page.content
    created = client_local.post("/profile/new/")
    assert created.status_code == 302
    edit = client_local.get(created["Location"])
    assert edit.status_code == 200 and b"Basics" in edit.content


def test_import_edit_review_match_download(client_local: Any, owner: Any) -> None:
    upload = SimpleUploadedFile("resume.json", (RESUMES / "27.json").read_bytes())
    response = client_local.post("/profile/import/", {"file": upload})
    version = services.list_versions(owner=owner)[0]
    assert response["Location"] == f"/profile/{version.pk}/"
    edit = client_local.get(f"/profile/{version.pk}/")
    assert b"schema problem" in edit.content and b"as YYYY-MM" in edit.content
    client_local.post(f"/profile/{version.pk}/fix-dates/")
    fixed = services.get_version(owner=owner, version_id=version.pk).document
    assert fixed["work"][1]["startDate"] == "2024-06" and "endDate" not in fixed["work"][0]
    # htmx save answers with a fragment and tells the preview to reload.
    saved = client_local.post(f"/profile/{version.pk}/work/0/", {"position": "Staff Engineer"},
                              HTTP_HX_REQUEST="true")
    assert saved.status_code == 200 and saved["HX-Trigger"] == "profile-changed"
    assert services.get_version(owner=owner, version_id=version.pk).document["work"][0]["position"] == "Staff Engineer"
    moved = client_local.post(f"/profile/{version.pk}/work/0/move/", {"direction": "down"},
                              HTTP_HX_REQUEST="true")
    assert b'id="section-work"' in moved.content
    assert services.get_version(owner=owner, version_id=version.pk).document["work"][1]["position"] == "Staff Engineer"
    review = client_local.get(f"/profile/{version.pk}/review/")
    assert review.status_code == 200 and b"the sum of the rows above" in review.content
    match = client_local.post(f"/profile/{version.pk}/match/", {
        "posting_file": SimpleUploadedFile("p.html", (POSTINGS / "06.html").read_bytes())})
    assert b"Elixir" in match.content and b"covered" in match.content
    pdf = client_local.get(f"/profile/{version.pk}/download/pdf/")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert client_local.get(f"/profile/{version.pk}/download/doc/").status_code == 404
    preview = client_local.get(f"/profile/{version.pk}/preview/?theme=modern")
    assert preview.status_code == 200 and b"<h2>Experience</h2>" in preview.content
    exported = client_local.get(f"/profile/{version.pk}/export.json")
    assert json.loads(exported.content)["work"][1]["position"] == "Staff Engineer"


def test_someone_elses_version_is_a_404(client_local: Any, other_owner: Any) -> None:
    theirs = services.create_version(owner=other_owner, name="Theirs")
    assert client_local.get(f"/profile/{theirs.pk}/").status_code == 404
    assert client_local.get(f"/api/v1/profile/versions/{theirs.pk}").status_code == 404


def test_api(client_local: Any, data_profile: dict[str, Any]) -> None:
    created = client_local.post("/api/v1/profile/versions", {"name": "Base", "document": data_profile},
                                content_type="application/json")
    assert created.status_code == 201
    version_id = created.json()["id"]
    assert created.json()["problems"] == []
    problems = client_local.post("/api/v1/profile/validate", {"work": [{"startDate": "May 2020"}]},
                                 content_type="application/json").json()
    assert problems[0]["path"] == "work[0].startDate"
    review = client_local.get(f"/api/v1/profile/versions/{version_id}/review").json()
    assert review["total"] == sum(p["points"] for p in review["parts"])
    text = json.loads((POSTINGS / "01.json").read_text())["text"]
    match = client_local.post(f"/api/v1/profile/versions/{version_id}/match", {"text": text},
                              content_type="application/json").json()
    assert match["title"] == "Senior Data Engineer" and "SQL" in match["required"]["covered"]
    pdf = client_local.get(f"/api/v1/profile/versions/{version_id}/render?format=pdf")
    assert pdf.content.startswith(b"%PDF")
    bad = client_local.patch(f"/api/v1/profile/versions/{version_id}", {"theme": "neon"},
                             content_type="application/json")
    assert bad.status_code == 422
    assert client_local.delete(f"/api/v1/profile/versions/{version_id}").status_code == 204


def test_cli_import_export_list_review(cli: Any, tmp_path: Any) -> None:
    result = cli("profile", "import", str(RESUMES / "02.json"), "--json")
    assert result.exit_code == 0
    version_id = json.loads(result.stdout)["id"]
    listed = json.loads(cli("profile", "list", "--json").stdout)
    assert [row["id"] for row in listed] == [version_id]
    out = tmp_path / "out.json"
    assert cli("profile", "export", str(version_id), "--out", str(out)).exit_code == 0
    assert json.loads(out.read_text()) == json.loads((RESUMES / "02.json").read_text())
    review = json.loads(cli("profile", "review", "base", "--json").stdout)
    assert review["out_of"] == 100
    matched = json.loads(cli("profile", "match", str(version_id), str(POSTINGS / "04.html"), "--json").stdout)
    assert "React" in matched["required"]["covered"]
    pdf = tmp_path / "cv.pdf"
    assert cli("profile", "render", str(version_id), "--out", str(pdf), "--theme", "modern").exit_code == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert cli("profile", "lessons").exit_code == 0
    assert cli("profile", "export", "999").exit_code == 1
