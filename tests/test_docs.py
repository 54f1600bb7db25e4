"""Docs are tested: every setting and every CLI command appears in the README or docs/."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _docs() -> str:
    parts = [ROOT.joinpath("README.md").read_text("utf-8")]
    parts += [p.read_text("utf-8") for p in sorted(ROOT.joinpath("docs").glob("*.md"))]
    return "\n".join(parts)


def _commands() -> list[str]:
    from typer.main import get_command

    from onward.cli import app

    root = get_command(app)
    names: list[str] = []
    for name, cmd in root.commands.items():  # type: ignore[attr-defined]
        names.append(name)
        for sub in getattr(cmd, "commands", {}):
            names.append(f"{name} {sub}")
    return names


@pytest.mark.parametrize("command", _commands())
def test_every_cli_command_is_documented(command: str) -> None:
    assert f"onward {command}" in _docs(), f"`onward {command}` is not in README.md or docs/*.md"


def test_every_setting_is_documented() -> None:
    from onward.config import Settings

    docs = _docs()
    missing = [f"ONWARD_{n.upper()}" for n in Settings.model_fields if f"ONWARD_{n.upper()}" not in docs]
    assert not missing, f"settings missing from the README: {missing}"


def test_the_readme_opens_with_the_two_commands() -> None:
    readme = ROOT.joinpath("README.md").read_text("utf-8")
    quick = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    assert "make run" in quick and "make test" in quick


def test_the_cli_reference_is_current() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("cli_reference", ROOT / "scripts" / "cli_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = ROOT.joinpath("docs", "cli.md").read_text("utf-8")
    assert current == module.render(), "docs/cli.md is stale: run .venv/bin/python scripts/cli_reference.py"
