"""Shared fixtures: personas, the CLI in-process, and a real browser."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM is safe here
# because the test thread is the only one touching it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("ONWARD_CHROMIUM", "/usr/bin/chromium")


def _required(name: str) -> bool:
    return os.environ.get(name, "") in {"1", "true", "yes"}


@pytest.fixture
def owner(db: Any) -> Any:
    from onward.accounts.local import local_user

    return local_user()


@pytest.fixture
def other_owner(db: Any) -> Any:
    from onward.accounts.models import User

    return User.objects.create(username="stranger")


@pytest.fixture
def demo_owner(owner: Any) -> Any:
    from onward.demo import load_demo

    load_demo(owner=owner)
    return owner


@pytest.fixture
def client_local(db: Any) -> Any:
    from django.test import Client

    return Client(REMOTE_ADDR="127.0.0.1")


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(db: Any) -> Any:
    """Run ``onward …`` in-process against the test database."""
    from typer.testing import CliRunner

    from onward.cli import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> CliResult:
        result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
        return CliResult(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        if _required("ONWARD_REQUIRE_BROWSER"):
            pytest.fail(f"Chromium not found at {CHROMIUM}, and ONWARD_REQUIRE_BROWSER=1")
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=chromium_path,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        )  # fmt: skip
        yield b
        b.close()


@pytest.fixture
def browser_page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()
