"""Mail classifier quality on every labelled corpus: the rules alone, and rules with the model.

    .venv/bin/python bench/mail_quality.py [corpus/mail]

Prints rejection precision and recall and category macro-F1 for each corpus in two set-ups —
the phrase-family rules alone, and what Onward ships (rules plus the word model) — and the
accuracy of the details. The `dev*` corpora were tuned and trained on, so their figures only
show nothing was lost; `holdout` and `fresh`…`fresh26` are never tuned on and say how Onward
reads mail it has not seen. Never fails on a figure: the figures go into the issue notes.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEASURE_ONLY = ("holdout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7",
                "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14",
                "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21",
                "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28",
                "fresh29", "fresh30", "lookalikes")
TARGETS = "targets on unseen mail: rejection precision ≥ 0.98, recall ≥ 0.95, macro-F1 ≥ 0.90"


def main() -> None:
    from onward.mail import model
    from onward.mail.evaluate import evaluate_corpus

    root = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpus" / "mail"
    corpora = sorted(p for p in root.iterdir() if (p / "labels.jsonl").is_file())
    corpora.sort(key=lambda p: (p.name in MEASURE_ONLY, p.name))
    shipped = model.shipped
    print(f"{'corpus':10} {'use':8} {'n':>4}  {'rules alone P/R/F1':>20}  {'shipped P/R/F1':>20}"
          f"  {'company':>7} {'role':>5} {'stage':>5} {'reasons':>7}")
    for corpus in corpora:
        model.shipped = lambda: None  # type: ignore[assignment]
        alone = evaluate_corpus(corpus)
        model.shipped = shipped  # type: ignore[assignment]
        both = evaluate_corpus(corpus)
        use = "measure" if corpus.name in MEASURE_ONLY else "tuned"
        details = {k: right / judged if judged else 0.0
                   for k, (right, judged) in both.details().items()}
        print(f"{corpus.name:10} {use:8} {len(both.examples):>4}  {_prf(alone):>20}"
              f"  {_prf(both):>20}  {details['company']:>7.3f} {details['role']:>5.3f}"
              f" {details['stage']:>5.3f} {details['reasons_overlap']:>7.3f}")
    print(TARGETS)


def _prf(report) -> str:  # type: ignore[no-untyped-def]
    rejection = report.rejection()
    return f"{rejection.precision:.3f}/{rejection.recall:.3f}/{report.macro_f1():.3f}"


if __name__ == "__main__":
    main()
