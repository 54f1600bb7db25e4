"""Hosted mode: secrets are required, pages need a signed-in seeker, and seekers are apart."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from onward.config import Settings


def test_hosted_mode_refuses_an_insecure_secret() -> None:
    with pytest.raises(ValueError, match="ONWARD_SECRET_KEY"):
        Settings(local_mode=False, secret_key="changeme", allowed_hosts=["onward.example"])
    with pytest.raises(ValueError, match="ONWARD_ALLOWED_HOSTS"):
        Settings(local_mode=False, secret_key="k" * 40)
    Settings(local_mode=False, secret_key="k" * 40, allowed_hosts=["onward.example"])


def test_hosted_server_refuses_to_start_without_a_secret(tmp_path) -> None:
    env = {**os.environ, "ONWARD_HOME": str(tmp_path), "ONWARD_LOCAL_MODE": "false", "ONWARD_SECRET_KEY": ""}
    r = subprocess.run([sys.executable, "-m", "onward", "list"], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode != 0
    assert "ONWARD_SECRET_KEY" in r.stderr


def test_local_serve_refuses_a_public_address(cli) -> None:
    r = cli("serve", "--host", "0.0.0.0", "--port", "8999")
    assert r.exit_code == 1
    assert "local mode serves only this machine" in r.stderr


@pytest.mark.django_db
def test_a_request_from_another_machine_is_not_the_local_seeker(client_local) -> None:
    from django.test import Client

    remote = Client(REMOTE_ADDR="203.0.113.9")
    r = remote.get("/api/v1/applications")
    assert r.status_code == 401
