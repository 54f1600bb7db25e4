"""The built-in phrase families and their scanner, kept between runs.

Reading the rules files, compiling their 1,600 branches and working out where each can start
(``rules_literals``, ``rules_scan``) takes some 0.65 s, most of the time ``onward mail
classify one.eml`` waits. The finished families and scanner are written once to the user's
cache directory and read back in a third of that (the regexes are recompiled on reading; the
analysis and the automaton are not).

The file's name holds a digest of everything the result depends on: the rules files, the
source of the modules that build it, the Python version and pyahocorasick's. A change to any
of them names another file, so a stale cache is never read; the others are removed. A file
that cannot be read is ignored and built again; a directory that cannot be written only
means the next run builds again. ``ONWARD_CACHE_DIR`` chooses the directory (the tests use a
throwaway one). The file is a pickle in the user's own cache directory: anyone who can write
there can already run code as the user.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from onward.mail.rules import Family
    from onward.mail.rules_scan import Scanner

_PREFIX = "mail-rules-"
# The modules whose code decides what the families and the scanner hold.
_BUILDERS = ("rules.py", "rules_anchors.py", "rules_literals.py", "rules_scan.py", "prefilter.py",
             "rules_cache.py")


def cache_dir() -> Path:
    configured = os.environ.get("ONWARD_CACHE_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_path

    return user_cache_path("onward", appauthor=False)


def digest(rule_files: tuple[str, ...]) -> str:
    """What the cached result depends on, as 16 hex digits."""
    package = resources.files("onward.mail")
    sha = hashlib.sha256()
    for name in (*(f"data/{f}" for f in rule_files), *_BUILDERS):
        sha.update(name.encode())
        sha.update(package.joinpath(name).read_bytes())
    sha.update(sys.version.encode())
    sha.update(_version("pyahocorasick").encode())
    sha.update(str(pickle.HIGHEST_PROTOCOL).encode())
    return sha.hexdigest()[:16]


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "none"


def load(rule_files: tuple[str, ...]) -> tuple[tuple[Family, ...], Scanner] | None:
    """The families and scanner kept for these rule files, or None (not kept, or unreadable)."""
    try:
        path = cache_dir() / f"{_PREFIX}{digest(rule_files)}.pickle"
        if not path.is_file():
            return None
        found: Any = pickle.loads(path.read_bytes())
    except Exception:  # a truncated or foreign file: build again
        return None
    from onward.mail.rules_scan import Scanner

    if (not isinstance(found, tuple) or len(found) != 2 or not isinstance(found[0], tuple)
            or not isinstance(found[1], Scanner) or found[1].rules != found[0]):
        return None
    return found[0], found[1]


def save(rule_files: tuple[str, ...], families: tuple[Family, ...], scanner: Scanner) -> None:
    """Keep the families and scanner (written whole, then renamed into place), and remove
    what was kept for other versions of the rules."""
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{_PREFIX}{digest(rule_files)}.pickle"
        data = pickle.dumps((families, scanner), protocol=pickle.HIGHEST_PROTOCOL)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".part-", suffix=".pickle")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).replace(folder / name)
        for old in folder.glob(f"{_PREFIX}*.pickle"):
            if old.name != name:
                old.unlink(missing_ok=True)
    except OSError:  # a read-only or full disk: the next run builds again
        return
