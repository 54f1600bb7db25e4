"""A real Dovecot IMAP server for the mail tests: loopback, throwaway config, self-signed TLS.

Skipped when Dovecot is not installed, unless ONWARD_REQUIRE_IMAP=1 (CI), where it fails.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

IMAP_USER = "seeker@example.test"
IMAP_PASSWORD = "correct horse battery staple"


@dataclass(frozen=True)
class Dovecot:
    host: str
    port: int
    user: str
    password: str
    cafile: Path
    base: Path

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cafile))

    def url(self, folders: str = "INBOX") -> str:
        return f"imaps://{self.user.replace('@', '%40')}@{self.host}:{self.port}/{folders}"


def _dovecot_binary() -> str | None:
    return shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _make_certificate(base: Path) -> tuple[Path, Path]:
    cert, key = base / "cert.pem", base / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def _mail_user() -> tuple[str, str]:
    # Dovecot refuses to run mail processes as root; use an unprivileged account when root.
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid()).pw_name
        return me, me
    return "nobody", "nogroup"


def _write_config(base: Path, port: int, cert: Path, key: Path) -> Path:
    user, group = _mail_user()
    (base / "passwd").write_text(f"{IMAP_USER}:{{PLAIN}}{IMAP_PASSWORD}::::::\n")
    home = base / "home"
    home.mkdir()
    if os.geteuid() == 0:
        shutil.chown(home, user, group)
    run_user = pwd.getpwuid(os.geteuid()).pw_name
    conf = base / "dovecot.conf"
    conf.write_text(
        f"""
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
auth_mechanisms = plain
default_internal_user = {run_user if os.geteuid() != 0 else "dovecot"}
default_login_user = {run_user if os.geteuid() != 0 else "dovenull"}
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/passwd
}}
userdb {{
  driver = static
  args = uid={user} gid={group} home={home}/%n
}}
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""
    )
    return conf


def _wait_for(port: int, log: Path, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    text = log.read_text() if log.exists() else "(no log)"
    raise RuntimeError(f"Dovecot did not start on port {port}:\n{text[-2000:]}")


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    binary = _dovecot_binary()
    if binary is None:
        if os.environ.get("ONWARD_REQUIRE_IMAP") == "1":
            pytest.fail("ONWARD_REQUIRE_IMAP=1 but Dovecot is not installed (dovecot-imapd)")
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
    # Not under pytest's tmp dir: that is mode 0700, and Dovecot's auth and mail processes run
    # as unprivileged users when the tests run as root.
    base = Path(tempfile.mkdtemp(prefix="onward-dovecot-"))
    base.chmod(0o755)
    cert, key = _make_certificate(base)
    port = _free_port()
    conf = _write_config(base, port, cert, key)
    # No pipes: the daemon inherits them and subprocess.run would wait for it forever.
    quiet = {
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
    }
    subprocess.run([binary, "-c", str(conf)], check=True, timeout=30, **quiet)
    try:
        _wait_for(port, base / "dovecot.log")
        yield Dovecot("127.0.0.1", port, IMAP_USER, IMAP_PASSWORD, cert, base)
    finally:
        subprocess.run([binary, "-c", str(conf), "stop"], check=False, timeout=30, **quiet)
        pid_file = base / "run" / "master.pid"
        if pid_file.exists():
            with contextlib.suppress(OSError, ValueError):
                os.kill(int(pid_file.read_text().strip()), 15)
        shutil.rmtree(base, ignore_errors=True)
