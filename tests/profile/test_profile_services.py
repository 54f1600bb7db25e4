from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from profile_shared import RESUMES

from onward.errors import InvalidInput, NotFound
from onward.profile import services
from onward.tracker import services as tracker

pytestmark = pytest.mark.django_db


def test_import_keeps_the_document_as_found_and_reports_problems(owner: Any) -> None:
    text = (RESUMES / "12.json").read_text()
    version, problems = services.import_json(owner=owner, text=text)
    assert version.document == json.loads(text)
    assert [p.path for p in problems] == ["work[0].endDate", "work[1].endDate"]
    assert json.loads(services.export_json(owner=owner, version_id=version.pk)) == json.loads(text)


def test_versions_are_scoped_by_owner(owner: Any, other_owner: Any) -> None:
    mine = services.create_version(owner=owner, name="Mine")
    with pytest.raises(NotFound):
        services.get_version(owner=other_owner, version_id=mine.pk)
    assert services.list_versions(owner=other_owner) == []


def test_tailored_copy_for_an_application_leaves_the_base_alone(owner: Any, data_profile: dict[str, Any]) -> None:
    base = services.create_version(owner=owner, document=data_profile)
    app = tracker.add_application(owner=owner, company="Contoso", role_title="Data Engineer",
                                  posting_text="Requirements\n- SQL and dbt\n- 3+ years of experience")
    copy_ = services.tailor(owner=owner, version_id=base.pk, application_id=app.pk)
    assert copy_.name == "For Data Engineer at Contoso" and copy_.tailored_from == base
    services.edit(owner=owner, version_id=copy_.pk, operation="move_entry", section="work", index=1, to=0)
    assert services.get_version(owner=owner, version_id=base.pk).document == data_profile
    assert services.base_version(owner=owner) == base
    posting = services.posting_for_application(owner=owner, application_id=app.pk)
    result = services.match_version(owner=owner, version_id=copy_.pk, posting=posting,
                                    today=date(2026, 11, 30))
    assert result.title == "Data Engineer" and result.company == "Contoso"
    assert "dbt" in result.required_covered and result.years_required == 3


def test_editing_operations(owner: Any, data_profile: dict[str, Any]) -> None:
    version = services.create_version(owner=owner, document=data_profile)
    services.edit(owner=owner, version_id=version.pk, operation="set_entry", section="work", index=0,
                  fields={"endDate": "", "highlights": "• First\n\n- Second  \n"})
    services.edit(owner=owner, version_id=version.pk, operation="add_entry", section="skills")
    version = services.edit(owner=owner, version_id=version.pk, operation="set_basics",
                            fields={"location.city": "York", "phone": ""})
    doc = version.document
    assert doc["work"][0]["highlights"] == ["First", "Second"]
    assert "endDate" not in doc["work"][0] and doc["work"][0]["name"] == "Acme"
    assert doc["skills"][-1] == {} and doc["basics"]["location"]["city"] == "York"
    assert "phone" not in doc["basics"]
    with pytest.raises(InvalidInput):
        services.edit(owner=owner, version_id=version.pk, operation="remove_entry", section="work", index=9)
    with pytest.raises(InvalidInput):
        services.edit(owner=owner, version_id=version.pk, operation="add_entry", section="hobbies")


def test_import_a_pdf_and_a_bad_file(owner: Any, data_profile: dict[str, Any]) -> None:
    from onward.profile.render import render_pdf

    version, notes = services.import_file(owner=owner, filename="cv.pdf", data=render_pdf(data_profile))
    assert version.name.endswith("(draft)") and notes[0].startswith("A draft")
    assert version.document["basics"]["name"] == "Ada Park"
    assert [w["name"] for w in version.document["work"]] == ["Acme", "Beta Ltd"]
    with pytest.raises(InvalidInput, match="could not be read"):
        services.import_file(owner=owner, filename="cv.pdf", data=b"not a pdf")
    with pytest.raises(InvalidInput):
        services.import_file(owner=owner, filename="cv.odt", data=b"x")


def test_render_both_formats(owner: Any, data_profile: dict[str, Any]) -> None:
    version = services.create_version(owner=owner, document=data_profile, theme="modern")
    assert services.render(owner=owner, version_id=version.pk, fmt="pdf").startswith(b"%PDF")
    assert b"Ada Park" in services.render(owner=owner, version_id=version.pk, fmt="html")
    assert services.download_name(version, "pdf") == "ada-park-resume.pdf"
    with pytest.raises(InvalidInput):
        services.render(owner=owner, version_id=version.pk, theme="neon")


def test_lessons_read_the_trackers_rejections(owner: Any, data_profile: dict[str, Any]) -> None:
    version = services.create_version(owner=owner, document=data_profile)
    for title in ("Data Analyst", "Analytics Engineer", "Senior Data Analyst"):
        app = tracker.add_application(owner=owner, company=f"Co {title}", role_title=title)
        tracker.reject(owner=owner, application_id=app.pk, reasons=[
            {"code": "skills_mismatch", "source": "seeker", "evidence": "wanted deeper Snowflake"}],
            feedback_text="Snowflake at scale")
    (lesson,) = services.lessons_for(owner=owner, version_id=version.pk)
    assert lesson.text == ("3 rejections for data roles mention Snowflake — your profile doesn't "
                           "mention Snowflake.")


def test_whole_account_export_import_keeps_versions_and_links(owner: Any, other_owner: Any,
                                                              data_profile: dict[str, Any]) -> None:
    from onward.portability import export_all, import_document

    base = services.create_version(owner=owner, document=data_profile, name="Base")
    app = tracker.add_application(owner=owner, company="Contoso", role_title="Data Engineer")
    services.tailor(owner=owner, version_id=base.pk, application_id=app.pk)
    exported = export_all(owner=owner)
    assert [v["application"] for v in exported["profile"]] == [None, "a1"]
    import_document(owner=other_owner, document=exported)
    again = export_all(owner=other_owner)
    assert again["profile"] == exported["profile"]


def test_social_profiles_are_editable_under_basics(owner: Any) -> None:
    version = services.create_version(owner=owner, document={"basics": {"name": "Ana"}})
    services.edit(owner=owner, version_id=version.pk, operation="add_entry", section="profiles",
                  fields={"network": "GitHub", "url": "github.com/ana"})
    version = services.edit(owner=owner, version_id=version.pk, operation="set_entry",
                            section="profiles", index=0, fields={"url": "https://github.com/ana"})
    assert version.document["basics"]["profiles"] == [{"network": "GitHub", "url": "https://github.com/ana"}]
    assert "profiles" not in version.document
