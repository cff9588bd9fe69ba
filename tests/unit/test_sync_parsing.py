"""Store payloads into orders, and the Shopify operations against Shopify's own schema."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from graphql import parse, validate

from packdesk.domain.model import Order
from packdesk.sync.base import SOURCE_MAX, QuarantinedPayload, parse_or_quarantine, source_name
from packdesk.sync.credentials import MissingCredentials, Secret, woocommerce_credentials
from packdesk.sync.filedrop import parse_rows
from packdesk.sync.http import InsecureUrl, RetryPolicy, check_store_url, retry_after_seconds
from packdesk.sync.shopify import (
    ALL_OPERATIONS,
    FULFILLMENT_CREATE,
    ORDERS_QUERY,
    ShopifyStore,
    shopify_source,
)
from packdesk.sync.woocommerce import WooCommerceStore
from tests.helpers.fake_shopify import (
    MAX_QUERY_COST,
    query_cost,
    shopify_line,
    shopify_order,
    shopify_schema,
)
from tests.helpers.fake_woocommerce import wc_line, wc_order


@pytest.mark.parametrize("operation", ALL_OPERATIONS, ids=lambda q: q.split("(")[0].split()[-1])
def test_every_shopify_operation_is_valid_against_the_2026_10_schema(operation: str) -> None:
    assert validate(shopify_schema(), parse(operation)) == []


@pytest.mark.parametrize("operation", ALL_OPERATIONS, ids=lambda q: q.split("(")[0].split()[-1])
def test_every_shopify_operation_costs_less_than_the_single_query_limit(operation: str) -> None:
    assert 0 < query_cost(operation) < MAX_QUERY_COST


def test_the_cost_rules_count_connections_as_two_plus_first_times_the_node() -> None:
    assert query_cost("{ orders(first: 5) { nodes { id } } }") == 2 + 5 * 1
    assert query_cost("{ orders(first: 5) { nodes { id shippingAddress { city } } } }") == 2 + 5 * 2
    # 6 orders: the order, its attributes and three addresses; 20 lines (line, attributes,
    # image, variant, options); 2 fulfillment orders (order, assigned location and its
    # location, delivery method; 10 line items with their line); the payment (capturable
    # money and its amount, the one capturable authorisation).
    assert query_cost(ORDERS_QUERY) == 2 + 6 * (5 + (2 + 20 * 5) + (2 + 2 * (4 + 2 + 10 * 2)) + 3)
    assert query_cost(ORDERS_QUERY) < 1000
    assert query_cost(FULFILLMENT_CREATE) >= 10  # a mutation costs 10 before its selection


def test_the_fulfilment_uses_the_current_mutation_and_input() -> None:
    mutation = shopify_schema().mutation_type
    assert mutation is not None and "fulfillmentCreate" in mutation.fields
    assert "fulfillment" in mutation.fields["fulfillmentCreate"].args
    assert "fulfillmentCreate(fulfillment: $fulfillment)" in FULFILLMENT_CREATE


def woo() -> WooCommerceStore:
    return WooCommerceStore("https://shop.example.com", Secret("ck"), Secret("cs"))


def test_a_woocommerce_order_reads_attributes_from_meta_data_and_skips_internal_keys() -> None:
    payload = wc_order(7, note="Blue one please", gift_message="For Ola", lines=[
        wc_line(1, 0, 0, "TEE-NAV-L", 2, meta=[
            {"id": 1, "key": "pa_color", "value": "navy", "display_key": "Color", "display_value": "Navy"},
            {"id": 2, "key": "Size", "value": "L", "display_key": "Size", "display_value": "L"},
            {"id": 3, "key": "Engraving", "value": "ANNA", "display_key": "Engraving", "display_value": "ANNA"},
            {"id": 4, "key": "_reduced_stock", "value": "2"},
        ])])
    order = woo().parse_order(payload)
    order.validate()
    assert (order.source, order.external_id, order.number) == ("woocommerce:shop.example.com", "7", "#7")
    assert order.lines[0].attributes == {"color": "Navy", "size": "L"}
    assert order.lines[0].properties == {"Engraving": "ANNA"}
    assert (order.gift, order.gift_message, order.customer_note) == (True, "For Ola", "Blue one please")
    assert order.ship_to.name == "Kari Nordmann" and order.ship_to.country == "NO"


def test_a_woocommerce_gift_message_key_is_configurable() -> None:
    payload = wc_order(8, lines=[wc_line(1, 0, 0, "MUG")])
    payload["meta_data"] = [{"id": 1, "key": "_wcgwp_message", "value": "Merry Christmas"}]
    store = WooCommerceStore("https://shop.example.com", Secret("ck"), Secret("cs"),
                             gift_meta_key="_wcgwp_message")
    assert store.parse_order(payload).gift_message == "Merry Christmas"


def test_a_shopify_order_reads_options_barcode_gift_note_attribute_and_skips_edited_out_lines() -> None:
    node = shopify_order(42, attributes={"Gift Message": "Love, Mum"}, lines=[
        shopify_line(1, "TEE-NAV-L", 2, options={"Color": "Navy", "Size": "L"}),
        shopify_line(2, "OLD", 1, current=0),
    ])
    node["lineItems"] = {"nodes": node.pop("lines")}
    order = ShopifyStore("https://my-shop.myshopify.com", Secret("t")).parse_order(node)
    assert order.source == "shopify:my-shop" and order.number == "#42"
    assert [(line.sku, line.quantity, line.barcode) for line in order.lines] == [("TEE-NAV-L", 2, "4006381333931")]
    assert order.lines[0].attributes == {"color": "Navy", "size": "L"}
    assert order.gift_message == "Love, Mum" and order.ship_to.region == "IL"
    assert order.placed_at == datetime(2026, 11, 26, 8, 0)


def test_an_unreadable_payload_is_quarantined_with_a_reason_not_raised() -> None:
    item = parse_or_quarantine("woocommerce:x", "9", {"id": 9}, woo().parse_order)
    assert isinstance(item, QuarantinedPayload)
    assert "unreadable" in item.reason and '"id": 9' in item.raw


def test_file_rows_group_into_orders_and_bad_quantities_are_named() -> None:
    base = {"order_number": "#1", "placed_at": "2026-11-26T10:00:00+01:00", "ship_name": "A",
            "ship_line1": "B", "ship_city": "C", "ship_country": "se"}
    rows = [{**base, "order_id": "1", "sku": "A", "quantity": "2"},
            {"order_id": "1", "sku": "B", "quantity": "1"},
            {**base, "order_id": "2", "sku": "C", "quantity": "1.5"}]
    first, second = list(parse_rows(rows, "file"))
    assert isinstance(first, Order) and [line.sku for line in first.lines] == ["A", "B"]
    assert first.placed_at == datetime(2026, 11, 26, 9, 0)  # converted to UTC
    assert isinstance(second, QuarantinedPayload) and "not a whole number" in second.reason


def test_plain_http_is_only_for_loopback() -> None:
    assert check_store_url("http://127.0.0.1:8080/") == "http://127.0.0.1:8080"
    assert check_store_url("http://localhost:1") == "http://localhost:1"
    assert check_store_url("https://shop.example.com") == "https://shop.example.com"
    for bad in ("http://shop.example.com", "http://10.0.0.5", "ftp://x", "shop.example.com"):
        with pytest.raises(InsecureUrl):
            check_store_url(bad)


def test_retry_after_is_read_as_seconds_or_an_http_date() -> None:
    assert retry_after_seconds("2") == 2.0
    noon = datetime(2026, 11, 26, 12, 0, 0, tzinfo=UTC).timestamp()
    assert retry_after_seconds("Thu, 26 Nov 2026 12:00:10 GMT", now=noon) == pytest.approx(10)
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_backoff_is_jittered_and_capped() -> None:
    policy = RetryPolicy(backoff_base=0.5, backoff_cap=4)
    rng = random.Random(1)
    waits = [policy.backoff(attempt, rng) for attempt in range(10) for _ in range(20)]
    assert max(waits) <= 4 and min(waits) >= 0 and len(set(waits)) > 100


def test_secrets_do_not_show_and_missing_ones_name_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("PACKDESK_WC_KEY", "ck_live_123")
    monkeypatch.setenv("PACKDESK_WC_SECRET", "cs_live_456")
    key, secret = woocommerce_credentials("woocommerce:shop.example.com")
    assert key.reveal() == "ck_live_123" and "ck_live" not in f"{key} {key!r} {[secret]}"
    monkeypatch.delenv("PACKDESK_WC_SECRET")
    with pytest.raises(MissingCredentials, match="PACKDESK_WC_SECRET"):
        woocommerce_credentials("woocommerce:shop.example.com")


def test_source_names_fit_the_column_and_keep_stores_apart() -> None:
    assert shopify_source("https://my-shop.myshopify.com") == "shopify:my-shop"
    long = source_name("woocommerce", "a-very-long-subdomain.of-a-very-long-domain.example.com:8443")
    assert long == "woocommerce:a-very-long-subdomain.of-a-very-long-domain.example.com:8443"
    assert len(long) <= SOURCE_MAX  # kept whole; a name longer than the column is refused
