"""The return receipt: one A4 page for the parcel's paperwork (PDF)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.pagesizes import A4

from .documents import Barcode, Page, Rule, Text, render_pdf


def return_receipt_pdf(*, return_id: int, order_number: str, closed_at: datetime,
                       units: Sequence[tuple[str, str, str]], refund: str, currency: str,
                       received_by: str) -> bytes:
    """``units``: (SKU, condition, where it went) for each returned unit."""
    width, height = A4
    left = 56.0
    items: list[Text | Barcode | Rule] = [
        Text(left, 56, f"Return {return_id}", 20, bold=True),
        Text(left, 84, f"Order {order_number}", 13),
        Text(left, 102, f"Received {closed_at:%Y-%m-%d %H:%M} by {received_by}", 11),
        Barcode(left, 124, f"RET:{return_id}", 36, 1.2, width - 2 * left),
        Rule(left, 172, width - 2 * left, 0.8),
        Text(left, 180, "SKU", 11, bold=True),
        Text(left + 200, 180, "Condition", 11, bold=True),
        Text(left + 320, 180, "Went to", 11, bold=True),
    ]
    y = 198.0
    for sku, condition, location in units:
        items += [Text(left, y, sku, 11), Text(left + 200, y, condition.replace("_", " "), 11),
                  Text(left + 320, y, location, 11)]
        y += 16
    items += [Rule(left, y + 4, width - 2 * left, 0.8),
              Text(left, y + 14, f"Refund: {refund} {currency}", 13, bold=True)]
    return render_pdf([Page(width, height, tuple(items))], f"Return {return_id} of order {order_number}")
