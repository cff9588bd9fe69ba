"""Hand-built orders for document and printer tests: Cyrillic, Latvian, a gift, and
addresses in Japanese, Arabic, Hebrew, Greek and Norwegian."""

from __future__ import annotations

from datetime import date, datetime

from packdesk.domain.model import Address, BinCode, Order, OrderLine, Shipment

SHIP_FROM = Address(
    name="Packdesk Demo Warehouse",
    company="Northwind Goods Ltd",
    line1="Unit 4, Riverside Park",
    city="Leeds",
    postal_code="LS10 1AB",
    country="GB",
    phone="+44 113 496 0000",
)


def cyrillic_order() -> Order:
    return Order(
        source="shopify",
        external_id="5550001",
        number="1001",
        placed_at=datetime(2024, 3, 4, 10, 30),
        ship_to=Address(
            name="Анна Кузнецова",
            line1="ул. Тверская, д. 7, кв. 12",
            city="Москва",
            postal_code="125009",
            country="RU",
            phone="+7 495 000-00-00",
        ),
        lines=[
            OrderLine(sku="TSHIRT-RED-M", quantity=2, name="Organic T-shirt",
                      attributes={"color": "Red", "size": "M"}, unit_price="19.90"),
            OrderLine(sku="MUG-BLUE", quantity=1, name="Кружка «Утро»",
                      attributes={"color": "Blue"}, unit_price="12.00"),
        ],
        customer_note="Пожалуйста, позвоните перед доставкой.",
        currency="EUR",
        shipping_method="Standard",
    )


def latvian_order() -> Order:
    return Order(
        source="woocommerce",
        external_id="88021",
        number="W-88021",
        placed_at=datetime(2024, 3, 5, 14, 0),
        ship_by=date(2024, 3, 7),
        ship_to=Address(
            name="Kārlis Ķēniņš-Bērziņš",
            company="SIA Dzintars & Ūdens",
            line1="Brīvības iela 123-45",
            city="Rīga",
            postal_code="LV-1010",
            country="LV",
        ),
        lines=[
            OrderLine(sku="SOCK-GRN-42", quantity=3, name="Wool socks",
                      attributes={"color": "Green", "size": "42"}, unit_price="8.50"),
            OrderLine(sku="BAG-TOTE", quantity=1, name="Canvas tote bag with a rather long "
                      "product name that has to wrap on the slip", unit_price="24.00"),
            OrderLine(sku="CARD-GIFT", quantity=1, name="Greeting card", unit_price="3.00"),
        ],
        customer_note="Leave with the neighbour at no. 47 if nobody is home.",
        currency="EUR",
        shipping_method="Express",
    )


def gift_order() -> Order:
    return Order(
        source="shopify",
        external_id="5550002",
        number="1002",
        placed_at=datetime(2024, 3, 6, 9, 15),
        ship_to=Address(
            name="Zoë O'Brien",
            line1="12 Harbour Street",
            line2="Flat 3",
            city="Cork",
            postal_code="T12 X8Y2",
            country="IE",
        ),
        lines=[
            OrderLine(sku="CANDLE-LAV", quantity=1, name="Lavender candle",
                      attributes={"size": "Large"}, unit_price="29.00"),
            OrderLine(sku="TEA-EARL", quantity=2, name="Earl Grey tea tin", unit_price="9.50"),
        ],
        gift=True,
        gift_message="Happy birthday, Zoë! Thirty looks good on you. Lots of love from "
                     "Mum & Dad — and Rex says woof.",
        currency="EUR",
    )


def japanese_order() -> Order:
    return Order(
        source="shopify",
        external_id="5550003",
        number="JP-2001",
        placed_at=datetime(2024, 3, 7, 8, 0),
        ship_to=Address(
            name="山田 太郎",
            company="株式会社サンプル商事",
            line1="神南一丁目19-11 パークウェースクエア2 4階",
            city="渋谷区",
            region="東京都",
            postal_code="150-0041",
            country="JP",
        ),
        lines=[
            OrderLine(sku="TEA-MATCHA", quantity=2, name="抹茶 缶入り",
                      attributes={"size": "大"}, unit_price="1200"),
            OrderLine(sku="MUG-BLUE", quantity=1, name="Mug", attributes={"color": "青"},
                      unit_price="900"),
        ],
        customer_note="置き配でお願いします。宅配ボックスに入れてください。",
        gift=True,
        gift_message="お誕生日おめでとう！素敵な一年になりますように。",
        currency="JPY",
        shipping_method="Express",
    )


