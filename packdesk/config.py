"""Where packdesk keeps its data, and which database it opens."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "packdesk"
DB_ENV = "PACKDESK_DB"


def data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The user's config folder for packdesk (created when a file is first written there)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'packdesk.db'}"


def resolve_db_url(cli_value: str | None = None) -> str:
    """``--db`` wins over ``PACKDESK_DB``, which wins over the SQLite file in the data folder."""
    if cli_value:
        return cli_value
    env = os.environ.get(DB_ENV)
    if env:
        return env
    return default_db_url()

