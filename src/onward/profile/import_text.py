"""Best-effort draft profile from a résumé's text (PDF via pypdf, DOCX via python-docx).

The draft is shown for review, never trusted: headings split the text into sections, lines
with a date range start a role or a degree, bullet-like lines become highlights, and the notes
say what could not be read. Pure module: no Django.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from onward.profile.resume import ONGOING_WORDS, parse_date

_HEADINGS = {
    "summary": ("summary", "profile", "about", "about me", "professional summary", "objective",
                "career summary", "overview"),
    "work": ("experience", "work experience", "professional experience", "employment",
             "employment history", "work history", "career history", "relevant experience"),
    "education": ("education", "education and training", "academic background", "qualifications"),
    "skills": ("skills", "technical skills", "core skills", "key skills", "competencies",
               "core competencies", "tools", "technologies", "skills and tools"),
    "projects": ("projects", "selected projects", "personal projects", "side projects"),
    "certificates": ("certifications", "certificates", "licenses", "licenses and certifications"),
    "awards": ("awards", "honors", "honours", "achievements", "awards and honors"),
    "languages": ("languages",),
    "volunteer": ("volunteer", "volunteering", "volunteer experience"),
    "interests": ("interests", "hobbies"),
    "publications": ("publications",),
}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{4}}|\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}|\d{{4}})"
_RANGE = re.compile(
    rf"({_DATE})\s*(?:-|–|—|to|until)\s*({_DATE}|present|current|now|today)", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d ()./-]{7,}\d")
_URL = re.compile(r"(?:https?://|www\.)\S+|(?:linkedin|github)\.com/\S+", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-•*▪◦●‣–]\s*")
_ROLE_WORDS = re.compile(
    r"\b(engineer|developer|designer|manager|analyst|nurse|specialist|consultant|director|lead|"
    r"intern|assistant|coordinator|officer|associate|scientist|accountant|teacher|"
    r"representative|executive|architect|administrator|technician|head|owner|founder|"
    r"writer|editor|researcher|advisor|adviser|clerk|agent|supervisor)s?\b", re.IGNORECASE)


def _is_heading_line(line: str) -> bool:
    return not _BULLET.match(line) and len(line) <= 70 and not line.endswith(".") \
        and _RANGE.search(line) is None


@dataclass
class Draft:
    document: dict[str, Any]
    notes: list[str] = field(default_factory=list)


def text_of_pdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def text_of_docx(data: bytes) -> str:
    from docx import Document

    document = Document(io.BytesIO(data))
    lines = []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        prefix = "- " if "list" in style else ""
        lines.append(prefix + paragraph.text)
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def iso_date(text: str) -> str:
    if text.strip().lower().startswith(ONGOING_WORDS):
        return ""
    parsed = parse_date(text.replace("Sept", "Sep"))
    if parsed is None:
        return ""
    return f"{parsed.year}-{parsed.month:02d}" if parsed.month else str(parsed.year)


def heading_of(line: str) -> str | None:
    text = re.sub(r"[^a-z& ]", "", line.lower()).replace("&", "and").strip()
    if not text or len(text.split()) > 4:
        return None
    for section, names in _HEADINGS.items():
        if text in names:
            return section
    return None


def draft_from_text(text: str) -> Draft:
    lines = [" ".join(line.split()) for line in text.replace("\r", "").split("\n")]
    # Drop empty lines and page footers such as "1 / 2" or "Page 1 of 2".
    lines = [line for line in lines
             if line and not re.fullmatch(r"(page\s+)?\d+\s*(/|of)\s*\d+", line, re.IGNORECASE)]
    notes: list[str] = []
    blocks: dict[str, list[str]] = {"header": []}
    current = "header"
    for line in lines:
        section = heading_of(line)
        if section:
            current = section
            blocks.setdefault(current, [])
            continue
        blocks.setdefault(current, []).append(line)
    document: dict[str, Any] = {"basics": _basics(blocks.get("header", []), notes)}
    if blocks.get("summary"):
        document["basics"]["summary"] = " ".join(blocks["summary"])
    for section in ("work", "volunteer", "projects"):
        if blocks.get(section):
            document[section] = _dated_entries(blocks[section], section, notes)
    if blocks.get("education"):
        document["education"] = _education(blocks["education"])
    if blocks.get("skills"):
        document["skills"] = _skills(blocks["skills"])
    for section, key in (("certificates", "name"), ("awards", "title"), ("interests", "name"),
                         ("languages", "language"), ("publications", "name")):
        if blocks.get(section):
            document[section] = [{key: _BULLET.sub("", line)} for line in blocks[section]]
    if len(blocks) == 1:
        notes.append("No section headings found (Experience, Education, Skills...): "
                     "everything is in the summary. Please sort it into sections.")
        document["basics"]["summary"] = " ".join(blocks["header"][1:])
    return Draft(document, notes)


def _basics(lines: list[str], notes: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    rest: list[str] = []
    profiles: list[dict[str, str]] = []
    for line in lines:
        email = _EMAIL.search(line)
        if email and "email" not in found:
            found["email"] = email[0]
        phone = _PHONE.search(_EMAIL.sub("", line))
        if phone and "phone" not in found:
            found["phone"] = phone[0].strip()
        for url in _URL.findall(line):
            network = "LinkedIn" if "linkedin" in url.lower() else ("GitHub" if "github" in url.lower() else "")
            full = url if url.startswith("http") else f"https://{url}"
            if network:
                profiles.append({"network": network, "url": full})
            elif "url" not in found:
                found["url"] = full
        if not (email or phone or _URL.search(line)):
            rest.append(line)
    if rest:
        name = rest[0].title() if rest[0].isupper() else rest[0]
        found = {"name": name, **found}
        if len(rest) > 1 and len(rest[1]) <= 80:
            found["label"] = rest[1]
    else:
        notes.append("Could not find your name at the top.")
    if profiles:
        found["profiles"] = profiles
    return found


def _dated_entries(lines: list[str], section: str, notes: list[str]) -> list[dict[str, Any]]:
    """Each line with a date range starts an entry; its title is on that line or the one above."""
    starts: list[tuple[int, int, re.Match[str]]] = []  # (title line, date line, match)
    for index, line in enumerate(lines):
        found = _RANGE.search(line)
        if found:
            own_title = line[: found.start()].strip(" ,|·—–-")
            title_at = index if own_title or index == 0 else index - 1
            # A second heading line above ("Acme Corp, London" over "Product Designer").
            if (title_at == index - 1 and title_at >= 1 and _is_heading_line(lines[title_at - 1])
                    and (not starts or title_at - 1 > starts[-1][1])
                    and _is_heading_line(lines[title_at])):
                title_at -= 1
            if starts and title_at <= starts[-1][1]:
                title_at = index
            starts.append((title_at, index, found))
    if not starts:
        notes.append(f"No dated entries found in {section}: add dates like 'Mar 2019 – Present'.")
        return [{"summary": " ".join(lines)}]
    items: list[dict[str, Any]] = []
    for number, (title_at, date_at, found) in enumerate(starts):
        date_line = lines[date_at]
        before = date_line[: found.start()].strip(" ,|·—–-")
        after = date_line[found.end():].strip(" ,|·—–-")
        title_lines = lines[title_at:date_at]
        if before:
            title_lines.append(before)
        entry = _new_entry(section, title_lines, found, after)
        stop = starts[number + 1][0] if number + 1 < len(starts) else len(lines)
        for line in _unwrap(lines[date_at + 1: stop]):
            _add_line(entry, line)
        items.append(entry)
    return items


def _unwrap(lines: list[str]) -> list[str]:
    """Join lines a PDF wrapped: a lower-case start, or a long previous line without an end."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        continues = previous and not _BULLET.match(line) and (
            line[:1].islower() or (len(previous) >= 70 and not previous.endswith((".", "!", "?", ":")))
        )
        if continues:
            joined[-1] = previous + " " + line
        else:
            joined.append(line)
    return joined


