"""Look up one row that must belong to the seeker: every room's ``get_…`` goes through here."""

from __future__ import annotations

from typing import Any, TypeVar

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Model, QuerySet

from onward.errors import NotFound

M = TypeVar("M", bound=Model)


def get_owned(rows: QuerySet[M], what: str, ident: object, **owner: Any) -> M:
    """``rows.get(pk=ident, **owner)``, or :class:`NotFound` naming ``what`` — also for a
    malformed id, so a door never shows a stranger's row or a crash."""
    try:
        return rows.get(pk=ident, **owner)
    except (ObjectDoesNotExist, ValueError, TypeError):
        raise NotFound(what, ident) from None
