"""Rendering documents: a ZPL shipping label and a PDF packing slip per order; the worst
texts (3,000 characters with no space, issue 18 point 12) and addresses in Japanese and
Arabic (a CJK font subset per PDF, shaping and bidi order)."""

from __future__ import annotations

import time
from dataclasses import replace

from bench.harness import Context, Result
from packdesk.domain.model import Address, Order, Shipment
from packdesk.hardware.documents import (
    gift_card_pdf,
    gift_card_zpl,
    packing_slip_pdf,
    shipping_label_pdf,
    shipping_label_zpl,
)
from packdesk.hardware.zpl import text_graphic
from packdesk.services.demo import SHIP_FROM, generate_shop


def run(ctx: Context) -> list[Result]:
    count = ctx.sizes.documents
    shop = generate_shop(count, seed=11)
    bins = {sku: code for code, sku, _ in shop.stock}
    shipments = [Shipment("demo", "Standard", f"DEMO{i:010d}", 600) for i in range(count)]

    # Warm fonts and caches once: the station does this at start, not per order.
    shipping_label_zpl(shop.orders[0], shipments[0], SHIP_FROM)
    packing_slip_pdf(shop.orders[0], bins)

    start = time.perf_counter()
    zpl_bytes = 0
    for order, shipment in zip(shop.orders, shipments, strict=True):
        zpl_bytes += len(shipping_label_zpl(order, shipment, SHIP_FROM))
    zpl_ms = (time.perf_counter() - start) * 1000 / count

    # The worst case: no drawn text seen before (every name, street and city new).
    start = time.perf_counter()
    for order, shipment in zip(shop.orders, shipments, strict=True):
        text_graphic.cache_clear()
        shipping_label_zpl(order, shipment, SHIP_FROM)
    cold_ms = (time.perf_counter() - start) * 1000 / count

    start = time.perf_counter()
    for order in shop.orders:
        packing_slip_pdf(order, bins)
    pdf_ms = (time.perf_counter() - start) * 1000 / count

    long_ms = _long_texts_ms(shop.orders[0], shipments[0])
    world_ms = _world_ms(shop.orders[0], shipments[0], max(3, count // 20))

    python_ms = ctx.baselines["python_ms"]
    size = f"{count} orders"
    return [
        Result("Gift card + label, 3,000-character unbroken message and name", "1 order",
               long_ms, "ms", 500.0, baseline=python_ms, baseline_name="python",
               note="ZPL and PDF of each; was 93 s (card) and 13.6 s (label)"),
        Result("Label PDF + ZPL, Japanese or Arabic address", f"{max(3, count // 20)} orders",
               world_ms, "ms", 250.0, baseline=python_ms, baseline_name="python",
               note="every address new: a CJK subset font and drawn text per label"),
        Result("ZPL shipping label, per document", size, zpl_ms, "ms", 1.0, baseline=python_ms, baseline_name="python",
               note=f"{zpl_bytes // count} bytes per label; drawn text kept between labels"),
        Result("ZPL shipping label, every drawn text new", size, cold_ms, "ms", 1.0,
               baseline=python_ms, baseline_name="python",
               note="text cache emptied before each label: non-ASCII lines drawn by FreeType"),
        Result("PDF packing slip, per document", size, pdf_ms, "ms", 20.0, baseline=python_ms, baseline_name="python"),
    ]


def _long_texts_ms(order: Order, shipment: Shipment) -> float:
    text = "x" * 3000
    long = replace(order, gift=True, gift_message=text, ship_to=replace(order.ship_to, name=text))
    start = time.perf_counter()
    gift_card_pdf(long)
    gift_card_zpl(long)
    shipping_label_pdf(long, shipment, SHIP_FROM)
    shipping_label_zpl(long, shipment, SHIP_FROM)
    return (time.perf_counter() - start) * 1000


_JAPANESE = "山田太郎花子東京都渋谷区神南一丁目株式会社大阪府京都市北海道札幌中央"
_ARABIC = "محمد عبد الله العتيبي شارع الملك فهد حي العليا الرياض جدة"


def _world_ms(order: Order, shipment: Shipment, count: int) -> float:
    """Labels for addresses in Japanese and Arabic, each with characters not seen before."""
    first = Address(name=_JAPANESE[:4], line1=_ARABIC[:9], city="", postal_code="", country="JP")
    shipping_label_pdf(replace(order, ship_to=first), shipment, SHIP_FROM)  # fonts loaded
    start = time.perf_counter()
    for index in range(count):
        if index % 2:
            words = _ARABIC.split()
            name = " ".join(words[index % len(words):] + words[: index % len(words)])
        else:
            name = _JAPANESE[index % len(_JAPANESE):] + _JAPANESE[: index % len(_JAPANESE)]
            name = name[:6] + chr(0x4E00 + index * 7 % 20000)  # a kanji not seen before
        address = Address(name=name, line1=name[::-1], city=name[:3], postal_code="100-0001",
                          country="JP")
        other = replace(order, ship_to=address)
        shipping_label_pdf(other, shipment, SHIP_FROM)
        shipping_label_zpl(other, shipment, SHIP_FROM)
    return (time.perf_counter() - start) * 1000 / count
