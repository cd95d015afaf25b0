from __future__ import annotations

import pytest

from simdesk.domain import settings
from simdesk.domain.phones import format_phone, normalize_mobile, normalize_phone, operator_for
from simdesk.domain.regions import canonical_region
from simdesk.errors import NotFoundError, ValidationError


@pytest.mark.parametrize(
    "raw",
    ["+998 90 123 45 67", "998901234567", "901234567", "(90) 123-45-67", "+998-90-123-45-67"],
)
def test_phone_forms_normalise(raw):
    assert normalize_phone(raw) == "+998901234567"


@pytest.mark.parametrize("raw", ["12345", "+7 912 345 67 89", "hello", "+998 90 123"])
def test_bad_phones_refused_with_how_to_write(raw):
    with pytest.raises(ValidationError) as info:
        normalize_phone(raw, field="owner_phone")
    assert "write it like +998 90 123 45 67" in info.value.message
    assert "owner_phone" in info.value.fields


@pytest.mark.parametrize(
    ("prefix", "operator"),
    [("90", "Beeline"), ("91", "Beeline"), ("93", "Ucell"), ("94", "Ucell"), ("50", "Ucell"),
     ("95", "Uzmobile"), ("99", "Uzmobile"), ("77", "Uzmobile"), ("97", "Mobiuz"),
     ("88", "Mobiuz"), ("98", "Perfectum"), ("33", "Humans")],
)
def test_operators_by_prefix(prefix, operator):
    phone = normalize_mobile(f"+998{prefix}1234567")
    assert operator_for(phone) == operator


def test_landline_is_not_a_sim_number():
    assert normalize_phone("+998 71 123 45 67") == "+998711234567"
    with pytest.raises(ValidationError, match="is not a mobile number"):
        normalize_mobile("+998 71 123 45 67")


def test_format_phone():
    assert format_phone("+998901234567") == "+998 90 123 45 67"


def test_regions_canonical_spelling():
    assert canonical_region("fargona viloyati") == "Fargʻona viloyati"
    assert canonical_region("Farg'ona  viloyati") == "Fargʻona viloyati"
    assert canonical_region("Some district") == "Some district"


def test_settings_defaults(db):
    assert settings.get("codes.verify_luhn") is True
    assert settings.get("auto_check.enabled") is False
    assert settings.get("auto_check.interval_minutes") == 30
    assert settings.get("checks.deadline_seconds") == 10.0
    assert settings.get("api.trusted_origins") == ["http://localhost:8080", "http://127.0.0.1:8080"]


def test_settings_set_from_text_and_typed(db):
    assert settings.set_value("codes.verify_luhn", "off") is False
    assert settings.get("codes.verify_luhn") is False
    assert settings.set_value("checks.concurrency", "32") == 32
    assert settings.set_value("api.trusted_origins", "http://a:1, http://b:2") == [
        "http://a:1", "http://b:2"]
    assert settings.set_value("api.trusted_origins", '["http://c:3"]') == ["http://c:3"]


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("checks.concurrency", "500", "must be between 1 and 128"),
        ("checks.concurrency", "many", "must be a whole number"),
        ("codes.verify_luhn", "maybe", "must be true or false"),
        ("status_source.kind", "soap", "must be one of: seed, http-json"),
        ("status_source.url", "ftp://x", "must be an http:// or https:// address"),
        ("api.trusted_origins", "localhost", "is not an origin"),
        ("api.main_port", 70000, "must be a port number"),
    ],
)
def test_settings_refused(db, key, value, reason):
    with pytest.raises(ValidationError) as info:
        settings.set_value(key, value)
    assert reason in info.value.message
    assert key in info.value.fields


def test_settings_all_or_nothing(db):
    with pytest.raises(ValidationError):
        settings.set_many({"checks.concurrency": 4, "checks.deadline_seconds": -1})
    assert settings.get("checks.concurrency") == 16


def test_unknown_setting(db):
    with pytest.raises(NotFoundError, match="Unknown setting 'nope'"):
        settings.get("nope")


def test_secret_settings_hidden(db):
    settings.set_value("notify.webhook_url", "https://hooks.example/abc")
    assert settings.get_all(include_secrets=False)["notify.webhook_url"] == "***"
    assert settings.get_all()["notify.webhook_url"] == "https://hooks.example/abc"
