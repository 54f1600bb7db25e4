"""The tagger's back-off: one small logistic model per focus area over word stems and word pairs.

Used only for a clause in which no phrase family matched, and only when one area is clearly
more likely than the rest; the words that decided (with their weights) are the evidence.
Pure Python, no Django. Weights ship as ``data/tagging_model.json``; rebuild them with

    python -m onward.playbook.tagging_model build corpus/feedback/dev.jsonl corpus/feedback/dev2.jsonl

and measure what the back-off adds on folds it was not trained on with ``... tagging_model cv``.
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

MODEL_FILE = "data/tagging_model.json"
MIN_DOCS = 2  # a word seen in one snippet only says more about that snippet than about an area
THRESHOLD = 0.4  # the probability an area needs; at 0.4 the top guess was right 71% of the time on unseen folds
MIN_EVIDENCE = 0.4  # ... and at least one present word must weigh this much on its own
_WORD = re.compile(r"[a-zà-ÿ0-9+#&]+(?:'[a-z]+)?", re.IGNORECASE)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "i",
        "me",
        "my",
        "we",
        "our",
        "you",
        "your",
        "he",
        "she",
        "his",
        "her",
        "they",
        "them",
        "their",
        "there",
        "here",
        "so",
        "too",
        "very",
        "really",
        "just",
        "also",
        "about",
        "into",
        "than",
        "then",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "how",
        "do",
        "does",
        "did",
        "done",
        "have",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "shall",
        "s",
        "t",
        "ll",
        "re",
        "ve",
        "d",
        "m",
        "o",
        "mr",
        "ms",
        "dr",
    ]
)
_KEEP_SHORT = frozenset(
    {"no", "not", "cv", "ux", "ui", "qa", "hr", "pm", "ml", "ai", "it", "go", "r"}
)


@dataclass(frozen=True)
class Guess:
    area: str
    probability: float
    evidence: str  # e.g. "pharmacology (+1.10), revise (+0.62)"


@dataclass(frozen=True)
class Model:
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]  # area -> feature -> weight

    def as_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "note": "Back-off weights for the feedback tagger: logistic regression per focus area over word stems and word pairs, trained on the dev feedback sets. Rebuild: python -m onward.playbook.tagging_model build FILES.",
            "threshold": THRESHOLD,
            "bias": {a: round(b, 4) for a, b in self.bias.items()},
            "weights": {
                a: {f: round(w, 3) for f, w in sorted(ws.items()) if abs(w) >= 0.05}
                for a, ws in self.weights.items()
            },
        }


def stem(word: str) -> str:
    """A light suffix stripper: 'explaining', 'explained', 'explains' → 'explain'."""
    w = word.lower().replace("’", "'")
    if w.endswith("n't"):
        return "not"
    w = w.split("'")[0]
    for suffix, keep in (
        ("ations", 4),
        ("ation", 4),
        ("ingly", 4),
        ("ing", 3),
        ("edly", 3),
        ("ies", 3),
        ("ied", 3),
        ("ed", 3),
        ("ly", 4),
        ("es", 4),
        ("s", 3),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            base = w[: -len(suffix)]
            if suffix in ("ies", "ied"):
                return base + "y"
            if (
                suffix in ("ing", "ed")
                and len(base) > 3
                and base[-1] == base[-2]
                and base[-1] not in "lsz"
            ):
                return base[:-1]  # "forgetting" → "forget"
            return base
    return w


def features(text: str) -> set[str]:
    words = [stem(w) for w in _WORD.findall(text)]
    words = [w for w in words if w not in _STOP and (len(w) > 2 or w in _KEEP_SHORT)]
    return set(words) | {f"{a} {b}" for a, b in pairwise(words)}


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x > -30 else 0.0


def train(
    rows: Sequence[dict[str, Any]],
    areas: Sequence[str],
    *,
    epochs: int = 600,
    rate: float = 2.0,
    l2: float = 0.002,
) -> Model:
    """Full-batch gradient descent, one binary model per area; deterministic."""
    docs = [features(r["text"]) for r in rows]
    df = Counter(f for d in docs for f in d)
    vocab = sorted(f for f, n in df.items() if n >= MIN_DOCS)
    index = {f: i for i, f in enumerate(vocab)}
    sparse = [[index[f] for f in d if f in index] for d in docs]
    n = len(rows)
    bias: dict[str, float] = {}
    weights: dict[str, dict[str, float]] = {}
    for area in areas:
        y = [1.0 if area in r["areas"] else 0.0 for r in rows]
        w = [0.0] * len(vocab)
        b = math.log((sum(y) + 0.5) / (n - sum(y) + 0.5))
        for _ in range(epochs):
            grad = [0.0] * len(vocab)
            gb = 0.0
            for xs, target in zip(sparse, y, strict=True):
                err = _sigmoid(b + sum(w[i] for i in xs)) - target
                gb += err
                for i in xs:
                    grad[i] += err
            b -= rate * gb / n
            for i in range(len(w)):
                w[i] -= rate * (grad[i] / n + l2 * w[i])
        bias[area] = b
        weights[area] = {vocab[i]: wi for i, wi in enumerate(w) if abs(wi) >= 0.01}
    return Model(bias=bias, weights=weights)


@cache
def shipped() -> Model | None:
    path = resources.files("onward.playbook").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    raw = json.loads(path.read_text("utf-8"))
    return Model(bias=raw["bias"], weights=raw["weights"])


def backoff_area(clause: str, model: Model | None = None) -> Guess | None:
    """The one area the model is confident about for this clause, or None."""
    model = model or shipped()
    if model is None:
        return None
    feats = features(clause)
    if len(feats) < 2:
        return None
    scored = []
    for area, ws in model.weights.items():
        present = sorted(((ws[f], f) for f in feats if f in ws), reverse=True)
        p = _sigmoid(model.bias[area] + sum(w for w, _ in present))
        scored.append((p, area, present))
    scored.sort(reverse=True)
    p, area, present = scored[0]
    strong = [(w, f) for w, f in present if w >= MIN_EVIDENCE]
    if p < THRESHOLD or not strong:
        return None
    evidence = ", ".join(f"{f} ({w:+.2f})" for w, f in present[:3] if w > 0)
    return Guess(area=area, probability=p, evidence=evidence)


def read_rows(paths: Iterable[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        rows += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return rows


def cross_validate(
    rows: list[dict[str, Any]], folds: int = 5, seed: int = 7
) -> dict[str, dict[str, float]]:
    """Micro P/R of the tagger with and without the back-off, each fold scored by a model not trained on it."""
    from onward.taxonomy import FOCUS_AREAS

    from .tagging import tag

    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    totals: dict[str, Counter[str]] = {"rules": Counter(), "rules+model": Counter()}
    for k in range(folds):
        test = [rows[i] for i in order[k::folds]]
        model = train([rows[i] for j, i in enumerate(order) if j % folds != k], FOCUS_AREAS)
        for row in test:
            want = set(row["areas"])
            for name, use in (("rules", False), ("rules+model", True)):
                got = set(tag(row["text"], backoff=use, model=model).codes)
                totals[name]["tp"] += len(got & want)
                totals[name]["fp"] += len(got - want)
                totals[name]["fn"] += len(want - got)
    return {
        name: {
            "precision": c["tp"] / max(1, c["tp"] + c["fp"]),
            "recall": c["tp"] / max(1, c["tp"] + c["fn"]),
        }
        for name, c in totals.items()
    }


def main(argv: list[str]) -> int:
    from onward.taxonomy import FOCUS_AREAS

    if len(argv) < 2 or argv[0] not in ("build", "cv"):
        print("usage: python -m onward.playbook.tagging_model build|cv FILE.jsonl [FILE.jsonl ...]")
        return 2
    rows = read_rows(Path(p) for p in argv[1:])
    if argv[0] == "cv":
        for name, figures in cross_validate(rows).items():
            print(
                f"{name:12} micro P {figures['precision']:.2f} R {figures['recall']:.2f} (5-fold, {len(rows)} snippets)"
            )
        return 0
    model = train(rows, FOCUS_AREAS)
    target = Path(__file__).parent / MODEL_FILE
    target.write_text(json.dumps(model.as_json(), ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {target} from {len(rows)} snippets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
