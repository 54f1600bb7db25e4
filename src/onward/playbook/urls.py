from __future__ import annotations

from onward.playbook import urls_learning, urls_momentum

app_name = "playbook"
urlpatterns = [*urls_learning.urlpatterns, *urls_momentum.urlpatterns]
