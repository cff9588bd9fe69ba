"""Label sources behind :class:`packdesk.services.labels.LabelSource`: carriers' APIs."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from packdesk.services.labels import LabelSource
    from packdesk.services.labelvoid import RefundSummary

log = logging.getLogger(__name__)


def configured_label_sources() -> dict[str, LabelSource]:
    """The carriers' label sources this machine can use: EasyPost when its key is set
    (keyring ``packdesk easypost/api_key`` or PACKDESK_EASYPOST_KEY), DHL Express when its
    MyDHL user and password are (keyring ``packdesk mydhl/...`` or PACKDESK_DHL_USER,
    PACKDESK_DHL_PASSWORD; the account in PACKDESK_DHL_ACCOUNT)."""
    from packdesk.sync.credentials import MissingCredentials

    sources: dict[str, LabelSource] = {}
    try:
        from packdesk.sync.carriers.easypost import EasyPostSource, easypost_key, easypost_url

        sources["easypost"] = EasyPostSource(easypost_key(), easypost_url())
    except MissingCredentials:
        pass
    try:
        from packdesk.sync.carriers.dhlexpress import DhlExpressSource, dhl_credentials, dhl_url

        user, password, account = dhl_credentials()
        sources["dhl"] = DhlExpressSource(user, password, account, dhl_url())
    except MissingCredentials:
        pass
    return sources


def refund_voided_labels(engine: Engine) -> RefundSummary:
    """Refund the labels of orders reopened or cancelled before hand-over (never on the GUI
    thread: it asks the carriers)."""
    from packdesk.services.labelvoid import RefundSummary, anything_to_refund, refund_pending

    if not anything_to_refund(engine):  # the usual round: no keyring asked
        return RefundSummary()
    refunds = refund_pending(engine, configured_label_sources())
    for problem in refunds.problems:
        log.warning("label refund refused: %s", problem)
    if refunds.refunded:
        log.info("labels refunded for order(s) %s", ", ".join(refunds.refunded))
    return refunds
