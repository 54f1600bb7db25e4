"""Django settings, built from the one typed settings object in ``onward.config``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dj_database_url

from onward.config import get_settings

CONFIG = get_settings()
BASE_DIR = Path(__file__).resolve().parent
CONFIG.home.mkdir(parents=True, exist_ok=True)

SECRET_KEY = CONFIG.effective_secret_key()
DEBUG = CONFIG.debug
ALLOWED_HOSTS = (
    ["127.0.0.1", "localhost", "[::1]", "testserver"] if CONFIG.local_mode else CONFIG.allowed_hosts
)

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "onward.accounts",
    "onward.web",
    "onward.tracker",
    "onward.mail",
    "onward.playbook",
    "onward.profile",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "onward.accounts.middleware.LocalUserMiddleware",
    # Hosted mode: every page needs a signed-in seeker (local mode's middleware signs one in).
    *([] if CONFIG.local_mode else ["django.contrib.auth.middleware.LoginRequiredMiddleware"]),
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "onward.web.middleware.DomainErrorMiddleware",
]

ROOT_URLCONF = "onward.web.urls"
WSGI_APPLICATION = "onward.web.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "onward.web.context.navigation",
            ],
        },
    },
]


def database_from_url(url: str) -> dict[str, Any]:
    db: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=0))
    if db["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets the web app and the worker read while one writes; immediate transactions
        # and a busy timeout turn lock contention into a short wait instead of an error.
        db["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    db["ATOMIC_REQUESTS"] = True
    return db


DATABASES = {"default": database_from_url(CONFIG.effective_database_url())}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = CONFIG.home / "static"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not CONFIG.local_mode:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
