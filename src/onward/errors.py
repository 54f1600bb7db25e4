"""Errors every room raises on purpose. Doors map them in one place each:
the CLI to a one-line message and exit 1, the API to 404/409/422, the web to a form error."""

from __future__ import annotations


class OnwardError(Exception):
    """Base of every error a service raises on purpose."""


class NotFound(OnwardError):
    def __init__(self, what: str, ident: object) -> None:
        self.what, self.ident = what, ident
        super().__init__(f"no {what} with id {ident}")


class InvalidInput(OnwardError):
    """Bad input, with one message per field (``{"stage": "unknown stage 'x'; ..."}``)."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in errors.items()))


class NotAllowed(OnwardError):
    """A change the rules do not allow (e.g. moving a closed application)."""
