"""A throw-away PostgreSQL cluster for the tests: ``initdb`` into a temporary folder (as the ``postgres`` user
when running as root, which initdb refuses), ``pg_ctl start`` on a free port on 127.0.0.1, torn down after.

TCP connections need a password (scram-sha-256), so the tests also see how passwords are kept out of
messages. Debian's ``postgresql`` package (scripts/bootstrap installs it) provides the binaries.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

PASSWORD = "s3cret-Test"
USER = "postgres"


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl (Debian keeps them in /usr/lib/postgresql/N/bin), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Cluster:
    """A running cluster: ``url(db)`` gives a URL with the password; ``stop()``/``start()`` for fault tests."""

    bin: Path
    base: Path
    port: int
    as_postgres: bool
    fsync: bool = False  # off for the tests (speed); on for benchmarks (durable commits, like SQLite's FULL)
    _numbers: count = field(default_factory=lambda: count(1))

    @property
    def data(self) -> Path:
        return self.base / "data"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", USER, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    def url(self, database: str = "postgres", password: str = PASSWORD) -> str:
        return f"postgresql://{USER}:{password}@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        fsync = "on" if self.fsync else "off"
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync={fsync} -c max_connections=200"
        done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.base / "log"), "-o", options, "-w", "start")
        if done.returncode != 0:
            log = (self.base / "log").read_text(errors="replace") if (self.base / "log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {done.stderr}{done.stdout}{log[-2000:]}")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def new_database(self, template: str | None = None) -> str:
        """A fresh database, empty or a copy of the database ``template`` (a name, not in use); returns its URL."""
        import psycopg

        name = f"piyue_test_{os.getpid()}_{next(self._numbers)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def copy_database(self, url: str) -> str:
        """A fresh copy of the database at ``url`` (made by ``new_database``; nobody may be connected to it)."""
        return self.new_database(template=url.rsplit("/", 1)[1])

    def destroy(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.base, ignore_errors=True)


def create(bin_dir: Path, *, fsync: bool = False) -> Cluster:
    """initdb a new cluster in a temporary folder and start it."""
    base = Path(tempfile.mkdtemp(prefix="piyue-pg-"))
    as_postgres = os.geteuid() == 0
    if as_postgres:
        import pwd

        entry = pwd.getpwnam(USER)
        os.chown(base, entry.pw_uid, entry.pw_gid)
    password_file = base / "password"
    password_file.write_text(PASSWORD + "\n")
    if as_postgres:
        os.chown(password_file, pwd.getpwnam(USER).pw_uid, -1)
    cluster = Cluster(bin_dir, base, free_port(), as_postgres, fsync)
    done = cluster._run(
        "initdb", "-D", str(cluster.data), "-U", USER, "-E", "UTF8", "--no-locale",
        "--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={password_file}",
    )  # fmt: skip
    if done.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {done.stderr}{done.stdout}")
    cluster.start()
    return cluster
