"""The core's messages: Dutch text as before, with the template kept for the window."""

from __future__ import annotations

import copy
import pickle

import pytest

from app.domain import rules
from app.domain.errors import ValidationError
from app.domain.messages import Message, message_of, msg


def test_a_message_is_its_dutch_text_and_keeps_its_template():
    m = msg("Onbekend kwadrant {value}.", value=repr("X"))
    assert isinstance(m, str)
    assert m == "Onbekend kwadrant 'X'."
    assert m.template == "Onbekend kwadrant {value}."
    assert m.params == {"value": "'X'"}


def test_literal_braces_are_doubled_in_the_template():
    m = msg('Zoals {{"dots": 5}}.')
    assert m == 'Zoals {"dots": 5}.'


def test_a_missing_param_is_a_bug_not_a_message():
    with pytest.raises(KeyError):
        msg("Geen {label} met id {id}.", label="cluster")


def test_copies_and_pickles_keep_the_template():
    m = msg("{label} mag niet leeg zijn.", label=msg("De titel"))
    for other in (copy.copy(m), copy.deepcopy(m), pickle.loads(pickle.dumps(m))):
        assert isinstance(other, Message)
        assert other == m == "De titel mag niet leeg zijn."
        assert other.template == m.template
        assert other.params["label"].template == "De titel"


def test_an_error_keeps_its_message_and_str_stays_dutch():
    with pytest.raises(ValidationError) as caught:
        rules.required_text("  ", msg("De titel"), "title")
    error = caught.value
    assert str(error) == "De titel mag niet leeg zijn."
    assert type(str(error)) is str  # what the CLI prints and the API returns: plain text
    found = message_of(error)
    assert isinstance(found, Message)
    assert found.template == "{label} mag niet leeg zijn."
    assert error.field == "title"


def test_message_of_a_plain_exception_is_its_text():
    assert message_of(OSError("kapot")) == "kapot"
    assert not isinstance(message_of(OSError("kapot")), Message)
