"""A printable badge: the person's name and role, and their badge code as Code 128."""

from __future__ import annotations

import io

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from packdesk.hardware.fonts import register_pdf_fonts

CARD = (85.6 * mm, 54 * mm)  # ID-1, the size of a bank card


def badge_pdf(name: str, role_label: str, badge_code: str) -> bytes:
    """One card-sized page; the barcode is wide enough for a handheld scanner at arm's length."""
    regular, bold = register_pdf_fonts()
    out = io.BytesIO()
    width, height = CARD
    canvas = Canvas(out, pagesize=CARD)
    canvas.setTitle(f"Badge {name}")
    canvas.setFont(bold, 14)
    canvas.drawString(6 * mm, height - 11 * mm, name[:32])
    canvas.setFont(regular, 9)
    canvas.drawString(6 * mm, height - 16 * mm, role_label)
    barcode = Code128(badge_code, barHeight=14 * mm, barWidth=0.33 * mm, quiet=True)
    x = max(2 * mm, (width - barcode.width) / 2)
    barcode.drawOn(canvas, x, 10 * mm)
    canvas.setFont(regular, 8)
    canvas.drawCentredString(width / 2, 5 * mm, badge_code)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