def _new_entry(section: str, title_lines: list[str], found: re.Match[str],
               location: str) -> dict[str, Any]:
    org_key = {"work": "name", "volunteer": "organization", "projects": "name"}[section]
    entry: dict[str, Any] = {}
    if len(title_lines) == 2 and _ROLE_WORDS.search(title_lines[0]) is None \
            and _ROLE_WORDS.search(title_lines[1]) is not None:
        title_lines = [title_lines[1], title_lines[0]]  # "Company" over "Position"
    joined = " | ".join(title_lines[-2:])
    parts = [p.strip() for p in re.split(r"\s+(?:at|@)\s+|\s*[|·—–]\s*|,\s+(?![^()]*\))", joined)
             if p.strip()]
    if len(parts) > 2 and not location:
        location = parts[2]
    if parts:
        entry["name" if section == "projects" else "position"] = parts[0]
    if len(parts) > 1 and section != "projects":
        entry[org_key] = parts[1]
    if location:
        entry["location"] = location
    start, end = iso_date(found[1]), iso_date(found[2])
    if start:
        entry["startDate"] = start
    if end:
        entry["endDate"] = end
    return entry


def _add_line(entry: dict[str, Any], line: str) -> None:
    if _BULLET.match(line) or entry.get("summary") or entry.get("highlights"):
        entry.setdefault("highlights", []).append(_BULLET.sub("", line))
    else:
        entry["summary"] = line


