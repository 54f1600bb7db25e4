from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from docx import Document
from profile_shared import RESUMES

from onward.profile.import_linkedin import draft_from_export, read_export
from onward.profile.import_text import draft_from_text, text_of_docx, text_of_pdf
from onward.profile.render import render_pdf
from onward.profile.validate import validate


def test_a_rendered_pdf_imports_back_into_a_close_draft() -> None:
    original = json.loads((RESUMES / "02.json").read_text())
    draft = draft_from_text(text_of_pdf(render_pdf(original)))
    assert draft.document["basics"]["name"] == original["basics"]["name"]
    assert draft.document["basics"]["email"] == original["basics"]["email"]
    assert [(w.get("position"), w.get("name")) for w in draft.document["work"]] == [
        (w["position"], w["name"]) for w in original["work"]]
    assert [w.get("startDate") for w in draft.document["work"]] == [
        w["startDate"][:7] for w in original["work"]]
    keywords = {k for group in draft.document["skills"] for k in group["keywords"]}
    assert {"PostgreSQL", "TypeScript", "Solidity"} <= keywords
    assert validate(draft.document) == []


def test_docx_resume_text_becomes_a_draft() -> None:
    doc = Document()
    for text in ["Maria Lopez", "Registered Nurse", "maria@example.com | +44 7700 900123",
                 "Experience"]:
        doc.add_paragraph(text)
    doc.add_paragraph("Staff Nurse, St Mary's Hospital")
    doc.add_paragraph("Jan 2019 – Present")
    doc.add_paragraph("Cared for 12 patients per shift on a surgical ward", style="List Bullet")
    doc.add_paragraph("Trained 6 new starters in medication administration", style="List Bullet")
    doc.add_paragraph("Education")
    doc.add_paragraph("BSc Nursing, University of Leeds, 2018")
    doc.add_paragraph("Skills")
    doc.add_paragraph("Patient care, Epic, BLS, Triage")
    buffer = io.BytesIO()
    doc.save(buffer)
    draft = draft_from_text(text_of_docx(buffer.getvalue()))
    basics = draft.document["basics"]
    assert (basics["name"], basics["label"], basics["email"]) == (
        "Maria Lopez", "Registered Nurse", "maria@example.com")
    (job,) = draft.document["work"]
    assert (job["position"], job["name"], job["startDate"]) == ("Staff Nurse", "St Mary's Hospital", "2019-01")
    assert "endDate" not in job and len(job["highlights"]) == 2
    assert draft.document["education"][0]["institution"] == "University of Leeds"
    assert draft.document["skills"][0]["keywords"] == ["Patient care", "Epic", "BLS", "Triage"]
    assert validate(draft.document) == []


def test_text_without_headings_says_so() -> None:
    draft = draft_from_text("Sam Lee\nI have done many things over the years.")
    assert draft.notes and "No section headings" in draft.notes[0]


LINKEDIN = {
    "Profile.csv": "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
                   "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
                   'Ana,Silva,,,,"Product Designer","Designs calm tools.",Design,,"Lisbon, Portugal",,'
                   '"[PORTFOLIO:https://ana.example.com]",\n',
    "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n"
                     'Fabrikam,Senior Product Designer,"Led the design system.\n- Cut UI bugs by 30%\n'
                     '- Ran 40 user interviews",Lisbon,Mar 2021,\n'
                     "Contoso,Product Designer,,Porto,Jun 2018,Feb 2021\n",
    "Education.csv": "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
                     "Universidade de Lisboa,2014,2017,,BA Design,\n",
    "Skills.csv": "Name\nFigma\nUser Research\nPrototyping\n",
    "Email Addresses.csv": "Email Address,Confirmed,Primary,Updated On\n"
                           "old@example.com,Yes,No,\nana@example.com,Yes,Yes,\n",
    "Languages.csv": "Name,Proficiency\nPortuguese,Native or bilingual proficiency\n",
}


def _export(tmp_path: Path, as_zip: bool) -> Path:
    if not as_zip:
        for name, text in LINKEDIN.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
        return tmp_path
    target = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(target, "w") as archive:
        for name, text in LINKEDIN.items():
            archive.writestr(name, text)
    return target


def test_linkedin_export_folder_and_zip(tmp_path: Path) -> None:
    for as_zip in (False, True):
        folder = tmp_path / ("zip" if as_zip else "dir")
        folder.mkdir()
        draft = draft_from_export(read_export(_export(folder, as_zip)))
        doc = draft.document
        assert doc["basics"]["name"] == "Ana Silva"
        assert doc["basics"]["email"] == "ana@example.com"
        assert doc["basics"]["url"] == "https://ana.example.com"
        first, second = doc["work"]
        assert (first["position"], first["startDate"], "endDate" in first) == (
            "Senior Product Designer", "2021-03", False)
        assert first["highlights"] == ["Cut UI bugs by 30%", "Ran 40 user interviews"]
        assert (second["startDate"], second["endDate"]) == ("2018-06", "2021-02")
        assert doc["skills"][0]["keywords"] == ["Figma", "User Research", "Prototyping"]
        assert doc["education"][0]["studyType"] == "BA Design"
        assert validate(doc) == []
        assert draft.notes == []


def test_common_text_layouts() -> None:
    text = (
        "JANE DOE\nProduct Designer\njane.doe@example.com · +44 20 7946 0958 · linkedin.com/in/janedoe\n\n"
        "PROFESSIONAL EXPERIENCE\n"
        "Senior Product Designer | Fabrikam | London | 03/2021 – Present\n"
        "• Led redesign of checkout, lifting conversion 12%\n• Ran 30 user interviews\n\n"
        "Acme Corp, Manchester\nProduct Designer\nSept 2017 - Feb 2021\n"
        "Designed the onboarding flow used by 2M people\n- Built the design system\n\n"
        "EDUCATION\nBA (Hons) Graphic Design — University of Leeds (2013 – 2016)\n"
        "MSc Interaction Design, Royal College of Art, 2017\n\n"
        "SKILLS\nFigma, Sketch, User research, Prototyping\n"
    )
    document = draft_from_text(text).document
    assert document["basics"]["name"] == "Jane Doe"
    assert document["basics"]["profiles"] == [{"network": "LinkedIn", "url": "https://linkedin.com/in/janedoe"}]
    first, second = document["work"]
    assert (first["position"], first["name"], first["location"], first["startDate"]) == (
        "Senior Product Designer", "Fabrikam", "London", "2021-03")
    assert first["highlights"] == ["Led redesign of checkout, lifting conversion 12%", "Ran 30 user interviews"]
    assert (second["position"], second["name"], second["location"]) == ("Product Designer", "Acme Corp", "Manchester")
    assert (second["startDate"], second["endDate"]) == ("2017-09", "2021-02")
    assert [(e["studyType"], e["institution"]) for e in document["education"]] == [
        ("BA (Hons) Graphic Design", "University of Leeds"), ("MSc Interaction Design", "Royal College of Art")]
    assert validate(document) == []
