"""How well ``understand`` reads a labelled corpus: the figures behind ``onward mail eval``.

A corpus is a folder of ``NNN.eml`` files and a ``labels.jsonl`` with one line per file:
``{"file", "category", "company", "role", "stage", "reasons", "templated", "invites_reapply",
"feedback_offered", "note"}``. Pure: reads files, writes nothing, no Django.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onward.mail.owner import Reader
from onward.mail.parse import parse_message
from onward.mail.understand import CATEGORIES, MailText, Understanding, understand

DETAIL_FIELDS = ("company", "role", "stage", "reasons_exact", "reasons_overlap", "templated",
                 "invites_reapply", "feedback_offered")
_LEGAL = re.compile(r"\b(?:inc|ltd|llc|llp|lp|gmbh|plc|sa|sas|sarl|srl|spa|ag|bv|nv|oy|ab|pty|pvt|"
                    r"co|corp|corporation|limited|group|the)\b")


class CorpusError(ValueError):
    """A corpus folder that cannot be evaluated (no labels, unreadable labels)."""


@dataclass(frozen=True)
class Example:
    file: str
    label: dict[str, Any]
    found: Understanding


@dataclass(frozen=True)
class CategoryScore:
    category: str
    support: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    corpus: str
    examples: list[Example]
    seconds: float
    errors: list[tuple[str, str]] = field(default_factory=list)

    # ------------------------------------------------------------ figures

    def categories(self) -> list[CategoryScore]:
        present = [c for c in CATEGORIES if any(
            e.label["category"] == c or e.found.category == c for e in self.examples)]
        return [
            CategoryScore(
                c,
                sum(e.label["category"] == c for e in self.examples),
                sum(e.found.category == c for e in self.examples),
                sum(e.label["category"] == c == e.found.category for e in self.examples),
            )
            for c in present
        ]

    def macro_f1(self) -> float:
        scored = [s for s in self.categories() if s.support]
        return sum(s.f1 for s in scored) / len(scored) if scored else 0.0

    def accuracy(self) -> float:
        if not self.examples:
            return 0.0
        return sum(e.label["category"] == e.found.category for e in self.examples) / len(
            self.examples)

    def rejection(self) -> CategoryScore:
        for score in self.categories():
            if score.category == "rejection":
                return score
        return CategoryScore("rejection", 0, 0, 0)

    def confusion(self) -> dict[str, dict[str, int]]:
        table: dict[str, Counter[str]] = {}
        for e in self.examples:
            table.setdefault(e.label["category"], Counter())[e.found.category] += 1
        return {gold: dict(row) for gold, row in sorted(table.items())}

    def details(self) -> dict[str, tuple[int, int]]:
        """(right, judged) per detail; rejection details are judged on true rejections."""
        counts = {name: [0, 0] for name in DETAIL_FIELDS}
        for e in self.examples:
            for name, right in _detail_checks(e):
                counts[name][0] += int(right)
                counts[name][1] += 1
        return {k: (v[0], v[1]) for k, v in counts.items()}

    def misses(self) -> list[Example]:
        return [e for e in self.examples if e.label["category"] != e.found.category]

    def confidence_bins(self) -> list[tuple[str, int, float]]:
        bins = ((0.0, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01))
        rows = []
        for low, high in bins:
            inside = [e for e in self.examples if low <= e.found.confidence < high]
            right = sum(e.label["category"] == e.found.category for e in inside)
            rows.append((f"{low:.2f}-{min(high, 1.0):.2f}", len(inside),
                         right / len(inside) if inside else 0.0))
        return rows

    # ------------------------------------------------------------ output

    def as_dict(self) -> dict[str, Any]:
        rejection = self.rejection()
        return {
            "corpus": self.corpus,
            "messages": len(self.examples),
            "errors": [{"file": f, "error": m} for f, m in self.errors],
            "accuracy": round(self.accuracy(), 4),
            "macro_f1": round(self.macro_f1(), 4),
            "rejection": {"precision": round(rejection.precision, 4),
                          "recall": round(rejection.recall, 4),
                          "f1": round(rejection.f1, 4)},
            "categories": {
                s.category: {"support": s.support, "predicted": s.predicted,
                             "precision": round(s.precision, 4), "recall": round(s.recall, 4),
                             "f1": round(s.f1, 4)}
                for s in self.categories()
            },
            "confusion": self.confusion(),
            "details": {k: {"right": r, "judged": n, "accuracy": round(r / n, 4) if n else None}
                        for k, (r, n) in self.details().items()},
            "confidence_bins": [{"range": r, "messages": n, "accuracy": round(a, 4)}
                                for r, n, a in self.confidence_bins()],
            "misclassified": [
                {"file": e.file, "expected": e.label["category"], "found": e.found.category,
                 "confidence": e.found.confidence, "evidence": list(e.found.evidence),
                 "note": e.label.get("note", "")}
                for e in self.misses()
            ],
            "messages_per_second": round(len(self.examples) / self.seconds, 1)
            if self.seconds else None,
        }

    def render(self) -> str:
        rejection = self.rejection()
        lines = [
            f"Corpus {self.corpus}: {len(self.examples)} messages"
            + (f", {len(self.errors)} unreadable" if self.errors else ""),
            f"Rejection precision {rejection.precision:.3f}  recall {rejection.recall:.3f}  "
            f"F1 {rejection.f1:.3f}",
            f"Category macro-F1 {self.macro_f1():.3f}  accuracy {self.accuracy():.3f}",
            "",
            f"{'category':<22}{'support':>8}{'found':>7}{'prec':>7}{'recall':>8}{'F1':>7}",
        ]
        for s in self.categories():
            lines.append(f"{s.category:<22}{s.support:>8}{s.predicted:>7}{s.precision:>7.3f}"
                         f"{s.recall:>8.3f}{s.f1:>7.3f}")
        lines += ["", "Confusion (rows: labelled, columns: found)"]
        present = [s.category for s in self.categories()]
        short = {c: c[:6] for c in present}
        lines.append(" " * 22 + "".join(f"{short[c]:>7}" for c in present))
        confusion = self.confusion()
        for gold in present:
            row = confusion.get(gold, {})
            lines.append(f"{gold:<22}" + "".join(f"{row.get(c, 0) or '.':>7}" for c in present))
        lines += ["", "Details (rejection details judged on labelled rejections)"]
        for name, (right, judged) in self.details().items():
            share = f"{right / judged:.3f}" if judged else "  -  "
            lines.append(f"  {name:<20}{share:>7}  ({right}/{judged})")
        lines += ["", "Confidence (messages, accuracy)"]
        for rng, n, acc in self.confidence_bins():
            lines.append(f"  {rng:<12}{n:>6}{acc:>8.3f}")
        if self.misses():
            lines += ["", "Misclassified"]
            for e in self.misses():
                lines.append(f"  {e.file}: {e.label['category']} -> {e.found.category} "
                             f"({e.found.confidence:.2f})  {e.label.get('note', '')[:70]}")
                lines.extend(f"      {line}" for line in e.found.evidence[:4])
        for file, message in self.errors:
            lines.append(f"  {file}: unreadable: {message}")
        if self.seconds:
            lines.append(f"\n{len(self.examples) / self.seconds:.0f} messages/s (parse + understand)")
        return "\n".join(lines)


# ---------------------------------------------------------------- comparing details


def _norm(value: str | None) -> str:
    if not value:
        return ""
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    folded = _LEGAL.sub(" ", folded.replace("&", " and "))
    return " ".join(re.findall(r"[a-z0-9]+", folded))


def same_text(found: str | None, expected: str | None) -> bool:
    """Equal after folding case, accents, punctuation and legal forms ("Acme Ltd" = "acme")."""
    return _norm(found) == _norm(expected)


def _detail_checks(e: Example) -> list[tuple[str, bool]]:
    label, found = e.label, e.found
    checks: list[tuple[str, bool]] = []
    if "company" in label:
        checks.append(("company", same_text(found.company, label.get("company"))))
    if label.get("role") is not None or "role" in label:
        checks.append(("role", same_text(found.role, label.get("role"))))
    if label["category"] != "rejection":
        for name in ("templated",):
            if label.get(name) is not None:
                checks.append((name, found.templated == label[name]))
        return checks
    expected_reasons = set(label.get("reasons") or ["no_reason_given"])
    got = set(found.reasons or ())
    checks += [
        ("stage", found.stage == label.get("stage")),
        ("reasons_exact", got == expected_reasons),
        ("reasons_overlap", bool(got & expected_reasons)),
    ]
    for name in ("templated", "invites_reapply", "feedback_offered"):
        if label.get(name) is not None:
            checks.append((name, getattr(found, name) == label[name]))
    return checks


# ---------------------------------------------------------------- reading a corpus


def read_labels(folder: Path) -> list[dict[str, Any]]:
    path = folder / "labels.jsonl"
    if not path.is_file():
        raise CorpusError(f"{folder} has no labels.jsonl")
    labels = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            labels.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise CorpusError(f"labels.jsonl line {number}: {exc}") from exc
    return labels


def mail_from_file(path: Path, *, reader: Reader | None = None) -> MailText:
    """The message as ``onward mail classify`` reads it (``reader``: whose mailbox it is)."""
    from onward.mail.pipeline import mail_text

    parsed = parse_message(path.read_bytes())
    return mail_text(parsed, folder=path.parent.name, reader=reader)


def evaluate_corpus(path: Path) -> EvalReport:
    """Run ``understand`` over every labelled message in ``path`` and score it."""
    folder = path if path.is_dir() else path.parent
    examples: list[Example] = []
    errors: list[tuple[str, str]] = []
    started = time.perf_counter()
    labels = read_labels(folder)
    from onward.mail.pipeline import reader_of

    reader = reader_of(folder)  # whose mail it is, learnt as ``classify`` learns it
    for label in labels:
        file = str(label.get("file", ""))
        try:
            found = understand(mail_from_file(folder / file, reader=reader))
        except Exception as exc:  # as `classify` does: name the file, score the rest
            errors.append((file, str(exc) if isinstance(exc, (OSError, ValueError))
                           else f"{type(exc).__name__}: {exc}"))
            continue
        examples.append(Example(file, label, found))
    return EvalReport(str(path), examples, time.perf_counter() - started, errors)
