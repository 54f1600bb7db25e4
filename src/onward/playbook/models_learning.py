"""Playbook models (learning)."""

from __future__ import annotations

__all__: list[str] = []
