"""Measure the feedback tagger on a labeled JSON Lines file: per-area precision and recall.

Pure: no Django. Each line: {"text", "areas": [...], "polarity"}. Prints figures, never asserts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onward.taxonomy import FOCUS_AREAS

from .tagging import POLARITIES, tag


@dataclass
class AreaScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Evaluation:
    items: int = 0
    areas: dict[str, AreaScore] = field(
        default_factory=lambda: {a: AreaScore() for a in FOCUS_AREAS}
    )
    polarity_correct: int = 0
    polarity_confusion: dict[str, dict[str, int]] = field(
        default_factory=lambda: {g: dict.fromkeys(POLARITIES, 0) for g in POLARITIES}
    )
    exact_area_sets: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    # how each suggested area was found (phrase family, naming frame, word-weight model) → tp / fp
    by_source: dict[str, dict[str, int]] = field(default_factory=dict)

    def micro(self) -> AreaScore:
        total = AreaScore()
        for s in self.areas.values():
            total.tp += s.tp
            total.fp += s.fp
            total.fn += s.fn
        return total

    def as_json(self) -> dict[str, Any]:
        micro = self.micro()
        return {
            "items": self.items,
            "micro": {"precision": micro.precision, "recall": micro.recall},
            "exact_area_sets": self.exact_area_sets,
            "by_source": self.by_source,
            "polarity_accuracy": self.polarity_correct / self.items if self.items else None,
            "polarity_confusion": self.polarity_confusion,
            "areas": {
                a: {
                    "precision": s.precision,
                    "recall": s.recall,
                    "support": s.support,
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                }
                for a, s in self.areas.items()
            },
        }


def read_labeled(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if "text" not in row or "areas" not in row:
            raise ValueError(f"{path}:{n}: each line needs 'text' and 'areas'")
        rows.append(row)
    return rows


def evaluate(rows: Iterable[dict[str, Any]]) -> Evaluation:
    result = Evaluation()
    for row in rows:
        tagged = tag(row["text"])
        got, want = set(tagged.codes), set(row["areas"])
        result.items += 1
        for area in FOCUS_AREAS:
            score = result.areas[area]
            score.tp += area in got and area in want
            score.fp += area in got and area not in want
            score.fn += area in want and area not in got
        result.exact_area_sets += got == want
        for t in tagged.areas:
            counts = result.by_source.setdefault(t.how, {"tp": 0, "fp": 0})
            counts["tp" if t.area in want else "fp"] += 1
        gold = row.get("polarity")
        if gold in POLARITIES:
            result.polarity_confusion[gold][tagged.polarity] += 1
            result.polarity_correct += gold == tagged.polarity
        if got != want or (gold and gold != tagged.polarity):
            result.errors.append(
                {
                    "text": row["text"],
                    "missed": sorted(want - got),
                    "extra": sorted(got - want),
                    "polarity": [gold, tagged.polarity],
                }
            )
    return result
