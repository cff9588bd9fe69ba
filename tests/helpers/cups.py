"""A private CUPS server for tests: its own config folder, a port on 127.0.0.1, and raw
queues whose device is a file (``FileDevice Yes`` lets ``lpadmin -v file:/dev/null``).

``PrivateCups.start(tmp_path)`` returns None with the reason when ``cupsd`` is missing or
does not come up (the Debian package is ``cups-daemon``; scripts/setup.sh installs it).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

CUPSD_CONF = """Listen 127.0.0.1:{port}
LogLevel warn
DefaultAuthType None
WebInterface No
Browsing No
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
    Allow all
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """FileDevice Yes
ServerRoot {root}
RequestRoot {root}/spool
TempDir {root}/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
Sandboxing Relaxed
"""


def _free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


class PrivateCups:
    def __init__(self, root: Path, port: int, process: subprocess.Popen[bytes]) -> None:
        self.root, self.port, self.process = root, port, process
        self.server = f"127.0.0.1:{port}"

    @classmethod
    def start(cls, tmp_path: Path) -> tuple[PrivateCups | None, str]:
        cupsd = shutil.which("cupsd") or ("/usr/sbin/cupsd" if os.path.exists("/usr/sbin/cupsd")
                                          else None)
        if cupsd is None:
            return None, "cupsd is not installed (Debian package cups-daemon)"
        if shutil.which("lpadmin") is None and not os.path.exists("/usr/sbin/lpadmin"):
            return None, "lpadmin is not installed (Debian package cups-client)"
        root = tmp_path / "cups"
        for folder in ("spool", "tmp", "cache", "state", "log", "ppd"):
            (root / folder).mkdir(parents=True, exist_ok=True)
        port = _free_port()
        (root / "cupsd.conf").write_text(CUPSD_CONF.format(port=port))
        (root / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
        process = subprocess.Popen(
            [cupsd, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        running = cls(root, port, process)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if process.poll() is not None:
                error = (process.stderr.read().decode(errors="replace") if process.stderr else "")
                log = root / "log" / "error_log"
                if log.exists():
                    error += log.read_text(errors="replace")
                return None, f"cupsd did not start: {error.strip()[-300:]}"
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    return running, ""
            except OSError:
                time.sleep(0.05)
        running.stop()
        return None, "cupsd did not listen within 10 s"

    def env(self) -> dict[str, str]:
        return dict(os.environ, CUPS_SERVER=self.server, LANG="C", LC_ALL="C")

    def run(self, *args: str) -> str:
        result = subprocess.run(list(args), capture_output=True, env=self.env(), timeout=20,
                                check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args)}: {result.stderr.decode(errors='replace')}")
        return result.stdout.decode(errors="replace")

    def add_queue(self, name: str, device: str = "file:/dev/null") -> None:
        self.run("lpadmin", "-p", name, "-E", "-v", device)

    def jobs(self, name: str, which: str) -> list[str]:
        """Request ids of ``which`` (completed / not-completed) jobs on queue ``name``."""
        out = self.run("lpstat", "-W", which, "-o", name)
        return [line.split()[0] for line in out.splitlines() if line.strip()]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.process.stderr is not None:
            self.process.stderr.close()
