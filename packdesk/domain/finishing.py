"""What goes in the parcel besides the items (issue 24): the slip's review and returns QR
codes, and the thank-you card. Plain Python: the admin's settings checked, links filled
in, the card's words chosen for an order.

A link template is an ``http(s)`` URL with ``{order}`` (the order number, URL-encoded)
and ``{token}`` (a short code from the order's store id, so the store's page can tell the
order is real without showing the number alone). The card's template has ``{name}``
(the customer's first name) and ``{code}`` (the admin's next-order code, may be empty).
"""

from __future__ import annotations

import base64
import enum
import hashlib
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from urllib.parse import quote

from .errors import DomainError
from .model import Order
from .say import say

CARD_LANGUAGES = ("en", "fr", "pt_BR", "ru", "nb", "lv")
MAX_TEMPLATE = 600
MAX_URL = 300
MAX_CODE = 40

# The admin edits these; each is the card's text in the order's language.
DEFAULT_CARD_TEMPLATES: dict[str, str] = {
    "en": "Dear {name},\nthank you for your order! We packed it with care and hope you "
          "enjoy it.\nYour code for your next order: {code}",
    "fr": "Chère cliente, cher client {name},\nmerci pour votre commande ! Nous l'avons "
          "préparée avec soin et espérons qu'elle vous plaira.\nVotre code pour la prochaine commande : {code}",
    "pt_BR": "Olá, {name}!\nObrigado pelo seu pedido! Embalamos tudo com carinho e "
             "esperamos que você goste.\nSeu código para o próximo pedido: {code}",
    "ru": "{name}, здравствуйте!\nСпасибо за ваш заказ! Мы бережно его упаковали и "
          "надеемся, что он вам понравится.\nВаш код на следующий заказ: {code}",
    "nb": "Hei {name}!\nTusen takk for bestillingen! Vi har pakket den med omhu og håper "
          "du blir fornøyd.\nDin kode for neste bestilling: {code}",
    "lv": "Sveiki, {name}!\nPaldies par jūsu pasūtījumu! Mēs to rūpīgi iesaiņojām un "
          "ceram, ka jums patiks.\nJūsu kods nākamajam pasūtījumam: {code}",
}


class InvalidFinishing(DomainError):
    pass


class CardWhen(enum.StrEnum):
    NEVER = "never"
    ALL = "all"
    FIRST = "first"  # the customer's first order
    ABOVE = "above"  # orders whose items come to more than ``above``


@dataclass(frozen=True)
class SlipLink:
    """A QR code on the slip: ``kind`` is ``review`` or ``returns``; ``url`` filled in."""

    kind: str
    url: str


@dataclass(frozen=True)
class ThankYouCard:
    """The card as it prints: its language and text (``{name}`` and ``{code}`` filled)."""

    language: str
    text: str


@dataclass(frozen=True)
class FinishingSettings:
    review_url: str = ""
    returns_url: str = ""
    card_when: CardWhen = CardWhen.NEVER
    card_above: str = "0"
    card_code: str = ""
    card_templates: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: object) -> FinishingSettings:
        if not isinstance(data, dict):
            return cls()
        when = str(data.get("card_when") or CardWhen.NEVER.value)
        templates = data.get("card_templates")
        return cls(
            review_url=str(data.get("review_url") or ""),
            returns_url=str(data.get("returns_url") or ""),
            card_when=CardWhen(when) if when in CardWhen.__members__.values() else CardWhen.NEVER,
            card_above=str(data.get("card_above") or "0"),
            card_code=str(data.get("card_code") or ""),
            card_templates={str(k): str(v) for k, v in templates.items()}
            if isinstance(templates, dict) else {},
        )

    def to_json(self) -> dict[str, object]:
        return {"review_url": self.review_url, "returns_url": self.returns_url,
                "card_when": self.card_when.value, "card_above": self.card_above,
                "card_code": self.card_code, "card_templates": dict(self.card_templates)}

    def template(self, language: str) -> str:
        return (self.card_templates.get(language) or DEFAULT_CARD_TEMPLATES.get(language)
                or DEFAULT_CARD_TEMPLATES["en"])


