"""The documents speak the order's language: an order placed in Brazil gets its packing
slip, gift slip, gift card and label in Portuguese, with Brazilian money and dates, read
back from the PDF; an admin's choice wins over the country."""

from __future__ import annotations

from datetime import date, datetime

import pypdfium2 as pdfium

from packdesk.domain.model import Address, Order, OrderLine, Shipment
from packdesk.hardware import documents
from packdesk.hardware.captions import document_language, format_money
from tests.helpers.orders import SHIP_FROM


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    return " ".join(text.replace("\u00a0", " ").split())


SHIPMENT = Shipment(carrier="Correios", service="Sedex", tracking_number="AA123456785BR",
                    weight_g=1250)


def brazilian_order() -> Order:
    return Order(
        source="shopify",
        external_id="7770001",
        number="BR-1042",
        placed_at=datetime(2026, 11, 3, 10, 30),
        ship_by=date(2026, 11, 5),
        ship_to=Address(name="Ana Beatriz Conceição", line1="Rua Augusta, 1508 - apto 32",
                        city="São Paulo", postal_code="01304-001", region="SP", country="BR"),
        lines=[
            OrderLine(sku="TEE-ORG-M", quantity=2, name="Camiseta orgânica",
                      attributes={"color": "Verde", "size": "M"}, unit_price="129.90"),
            OrderLine(sku="MUG-01", quantity=1, name="Caneca", unit_price="1249.50"),
        ],
        customer_note="Deixar com o porteiro.",
        gift=True,
        gift_message="Feliz aniversário, Lu! Com carinho, Rafa.",
        currency="BRL",
        shipping_method="Sedex",
    )


def test_an_order_placed_in_brazil_is_documented_in_portuguese() -> None:
    order = brazilian_order()
    assert document_language(order.ship_to.country) == "pt_BR"
    bins = {"TEE-ORG-M": "A-01-1-A", "MUG-01": "B-02-1-C"}

    slip = pdf_text(documents.packing_slip_pdf(order, bins))
    for words in ("Romaneio", "Pedido BR-1042", "Data do pedido: 03/11/2026",
                  "Enviar até: 05/11/2026", "Frete: Sedex", "Destinatário", "Cor / tamanho",
                  "Qtd", "Preço", "R$ 129,90", "R$ 1.249,50", "Itens: 3",
                  "Observação do cliente", "Devoluções", "Guarde este romaneio", "Página 1"):
        assert words in slip, (words, slip)
    for english in ("Packing slip", "Ship to", "Price", "Returns", "129.90", "BRL",
                    "2026-11-03", "Keep this slip"):
        assert english not in slip

    gift_slip = pdf_text(documents.packing_slip_pdf(order, bins, gift_slip=True))
    assert "Nota de presente" in gift_slip and "Mensagem de presente" in gift_slip
    assert "R$" not in gift_slip and "Preço" not in gift_slip

    card = pdf_text(documents.gift_card_pdf(order))
    assert "Um presente para você" in card and "Pedido BR-1042" in card
    assert "A gift for you" not in card

    label = pdf_text(documents.shipping_label_pdf(order, SHIPMENT, SHIP_FROM))
    assert "DESTINATÁRIO" in label.upper() and "REMETENTE" in label.upper()
    assert "SHIP TO" not in label.upper()
    assert "1,25 kg" in label


def test_an_admins_language_wins_over_the_country() -> None:
    order = brazilian_order()
    with documents.language("fr"):
        slip = pdf_text(documents.packing_slip_pdf(order, {}))
    assert "Bon de livraison" in slip and "Destinataire" in slip
    assert "Romaneio" not in slip
    # Money and dates follow the chosen language, in the order's country.
    assert "129,90" in slip and "03/11/2026" in slip


def test_money_keeps_its_own_currency_sign() -> None:
    assert format_money("129.9", "BRL", "pt_BR", "BR") == "R$ 129,90"
    assert format_money("24", "EUR", "lv", "LV") == "24,00 €"
    assert format_money("249", "NOK", "nb", "NO") == "kr 249,00"


def test_a_station_can_be_set_to_print_in_one_language(tmp_path) -> None:
    from packdesk.hardware.station_printer import PrinterSettings, StationPrinter

    settings = PrinterSettings.from_mapping({"slip": f"folder://{tmp_path}",
                                             "document_language": "fr"})
    printer = StationPrinter.from_settings(settings, ship_from=SHIP_FROM)
    try:
        assert printer.document_language == "fr"
    finally:
        printer.close()
    with documents.language(printer.document_language):
        card = pdf_text(documents.gift_card_pdf(brazilian_order()))
    assert "Un cadeau pour vous" in card
