"""One live station per name: a station announces itself and refuses a name in use.

Two stations with one name would hold the same orders (claims are per station name).
A running station keeps a heartbeat in the settings table (``station.live:<hash>``: its
name, a per-process id, the host, the pid and when it was last seen); a second process
that starts with a name whose heartbeat is recent is refused with a sentence. A station
that crashed stops beating, and its name is free again after ``LIVE_SECONDS``.

The default name (:func:`default_station_name`) is unique per machine and install: the
host name and a short id kept in the user's config folder.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import socket
import threading
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from packdesk.domain.errors import DomainError
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import SettingRow

from .uow import DatabaseBusy, UnitOfWork, with_retry

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 10.0
LIVE_SECONDS = 45.0  # a heartbeat younger than this means the station is running
STATION_ID_FILE = "station-id"
NAME_MAX = 80


class StationNameInUse(DomainError):
    """Another running station has this name; the message says which and what to do."""


def _key(name: str) -> str:
    return "station.live:" + hashlib.sha256(name.encode()).hexdigest()[:32]


def new_process_id() -> str:
    return uuid.uuid4().hex


def _parse(moment: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(moment))
    except ValueError:
        return None


def claim_station_name(
    engine: Engine, name: str, process_id: str, *, now: datetime | None = None
) -> None:
    """Announce this process as station ``name``, or raise ``StationNameInUse`` when another
    process beat under that name within ``LIVE_SECONDS``."""

    def attempt() -> None:
        moment = now or utcnow()
        with UnitOfWork(engine).writing() as writer:
            session = writer.session
            row = session.get(SettingRow, _key(name), with_for_update=True)
            value = dict(row.value) if row is not None else {}
            seen = _parse(value.get("seen_at"))
            if (
                value.get("process") not in (None, process_id)
                and seen is not None
                and moment - seen < timedelta(seconds=LIVE_SECONDS)
            ):
                ago = max(0, int((moment - seen).total_seconds()))
                raise StationNameInUse(
                    f"station name {name!r} is in use by another running station "
                    f"(on {value.get('host') or 'another machine'}, seen {ago} s ago): "
                    "start this one with another name (--station NAME)"
                )
            beat = {"name": name, "process": process_id, "host": socket.gethostname(),
                    "pid": os.getpid(), "seen_at": moment.isoformat()}
            if row is None:
                session.add(SettingRow(key=_key(name), value=beat))
            else:
                row.value = beat
            writer.commit()

    try:
        with_retry(attempt)
    except IntegrityError:
        with_retry(attempt)  # another process added the row at the same moment: look again


def beat(engine: Engine, name: str, process_id: str) -> None:
    """Say this station is still running (renews the heartbeat it claimed)."""
    claim_station_name(engine, name, process_id)


def release_station_name(engine: Engine, name: str, process_id: str) -> None:
    """Free the name at a clean stop (only if this process holds it)."""

    def attempt() -> None:
        with UnitOfWork(engine).writing() as writer:
            row = writer.session.get(SettingRow, _key(name), with_for_update=True)
            if row is not None and dict(row.value).get("process") == process_id:
                writer.session.delete(row)
                writer.commit()

    with_retry(attempt)


class StationHeartbeat:
    """Claims a station name, then renews it every ``interval`` seconds on its own thread
    (never on the GUI thread) until ``stop()``, which frees the name."""

    def __init__(self, engine: Engine, name: str, *, interval: float = HEARTBEAT_SECONDS) -> None:
        self.engine = engine
        self.name = name
        self.process_id = new_process_id()
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Claim the name (raises ``StationNameInUse``) and start beating."""
        claim_station_name(self.engine, self.name, self.process_id)
        self._thread = threading.Thread(target=self._run, name=f"heartbeat {self.name}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                beat(self.engine, self.name, self.process_id)
            except StationNameInUse as exc:  # another process took over after a long stall
                log.error("%s", exc)
            except (SQLAlchemyError, DatabaseBusy) as exc:
                log.warning("station heartbeat: %s", exc)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
            try:
                release_station_name(self.engine, self.name, self.process_id)
            except (SQLAlchemyError, DatabaseBusy) as exc:
                log.warning("freeing station name %s: %s", self.name, exc)


def default_station_name(config_dir: Path) -> str:
    """The host name and a short id made once per install (kept in ``config_dir``), so two
    machines with the same host name (``raspberrypi``) never share a station name."""
    path = config_dir / STATION_ID_FILE
    try:
        short_id = path.read_text(encoding="utf-8").strip()
    except OSError:
        short_id = ""
    if not (short_id.isalnum() and 4 <= len(short_id) <= 12):
        short_id = secrets.token_hex(3)
        config_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(short_id + "\n", encoding="utf-8")
    host = socket.gethostname().split(".")[0] or "station"
    return f"{host[: NAME_MAX - len(short_id) - 1]}-{short_id}"
