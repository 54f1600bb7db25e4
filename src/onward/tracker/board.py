"""What the board shows: open applications by stage, closed ones by ending."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from onward import taxonomy
from onward.accounts.models import User
from onward.tracker.models import Application


def board_for(*, owner: User) -> dict[str, Any]:
    apps = list(Application.objects.filter(owner=owner).select_related("company").order_by("-updated_at"))
    today = timezone.localdate()
    columns = [
        {"code": s.code, "label": s.label, "cards": [a for a in apps if not a.ending and a.stage == s.code]}
        for s in taxonomy.terms("stages")
    ]
    endings = [
        {"code": e.code, "label": e.label, "description": e.description,
         "cards": [a for a in apps if a.ending == e.code]}
        for e in taxonomy.terms("endings")
    ]  # fmt: skip
    for a in apps:
        a.days_since = (today - a.applied_on).days if a.applied_on else None  # type: ignore[attr-defined]
    return {
        "columns": columns,
        "endings": endings,
        "total": len(apps),
        "open_count": sum(1 for a in apps if not a.ending),
    }
