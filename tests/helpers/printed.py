"""Reading printed documents back: PDF pages and text with pypdfium2, ZPL with zplkit's
ZD621 printer profile (whose resident fonts, like the printer's, lack Cyrillic and most of
Latin Extended), barcodes with zxing-cpp."""

from __future__ import annotations

import ctypes
import unicodedata

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import zplkit
import zxingcpp
from PIL import Image


def pdf_pages(data: bytes, dpi: int = 300) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [pdf[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def pdf_char_fonts(data: bytes) -> list[tuple[str, str]]:
    """Every character on the first page as a viewer reads it (NFKC: Arabic joined forms
    back to letters), with the name of the embedded font that draws it."""
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0].get_textpage()
        out = []
        for index in range(page.count_chars()):
            name = ctypes.create_string_buffer(256)
            flags = ctypes.c_int()
            pdfium_c.FPDFText_GetFontInfo(page, index, name, 256, ctypes.byref(flags))
            char = unicodedata.normalize("NFKC", chr(pdfium_c.FPDFText_GetUnicode(page, index)))
            out.append((char, name.value.decode("latin-1")))
        return out
    finally:
        pdf.close()


def zpl_labels(data: bytes, dpi: int = 203) -> list[Image.Image]:
    options = zplkit.Options(profile="zd621", dpi=dpi)
    document = zplkit.render(data, options)  # raises on any glyph the printer lacks
    images = []
    for scene in document.labels:
        raster = scene.rasterize()
        images.append(Image.frombytes("L", (raster.width, raster.height), raster.pixels))
    return images


def ink_dots(image: Image.Image) -> int:
    return sum(image.convert("L").histogram()[:128])


def decoded(image: Image.Image) -> list[str]:
    return sorted(b.text for b in zxingcpp.read_barcodes(image)
                  if b.format == zxingcpp.BarcodeFormat.Code128)
