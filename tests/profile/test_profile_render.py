from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from profile_shared import RESUMES
from pypdf import PdfReader

from onward.profile.render import THEMES, RenderError, render_html, render_pdf

VOID = {"meta", "br", "link", "img", "hr", "input"}


class StructureCheck(HTMLParser):
    """A small HTML well-formedness check: every element closed in order, one h1, unique ids."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.counts: dict[str, int] = {}
        self.doctype = False

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl.lower() == "doctype html"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.counts[tag] = self.counts.get(tag, 0) + 1
        self.ids += [v or "" for k, v in attrs if k == "id"]
        if tag in ("li",) and (not self.stack or self.stack[-1] not in ("ul", "ol")):
            self.errors.append("li outside a list")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> does not close <{self.stack[-1] if self.stack else '-'}>")
        else:
            self.stack.pop()


def check_html(markup: str) -> StructureCheck:
    checker = StructureCheck()
    checker.feed(markup)
    checker.close()
    assert checker.doctype, "no <!DOCTYPE html>"
    assert not checker.errors, checker.errors
    assert not checker.stack, checker.stack
    assert len(checker.ids) == len(set(checker.ids))
    assert checker.counts.get("h1") == 1 and checker.counts.get("title") == 1
    assert checker.counts.get("img", 0) == 0 and checker.counts.get("table", 0) == 0
    assert '<html lang="en">' in markup and '<meta charset="utf-8">' in markup
    return checker


FULL: dict[str, Any] = {
    "basics": {"name": "Ada <Park>", "label": "Data Engineer", "email": "ada@example.com",
               "summary": "Builds pipelines & dashboards."},
    "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-03",
              "highlights": ["Cut costs by 20%"]}],
    "volunteer": [{"organization": "Food bank", "position": "Driver", "startDate": "2018"}],
    "education": [{"institution": "Leeds", "studyType": "BSc", "area": "Maths", "endDate": "2016"}],
    "awards": [{"title": "Best paper", "date": "2019-05", "awarder": "ACM"}],
    "certificates": [{"name": "AWS SA", "issuer": "Amazon", "date": "2021-01-10"}],
    "publications": [{"name": "On pipelines", "publisher": "Blog", "releaseDate": "2022"}],
    "skills": [{"name": "Data", "keywords": ["SQL", "dbt"]}],
    "languages": [{"language": "English", "fluency": "Native"}],
    "interests": [{"name": "Running"}],
    "references": [{"name": "J. Doe", "reference": "Dependable."}],
    "projects": [{"name": "Pipes", "description": "An ETL kit", "startDate": "2021"}],
}
ORDER = ["Summary", "Experience", "Projects", "Education", "Skills", "Certificates", "Awards",
         "Publications", "Volunteering", "Languages", "Interests", "References"]


@pytest.mark.parametrize("theme", THEMES)
def test_html_is_well_formed_and_escaped(theme: str) -> None:
    markup = render_html(FULL, theme=theme)
    check_html(markup)
    assert "Ada &lt;Park&gt;" in markup
    headings = re.findall(r"<h2>(.*?)</h2>", markup)
    assert headings == ORDER


@pytest.mark.skipif(not RESUMES.exists(), reason="shared résumés not present")
@pytest.mark.parametrize("path", sorted(RESUMES.glob("*.json")), ids=lambda p: p.name)
def test_every_shared_resume_renders_well_formed_html(path: Any) -> None:
    check_html(render_html(json.loads(path.read_text()), theme="modern"))


def _pdf_text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() or "" for page in reader.pages)


@pytest.mark.parametrize("theme", THEMES)
def test_pdf_text_reads_back_in_order(theme: str) -> None:
    pages, text = _pdf_text(render_pdf(FULL, theme=theme))
    assert pages == 1
    assert text.lstrip().startswith("Ada <Park>")
    headings = [h.upper() if theme == "classic" else h for h in ORDER]
    positions = [text.find(h) for h in headings]
    assert -1 not in positions, dict(zip(headings, positions, strict=True))
    assert positions == sorted(positions)
    assert "• Cut costs by 20%" in text


@pytest.mark.skipif(not (RESUMES / "27.json").exists(), reason="shared résumés not present")
def test_a_long_real_resume_makes_a_multi_page_pdf_in_order() -> None:
    document = json.loads((RESUMES / "27.json").read_text())
    pages, text = _pdf_text(render_pdf(document, theme="modern"))
    assert pages == 3
    names = [w.get("name") or w["company"] for w in document["work"]]
    cursor = text.find("Experience")
    for name in names:  # each role appears after the one before it
        cursor = text.find(name, cursor + 1)
        assert cursor != -1, name
    assert "<strong>" not in text  # author HTML in the summary is shown as words


def test_unknown_theme_is_an_error() -> None:
    with pytest.raises(RenderError, match="unknown theme"):
        render_html(FULL, theme="neon")
