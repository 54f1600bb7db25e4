"""The built-in rules kept between runs: read back, they find exactly what they found built."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from onward.mail import rules_cache
from onward.mail.evaluate import mail_from_file
from onward.mail.rules import RULE_FILES, families, find_hits
from onward.mail.rules_scan import Scanner
from onward.mail.understand import prepared

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "mail" / "dev"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ONWARD_CACHE_DIR", str(tmp_path))
    return tmp_path


def _texts(count: int) -> list[str]:
    return [prepared(mail_from_file(path))[2] for path in sorted(CORPUS.glob("*.eml"))[:count]]


def test_rules_read_back_find_exactly_what_they_found_built(cache: Path) -> None:
    built = families()
    scanner = Scanner(built)
    rules_cache.save(RULE_FILES, built, scanner)
    kept = rules_cache.load(RULE_FILES)
    assert kept is not None
    kept_families, kept_scanner = kept
    assert [f.name for f in kept_families] == [f.name for f in built]
    texts = _texts(120)
    assert any(scanner.hits(t) for t in texts)
    for text in texts:
        assert kept_scanner.hits(text) == scanner.hits(text)
        assert find_hits(text, kept_families) == find_hits(text, built)


def test_nothing_kept_and_an_unreadable_file_are_both_built_again(cache: Path) -> None:
    assert rules_cache.load(RULE_FILES) is None
    (cache / f"mail-rules-{rules_cache.digest(RULE_FILES)}.pickle").write_bytes(b"\x80\x05garbage")
    assert rules_cache.load(RULE_FILES) is None
    rules_cache.save(RULE_FILES, families(), Scanner(families()))
    assert rules_cache.load(RULE_FILES) is not None


def test_other_rules_have_another_file_and_the_stale_one_is_removed(cache: Path) -> None:
    assert rules_cache.digest(RULE_FILES) != rules_cache.digest(RULE_FILES[:1])
    stale = cache / "mail-rules-0123456789abcdef.pickle"
    stale.write_bytes(b"old")
    rules_cache.save(RULE_FILES, families(), Scanner(families()))
    assert not stale.exists()
    assert [p.name for p in cache.glob("mail-rules-*.pickle")] == [
        f"mail-rules-{rules_cache.digest(RULE_FILES)}.pickle"]


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("ONWARD_CACHE_DIR", str(blocked / "cache"))
    rules_cache.save(RULE_FILES, families(), Scanner(families()))  # no exception
    assert rules_cache.load(RULE_FILES) is None


def test_classify_builds_the_cache_once_and_reads_the_same_from_it(tmp_path: Path) -> None:
    env = {**os.environ, "ONWARD_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-c", "from onward.cli import main; main()", "mail", "classify",
               str(CORPUS)]
    first = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    assert len(list((tmp_path / "cache").glob("mail-rules-*.pickle"))) == 1
    second = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    assert second.stdout == first.stdout
    records = [json.loads(line) for line in second.stdout.splitlines()]
    assert len(records) == len(list(CORPUS.glob("*.eml")))
    assert any(r["category"] == "rejection" for r in records)
