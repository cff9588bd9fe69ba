"""The rules of quality checks, slip links and the thank-you card, without Qt or a database."""

from __future__ import annotations

from datetime import datetime

import pytest

from packdesk.domain.finishing import (
    CardWhen,
    FinishingSettings,
    InvalidFinishing,
    card_text,
    card_wanted,
    check_settings,
    first_name,
    slip_links,
)
from packdesk.domain.model import Address, Order, OrderLine
from packdesk.domain.quality import (
    InvalidCheck,
    QcAction,
    QualityCheck,
    apply_qc,
    checks_for,
    parse_qc_command,
)


def order(country: str = "RU", name: str = "Анна Петрова", price: str = "40.00",
          number: str = "#10 42") -> Order:
    return Order(source="https://shop.example", external_id="901", number=number,
                 placed_at=datetime(2026, 11, 27),
                 ship_to=Address(name=name, line1="1 Road", city="Town", postal_code="1",
                                 country=country),
                 lines=[OrderLine(sku="CAP", quantity=2, unit_price=price)])


def test_a_unit_gets_its_products_checks_then_its_tags_each_wording_once() -> None:
    checks = [QualityCheck(1, "seal intact", sku="CAP"), QualityCheck(2, "no stains", tag="Textile"),
              QualityCheck(3, "Seal intact", tag="textile"), QualityCheck(4, "batteries out", tag="toys"),
              QualityCheck(5, "folded", sku="TEE")]
    assert [c.text for c in checks_for("CAP", ["textile "], checks)] == ["seal intact", "no stains"]
    assert checks_for("MUG", [], checks) == []


def test_qc_codes_and_keys_pass_one_all_or_fail_the_first_unconfirmed() -> None:
    assert parse_qc_command("qc:pass").action is QcAction.PASS_ALL  # type: ignore[union-attr]
    assert parse_qc_command("QC:FAIL:2") is not None
    assert parse_qc_command("QC:FAIL:0") is None and parse_qc_command("QC:NOPE") is None
    assert parse_qc_command("4006381333931") is None
    checks = [QualityCheck(1, "seal intact"), QualityCheck(2, "no stains")]
    one = apply_qc(parse_qc_command("QC:PASS:1"), checks, [])  # type: ignore[arg-type]
    assert one.passed == (1,) and not one.done
    both = apply_qc(parse_qc_command("QC:PASS:2"), checks, one.passed)  # type: ignore[arg-type]
    assert both.done
    failed = apply_qc(parse_qc_command("QC:FAIL"), checks, [1])  # type: ignore[arg-type]
    assert failed.failed == checks[1] and not failed.done
    with pytest.raises(InvalidCheck, match="no check 3"):
        apply_qc(parse_qc_command("QC:PASS:3"), checks, [])  # type: ignore[arg-type]


def test_links_are_filled_with_the_order_and_a_stable_short_token() -> None:
    settings = check_settings(FinishingSettings(
        review_url=" https://s.example/r/{order}?t={token} ", returns_url=""))
    links = slip_links(settings, order())
    assert [link.kind for link in links] == ["review"]
    url = links[0].url
    assert url.startswith("https://s.example/r/10%2042?t=") and len(url.split("t=")[1]) == 8
    assert slip_links(settings, order()) == links  # the same at every print
    assert slip_links(settings, order(number="#10 43"))[0].url.startswith(
        "https://s.example/r/10%2043")
    for bad in ("ftp://s.example/{order}", "https://s.example/{customer}",
                "https://s.example/{order", "https://s.example/a b"):
        with pytest.raises(InvalidFinishing):
            check_settings(FinishingSettings(review_url=bad))


def test_the_card_prints_by_the_admins_rule() -> None:
    above = FinishingSettings(card_when=CardWhen.ABOVE, card_above="79.99")
    assert card_wanted(above, order(price="40.00"), first_order=False)  # 2 x 40.00 = 80.00
    assert not card_wanted(above, order(price="39.99"), first_order=True)
    first = FinishingSettings(card_when=CardWhen.FIRST)
    assert card_wanted(first, order(), first_order=True)
    assert not card_wanted(first, order(), first_order=False)
    assert not card_wanted(FinishingSettings(), order(), first_order=True)  # never, by default


def test_the_cards_words_use_the_first_name_and_drop_the_code_line_without_a_code() -> None:
    assert first_name("  Анна   Петрова ") == "Анна" and first_name("Madonna") == "Madonna"
    text = card_text(FinishingSettings(), "ru", "Анна Петрова")
    assert text.startswith("Анна, здравствуйте!") and "код" not in text
    coded = card_text(FinishingSettings(card_code="SNOVA10"), "lv", "Līga Bērziņa")
    assert coded.startswith("Sveiki, Līga!") and coded.endswith("SNOVA10")
    with pytest.raises(InvalidFinishing):
        check_settings(FinishingSettings(card_above="a lot"))
