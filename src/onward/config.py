"""Onward's settings: one typed object, read once from ``ONWARD_*`` environment variables.

Local mode (the default) is one seeker on their own laptop: no login, bound to 127.0.0.1, a
secret key generated and kept in the data directory. Hosted mode refuses to start without a
real secret key and an explicit list of allowed hosts.
"""

from __future__ import annotations

import secrets
from functools import cache
from pathlib import Path

from platformdirs import user_data_path
from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

INSECURE_KEYS = frozenset({"", "changeme", "change-me", "secret", "insecure", "django-insecure"})


class Settings(BaseSettings):
    """Every field can be set as ``ONWARD_<NAME>`` (e.g. ``ONWARD_HOME``, ``ONWARD_PORT``)."""

    model_config = SettingsConfigDict(env_prefix="ONWARD_", extra="ignore")

    home: Path = Field(default_factory=lambda: user_data_path("onward", appauthor=False))
    database_url: str = ""
    host: str = "127.0.0.1"
    port: int = 8000
    local_mode: bool = True
    debug: bool = False
    secret_key: str = ""
    allowed_hosts: list[str] = Field(default_factory=list)
    auto_accept_confidence: float | None = None  # mail proposals; off unless set (e.g. 0.95)

    @model_validator(mode="after")
    def _refuse_insecure_hosted(self) -> Settings:
        if not self.local_mode:
            if self.secret_key.strip().lower() in INSECURE_KEYS or len(self.secret_key) < 32:
                raise ValueError(
                    "ONWARD_SECRET_KEY must be set to a random value of at least 32 characters "
                    "when ONWARD_LOCAL_MODE is off"
                )
            if not self.allowed_hosts:
                raise ValueError("ONWARD_ALLOWED_HOSTS must list the host names when hosted")
        return self

    @property
    def sqlite_path(self) -> Path:
        return self.home / "onward.sqlite3"

    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.sqlite_path}"

    def effective_secret_key(self) -> str:
        """In local mode a key is generated once and kept beside the database."""
        if self.secret_key:
            return self.secret_key
        key_file = self.home / "secret_key"
        if key_file.exists():
            return key_file.read_text("utf-8").strip()
        self.home.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        part = key_file.with_suffix(".part")
        part.write_text(key, "utf-8")
        part.chmod(0o600)
        part.replace(key_file)
        return key


@cache
def get_settings() -> Settings:
    return Settings()
