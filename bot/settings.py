"""All configuration, read once from the environment and a `.env` file."""

from __future__ import annotations

import base64
import binascii
from functools import cached_property

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

LANGUAGES = ("en", "it", "fr", "es")

_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", frozen=True)

    database_url: str = "sqlite+aiosqlite:///nudgebird.db"
    public_url: str = "http://127.0.0.1:8080"
    port: int = Field(default=8080, ge=1, le=65535)
    default_language: str = "en"
    encryption_keys: SecretStr | None = None

    telegram_bot_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_webhook_secret: SecretStr | None = None

    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_client_id: str | None = None
    slack_client_secret: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"

    x_client_id: str | None = None
    x_client_secret: SecretStr | None = None
    x_api_url: str = "https://api.x.com"
    x_authorize_url: str = "https://x.com/i/oauth2/authorize"

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise ValueError("not a database URL (expected sqlite:///file.db or postgresql://…)") from exc
        driver = _DRIVERS.get(url.drivername)
        if driver is None:
            raise ValueError(f"unsupported database '{url.drivername}' (use sqlite or postgresql)")
        return url.set(drivername=driver).render_as_string(hide_password=False)

    @field_validator("default_language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language '{value}' (choose one of {', '.join(LANGUAGES)})")
        return value

    @field_validator("encryption_keys")
    @classmethod
    def _fernet_keys(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        for key in value.get_secret_value().split(","):
            try:
                raw = base64.urlsafe_b64decode(key.strip().encode())
            except (binascii.Error, ValueError) as exc:
                raise ValueError("each key must be a Fernet key (32 url-safe base64 bytes)") from exc
            if len(raw) != 32:
                raise ValueError("each key must be a Fernet key (32 url-safe base64 bytes)")
        return value

    @field_validator("public_url", "telegram_api_url", "slack_api_url", "x_api_url", "x_authorize_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @cached_property
    def database(self) -> URL:
        return make_url(self.database_url)

    @property
    def is_sqlite(self) -> bool:
        return self.database.get_backend_name() == "sqlite"

    @property
    def x_configured(self) -> bool:
        return bool(self.x_client_id and self.x_client_secret)

    def key_list(self) -> list[str]:
        if self.encryption_keys is None:
            return []
        return [k.strip() for k in self.encryption_keys.get_secret_value().split(",") if k.strip()]
