"""PKCE (RFC 7636) and OAuth state values for X's OAuth 2.0 sign-in."""

from __future__ import annotations

import base64
import hashlib
import secrets


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def new_verifier() -> str:
    """A fresh code verifier: 43 characters of base64url (32 random bytes), within RFC 7636's 43..128."""
    return _b64url(secrets.token_bytes(32))


def challenge(verifier: str) -> str:
    """The S256 code challenge for a verifier: base64url(sha256(verifier)), no padding."""
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def new_state() -> str:
    """An unguessable value tying the redirect back to the sign-in that started it."""
    return secrets.token_urlsafe(24)
