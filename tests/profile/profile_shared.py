"""Where the profile tests find shared data (../shared/data beside the repository)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

SHARED = Path(os.environ.get("ONWARD_SHARED", Path(__file__).resolve().parents[3] / "shared")) / "data"
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


