"""What the core says to users, in the window's language.

The headless core raises its errors with Dutch messages built by
``app.domain.messages.msg``: a ``str`` that keeps its template and params. The
window shows every such message through :func:`shown`, which looks the template up
in context ``Meldingen`` (tools/update_translations.py puts the core's templates in
the .ts) and fills in the params, themselves translated when they are messages.
Plain strings (a message the core did not build with ``msg``, an OSError's text)
are shown as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.messages import CONTEXT, Message, message_of


def shown(what: BaseException | str | None) -> str:
    """``what`` (an exception or a message) as the user should read it, in the current
    language; the Dutch text when the translation does not fit its params."""
    if what is None:
        return ""
    if isinstance(what, BaseException):
        what = message_of(what)
    if not isinstance(what, Message):
        return str(what)
    template = QCoreApplication.translate(CONTEXT, what.template)
    try:
        return template.format_map(_params(what.params))
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return str(what)


def _params(params: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: shown(value) if isinstance(value, Message) else value for key, value in params.items()
    }
