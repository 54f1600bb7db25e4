from __future__ import annotations

from onward.cli import main

main()
