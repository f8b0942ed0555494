"""Phone numbers in one form (E.164), so "(555) 010-2000" and "+15550102000" are one person."""
from __future__ import annotations

import phonenumbers

DEFAULT_REGION = "US"


class InvalidPhone(ValueError):
    pass


def normalize(raw: str, region: str = DEFAULT_REGION) -> str:
    """Return `raw` as E.164, or raise InvalidPhone.

    "Possible" rather than "valid": 555 numbers are fictional but shaped right, and the
    demo data and tests use them.
    """
    text = (raw or "").strip()
    if not text:
        raise InvalidPhone("phone number is empty")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhone(f"not a phone number: {text!r}") from exc
    if not phonenumbers.is_possible_number(number):
        raise InvalidPhone(f"not a possible phone number: {text!r}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def try_normalize(raw: str | None) -> str | None:
    try:
        return normalize(raw or "")
    except InvalidPhone:
        return None


def masked(e164: str) -> str:
    """For staff notifications and logs: the last four digits only."""
    return f"***-***-{e164[-4:]}" if e164 else ""
