"""Messages for users that the window can show in its own language.

The core speaks Dutch: the CLI prints its messages and the phones' API returns them
as they are. So that the window can translate them too, a message is built from a
template with named placeholders::

    raise ValidationError(msg("Onbekend kwadrant {value}.", value=repr(given)), "quadrant")

``msg`` returns a :class:`Message`: a ``str`` whose value is the Dutch text (so
``str(exc)``, JSON and everything else that treats it as text see no difference),
and which keeps ``template`` and ``params``. The window renders it in the current
language (app/ui/base/messages.py: ``translate("Meldingen", template).format(**params)``).

Rules for call sites:

- The template is a string literal in the ``msg(...)`` call:
  tools/update_translations.py reads the core's sources for those calls and puts
  each template in the .ts (context ``Meldingen``); a template it cannot read stays
  Dutch in the window, and its ``--check`` (and tests/ui/test_translations.py) says so.
- Placeholders are named (``{value}``), never positional; a literal brace is doubled.
  Format what needs formatting before it becomes a param (``value=repr(x)``), so a
  translation only has to keep the ``{names}``.
- A param may itself be a Message (a label like ``msg("De titel")``): it is
  translated too. Plain strings (what users typed, ids) are shown as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CONTEXT = "Meldingen"  # the translation context of every template


class Message(str):
    """Dutch text rendered from ``template`` with ``params``; a ``str`` in every other way.

    Operations on it (``+``, f-strings, ``.strip()``) give plain strings: build a new
    Message (with this one as a param) instead, or its translation is lost."""

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        self = super().__new__(cls, template.format_map(params))
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep the template
        return (_rebuild, (self.template, dict(self.params)))


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


def msg(template: str, /, **params: Any) -> Message:
    """A user-facing message: ``template`` (a literal, Dutch) with named ``params``."""
    return Message(template, **params)


def message_of(error: BaseException) -> str:
    """The message an exception was raised with: its Message when it has one (an
    exception's ``str()`` is a plain copy), else its ``str()``."""
    args = error.args
    if len(args) == 1 and isinstance(args[0], Message):
        return args[0]
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return message
    return str(error)
