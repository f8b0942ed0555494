"""Everything the assistant says to people, by message id and language.

One YAML file per language in bot/messages/ (`en.yml`, `es.yml`): adding a language is
adding a file with every id of `en.yml` (tests/test_catalogue.py fails on a missing id or
a placeholder that differs). Placeholders are `str.format` fields: `{name}`. What staff
read (the console, notifications) stays English and is not here.
"""
from __future__ import annotations

import datetime as dt
import re
import functools
import string
from pathlib import Path

import yaml
from babel.dates import format_date, format_time

MESSAGES_DIR = Path(__file__).resolve().parent / "messages"
DEFAULT = "en"
# "a las 4:16 a. m.." : a time that ends in a point, before the sentence's own point
_DOUBLE_POINT = re.compile(r"(\b[ap]\.\s?m\.)\.")


@functools.lru_cache(maxsize=None)
def _messages(language: str) -> dict[str, str]:
    path = MESSAGES_DIR / f"{language}.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(key): str(value) for key, value in data.items()}


@functools.lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """The languages the assistant speaks: one file each, English first."""
    found = sorted(p.stem for p in MESSAGES_DIR.glob("*.yml"))
    return tuple([DEFAULT] + [code for code in found if code != DEFAULT])


def normalize(code: str | None) -> str:
    """A language code as the catalogue knows it ("es-MX" -> "es"); English when unknown."""
    base = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return base if base in languages() else DEFAULT


def say(key: str, language: str | None = DEFAULT, **params: object) -> str:
    """The text for `key` in `language`, placeholders filled."""
    text = _messages(normalize(language)).get(key)
    if text is None:
        text = _messages(DEFAULT)[key]  # KeyError for an unknown id: a bug, found by the tests
    if not params:
        return text
    return _DOUBLE_POINT.sub(r"\1", text.format(**params))


def has(key: str) -> bool:
    return key in _messages(DEFAULT)


def keys(language: str = DEFAULT) -> set[str]:
    return set(_messages(language))


def placeholders(key: str, language: str = DEFAULT) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(_messages(language)[key]) if field}


# --- dates and times, the way each language writes them ----------------------------------


def clock_time(moment: dt.datetime, zone, language: str | None = DEFAULT) -> str:
    """ "10:15 AM" / "10:15 a. m.": the local time of `moment`."""
    # CLDR puts a narrow no-break space in "a. m.": a plain one keeps an SMS in fewer segments
    return format_time(moment.astimezone(zone), "h:mm a", locale=normalize(language)).replace("\u202f", " ").replace("\xa0", " ")


def weekday(moment: dt.datetime, zone, language: str | None = DEFAULT) -> str:
    """ "Sunday" / "domingo"."""
    return format_date(moment.astimezone(zone).date(), "EEEE", locale=normalize(language))


def short_date(moment: dt.datetime, zone, language: str | None = DEFAULT) -> str:
    """ "Tue Dec 15" / "mar 15 dic"."""
    pattern = say("short_date_pattern", language)
    return format_date(moment.astimezone(zone).date(), pattern, locale=normalize(language))


def is_any(key: str, text: str) -> bool:
    """Whether `text` is message `key` in some language (a reply recognised by its id)."""
    return any(text == _messages(code).get(key) for code in languages())
