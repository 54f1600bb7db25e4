"""Settings for the test suite: a throwaway data directory and a real database.

SQLite by default (a temporary file, not memory, so it behaves like a user's); PostgreSQL when
``ONWARD_TEST_DB=postgres`` and ``ONWARD_TEST_DATABASE_URL`` is set (``.ci/run`` does both).
"""

from __future__ import annotations

import os
import tempfile

_home = tempfile.mkdtemp(prefix="onward-test-")
os.environ["ONWARD_HOME"] = _home
os.environ["ONWARD_CACHE_DIR"] = f"{_home}/cache"  # (the mail rules' cache)
os.environ.setdefault("ONWARD_SECRET_KEY", "test-only-" + "x" * 40)

from onward.web.settings import *  # noqa: E402,F403
from onward.web.settings import database_from_url  # noqa: E402

TEST_DB = os.environ.get("ONWARD_TEST_DB", "sqlite")
if TEST_DB == "postgres":
    _url = os.environ.get("ONWARD_TEST_DATABASE_URL")
    if not _url:
        raise RuntimeError("ONWARD_TEST_DB=postgres needs ONWARD_TEST_DATABASE_URL")
    DATABASES = {"default": database_from_url(_url)}
else:
    DATABASES = {"default": database_from_url(f"sqlite:///{_home}/onward.sqlite3")}
    DATABASES["default"]["TEST"] = {"NAME": f"{_home}/test-onward.sqlite3"}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WHITENOISE_AUTOREFRESH = True
