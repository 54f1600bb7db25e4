"""The playbook's models live in two files, one per half of the five steps."""

from __future__ import annotations

from onward.playbook.models_learning import *  # noqa: F403  (steps 1–3)
from onward.playbook.models_momentum import *  # noqa: F403  (steps 4–5)
