"""Where the profile tests find the shared public data: the repository's copy in
tests/data/shared (so CI never depends on what sits beside the clone), or ONWARD_SHARED."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

_ENV = os.environ.get("ONWARD_SHARED")
SHARED = Path(_ENV) / "data" if _ENV else Path(__file__).resolve().parents[1] / "data" / "shared"
RESUMES = SHARED / "resumes"
POSTINGS = SHARED / "postings"
HERE = Path(__file__).parent / "data"


def shared_verdicts() -> list[dict[str, Any]]:
    index = RESUMES / "index.jsonl"
    if not index.exists():
        return []
    return [json.loads(line) for line in index.read_text().splitlines() if line.strip()]


def shared_postings() -> list[Path]:
    return sorted(POSTINGS.glob("*.json")) + sorted(POSTINGS.glob("*.html"))


