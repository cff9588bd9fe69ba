"""Tracking numbers off pre-printed labels: carrier by shape, check digit by the published rules.

Each valid number is built here from a serial with the carrier's published check-digit
algorithm (written out in this file, apart from packdesk's code); then every one-digit change
and every adjacent transposition is checked against the same algorithm.
"""

from __future__ import annotations

import pytest

from packdesk.domain.tracking import (
    InvalidTrackingNumber,
    carrier_label_number,
    check_tracking,
    require_valid,
)


def s10_digit(serial: str) -> int:  # UPU S10: weights 8 6 4 2 3 5 9 7, 11 - sum mod 11
    c = 11 - sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    return {10: 0, 11: 5}.get(c, c)


def ups_digit(body: str) -> int:  # UPS 1Z: letters (ASCII-63) mod 10, even positions doubled
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    total = sum(v * (2 if i % 2 else 1) for i, v in enumerate(values))
    return (10 - total % 10) % 10


def mod10_31(digits: str) -> int:  # USPS IMpb, FedEx Ground, GS1: 3,1 from the right
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10


def fedex12_digit(digits: str) -> int:  # FedEx Express: weights 1,3,7 from the right, mod 11, mod 10
    weights = (1, 3, 7)
    return sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(digits))) % 11 % 10


def dhl_digit(digits: str) -> int:  # DHL Express: the serial mod 7
    return int(digits) % 7


def _s10(serial: str, country: str) -> str:
    return f"RR{serial}{s10_digit(serial)}{country}"


# carrier, a builder from the payload, the payload, (first, last) mutable positions
CASES = [
    ("upu_s10", lambda p: _s10(p, "LV"), "12345678", (2, 10)),
    ("upu_s10", lambda p: _s10(p, "NO"), "70412389", (2, 10)),
    ("upu_s10", lambda p: _s10(p, "BR"), "55500123", (2, 10)),
    ("upu_s10", lambda p: _s10(p, "RU"), "80612977", (2, 10)),
    ("upu_s10", lambda p: _s10(p, "FR"), "31415926", (2, 10)),
    ("ups", lambda p: f"1Z{p}{ups_digit(p)}", "999AA1012345678", (2, 17)),
    ("ups", lambda p: f"1Z{p}{ups_digit(p)}", "4W38E3030306911", (2, 17)),
    ("usps", lambda p: p + str(mod10_31(p)), "940011189922319742849", (4, 21)),
    ("usps", lambda p: p + str(mod10_31(p)), "9205590164917312751089123", (4, 25)),
    ("fedex", lambda p: p + str(fedex12_digit(p)), "98612345678", (0, 11)),
    ("fedex", lambda p: p + str(mod10_31(p)), "02139871234567", (0, 14)),
    ("dhl_express", lambda p: p + str(dhl_digit(p)), "123456789", (0, 9)),
    ("dhl_express", lambda p: p + str(dhl_digit(p)), "402811937", (0, 9)),
    ("sscc", lambda p: p + str(mod10_31(p)), "03761234500000012", (0, 17)),
]

INDEPENDENT = {
    "upu_s10": lambda n: n[2:10].isdigit() and s10_digit(n[2:10]) == int(n[10]),
    "ups": lambda n: ups_digit(n[2:17]) == int(n[17]) if n[17].isdigit() else False,
    "usps": lambda n: mod10_31(n[:-1]) == int(n[-1]),
    "fedex": lambda n: (fedex12_digit(n[:-1]) if len(n) == 12 else mod10_31(n[:-1])) == int(n[-1]),
    "dhl_express": lambda n: dhl_digit(n[:-1]) == int(n[-1]),
    "sscc": lambda n: mod10_31(n[:-1]) == int(n[-1]),
}


@pytest.mark.parametrize(("carrier", "build", "payload", "span"), CASES)
def test_a_valid_number_is_recognised_and_accepted(carrier, build, payload, span):
    number = build(payload)
    check = check_tracking(number)
    assert (check.carrier, check.valid, check.number) == (carrier, True, number)
    if carrier == "upu_s10":
        assert check.country == number[-2:]


@pytest.mark.parametrize(("carrier", "build", "payload", "span"), CASES)
def test_one_digit_changed_or_transposed_is_judged_as_the_published_rule_does(
    carrier, build, payload, span
):
    number = build(payload)
    first, last = span
    mutants = set()
    for i in range(first, last + 1):
        if number[i].isdigit():
            for d in "0123456789":
                if d != number[i]:
                    mutants.add(number[:i] + d + number[i + 1 :])
        if i < last and number[i] != number[i + 1]:
            mutants.add(number[:i] + number[i + 1] + number[i] + number[i + 2 :])
    refused = 0
    for mutant in sorted(mutants):
        check = check_tracking(mutant)
        assert check.carrier == carrier, mutant
        assert check.valid == INDEPENDENT[carrier](mutant), mutant
        refused += not check.valid
    # a check digit catches most single errors (all of them for the mod-10 and S10 rules)
    assert refused >= 0.8 * len(mutants)
    changed_last = number[:-3] + str((int(number[-3]) + 1) % 10) + number[-2:] if carrier == "upu_s10" \
        else number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not check_tracking(changed_last).valid


def test_spaces_lower_case_and_the_sscc_application_identifier_are_accepted():
    s = "03761234500000012"
    sscc = s + str(mod10_31(s))
    assert check_tracking(f"(00){sscc}").number == sscc
    assert check_tracking(f"00{sscc}").valid
    ups = "1Z" + "999AA1012345678" + str(ups_digit("999AA1012345678"))
    spaced = " ".join(ups[i : i + 4] for i in range(0, len(ups), 4)).lower()
    assert check_tracking(spaced).number == ups
    assert check_tracking(spaced).valid


def test_a_refused_number_says_whose_it_is_meant_to_be_in_one_sentence():
    good = _s10("70412389", "NO")
    bad = good[:5] + str((int(good[5]) + 1) % 10) + good[6:]
    with pytest.raises(InvalidTrackingNumber) as refused:
        require_valid(bad)
    assert str(refused.value) == "not a valid Posten tracking number: scan the label again"
    assert require_valid(good).carrier_code == "posten"
    with pytest.raises(InvalidTrackingNumber, match="not a tracking number of a known carrier"):
        require_valid("HELLO")


def test_a_bare_scan_is_taken_for_a_carrier_label_only_when_it_cannot_be_a_product():
    good = f"RR70412389{s10_digit('70412389')}NO"
    label = carrier_label_number(good.lower())
    assert label is not None and label.valid and label.number == good
    misread = carrier_label_number(good[:5] + ("1" if good[5] == "0" else "0") + good[6:])
    assert misread is not None and not misread.valid  # a label, refused out loud
    # Product barcodes: an EAN-13 and a UPC-A whose digits a FedEx number could also have.
    assert carrier_label_number("4006381333931") is None
    assert carrier_label_number("036000291452") is None
    assert carrier_label_number("BIN:A-01-1") is None
    assert carrier_label_number("HOOD-BLK-M") is None
