"""Models of the profile room."""

from __future__ import annotations
