"""A throwaway PostgreSQL server for the tests: initdb + pg_ctl on a Unix socket in a temp folder.

No TCP port is opened (``listen_addresses=''``); the socket lives in the temp folder, which is
removed when the server stops. Running as root (as CI does), the server runs as the ``postgres``
user through ``runuser``, since PostgreSQL refuses to run as root. Durability is switched off
(``fsync=off``): the data is thrown away.

``PostgresServer.find()`` returns None when no PostgreSQL binaries are installed; the fixture then
skips, except under ``CI=true``, where a missing service is a failure (``.ci/run`` installs it).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path


def _bin_dir() -> Path | None:
    for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True):
        if (Path(d) / "pg_ctl").exists() and (Path(d) / "initdb").exists():
            return Path(d)
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl and shutil.which("initdb"):
        return Path(pg_ctl).parent
    return None


class PostgresServer:
    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
        self.data = self.root / "data"
        self.as_root = os.geteuid() == 0
        self._names = itertools.count(1)

    @classmethod
    def find(cls) -> PostgresServer | None:
        d = _bin_dir()
        return cls(d) if d else None

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--no-sync", "--locale=C")
        opts = f"-k {self.root} -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=60"
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.root / "log"), "-w", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@/{dbname}?host={self.root}"

    def new_database(self) -> str:
        """A fresh, empty database; returns its URL."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(host=str(self.root), user="postgres", dbname="postgres", autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
