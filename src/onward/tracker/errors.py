"""The tracker raises Onward's shared error types (see ``onward.errors``)."""

from __future__ import annotations

from onward.errors import InvalidInput, NotAllowed, NotFound, OnwardError

TrackerError = OnwardError

__all__ = ["InvalidInput", "NotAllowed", "NotFound", "TrackerError"]
