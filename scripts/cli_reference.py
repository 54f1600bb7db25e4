"""Write docs/cli.md from the CLI itself, so the reference cannot drift (tests/test_docs.py
checks it is current). Run: .venv/bin/python scripts/cli_reference.py"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def _params(cmd: Any) -> list[str]:
    lines = []
    for p in cmd.params:
        if p.name == "help":
            continue
        if getattr(p, "param_type_name", "") == "argument":
            lines.append(f"- `{p.name.upper()}` (argument){': ' + p.help if getattr(p, 'help', None) else ''}")
        else:
            flags = ", ".join(f"`{o}`" for o in p.opts)
            helptext = (getattr(p, "help", None) or "").strip()
            lines.append(f"- {flags}{': ' + helptext if helptext else ''}")
    return lines


def _walk(cmd: Any, path: str) -> list[str]:
    out: list[str] = []
    subs = getattr(cmd, "commands", None)
    if path:
        out.append(f"## `{path}`\n")
        doc = (cmd.help or "").strip().split("\n\n")[0]
        if doc:
            out.append(doc + "\n")
        if not subs:
            params = _params(cmd)
            if params:
                out.append("\n".join(params) + "\n")
    for name in sorted(subs or {}):
        out.extend(_walk(subs[name], f"{path} {name}".strip() if path else f"onward {name}"))
    return out


def render() -> str:
    from typer.main import get_command

    from onward.cli import app

    root = get_command(app)
    head = [
        "# Command-line reference\n",
        "Generated from `onward --help` by `scripts/cli_reference.py`; do not edit by hand.",
        "Every command that prints data takes `--json`; errors are one line on stderr with exit code 1.\n",
    ]
    return "\n".join(head + _walk(root, "")).rstrip() + "\n"


if __name__ == "__main__":
    OUT.write_text(render(), "utf-8")
    sys.stdout.write(f"wrote {OUT}\n")
