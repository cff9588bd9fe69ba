"""The admin's shipping-method mapping: store method -> label source, carrier, service or rule."""

from __future__ import annotations

import pytest

from packdesk.domain.shipping_methods import LabelRoute, UnmappedMethod, parse_routes, route_for

TABLE = {
    "Express": {"source": "easypost", "carrier": "UPS", "service": "NextDayAir"},
    "standard": {"source": "easypost"},
    "Posten pickup": {"source": "scan"},
    "Local bike": {"source": "own", "carrier": "bud"},
}


def test_each_method_gets_its_route_whatever_the_case() -> None:
    routes = parse_routes(TABLE)
    assert route_for("express", routes) == LabelRoute("easypost", "UPS", "NextDayAir")
    assert route_for(" STANDARD ", routes).describe() == "EasyPost, cheapest by the ship-by date"
    assert route_for("posten pickup", routes).describe() == "scan the carrier label"
    assert route_for("Local bike", routes) == LabelRoute("own", "bud")


def test_an_unmapped_method_is_refused_unless_there_is_a_catch_all() -> None:
    with pytest.raises(UnmappedMethod, match="^shipping method 'freight' has no label source: "
                                             "the admin must map it first$"):
        route_for("freight", parse_routes(TABLE))
    assert route_for("freight", parse_routes({**TABLE, "*": {"source": "scan"}})).source == "scan"


@pytest.mark.parametrize(("entry", "says"), [
    ({"source": "fax"}, "label source must be one of easypost, dhl, scan, own"),
    ({"source": "own"}, "an own label needs a carrier"),
    ({"source": "easypost", "service": "Priority"}, "a service needs its carrier"),
    ("easypost", "the entry must be an object"),
])
def test_a_bad_entry_is_refused_naming_the_method(entry: object, says: str) -> None:
    with pytest.raises(UnmappedMethod, match=f"^shipping method 'x': {says}$"):
        parse_routes({"x": entry})


def test_a_dhl_express_product_needs_no_carrier_named() -> None:
    route = parse_routes({"express": {"source": "dhl", "service": "mydhl_express_12_00"}})["express"]
    assert (route.source, route.carrier, route.service) == ("dhl", "", "mydhl_express_12_00")
    assert route.describe() == "DHL Express, mydhl_express_12_00"


def test_a_late_order_gets_the_soonest_rate_not_a_refusal() -> None:
    """Orders are shipped by date: a rate that makes the ship-by date when one does, the
    soonest when none can (the order is late already). It was refused ("no rate arrives
    by ..."), which left a late order with no label at all."""
    from datetime import date

    from packdesk.domain.shipping_methods import in_time_or_soonest

    arrives = {"ground": date(2026, 12, 3), "two-day": date(2026, 12, 1),
               "overnight": date(2026, 11, 30), "overnight-am": date(2026, 11, 30),
               "unknown": None}
    options = list(arrives)
    assert in_time_or_soonest(options, arrives.get, date(2026, 12, 1)) == ["two-day", "overnight",
                                                                           "overnight-am"]
    # Late: the ship-by date passed; the soonest (of equal soonest, all of them).
    assert in_time_or_soonest(options, arrives.get, date(2026, 11, 28)) == ["overnight",
                                                                            "overnight-am"]
    # No estimates at all: every option stays (the caller takes the cheapest).
    assert in_time_or_soonest(["a", "b"], lambda _o: None, date(2026, 11, 28)) == ["a", "b"]
