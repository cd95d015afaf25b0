"""Property tests (hypothesis): code normalisation, the check digit, ranges and file parsing
hold for any input, not only the examples the other tests picked."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simdesk.domain.codes import (
    code_problem,
    expand_range,
    is_ascii_number,
    luhn_check_digit,
    luhn_valid,
    normalize_code,
)
from simdesk.domain.fileparse import parse_text, read_code_file
from simdesk.errors import ValidationError

PROPERTY = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

digits = st.text(alphabet="0123456789", min_size=1, max_size=30)
bodies = st.integers(min_value=0, max_value=10**11 - 1).map(lambda n: f"8999801{n:011d}")


def valid(body: str) -> str:
    return body + luhn_check_digit(body)


@PROPERTY
@given(st.text(max_size=40))
def test_normalising_is_idempotent_and_keeps_only_what_it_must(raw: str) -> None:
    once = normalize_code(raw)
    assert normalize_code(once) == once
    assert " " not in once and "-" not in once
    # Only blanks and dashes go; every digit stays, in order.
    assert [c for c in raw if c.isascii() and c.isdigit()] == \
        [c for c in once if c.isascii() and c.isdigit()]


@PROPERTY
@given(digits)
def test_the_check_digit_makes_any_number_valid_and_a_typo_breaks_it(body: str) -> None:
    code = valid(body)
    assert luhn_valid(code)
    last = int(code[-1])
    assert not luhn_valid(code[:-1] + str((last + 1) % 10))


@PROPERTY
@given(st.text(max_size=25))
def test_any_text_is_either_a_valid_code_or_has_a_reason(raw: str) -> None:
    code = normalize_code(raw)
    problem = code_problem(code)
    if problem is None:
        assert is_ascii_number(code) and len(code) in (19, 20) and code.startswith("89")
        assert luhn_valid(code)
    else:
        assert isinstance(problem, str) and problem


@PROPERTY
@given(bodies, st.integers(min_value=1, max_value=300))
def test_a_range_has_count_consecutive_valid_codes_and_first_last_agree(
        body: str, count: int) -> None:
    first = valid(body)
    codes = expand_range(first, count=count)
    assert len(codes) == count == len(set(codes))
    assert codes[0] == first
    assert all(luhn_valid(c) and len(c) == len(first) for c in codes)
    assert [int(c[:-1]) for c in codes] == list(range(int(body), int(body) + count))
    assert expand_range(first, last=codes[-1]) == codes


@PROPERTY
@given(bodies, st.integers(min_value=100_001, max_value=10**9))
def test_a_range_beyond_the_cap_is_refused_not_built(body: str, count: int) -> None:
    with pytest.raises(ValidationError, match="at most 100000"):
        expand_range(valid(body), count=count)


@PROPERTY
@given(st.lists(bodies, min_size=1, max_size=40, unique=True),
       st.sampled_from(["\n", "\r\n"]),
       st.lists(st.sampled_from(["", "   ", "\t"]), max_size=5))
def test_pasted_lists_give_back_every_code_in_order(codes_bodies: list[str], newline: str,
                                                     noise: list[str]) -> None:
    codes = [valid(b) for b in codes_bodies]
    lines = [f"  {c}  " for c in codes]
    for n, blank in enumerate(noise):  # blank lines anywhere
        lines.insert((n * 7) % (len(lines) + 1), blank)
    parsed = parse_text(newline.join(lines))
    found = [normalize_code(r.code) for r in parsed.rows if normalize_code(r.code) in codes]
    assert found == codes


@PROPERTY
@given(st.lists(st.tuples(bodies, st.integers(min_value=0, max_value=9_999_999)),
                min_size=1, max_size=30, unique_by=lambda t: t[0]),
       st.sampled_from([",", ";", "\t", "|"]),
       st.booleans())
def test_csv_files_give_back_codes_and_phones(tmp_path_factory: pytest.TempPathFactory,
                                              rows: list[tuple[str, int]], delimiter: str,
                                              header: bool) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    if header:
        writer.writerow(["iccid", "phone"])
    expected = []
    for body, number in rows:
        code, phone = valid(body), f"+99890{number:07d}"
        writer.writerow([code, phone])
        expected.append((code, phone))
    path: Path = tmp_path_factory.mktemp("csv") / "pack.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    parsed = read_code_file(path)
    assert [(normalize_code(r.code), r.phone) for r in parsed.rows] == expected
