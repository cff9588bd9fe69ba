"""The end-of-day manifest: the day's parcels for one carrier, for the driver to sign."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from packdesk.services.labels import ManifestLine


def manifest_pdf(carrier: str, day: date, lines: Sequence[ManifestLine], *, ship_from: str = "",
                 scan_form: str = "") -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"Manifest {carrier} {day.isoformat()}")
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=16, leading=20)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    total_kg = sum(line.weight_g for line in lines) / 1000
    story = [
        Paragraph(f"Manifest: {_esc(carrier)}, {day.isoformat()}", title),
        Paragraph(f"{len(lines)} parcels, {total_kg:.2f} kg" + (f", from {_esc(ship_from)}" if ship_from else ""), body),
    ]
    if scan_form:
        story.append(Paragraph(f"Carrier scan form: {_esc(scan_form)}", body))
    story.append(Spacer(0, 6 * mm))
    rows = [["#", "Tracking number", "Order", "Weight (kg)"]] + [
        [str(i), line.tracking_number, line.order_number, f"{line.weight_g / 1000:.3f}"]
        for i, line in enumerate(lines, 1)
    ]
    table = Table(rows, colWidths=[12 * mm, 80 * mm, 50 * mm, 30 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONT", (0, 1), (-1, -1), "Helvetica"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("ALIGN", (3, 0), (3, -1), "RIGHT"),
    ]))
    story += [table, Spacer(0, 15 * mm),
              Paragraph("Driver's name: ______________________________", body), Spacer(0, 8 * mm),
              Paragraph("Signature: ______________________________   Time: ________", body)]
    doc.build(story)
    return out.getvalue()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
