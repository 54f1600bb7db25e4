"""Profile room figures: validation, posting import, match, review, HTML and PDF rendering.

Generates varied profiles (and reads ../shared/data when present), runs each step, and prints
median / p90 / max per step. Never fails on time.
"""

from __future__ import annotations

import io
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
TODAY = date(2026, 11, 30)


def generated_profile(rng: random.Random, roles: int) -> dict[str, Any]:
    skills = ["Python", "SQL", "Postgres", "JS", "React", "AWS", "Docker", "Excel", "Figma", "Go"]
    work = []
    year = 2026
    for i in range(roles):
        start = year - rng.randint(1, 4)
        work.append({
            "name": f"Company {i}", "position": rng.choice(["Engineer", "Analyst", "Designer"]),
            "startDate": f"{start}-{rng.randint(1, 12):02d}",
            **({"endDate": f"{year}-{rng.randint(1, 12):02d}"} if i else {}),
            "highlights": [f"Built {rng.choice(skills)} tooling that cut costs by {rng.randint(5, 60)}%"
                           for _ in range(rng.randint(2, 6))],
        })
        year = start
    return {"basics": {"name": f"Person {roles}", "label": "Engineer", "email": "p@example.com",
                       "summary": "Builds things."},
            "work": work, "education": [{"institution": "Uni", "studyType": "BSc"}],
            "skills": [{"name": "Tools", "keywords": rng.sample(skills, 5)}]}


def timed(step: Callable[[], Any], repeat: int = 1) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return times


def row(name: str, times: list[float], note: str = "") -> None:
    ordered = sorted(times)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    print(f"{name:<28} {len(times):>5} {statistics.median(times):>9.2f} {p90:>9.2f} {max(times):>9.2f}  {note}")


def main() -> int:
    from pypdf import PdfReader

    from onward.profile.match import match
    from onward.profile.posting import load_posting, posting_from_text
    from onward.profile.render import render_html, render_pdf
    from onward.profile.review import review
    from onward.profile.validate import validate

    rng = random.Random(6)
    documents = [generated_profile(rng, n) for n in (1, 2, 3, 5, 8, 12) for _ in range(3)]
    resumes = sorted((SHARED / "resumes").glob("*.json"))
    documents += [json.loads(p.read_text()) for p in resumes]
    posting_files = sorted((SHARED / "postings").glob("*.json")) + sorted((SHARED / "postings").glob("*.html"))
    postings = [load_posting(p) for p in posting_files] or [
        posting_from_text("Data Engineer\nX\n\nRequirements\n- SQL, Python, AWS\n")]
    print(f"profile bench: {len(documents)} profiles ({len(resumes)} shared), {len(postings)} postings")
    print(f"{'step':<28} {'n':>5} {'median ms':>9} {'p90 ms':>9} {'max ms':>9}")
    row("validate", [t for d in documents for t in timed(lambda d=d: validate(d))])
    row("posting import", [t for p in posting_files for t in timed(lambda p=p: load_posting(p))])
    row("review", [t for d in documents for t in timed(lambda d=d: review(d, today=TODAY))])
    row("match (profile x posting)", [t for d in documents[:12] for p in postings
                                      for t in timed(lambda d=d, p=p: match(d, p, today=TODAY))])
    row("render HTML", [t for d in documents for t in timed(lambda d=d: render_html(d))])
    render_pdf(documents[0])  # first call loads fonts
    pages: list[int] = []

    def pdf(d: dict[str, Any]) -> None:
        pages.append(len(PdfReader(io.BytesIO(render_pdf(d, theme="modern"))).pages))

    row("render PDF (modern)", [t for d in documents for t in timed(lambda d=d: pdf(d))],
        f"pages min {min(pages)} median {statistics.median(pages):g} max {max(pages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
