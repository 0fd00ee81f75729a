"""Secrets at rest: every token we keep is encrypted with MultiFernet from ENCRYPTION_KEYS.

The first key encrypts, all of them decrypt, so keys can be rotated without losing data.
With no keys configured (a local trial), a key is generated once into a file beside the
database so that nothing is ever stored in clear.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot.settings import Settings

LOCAL_KEY_FILE = ".nudgebird.key"


class Vault:
    def __init__(self, keys: list[str]) -> None:
        if not keys:
            raise ValueError("at least one encryption key is needed")
        self._keys = keys
        self._fernet = MultiFernet([Fernet(k.encode()) for k in keys])

    @classmethod
    def from_settings(cls, settings: Settings, key_dir: Path | None = None) -> Vault:
        keys = settings.key_list()
        return cls(keys or [_local_key(key_dir or Path.cwd())])

    def encrypt(self, plain: str) -> str:
        return self._fernet.encrypt(plain.encode()).decode()

    def decrypt(self, token: str) -> str:
        """Raises InvalidToken when no key can read it."""
        return self._fernet.decrypt(token.encode()).decode()

    def rotate(self, token: str) -> str:
        """Re-encrypts with the first key."""
        return self._fernet.rotate(token.encode()).decode()

    def derive(self, purpose: str) -> str:
        """A stable secret for one purpose (a webhook secret, say), derived from the first key."""
        return hashlib.sha256(f"{purpose}:{self._keys[0]}".encode()).hexdigest()[:48]


def _local_key(folder: Path) -> str:
    path = folder / LOCAL_KEY_FILE
    if path.exists():
        return path.read_text().strip()
    key = Fernet.generate_key().decode()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(key)
    return key


__all__ = ["InvalidToken", "Vault"]
