"""Rendering documents: a ZPL shipping label and a PDF packing slip per order."""

from __future__ import annotations

import time

from bench.harness import Context, Result
from packdesk.domain.model import Shipment
from packdesk.hardware.documents import packing_slip_pdf, shipping_label_zpl
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

    python_ms = ctx.baselines["python_ms"]
    size = f"{count} orders"
    return [
        Result("ZPL shipping label, per document", size, zpl_ms, "ms", 1.0, baseline=python_ms, baseline_name="python",
               note=f"{zpl_bytes // count} bytes per label; drawn text kept between labels"),
        Result("ZPL shipping label, every drawn text new", size, cold_ms, "ms", 1.0,
               baseline=python_ms, baseline_name="python",
               note="text cache emptied before each label: non-ASCII lines drawn by FreeType"),
        Result("PDF packing slip, per document", size, pdf_ms, "ms", 20.0, baseline=python_ms, baseline_name="python"),
    ]
