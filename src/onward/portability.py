"""Export everything a seeker owns as one JSON document, and restore it.

Rooms add sections with :func:`register_section` (in their ``AppConfig.ready``). Rows refer to
each other by *refs* — their position in the document (``"a3"`` is the third application) —
never by database ids, so export → import into an empty database → export gives the same
document.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.db import transaction

from onward.errors import InvalidInput

if TYPE_CHECKING:
    from onward.accounts.models import User

FORMAT = "onward-export"
VERSION = 1
# refs[section][ref] = database id, filled in as sections are imported in order
Refs = dict[str, dict[str, int]]
Exporter = Callable[["User", Refs], Any]
Importer = Callable[["User", Any, Refs], int]


@dataclass(frozen=True)
class Section:
    name: str
    export: Exporter
    load: Importer


_SECTIONS: list[Section] = []


def register_section(name: str, export: Exporter, load: Importer) -> None:
    """Sections export and import in registration order (the tracker's first)."""
    if all(s.name != name for s in _SECTIONS):
        _SECTIONS.append(Section(name, export, load))


def export_all(*, owner: User) -> dict[str, Any]:
    refs: Refs = {}
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for section in _SECTIONS:
        document[section.name] = section.export(owner, refs)
    return document


def _owns_anything(owner: User) -> bool:
    from onward.tracker.models import Application, Contact

    return Application.objects.filter(owner=owner).exists() or Contact.objects.filter(owner=owner).exists()


@transaction.atomic
def import_document(*, owner: User, document: Any) -> dict[str, int]:
    """Restore a document into an empty account; nothing is written if any part is bad."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidInput({"$": f"not an Onward export (expected \"format\": \"{FORMAT}\")"})
    if document.get("version") != VERSION:
        raise InvalidInput({"$.version": f"unsupported version {document.get('version')!r}; this Onward reads {VERSION}"})
    if _owns_anything(owner):
        raise InvalidInput({"$": "this account already has data; import into an empty one"})
    refs: Refs = {}
    summary: dict[str, int] = {}
    for section in _SECTIONS:
        if section.name in document:
            summary[section.name] = section.load(owner, document[section.name], refs)
    return summary


def import_file(*, owner: User, path: Path) -> dict[str, int]:
    try:
        document = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise InvalidInput({"path": f"{path}: no such file"}) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput({"path": f"{path}: not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"}) from None
    return import_document(owner=owner, document=document)
