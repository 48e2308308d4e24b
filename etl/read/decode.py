"""Turn a file's bytes into text, or say why they are not a text document."""

import unicodedata
from dataclasses import dataclass

SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"GIF87a": "GIF image",
    b"GIF89a": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"%PDF-": "PDF document",
    b"PK\x03\x04": "ZIP archive (or an Office document)",
    b"\x1f\x8b": "gzip archive",
    b"BZh": "bzip2 archive",
    b"\xfd7zXZ\x00": "xz archive",
    b"7z\xbc\xaf\x27\x1c": "7-Zip archive",
    b"\x7fELF": "executable",
    b"MZ": "Windows executable",
    b"\xd0\xcf\x11\xe0": "legacy Office document",
    b"RIFF": "RIFF media file",
    b"ID3": "MP3 audio",
    b"SQLite format 3\x00": "SQLite database",
}
BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
FALLBACK = "cp1252"
# Typographic characters a legacy Windows text plausibly holds besides letters.
_LEGACY_PUNCTUATION = set("‘’“”–—…•€£¥©®°±×÷«»¡¿§¶·¢™†‡‰ˆ˜\xa0")
_MAX_CONTROL_SHARE = 0.01
_MAX_FALLBACK_NON_ASCII_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, how, and what the operator should know about it."""

    text: str
    encoding: str
    warning: str = ""


class NotText(ValueError):
    """The bytes are not a text document; the message says why, in one line."""


def decode_bytes(data: bytes) -> Decoded:
    """Decode UTF-8 (or a BOM's encoding); fall back to cp1252 for legible legacy text.

    Raises NotText for empty or binary input, or bytes that are neither UTF-8 nor legible
    cp1252.
    """
    if not data:
        raise NotText("empty file")
    for signature, name in SIGNATURES.items():
        if data.startswith(signature):
            raise NotText(f"binary file ({name}), not a text document")
    decoded = _decode_with_bom(data) or _decode_plain(data)
    if not decoded.text.strip():
        raise NotText("no text: the file holds only whitespace")
    if _control_share(decoded.text) > _MAX_CONTROL_SHARE:
        raise NotText("binary file (control characters), not a text document")
    return decoded


def _decode_with_bom(data: bytes) -> Decoded | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(text=data.decode(encoding), encoding=encoding)
            except UnicodeDecodeError as error:
                raise NotText(
                    f"invalid {encoding} after its byte-order mark: {error.reason}"
                ) from None
    return None


def _decode_plain(data: bytes) -> Decoded:
    if b"\x00" in data:
        raise NotText("binary file (NUL bytes), not a text document")
    try:
        return Decoded(text=data.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError as error:
        where = f"byte 0x{data[error.start]:02X} at offset {error.start}"
    try:
        text = data.decode(FALLBACK)
    except UnicodeDecodeError:
        text = None
    if text is None or not _legible(text):
        raise NotText(f"not valid UTF-8 ({where}) and not legible as {FALLBACK} text")
    warning = f"not valid UTF-8 ({where}); decoded as {FALLBACK} (Windows-1252)"
    return Decoded(text=text, encoding=FALLBACK, warning=warning)


def _legible(text: str) -> bool:
    """Return whether a fallback decoding reads as text: few non-ASCII, all letters or marks."""
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if len(non_ascii) > _MAX_FALLBACK_NON_ASCII_SHARE * len(text):
        return False
    return all(ch.isalpha() or ch in _LEGACY_PUNCTUATION for ch in non_ascii)


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return controls / len(text)
