"""Import a LinkedIn data export (its CSV files, as a folder or the .zip) into a draft profile.

Columns as LinkedIn writes them: Profile.csv (First Name, Last Name, Headline, Summary,
Geo Location, Websites), Positions.csv (Company Name, Title, Description, Location,
Started On, Finished On), Education.csv (School Name, Start Date, End Date, Notes, Degree Name,
Activities), Skills.csv (Name), Email Addresses.csv, PhoneNumbers.csv, Languages.csv,
Certifications.csv, Projects.csv, Honors.csv, Publications.csv, Volunteering.csv. Missing files
are skipped. Pure module: no Django.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from onward.profile.import_text import Draft, iso_date

_BULLET = re.compile(r"^\s*[-•*▪◦●]\s*")


def read_export(path: Path) -> dict[str, list[dict[str, str]]]:
    """File name (lower-case, no folder) -> rows."""
    files: dict[str, str] = {}
    if path.is_dir():
        for csv_path in path.rglob("*.csv"):
            files[csv_path.name.lower()] = csv_path.read_text(encoding="utf-8-sig", errors="replace")
    else:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.lower().endswith(".csv"):
                    raw = archive.read(name).decode("utf-8-sig", errors="replace")
                    files[Path(name).name.lower()] = raw
    return {name: _rows(text) for name, text in files.items()}


def _rows(text: str) -> list[dict[str, str]]:
    lines = text.splitlines()
    # Some export files start with "Notes:" lines before the header row.
    while lines and (lines[0].startswith("Notes") or not lines[0].strip()):
        lines.pop(0)
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    return [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in reader]


def draft_from_export(files: dict[str, list[dict[str, str]]]) -> Draft:
    notes: list[str] = []
    document: dict[str, Any] = {"basics": _basics(files)}
    builders = (
        ("work", "positions.csv", _position),
        ("education", "education.csv", _education),
        ("volunteer", "volunteering.csv", _volunteer),
        ("projects", "projects.csv", _project),
        ("certificates", "certifications.csv", _certificate),
        ("awards", "honors.csv", _award),
        ("publications", "publications.csv", _publication),
        ("languages", "languages.csv", _language),
    )
    for section, name, build in builders:
        rows = files.get(name, [])
        if rows:
            document[section] = [build(row) for row in rows]
    skills = [row.get("Name", "") for row in files.get("skills.csv", []) if row.get("Name")]
    if skills:
        document["skills"] = [{"name": "Skills", "keywords": skills}]
    if "profile.csv" not in files:
        notes.append("Profile.csv was not in the export: add your name and headline by hand.")
    if "positions.csv" not in files:
        notes.append("Positions.csv was not in the export: no work history imported.")
    return Draft(_drop_empty(document), notes)


def _basics(files: dict[str, list[dict[str, str]]]) -> dict[str, Any]:
    profile = (files.get("profile.csv") or [{}])[0]
    name = " ".join(p for p in (profile.get("First Name", ""), profile.get("Last Name", "")) if p)
    found: dict[str, Any] = {"name": name, "label": profile.get("Headline", ""),
                             "summary": profile.get("Summary", "")}
    emails = files.get("email addresses.csv", [])
    primary = next((r for r in emails if r.get("Primary", "").lower() == "yes"), emails[0] if emails else {})
    found["email"] = primary.get("Email Address", "")
    phones = files.get("phonenumbers.csv", [])
    if phones:
        found["phone"] = phones[0].get("Number", "")
    place = profile.get("Geo Location", "")
    if place:
        found["location"] = {"city": place}
    websites = re.findall(r"https?://[^\s,\]]+", profile.get("Websites", ""))
    if websites:
        found["url"] = websites[0]
    return found


def _description(text: str) -> tuple[str, list[str]]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    bullets = [_BULLET.sub("", line) for line in lines if _BULLET.match(line)]
    prose = " ".join(line for line in lines if not _BULLET.match(line))
    return prose, bullets


def _position(row: dict[str, str]) -> dict[str, Any]:
    summary, highlights = _description(row.get("Description", ""))
    return {"name": row.get("Company Name", ""), "position": row.get("Title", ""),
            "location": row.get("Location", ""), "startDate": iso_date(row.get("Started On", "")),
            "endDate": iso_date(row.get("Finished On", "")), "summary": summary,
            "highlights": highlights}


def _education(row: dict[str, str]) -> dict[str, Any]:
    return {"institution": row.get("School Name", ""), "studyType": row.get("Degree Name", ""),
            "startDate": iso_date(row.get("Start Date", "")),
            "endDate": iso_date(row.get("End Date", ""))}


def _volunteer(row: dict[str, str]) -> dict[str, Any]:
    summary, highlights = _description(row.get("Description", ""))
    return {"organization": row.get("Company Name", ""), "position": row.get("Role", ""),
            "startDate": iso_date(row.get("Started On", "")),
            "endDate": iso_date(row.get("Finished On", "")), "summary": summary,
            "highlights": highlights}


def _project(row: dict[str, str]) -> dict[str, Any]:
    return {"name": row.get("Title", ""), "description": row.get("Description", ""),
            "url": row.get("Url", ""), "startDate": iso_date(row.get("Started On", "")),
            "endDate": iso_date(row.get("Finished On", ""))}


def _certificate(row: dict[str, str]) -> dict[str, Any]:
    started = iso_date(row.get("Started On", ""))
    return {"name": row.get("Name", ""), "issuer": row.get("Authority", ""),
            "url": row.get("Url", ""), "date": f"{started}-01" if len(started) == 7 else ""}


def _award(row: dict[str, str]) -> dict[str, Any]:
    return {"title": row.get("Title", ""), "summary": row.get("Description", ""),
            "date": iso_date(row.get("Issued On", ""))}


def _publication(row: dict[str, str]) -> dict[str, Any]:
    return {"name": row.get("Name", ""), "publisher": row.get("Publisher", ""),
            "releaseDate": iso_date(row.get("Published On", "")), "url": row.get("Url", ""),
            "summary": row.get("Description", "")}


def _language(row: dict[str, str]) -> dict[str, Any]:
    return {"language": row.get("Name", ""), "fluency": row.get("Proficiency", "")}


def _drop_empty(value: Any) -> Any:
    """Empty strings are not dates or URLs: leave the field out so the draft validates."""
    if isinstance(value, dict):
        return {k: _drop_empty(v) for k, v in value.items() if v not in ("", [], {}, None)}
    if isinstance(value, list):
        return [_drop_empty(v) for v in value]
    return value
