from __future__ import annotations

from django import template

from onward import taxonomy

register = template.Library()


@register.filter
def term_label(code: str, kind: str) -> str:
    """``{{ "other_candidate_stronger"|term_label:"reasons" }}`` → "Another candidate chosen"."""
    try:
        return taxonomy.label(kind, code)
    except ValueError:
        return code
