"""The words, dates, money and weights of a printed document, in the order's language.

A packer in Riga packs for a customer in São Paulo: the screen speaks Latvian, the slip
Portuguese. :func:`document_language` picks the order's language (an admin's override,
else the ship-to country); :func:`caption` looks a document word up in that language's
compiled translation (context ``documents`` of the ``.ts`` files, so the same
completeness test covers it); :func:`format_date`, :func:`format_money` and
:func:`format_weight` write figures the way that country does (Qt's ``QLocale``).
"""

from __future__ import annotations

import functools
import threading
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTranslator

from packdesk.domain.countries import COUNTRY_LANGUAGES, country_language
from packdesk.i18n import SOURCE_LANGUAGE, normalize, qm_folder, qm_name

__all__ = ["COUNTRY_LANGUAGES", "caption", "document_language", "format_date", "format_money",
           "format_weight"]

# Money in another country's currency keeps its usual sign; unknown ones show the ISO code.
_SYMBOLS = {"EUR": "€", "BRL": "R$", "USD": "$", "GBP": "£", "NOK": "kr", "RUB": "₽",
            "CHF": "CHF ", "SEK": "kr", "DKK": "kr"}

_lock = threading.Lock()


def document_language(country: str, override: str | None = None) -> str:
    """The admin's override when packdesk has it, else the ship-to country's language."""
    return country_language(country, normalize(override))


@functools.cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(str(qm_folder() / qm_name(language))) else None


def caption(text: str, language: str) -> str:
    """The document word ``text`` (English source) in ``language``."""
    if language == SOURCE_LANGUAGE:
        return text
    with _lock:
        translator = _translator(language)
        found = translator.translate("documents", text) if translator is not None else ""
    return found or text


def _locale(language: str, country: str = "") -> QLocale:
    if country and language != SOURCE_LANGUAGE:
        base = language.split("_")[0]
        locale = QLocale(f"{base}_{country.upper()}")
        if locale.language() == QLocale(base).language():
            return locale
    return QLocale(language)


def format_date(value: date | datetime, language: str, country: str = "") -> str:
    """The date as that country writes it in short (27/11/2026, 27.11.2026, 11/27/26)."""
    day = QDate(value.year, value.month, value.day)
    return _locale(language, country).toString(day, QLocale.FormatType.ShortFormat)


def format_money(amount: Decimal | float | str, currency: str, language: str,
                 country: str = "") -> str:
    """``amount`` of ``currency`` (ISO code) as that country writes money (R$ 12,50)."""
    locale = _locale(language, country)
    value = float(Decimal(str(amount)))
    symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    if currency and currency.upper() != locale.currencySymbol(
            QLocale.CurrencySymbolFormat.CurrencyIsoCode):
        symbol = _SYMBOLS.get(currency.upper(), currency.upper() + " ")
    # Qt separates sign and amount with a no-break space, which the document fonts' run
    # splitting drops: a plain space prints.
    return locale.toCurrencyString(value, symbol).replace("\u00a0", " ").replace("  ", " ")


def format_weight(grams: int, language: str, country: str = "") -> str:
    """Kilograms with two decimals, the locale's decimal sign (1,25 kg)."""
    return f"{_locale(language, country).toString(grams / 1000, 'f', 2)} kg"
