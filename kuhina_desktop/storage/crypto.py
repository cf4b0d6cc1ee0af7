"""Field-level encryption of the henkilötunnus and health data. No SQL, no Qt.

Design (issue 9, point 8):
- The password is stretched with scrypt (stdlib hashlib, n=2**15, r=8, p=1: about 0.1 s and
  32 MiB, so each guess is slow; no extra native package to ship for Windows or PyInstaller,
  which Argon2id would need). The parameters are stored with the salt so they can grow later.
- The password key only wraps a random 256-bit data key (AES-256-GCM). Changing the password
  re-wraps that key; no protected value has to be rewritten.
- Two sub-keys come from the data key (HMAC-SHA256 with fixed labels): one for AES-256-GCM of
  the values, one for the blind index that lets the file look a code up without decrypting.
- Each value has its own random 12-byte nonce; the associated data names table, column and row,
  so a ciphertext copied to another row or column does not decrypt.
"""

from __future__ import annotations

import base64
import json
import os
from typing import NamedTuple

PREFIX = "enc1:"
# Stored documents (BLOBs) start with this instead: no PDF or image starts with a NUL byte.
BLOB_PREFIX = b"\x00kuhina-enc1:"
KDF_DEFAULTS = {"kdf": "scrypt", "n": 2**15, "r": 8, "p": 1}
_VERIFIER_TEXT = b"kuhina-protection-verifier-v1"
_WRAP_AAD = b"kuhina/data-key/v1"
_NONCE_BYTES = 12


class WrongKey(Exception):
    """The password (or a stored value) does not fit: authentication failed."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_key(password: str, salt: bytes, params: dict) -> bytes:
    if params.get("kdf") != "scrypt":
        raise WrongKey(f"unknown key derivation {params.get('kdf')!r}")
    import hashlib  # hashlib and hmac load OpenSSL: only when a protected file is used

    n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
    # maxmem must cover 128·n·r bytes (32 MiB at the defaults) plus some slack.
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * n * r + 1024 * 1024, dklen=32)


def _aesgcm(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # loaded only when needed

    return AESGCM(key)


def _seal(key: bytes, plain: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(_NONCE_BYTES)
    return nonce + _aesgcm(key).encrypt(nonce, plain, aad)


def _open(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag

    try:
        return _aesgcm(key).decrypt(sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:], aad)
    except (InvalidTag, ValueError) as exc:
        raise WrongKey("authentication failed") from exc


class KeyHeader(NamedTuple):  # not a dataclass: one costs a millisecond at start-up
    """What the file keeps about its key: never the key or the password themselves."""

    params: dict
    salt: bytes
    wrapped_key: bytes
    verifier: bytes

    def to_json(self) -> dict:
        return {**self.params, "salt": _b64(self.salt), "wrapped_key": _b64(self.wrapped_key),
                "verifier": _b64(self.verifier)}

    @classmethod
    def from_json(cls, stored: dict) -> KeyHeader:
        params = {k: v for k, v in stored.items() if k in KDF_DEFAULTS}
        return cls(params, _unb64(stored["salt"]), _unb64(stored["wrapped_key"]),
                   _unb64(stored["verifier"]))


class FieldCipher:
    """The unlocked data key, held in memory only, with what it is used for."""

    def __init__(self, data_key: bytes) -> None:
        import hmac

        self.data_key = data_key
        self._value_key = hmac.digest(data_key, b"kuhina/values/v1", "sha256")
        self._index_key = hmac.digest(data_key, b"kuhina/blind-index/v1", "sha256")

    # ----- values -------------------------------------------------------------------------------
    def encrypt(self, text: str, aad: str) -> str:
        return PREFIX + _b64(_seal(self._value_key, text.encode("utf-8"), aad.encode("utf-8")))

    def decrypt(self, stored: str, aad: str) -> str:
        if not is_encrypted(stored):
            return stored  # plaintext placeholders (erased persons) stay readable as they are
        sealed = _unb64(stored[len(PREFIX):])
        return _open(self._value_key, sealed, aad.encode("utf-8")).decode("utf-8")

    def encrypt_bytes(self, plain: bytes, aad: str) -> bytes:
        return BLOB_PREFIX + _seal(self._value_key, plain, aad.encode("utf-8"))

    def decrypt_bytes(self, stored: bytes, aad: str) -> bytes:
        if not is_encrypted_blob(stored):
            return stored
        return _open(self._value_key, stored[len(BLOB_PREFIX):], aad.encode("utf-8"))

    def encrypt_json(self, value: object, aad: str) -> str:
        return self.encrypt(json.dumps(value, ensure_ascii=False), aad)

    def blind_index(self, hetu: str) -> str:
        """Keyed hash of the normalised code: equal codes match, nothing else can be learnt."""
        import hmac

        normal = "".join(hetu.split()).upper()
        return hmac.new(self._index_key, normal.encode("utf-8"), "sha256").hexdigest()

    # ----- the key header ------------------------------------------------------------------------
    def header_for(self, password: str) -> KeyHeader:
        """Wrap this data key with a key derived from ``password`` (new salt each time)."""
        salt = os.urandom(16)
        params = dict(KDF_DEFAULTS)
        wrapped = _seal(derive_key(password, salt, params), self.data_key, _WRAP_AAD)
        verifier = _seal(self._value_key, _VERIFIER_TEXT, _WRAP_AAD)
        return KeyHeader(params, salt, wrapped, verifier)

    @classmethod
    def new(cls) -> FieldCipher:
        return cls(os.urandom(32))

    @classmethod
    def unlock(cls, header: KeyHeader, password: str) -> FieldCipher:
        """The cipher of the file, or WrongKey when the password does not open it."""
        data_key = _open(derive_key(password, header.salt, header.params), header.wrapped_key,
                         _WRAP_AAD)
        cipher = cls(data_key)
        if _open(cipher._value_key, header.verifier, _WRAP_AAD) != _VERIFIER_TEXT:
            raise WrongKey("verifier mismatch")
        return cipher


def is_encrypted(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def is_encrypted_blob(value: object) -> bool:
    return isinstance(value, bytes) and value.startswith(BLOB_PREFIX)


def attachment_aad(attachment_id: int) -> str:
    return f"attachments/data/{attachment_id}"


def hetu_aad(employee_id: int) -> str:
    return f"employees/hetu/{employee_id}"


def health_aad(employee_id: int) -> str:
    return f"employee_health/details/{employee_id}"
