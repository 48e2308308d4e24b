"""Decoding bytes and repairing text: encodings, binary refusals, mojibake, cleaning."""

import pytest

from etl.read.clean import clean_text
from etl.read.decode import NotText, decode_bytes

from ..helpers import SAMPLES


def test_utf8_decodes_without_warning():
    decoded = decode_bytes("Qods Force — “quoted”".encode())
    assert (decoded.text, decoded.encoding, decoded.warning) == (
        "Qods Force — “quoted”",
        "utf-8",
        "",
    )


def test_byte_order_marks_choose_the_encoding():
    assert decode_bytes("Title".encode("utf-8-sig")).encoding == "utf-8-sig"
    assert decode_bytes("Title".encode("utf-8-sig")).text == "Title"
    decoded = decode_bytes("Title and text".encode("utf-16"))
    assert (decoded.text, decoded.encoding) == ("Title and text", "utf-16")


def test_legacy_windows_text_falls_back_to_cp1252_with_a_warning():
    decoded = decode_bytes(b"Caf\xe9 talks \x93resumed\x94 today.")
    assert decoded.text == "Café talks “resumed” today."
    assert decoded.encoding == "cp1252"
    assert decoded.warning == (
        "not valid UTF-8 (byte 0xE9 at offset 3); decoded as cp1252 (Windows-1252)"
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\n", "no text: the file holds only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image), not a text document"),
        (b"%PDF-1.4 stream", "binary file (PDF document), not a text document"),
        (b"text\x00with\x00nuls", "binary file (NUL bytes), not a text document"),
        (b"\x01\x02\x03\x04 mostly controls \x05\x06", "binary file (control characters)"),
        (b"\xc3\x28\xff\xfe\xfa\xfb", "not valid UTF-8 (byte 0xC3 at offset 0)"),
        (b"abc \x81\x8d\x90 def", "not legible as cp1252 text"),
    ],
)
def test_bytes_that_are_not_a_text_document_are_refused_with_the_reason(data, reason):
    with pytest.raises(NotText) as error:
        decode_bytes(data)
    assert reason in str(error.value)


def test_mojibake_is_repaired_token_by_token_and_named():
    raw = (SAMPLES / "mojibake.txt").read_text(encoding="utf-8")
    assert "driverâ€™s" in raw and "last¬†crossing" in raw
    text, repairs = clean_text(raw)
    assert "The driver’s papers" in text
    assert "The last crossing closed" in text
    assert repairs == ("mojibake", "spaces")


def test_cleaning_keeps_structure_and_drops_invisible_characters():
    raw = "Title\r\n\r\n  • Name says:\r\n\tcell\u200b\u00a0two\x07\r\n"
    text, repairs = clean_text(raw)
    assert text == "Title\n\n  • Name says:\n\tcell two\n"
    assert repairs == ("line-endings", "invisible-characters", "control-characters", "spaces")


def test_cleaning_is_idempotent_and_leaves_good_text_alone():
    good = "Iran’s “Qods Force” — café\tcell\n  • bullet"
    assert clean_text(good) == (good, ())
    once, _ = clean_text((SAMPLES / "mojibake.txt").read_text(encoding="utf-8"))
    assert clean_text(once) == (once, ())


def test_decomposed_accents_are_composed():
    text, repairs = clean_text("Cafe\u0301")
    assert (text, repairs) == ("Café", ("unicode-nfc",))
