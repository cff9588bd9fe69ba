"""Sentences the services hand to the screens: English text plus what it was made from.

A service says ``say("no product has the barcode {code}", code=raw)``: the value is
a ``str`` (the English sentence, for logs, the command line and the simulator) that also
carries its template and values, so the window shows it in the packer's language
(``packdesk.ui.words.said``). ``scripts/translations.py`` makes ``pyside6-lupdate`` read
``say("...")`` calls like ``QT_TR_NOOP``; their words are translated in the ``verdict``
context beside the verdicts' own.
"""

from __future__ import annotations

from typing import Any


class Say(str):
    """An English sentence that remembers its template and the values filled into it."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Say:
        sentence = super().__new__(cls, template.format(**values) if values else template)
        sentence.template = template
        sentence.values = values
        return sentence

    def __reduce__(self) -> tuple[Any, ...]:  # pickled across processes whole
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, Any]) -> Say:
    return Say(template, **values)


def say(template: str, **values: Any) -> Say:
    """The sentence ``template`` filled with ``values`` ({name} fields), translatable later."""
    return Say(template, **values)


def sentence(error: BaseException) -> str:
    """An error's message, kept as a :class:`Say` when it was said with one."""
    if error.args and isinstance(error.args[0], Say):
        return error.args[0]
    return str(error)