def _education(lines: list[str]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for line in lines:
        found = _RANGE.search(line) or re.search(r"\b(19|20)\d{2}\b", line)
        text = line
        entry: dict[str, Any] = {}
        if found is not None and isinstance(found, re.Match) and found.re is _RANGE:
            entry["startDate"], entry["endDate"] = iso_date(found[1]), iso_date(found[2])
            text = (line[: found.start()] + line[found.end():]).strip(" ,|·—–-")
        elif found is not None:
            entry["endDate"] = found[0]
            text = (line[: found.start()] + line[found.end():]).strip(" ,|·—–-()")
        text = re.sub(r"\(\s*\)", "", text).strip(" ,|·—–-")
        degree = re.search(r"\b(B\.?S\.?c?|B\.?A\.?|M\.?S\.?c?|M\.?A\.?|MBA|Ph\.?D\.?|Bachelor|Master|"
                           r"Associate|Diploma|Certificate)\b", text)
        if degree or not items:
            split = re.split(r"\s+[—–|-]\s+|,\s+(?=[^,]*$)", text, maxsplit=1) if degree else [text]
            degree_text, school = (split[0], split[1]) if len(split) == 2 else ("", text)
            if degree:
                entry["studyType"] = degree_text or text
                if degree_text:
                    entry["institution"] = school
            else:
                entry["institution"] = text
            items.append({k: v for k, v in entry.items() if v})
        elif "institution" not in items[-1]:
            items[-1]["institution"] = _BULLET.sub("", text)
    return items


def _skills(lines: list[str]) -> list[dict[str, Any]]:
    groups: list[dict[str, Any]] = []
    name = ""
    for line in lines:
        label, _, rest = _BULLET.sub("", line).partition(":")
        words = rest if rest else label
        keywords = [w.strip() for w in re.split(r"[,;•|]", words) if w.strip()]
        if not rest and len(keywords) == 1 and len(label.split()) <= 5 and not name:
            # A group name on its own line ("Backend — Advanced"), keywords on the next.
            name = re.split(r"\s+[—–-]\s+", label)[0].strip()
            continue
        group: dict[str, Any] = {"name": label.strip() if rest else (name or "Skills")}
        leveled = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", group["name"])
        if leveled:  # "Frontend (Advanced)", as Onward's own themes print it
            group["name"], group["level"] = leveled[1], leveled[2]
        group["keywords"] = keywords
        groups.append(group)
        name = ""
    return groups