def _fields(template: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError:
        raise InvalidFinishing(say("a brace in the template is not closed")) from None


def check_link_template(template: str) -> str:
    """The template trimmed; "" is allowed (no QR code). Refused: not http(s), other fields."""
    text = template.strip()
    if not text:
        return ""
    if len(text) > MAX_URL:
        raise InvalidFinishing(say("a link has at most {count} characters", count=MAX_URL))
    if not text.lower().startswith(("https://", "http://")) or any(c.isspace() for c in text):
        raise InvalidFinishing(say("a link starts with https:// and has no spaces"))
    unknown = _fields(text) - {"order", "token"}
    if unknown:
        raise InvalidFinishing(say("a link may hold the fields order and token only, not {field}",
                                   field=sorted(unknown)[0]))
    return text


def check_card_template(template: str) -> str:
    text = template.strip()
    if len(text) > MAX_TEMPLATE:
        raise InvalidFinishing(say("a card has at most {count} characters", count=MAX_TEMPLATE))
    unknown = _fields(text) - {"name", "code"}
    if unknown:
        raise InvalidFinishing(say("a card may hold the fields name and code only, not {field}",
                                   field=sorted(unknown)[0]))
    return text


def check_settings(settings: FinishingSettings) -> FinishingSettings:
    """The settings with every field checked (the first bad one raises InvalidFinishing)."""
    try:
        above = Decimal(settings.card_above.strip().replace(",", ".") or "0")
    except InvalidOperation:
        raise InvalidFinishing(say("the amount {amount} is not a number",
                                   amount=settings.card_above)) from None
    if above < 0:
        raise InvalidFinishing(say("the amount {amount} is not a number",
                                   amount=settings.card_above))
    code = settings.card_code.strip()
    if len(code) > MAX_CODE:
        raise InvalidFinishing(say("a code has at most {count} characters", count=MAX_CODE))
    return FinishingSettings(
        review_url=check_link_template(settings.review_url),
        returns_url=check_link_template(settings.returns_url),
        card_when=settings.card_when, card_above=str(above), card_code=code,
        card_templates={lang: check_card_template(text)
                        for lang, text in settings.card_templates.items()
                        if lang in CARD_LANGUAGES and text.strip()},
    )


def order_token(order: Order) -> str:
    """A short code for the order's links: 8 letters and digits from its store identity."""
    digest = hashlib.sha256(f"{order.source}\n{order.external_id}".encode()).digest()
    return base64.b32encode(digest).decode("ascii")[:8].lower()


def fill_link(template: str, order: Order) -> str:
    return template.format(order=quote(order.number.lstrip("#"), safe=""),
                           token=order_token(order))


def slip_links(settings: FinishingSettings, order: Order) -> tuple[SlipLink, ...]:
    links = [("review", settings.review_url), ("returns", settings.returns_url)]
    return tuple(SlipLink(kind, fill_link(template, order)) for kind, template in links
                 if template)


def order_total(order: Order) -> Decimal:
    total = Decimal(0)
    for line in order.lines:
        try:
            total += Decimal(line.unit_price or "0") * line.quantity
        except InvalidOperation:
            continue
    return total


def card_wanted(settings: FinishingSettings, order: Order, *, first_order: bool) -> bool:
    when = settings.card_when
    if when is CardWhen.ALL:
        return True
    if when is CardWhen.FIRST:
        return first_order
    if when is CardWhen.ABOVE:
        return order_total(order) > Decimal(settings.card_above or "0")
    return False


def first_name(full_name: str) -> str:
    """"Анна Петрова" -> "Анна"; a name in one word is kept whole."""
    parts = full_name.split()
    return parts[0] if parts else ""


def card_text(settings: FinishingSettings, language: str, name: str) -> str:
    """The card's words for ``name`` in ``language``; without a code, the lines that
    would show it are left out."""
    lines = settings.template(language).split("\n")
    if not settings.card_code:
        lines = [line for line in lines if "{code}" not in line]
    text = "\n".join(lines).format(name=first_name(name) or "", code=settings.card_code)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())
