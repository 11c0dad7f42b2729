from __future__ import annotations

from pathlib import Path

import pytest

from vitaal.core import config
from vitaal.core.config import Environment, Settings, SettingsError, load_settings


def test_production_requires_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITAAL_ENV", "production")
    monkeypatch.delenv("VITAAL_SECRET_KEY", raising=False)
    with pytest.raises(SettingsError, match="VITAAL_SECRET_KEY is required"):
        load_settings()


def test_short_secret_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITAAL_SECRET_KEY", "too-short")
    with pytest.raises(SettingsError, match="at least 32 characters"):
        load_settings()


def test_sync_database_driver_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITAAL_SECRET_KEY", "s" * 40)
    monkeypatch.setenv("VITAAL_DATABASE_URL", "postgresql://localhost/vitaal")
    with pytest.raises(SettingsError, match="VITAAL_DATABASE_URL"):
        load_settings()


def test_bad_number_names_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITAAL_SECRET_KEY", "s" * 40)
    monkeypatch.setenv("VITAAL_ACCESS_TOKEN_MINUTES", "zero")
    with pytest.raises(SettingsError, match="VITAAL_ACCESS_TOKEN_MINUTES"):
        load_settings()


def test_development_secret_is_generated_once_and_kept(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(config, "VAR_DIR", tmp_path)
    monkeypatch.delenv("VITAAL_SECRET_KEY", raising=False)
    first = Settings(env=Environment.development)
    second = Settings(env=Environment.development)
    assert len(first.secret_key) >= 32
    assert first.secret_key == second.secret_key
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


def test_cors_origins_from_comma_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITAAL_SECRET_KEY", "s" * 40)
    monkeypatch.setenv("VITAAL_CORS_ORIGINS", "https://a.example, https://b.example")
    assert load_settings().cors_origins == ["https://a.example", "https://b.example"]


def test_default_database_is_sqlite_under_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITAAL_SECRET_KEY", "s" * 40)
    monkeypatch.delenv("VITAAL_DATABASE_URL", raising=False)
    settings = load_settings()
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.database_url.endswith("/var/vitaal.db")
