"""Store credentials: the OS keyring first, then environment variables.

Never stored in the database, never logged: a ``Secret`` prints as ``'***'``.
Keyring entries live under the service ``packdesk`` with the user name
``<source>/<name>``, e.g. ``woocommerce:shop.example.com/consumer_key``; set them with
``keyring set packdesk woocommerce:shop.example.com/consumer_key``. The source is the
store's whole address (``woocommerce:shop.example.com/no/consumer_key`` for a shop under
``/no``), so two shops on one host never share keys.
"""

from __future__ import annotations

import logging
import os

from .http import SyncError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "packdesk"
WC_KEY_ENV = "PACKDESK_WC_KEY"
WC_SECRET_ENV = "PACKDESK_WC_SECRET"
SHOPIFY_TOKEN_ENV = "PACKDESK_SHOPIFY_TOKEN"


class MissingCredentials(SyncError):
    pass


class Secret:
    """A credential that does not show itself in reprs, logs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


def _from_keyring(source: str, name: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, f"{source}/{name}")
        except KeyringError:
            return None
    except Exception as exc:  # a broken keyring backend must not stop a pull
        log.debug("keyring unavailable: %s", exc.__class__.__name__)
        return None


def lookup(source: str, name: str, env_var: str) -> Secret:
    value = _from_keyring(source, name) or os.environ.get(env_var, "")
    if not value:
        raise MissingCredentials(
            f"no {name} for {source}: store it in the keyring "
            f"(keyring set {KEYRING_SERVICE} {source}/{name}) or set {env_var}"
        )
    return Secret(value)


def woocommerce_credentials(source: str) -> tuple[Secret, Secret]:
    return (
        lookup(source, "consumer_key", WC_KEY_ENV),
        lookup(source, "consumer_secret", WC_SECRET_ENV),
    )


def shopify_token(source: str) -> Secret:
    return lookup(source, "access_token", SHOPIFY_TOKEN_ENV)