def arabic_order() -> Order:
    return Order(
        source="woocommerce",
        external_id="77001",
        number="AR-3001",
        placed_at=datetime(2024, 3, 8, 11, 0),
        ship_to=Address(
            name="محمد بن عبد الله العتيبي",
            line1="شارع الملك فهد 4321، حي العليا",
            line2="الطابق 3، شقة 12",
            city="الرياض",
            postal_code="12214",
            country="SA",
        ),
        lines=[
            OrderLine(sku="DATES-BOX", quantity=1, name="تمر سكري فاخر",
                      attributes={"size": "1 كغ"}, unit_price="85.00"),
        ],
        customer_note="يرجى الاتصال قبل التوصيل.",
        currency="SAR",
        shipping_method="Standard",
    )


def hebrew_order() -> Order:
    return Order(
        source="shopify",
        external_id="5550004",
        number="IL-4001",
        placed_at=datetime(2024, 3, 9, 12, 0),
        ship_to=Address(
            name="דוד כהן",
            line1="רחוב הרצל 25, דירה 4",
            city="תל אביב-יפו",
            postal_code="6100000",
            country="IL",
        ),
        lines=[OrderLine(sku="CANDLE-LAV", quantity=1, name="נר לבנדר", unit_price="99.00")],
        currency="ILS",
        shipping_method="Express",
    )


def greek_norwegian_order() -> Order:
    return Order(
        source="shopify",
        external_id="5550005",
        number="1005",
        placed_at=datetime(2024, 3, 10, 9, 0),
        ship_to=Address(
            name="Γιώργος Παπαδόπουλος",
            company="Øyvind Hågensen AS",
            line1="Λεωφόρος Βασιλίσσης Σοφίας 12",
            city="Αθήνα",
            postal_code="106 74",
            country="GR",
        ),
        lines=[OrderLine(sku="SOCK-GRN-42", quantity=1, name="Ullsokker – grønn",
                         attributes={"color": "Grønn", "size": "42"}, unit_price="8.50")],
        currency="EUR",
        shipping_method="Standard",
    )


def all_orders() -> list[Order]:
    return [cyrillic_order(), latvian_order(), gift_order()]


def world_orders() -> list[Order]:
    """Addresses in the scripts beyond Latin and Cyrillic that the documents must print."""
    return [japanese_order(), arabic_order(), hebrew_order(), greek_norwegian_order()]


def shipment_for(order: Order) -> Shipment:
    carriers = {
        "1001": Shipment(carrier="DHL", service="Parcel International",
                         tracking_number="JD014600006281230971", weight_g=1250),
        "W-88021": Shipment(carrier="UPS", service="Express Saver",
                            tracking_number="1Z999AA10123456784", weight_g=2480),
        "1002": Shipment(carrier="USPS", service="Priority Mail",
                         tracking_number="9400111899223197428490", weight_g=730),
        "JP-2001": Shipment(carrier="DHL", service="Express Worldwide",
                            tracking_number="JD014600006281239999", weight_g=900),
        "AR-3001": Shipment(carrier="Aramex", service="Priority Parcel",
                            tracking_number="35112233445", weight_g=1100),
        "IL-4001": Shipment(carrier="UPS", service="Express Saver",
                            tracking_number="1Z999AA10123456792", weight_g=400),
        "1005": Shipment(carrier="DHL", service="Parcel Connect",
                         tracking_number="JD014600006281235555", weight_g=300),
    }
    return carriers[order.number]


def bins_by_sku(order: Order) -> dict[str, str]:
    return {line.sku: str(BinCode("A", 3 + i, 2, "B")) for i, line in enumerate(order.lines)}


DEMO_BINS = [BinCode.parse(code) for code in
             ("A-01-1-A", "A-01-2-B", "A-03-2-B", "B-12-4-C", "C-101-1-10", "Z-07-3-D", "AB-02-1-A")]
