"""The payment rules at ship (issue 24), without a store or a database: what is captured
for what ships, our words for the providers' refusals, and the stores' payment states."""

from __future__ import annotations

from decimal import Decimal

import pytest

from packdesk.domain import payments as rules
from packdesk.domain.payments import Payment, capture_amount, reason_for_code, stored_problem
from packdesk.sync.shopify_payments import payment_of as shopify_payment
from packdesk.sync.woocommerce_payments import payment_of as woo_payment
from tests.helpers.fake_woocommerce import wc_order


def test_what_ships_is_captured_the_units_packed_short_are_not() -> None:
    assert capture_amount("120.00", []) == Decimal("120.00")
    assert capture_amount("120.00", [("19.95", 2)]) == Decimal("80.10")
    assert capture_amount("120.00", [("", 1)]) == Decimal("120.00")  # no price known: all of it
    assert capture_amount("30.00", [("19.95", 2)]) == Decimal("0.00")  # never below nothing
    assert capture_amount("not money", []) == Decimal("0.00")


@pytest.mark.parametrize(("code", "reason"), [
    ("AUTHORIZATION_EXPIRED", "authorisation expired"),
    ("CARD_DECLINED", "the card was declined"),
    ("INSUFFICIENT_FUNDS", "the card was declined"),
    ("EXPIRED_CARD", "the card was declined"),
    ("PROCESSING_ERROR", "processing error"),
])
def test_a_providers_refusal_is_said_in_our_words(code: str, reason: str) -> None:
    assert reason_for_code(code) == reason


def test_the_held_sentence_is_said_again_from_what_was_stored() -> None:
    said = rules.capture_problem(rules.REASON_EXPIRED)
    assert said == "payment could not be captured: authorisation expired"
    again = stored_problem(str(said))
    assert again == said and again.values["reason"] is not None
    assert getattr(again.values["reason"], "template", "") == "authorisation expired"  # translatable
    assert stored_problem("payment could not be captured: Gateway says no") == (
        "payment could not be captured: Gateway says no")


def test_a_payment_survives_its_json_column() -> None:
    payment = Payment(rules.AUTHORIZED, "AUTHORIZED", "shopify_payments", "40.50", "USD", "gid://t/1")
    assert Payment.from_json(payment.to_json()) == payment
    assert Payment.from_json(None) is None and Payment.from_json({}) is None


def test_shopifys_financial_status_and_the_capturable_authorisation() -> None:
    node = {"displayFinancialStatus": "AUTHORIZED", "currencyCode": "EUR",
            "totalCapturableSet": {"shopMoney": {"amount": "59.90", "currencyCode": "EUR"}},
            "transactions": [{"id": "gid://shopify/OrderTransaction/7", "gateway": "shopify_payments"}]}
    payment = shopify_payment(node)
    assert payment is not None and payment.needs_capture
    assert (payment.capturable, payment.currency, payment.authorization_id) == (
        "59.90", "EUR", "gid://shopify/OrderTransaction/7")
    paid = shopify_payment({**node, "displayFinancialStatus": "PAID", "transactions": [],
                            "totalCapturableSet": {"shopMoney": {"amount": "0.0"}}})
    assert paid is not None and paid.state == "paid" and not paid.needs_capture
    owed = shopify_payment({**node, "displayFinancialStatus": "PARTIALLY_PAID", "transactions": [],
                            "totalCapturableSet": {"shopMoney": {"amount": "0.0"}}})
    assert owed is not None and owed.state == "pending"
    assert shopify_payment({"displayFinancialStatus": None}) is None


def test_woocommerces_paid_date_method_and_status() -> None:
    paid = woo_payment(wc_order(1))
    assert (paid.state, paid.method, paid.store_status) == ("paid", "stripe", "processing") and paid.paid_at
    held = woo_payment(wc_order(2, authorised=True))
    assert (held.state, held.capturable, held.authorization_id) == ("authorized", "499.00", "ch_2")
    transfer = woo_payment({**wc_order(3, status="on-hold"), "date_paid": None, "date_paid_gmt": None,
                            "payment_method": "bacs"})
    assert transfer.state == "pending"
