import pytest

from bot import phones


@pytest.mark.parametrize("raw", ["(555) 010-2000", "+15550102000", "555.010.2000", "1-555-010-2000", " 555 010 2000 "])
def test_common_us_formats_are_one_number(raw):
    assert phones.normalize(raw) == "+15550102000"


@pytest.mark.parametrize("raw", ["", "12", "call me", "+1 555 010 200000000"])
def test_non_numbers_are_rejected(raw):
    with pytest.raises(phones.InvalidPhone):
        phones.normalize(raw)


def test_masking_keeps_only_the_last_four_digits():
    assert phones.masked("+13125550142") == "***-***-0142"
