"""The data files packdesk ships: word lists, sounds, carriers, fonts, translations.

They are package data, found one way, :func:`resource_path`, through
``importlib.resources``: the same call works in a checkout, an installed wheel and a
PyInstaller build (whose spec copies this folder to ``packdesk/resources``).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The file or folder ``parts`` under ``packdesk/resources`` (need not exist)."""
    ref = resources.files(__name__).joinpath(*parts)
    return Path(str(ref))
