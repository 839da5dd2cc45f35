"""Settings of one server run (a trust boundary: validated, no unknown keys)."""

from __future__ import annotations

import ipaddress
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from finbrief.errors import FinbriefError
from finbrief.options import DEFAULT_MAX_BYTES

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


class ServeError(FinbriefError):
    """The server cannot start as asked (an unsafe bind, a port in use)."""


def is_loopback(host: str) -> bool:
    """True for addresses that only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    db: Path
    """The library file; uploads are spooled in a folder beside it, never elsewhere."""
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    token: SecretStr | None = None
    """Bearer token for the API and sign-in for the pages; required to listen beyond loopback."""
    workers: int = Field(default=2, ge=1, le=64)
    """Worker processes that run the pipeline."""
    max_bytes: int = Field(default=DEFAULT_MAX_BYTES, ge=1)
    """Largest file accepted, as ``--max-bytes`` in the CLI."""
    max_files: int = Field(default=20, ge=1, le=1000)
    """Most files in one upload."""
    max_text_chars: int = Field(default=2_000_000, ge=1)
    """Longest pasted text accepted."""

    @property
    def data_dir(self) -> Path:
        """The folder of the library file: the only place the server writes."""
        return self.db.resolve().parent

    @property
    def upload_dir(self) -> Path:
        return self.data_dir / "uploads"

    def check_bind(self) -> None:
        if not is_loopback(self.host) and self.token is None:
            raise ServeError(
                f"refusing to listen on {self.host} without a token: anyone who can reach it could read and"
                " change the library (give --token or set FINBRIEF_TOKEN, or listen on 127.0.0.1)"
            )
        if self.token is not None and len(self.token.get_secret_value()) < 8:
            raise ServeError("the token is too short (use at least 8 characters)")
