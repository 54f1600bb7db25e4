"""Company names as people write them vs as Onward compares them (pure)."""

from __future__ import annotations

import re
import unicodedata

_SUFFIXES = re.compile(
    r"\b(incorporated|inc|llc|l\.l\.c|ltd|limited|plc|gmbh|ag|sa|s\.a|sas|bv|b\.v|nv|oy|ab|as|"
    r"corp|corporation|co|company|group|holdings|pty|pvt|srl|spa|kg)\b\.?",
)


def normalize_company(name: str) -> str:
    """``"Acme, Inc."`` → ``"acme"``; accents folded, legal suffixes and punctuation dropped."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ")
    text = _SUFFIXES.sub(" ", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split()) or name.strip().lower()
