from __future__ import annotations

import random

import pytest

from simdesk.domain.codes import (
    code_problem,
    code_problems,
    expand_range,
    luhn_check_digit,
    luhn_check_digits,
    luhn_failures,
    luhn_valid,
    normalize_code,
    normalize_codes,
    validate_code,
)
from simdesk.errors import ValidationError

BODY = "899980100000000001"  # 18 digits
GOOD = BODY + luhn_check_digit(BODY)


def reference_luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def test_known_luhn_numbers():
    assert luhn_valid("79927398713")
    assert not luhn_valid("79927398710")
    assert luhn_check_digit("7992739871") == "3"


@pytest.mark.parametrize(
    "body", ["89998010000000000", "8999801234567890123", "8900000000000000000"]
)
def test_check_digit_agrees_with_reference(body):
    full = body + luhn_check_digit(body)
    assert reference_luhn(full)
    assert luhn_valid(full)
    wrong = full[:-1] + str((int(full[-1]) + 1) % 10)
    assert not luhn_valid(wrong)


def test_normalize_drops_spaces_and_dashes():
    assert normalize_code(" 8999 8010-0000\u00a00000 01–" + GOOD[-1] + " ") == GOOD


def test_validate_accepts_19_and_20_digits():
    assert validate_code(GOOD) == GOOD
    body20 = "8999801000000000001"
    assert validate_code(body20 + luhn_check_digit(body20)) == body20 + luhn_check_digit(body20)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "the code is empty"),
        ("   ", "the code is empty"),
        ("89998O1000000000019", "contains characters other than digits ('O')"),
        ("8999801000000001", "has 16 digits; an ICCID has 19 or 20"),
        ("899980100000000000123", "has 21 digits; an ICCID has 19 or 20"),
        ("7999801000000000018", "does not start with 89, as every ICCID does"),
    ],
)
def test_rejections_name_code_and_reason(raw, reason):
    with pytest.raises(ValidationError) as info:
        validate_code(raw)
    assert reason in info.value.message
    assert repr(raw.strip()) in info.value.message
    assert info.value.fields["code"].startswith(reason.split(" (")[0][:20])
    assert info.value.code == "invalid_code"


def test_wrong_check_digit_says_which_digit_is_expected():
    wrong = GOOD[:-1] + str((int(GOOD[-1]) + 1) % 10)
    problem = code_problem(wrong)
    assert problem is not None
    assert f"the last digit should be {GOOD[-1]}, not {wrong[-1]}" in problem
    assert "codes.verify_luhn" in problem
    assert code_problem(wrong, verify_luhn=False) is None


def test_range_by_count_recomputes_check_digits():
    codes = expand_range(GOOD, count=12)
    assert len(codes) == 12
    assert codes[0] == GOOD
    assert all(luhn_valid(c) for c in codes)
    assert [int(c[:-1]) for c in codes] == list(range(int(BODY), int(BODY) + 12))
    assert len(set(codes)) == 12


def test_range_first_to_last_inclusive():
    last_body = str(int(BODY) + 9)
    last = last_body + luhn_check_digit(last_body)
    codes = expand_range(GOOD, last=last)
    assert len(codes) == 10
    assert codes[-1] == last


def test_range_without_luhn_counts_whole_number():
    codes = expand_range("8999801000000000010", count=3, verify_luhn=False)
    assert codes == ["8999801000000000010", "8999801000000000011", "8999801000000000012"]


def test_range_keeps_leading_zero_width():
    body = "890000000000000009"
    codes = expand_range(body + luhn_check_digit(body), count=2)
    assert [len(c) for c in codes] == [19, 19]
    assert codes[1].startswith("890000000000000010")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "Give either a count or a last code"),
        ({"count": 2, "last": GOOD}, "Give either a count or a last code"),
        ({"count": 0}, "The count must be at least 1 (got 0)"),
        ({"count": 100_001}, "The range holds 100001 codes; at most 100000"),
    ],
)
def test_range_errors(kwargs, message):
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        expand_range(GOOD, **kwargs)


def test_range_reversed_and_length_mismatch():
    earlier_body = str(int(BODY) - 5)
    earlier = earlier_body + luhn_check_digit(earlier_body)
    with pytest.raises(ValidationError, match="comes before the first code"):
        expand_range(GOOD, last=earlier)
    body20 = "8999801000000000001"
    with pytest.raises(ValidationError, match="has 20 digits but the first has 19"):
        expand_range(GOOD, last=body20 + luhn_check_digit(body20))


def test_range_overflow_refused():
    body = "899999999999999999"
    with pytest.raises(ValidationError, match="runs past the last 19-digit ICCID"):
        expand_range(body + luhn_check_digit(body), count=5)


def test_range_invalid_first_code_names_field():
    with pytest.raises(ValidationError) as info:
        expand_range("123", count=2)
    assert "first" in info.value.fields


