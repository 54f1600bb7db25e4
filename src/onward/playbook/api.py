from __future__ import annotations

from ninja import Router

from onward.playbook import api_learning, api_momentum

router = Router(tags=["playbook"])
router.add_router("", api_learning.router)
router.add_router("", api_momentum.router)
