"""Render a JSON Resume document to HTML (themes) and PDF (WeasyPrint, the `pdf` extra).

Themes are Django templates in templates/profile/themes/<name>.html extending a shared
single-column layout: real text, semantic headings, no tables or images, so applicant-tracking
systems and pypdf read it back in order. Rendering uses a standalone template Engine, so it
works without Django settings (the CLI renders files without a database).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from onward.profile.page_text import html_to_lines
from onward.profile.resume import as_text, basics, entries, is_ongoing, parse_date, string_list

THEMES_DIR = Path(__file__).parent / "templates"
THEMES = ("classic", "modern")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class RenderError(RuntimeError):
    """The document cannot be rendered as asked (unknown theme, PDF support missing)."""


@dataclass
class Item:
    title: str = ""
    subtitle: str = ""
    when: str = ""
    where: str = ""
    url: str = ""
    summary: str = ""
    bullets: list[str] = field(default_factory=list)
    sep: str = ", "


@dataclass
class Section:
    key: str
    heading: str
    items: list[Item]
    text: str = ""


def show_date(value: Any) -> str:
    parsed = parse_date(value)
    if parsed is None:
        return value.strip() if isinstance(value, str) else ""
    return f"{_MONTHS[parsed.month - 1]} {parsed.year}" if parsed.month else str(parsed.year)


def date_range(entry: dict[str, Any], start_key: str = "startDate") -> str:
    start = show_date(entry.get(start_key))
    raw_end = entry.get("endDate")
    end = show_date(raw_end) if not (start and is_ongoing(raw_end)) else "Present"
    if start and end and end != start:
        return f"{start} – {end}"
    return start or end


def plain(text: str) -> str:
    """Authors sometimes write HTML or Markdown emphasis in fields; a résumé shows the words."""
    if "<" in text and ">" in text:
        text = "\n".join(html_to_lines(text.replace("\n", "<br>")))
    return re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)


def _s(entry: dict[str, Any], key: str, *fallbacks: str) -> str:
    for name in (key, *fallbacks):
        text = as_text(entry.get(name))
        if text:
            return plain(text)
    return ""


def _lines(entry: dict[str, Any], key: str) -> list[str]:
    return [plain(text) for _, text in string_list(entry.get(key))]


def _work(document: Any, section: str, org_key: str) -> list[Item]:
    return [
        Item(title=_s(e, "position"), subtitle=_s(e, org_key, "company"), when=date_range(e),
             where=_s(e, "location"), url=_s(e, "url", "website"),
             summary=_s(e, "summary") or _s(e, "description"), bullets=_lines(e, "highlights"))
        for _, e in entries(document, section)
    ]


def _education(document: Any) -> list[Item]:
    items = []
    for _, e in entries(document, "education"):
        degree = " in ".join(p for p in (_s(e, "studyType"), _s(e, "area")) if p)
        extra = [f"Grade: {_s(e, 'score')}"] if _s(e, "score") else []
        courses = _lines(e, "courses")
        if courses:
            extra.append("Courses: " + ", ".join(courses))
        items.append(Item(title=degree or _s(e, "institution"),
                          subtitle=_s(e, "institution") if degree else "",
                          when=date_range(e), url=_s(e, "url"), bullets=extra))
    return items


def _simple(document: Any, section: str, title: str, subtitle: str, when: str,
            summary: str = "summary") -> list[Item]:
    return [Item(title=_s(e, title), subtitle=_s(e, subtitle), when=show_date(e.get(when)),
                 url=_s(e, "url"), summary=_s(e, summary)) for _, e in entries(document, section)]


def _skills(document: Any) -> list[Item]:
    return [Item(title=_s(e, "name"), subtitle=_s(e, "level"), sep=" — ",
                 summary=", ".join(_lines(e, "keywords"))) for _, e in entries(document, "skills")]


def _projects(document: Any) -> list[Item]:
    return [Item(title=_s(e, "name"), subtitle=", ".join(_lines(e, "roles")), when=date_range(e),
                 url=_s(e, "url"), summary=_s(e, "description"), bullets=_lines(e, "highlights"))
            for _, e in entries(document, "projects")]


def sections(document: Any) -> list[Section]:
    summary = _s(basics(document), "summary")
    found = [
        Section("summary", "Summary", [], summary) if summary else None,
        Section("work", "Experience", _work(document, "work", "name")),
        Section("projects", "Projects", _projects(document)),
        Section("education", "Education", _education(document)),
        Section("skills", "Skills", _skills(document)),
        Section("certificates", "Certificates",
                _simple(document, "certificates", "name", "issuer", "date")),
        Section("awards", "Awards", _simple(document, "awards", "title", "awarder", "date")),
        Section("publications", "Publications",
                _simple(document, "publications", "name", "publisher", "releaseDate")),
        Section("volunteer", "Volunteering", _work(document, "volunteer", "organization")),
        Section("languages", "Languages",
                [Item(title=_s(e, "language"), subtitle=_s(e, "fluency"), sep=" — ")
                 for _, e in entries(document, "languages")]),
        Section("interests", "Interests",
                [Item(title=_s(e, "name"), summary=", ".join(_lines(e, "keywords")))
                 for _, e in entries(document, "interests")]),
        Section("references", "References",
                [Item(title=_s(e, "name"), summary=_s(e, "reference"))
                 for _, e in entries(document, "references")]),
    ]
    return [s for s in found if s and (s.items or s.text)]


def contact_line(document: Any) -> list[dict[str, str]]:
    top = basics(document)
    parts: list[dict[str, str]] = []
    location = top.get("location")
    if isinstance(location, dict):
        place = ", ".join(p for p in (as_text(location.get("city")), as_text(location.get("region")),
                                      as_text(location.get("countryCode"))) if p)
    else:
        place = as_text(location)
    email, phone, url = as_text(top.get("email")), as_text(top.get("phone")), as_text(top.get("url"))
    if email:
        parts.append({"text": email, "href": f"mailto:{email}"})
    if phone:
        parts.append({"text": phone, "href": ""})
    if place:
        parts.append({"text": place, "href": ""})
    if url:
        parts.append({"text": url, "href": url if "://" in url else ""})
    profiles = top.get("profiles")
    for profile in profiles if isinstance(profiles, list) else []:  # ("profiles": true is no list)
        if isinstance(profile, dict):
            shown = as_text(profile.get("url")) or as_text(profile.get("username"))
            network = as_text(profile.get("network"))
            if shown:
                href = shown if shown.startswith(("http://", "https://")) else ""
                parts.append({"text": f"{network}: {shown}" if network else shown, "href": href})
    return parts


def context(document: Any) -> dict[str, Any]:
    top = basics(document)
    return {
        "name": as_text(top.get("name")) or "Your name",
        "label": as_text(top.get("label")),
        "contacts": contact_line(document),
        "sections": sections(document),
    }


@cache
def _engine() -> Any:
    from django.template import Engine

    return Engine(dirs=[str(THEMES_DIR)], autoescape=True)


def render_html(document: Any, *, theme: str = "classic") -> str:
    if theme not in THEMES:
        raise RenderError(f"unknown theme '{theme}' (choose from {', '.join(THEMES)})")
    from django.template import Context

    template = _engine().get_template(f"profile/themes/{theme}.html")
    return str(template.render(Context(context(document))))


def render_pdf(document: Any, *, theme: str = "classic") -> bytes:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:  # the `pdf` extra, or its system libraries (Pango), missing
        raise RenderError("PDF needs WeasyPrint: pip install 'onward[pdf]'") from error
    pdf: bytes = HTML(string=render_html(document, theme=theme)).write_pdf()
    return pdf
