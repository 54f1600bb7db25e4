"""Feedback tagging throughput (issue 4): snippets per second over every labelled snippet we
have, repeated, on one core. Prints figures; never fails on time."""

from __future__ import annotations

import json
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPEAT = 20


def main() -> None:
    from onward.playbook.tagging import tag

    texts = [
        json.loads(line)["text"]
        for f in sorted((ROOT / "corpus" / "feedback").glob("*.jsonl"))
        for line in f.read_text("utf-8").splitlines()
        if line.strip()
    ]
    tag("warm up the vocabulary and model")
    tracemalloc.start()
    started = time.process_time()
    for _ in range(REPEAT):
        for text in texts:
            tag(text)
    cpu = time.process_time() - started
    _, peak = tracemalloc.get_traced_memory()
    n = len(texts) * REPEAT
    print(f"Feedback tagging: {len(texts)} labelled snippets × {REPEAT} = {n} calls")
    print(f"  {n / cpu:,.0f} snippets per CPU-second ({cpu / n * 1e6:.0f} µs each); peak traced memory {peak / 1e6:.1f} MB")
    print("  baseline: issue 4 sets no target; `onward learn tag` aims at ≥ 1,000 snippets/s")


if __name__ == "__main__":
    main()