# ------------------------------------------------------------ batches (issue 12)


def random_numbers(count: int, seed: int) -> list[str]:
    """Digit strings of every length from 0 to 40 (past the 28 digits a Luhn sum of the
    column-wise check still fits in one byte), most of them ICCID-long."""
    rnd = random.Random(seed)
    widths = [*range(41), 19, 19, 19, 20, 20]
    numbers = ["".join(rnd.choices("0123456789", k=rnd.choice(widths))) for _ in range(count)]
    # The largest sums: all nines, up to and past the widths whose sum fits in a byte.
    return numbers + ["9" * width for width in range(1, 41)] + ["8" * 40, "0" * 19]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_table_driven_luhn_equals_the_reference_on_random_numbers(seed):
    numbers = random_numbers(5000, seed)
    expected = [n for n, number in enumerate(numbers) if not reference_luhn(number)]
    assert luhn_failures(numbers) == expected
    assert [n for n, number in enumerate(numbers) if not luhn_valid(number)] == expected
    same_width = [number for number in numbers if len(number) == 19]
    assert luhn_failures(same_width) == [n for n, number in enumerate(same_width)
                                         if not reference_luhn(number)]
    full = luhn_check_digits(numbers)
    assert [code[:-1] for code in full] == numbers
    assert all(reference_luhn(code) for code in full)
    assert [code[-1] for code in full] == [luhn_check_digit(number) for number in numbers]


def test_table_driven_luhn_catches_the_known_bad_cases():
    body20 = "8999801000000000001"
    good = ["79927398713", GOOD, body20 + luhn_check_digit(body20), *pack_of(50)]
    assert luhn_failures(good) == []
    bad: list[str] = ["79927398710"]
    for code in good:
        last = code[-1]
        bad += [code[:-1] + d for d in "0123456789" if d != last]  # every wrong check digit
        bad += [code[:5] + str((int(code[5]) + 1) % 10) + code[6:]]  # one digit mistyped
        # Two neighbours swapped: Luhn sees every swap but 09 <-> 90.
        for at in range(len(code) - 1):
            pair = code[at : at + 2]
            if pair[0] != pair[1] and pair not in ("09", "90"):
                bad.append(code[:at] + pair[::-1] + code[at + 2 :])
    assert not any(reference_luhn(code) for code in bad)
    assert luhn_failures(bad) == list(range(len(bad)))
    assert luhn_failures([*good, *bad]) == list(range(len(good), len(good) + len(bad)))


def pack_of(count: int) -> list[str]:
    return expand_range(GOOD, count=count)


def test_range_check_digits_equal_one_by_one():
    codes = expand_range(GOOD, count=3000)
    assert codes == [str(int(BODY) + n) + luhn_check_digit(str(int(BODY) + n))
                     for n in range(3000)]
    assert all(reference_luhn(code) for code in codes)


def odd_codes() -> list[str]:
    """Good codes of both lengths and every kind of bad one, as code_problem sees them."""
    body20 = "8999801000000000001"
    wrong = GOOD[:-1] + str((int(GOOD[-1]) + 1) % 10)
    return [GOOD, body20 + luhn_check_digit(body20), wrong, "", "89ab", "8.99980100001E+19",
            "8999801000000001", "899980100000000000123", "7999801000000000018",
            "８９９９８０１００００００００００１９", "89998O1000000000019", *pack_of(20),
            wrong[:-1] + "x"]


@pytest.mark.parametrize("verify", [True, False])
def test_code_problems_equal_code_problem_for_each(verify):
    codes = odd_codes()
    expected = {n: problem for n, code in enumerate(codes)
                if (problem := code_problem(code, verify_luhn=verify)) is not None}
    found = code_problems(codes, verify_luhn=verify)
    assert found == expected
    assert list(found) == sorted(found)
    assert [p.code for p in found.values()] == [p.code for p in expected.values()]
    assert [p.params for p in found.values()] == [p.params for p in expected.values()]


@pytest.mark.parametrize("codes", [
    pack_of(300),  # the batch path: every code good, one length
    [*pack_of(300), "8999801000000000001" + luhn_check_digit("8999801000000000001")],
    [*pack_of(299), "8" + pack_of(1)[0][1:].replace("9", "8", 1)],  # one bad prefix
    [*pack_of(299), "9" + pack_of(1)[0][1:]],
    [],
])
def test_code_problems_batch_paths(codes):
    expected = {n: problem for n, code in enumerate(codes)
                if (problem := code_problem(code)) is not None}
    assert code_problems(codes) == expected


def test_normalize_codes_equals_normalize_code_for_each():
    raws = [*pack_of(5), " 8999 8010-0000\u00a00000 01–" + GOOD[-1] + " ", "", "89\u200b1",
            "12", "٣٣"]
    assert normalize_codes(raws) == [normalize_code(raw) for raw in raws]
    plain = pack_of(5)
    assert normalize_codes(plain) == plain
