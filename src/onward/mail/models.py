"""Models of the mail room."""

from __future__ import annotations
