"""Read: find the files to load, read their bytes, decode them and repair the text.

The only stage that touches the disk (the reference lists are read here too). `read_file`
returns the file as read and decoded (SourceFile) and the cleaned text every stored offset
refers to, with the names of the repairs made to it.
"""

import hashlib

from etl.records import SourceFile

from .clean import clean_text
from .decode import NotText, decode_bytes
from .files import InputFile, Unreadable, find_inputs, read_bytes, relative_path
from .reference import read_reference

__all__ = [
    "InputFile",
    "NotText",
    "Unreadable",
    "clean_text",
    "decode_bytes",
    "find_inputs",
    "read_bytes",
    "read_file",
    "read_reference",
    "relative_path",
]


def read_file(item: InputFile, *, max_bytes: int) -> tuple[SourceFile, str, tuple[str, ...]]:
    """Return the file read and decoded, its cleaned text and the repairs made to the text.

    Raises Unreadable (missing, too big, no access) or NotText (empty, binary, undecodable).
    """
    data = read_bytes(item.path, max_bytes=max_bytes)
    decoded = decode_bytes(data)
    text, repairs = clean_text(decoded.text)
    source = SourceFile(
        path=item.path,
        relative_path=item.relative_path,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=decoded.encoding,
        raw_text=decoded.text,
        repairs=(f"{decoded.encoding}-fallback",) if decoded.warning else (),
        warning=decoded.warning,
    )
    return source, text, repairs
