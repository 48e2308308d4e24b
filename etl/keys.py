"""Stable keys of loaded rows, built from a file's identity and positions, never from DB ids.

    document      doc:<path relative to the seeds folder, else absolute path>
    dossier row   doc:<path>#row-<position>
    comment       comment:<path>#<author>.<n>   (the author's n-th comment in the thread)

A comment is keyed by its author and their own count, not by its place in the thread: a
comment removed or inserted by the site shifts no other author's keys, so an edited comment
updates in place and a curator's rejection stays with the comment it was made on.

A path too long for a key is replaced by `sha1:<hex digest of the path>`.
"""

import hashlib

from apps.common.text import normalize_name

DOCUMENT = "doc:"
COMMENT = "comment:"
MAX_PATH_CHARS = 200


def document_key(relative_path: str) -> str:
    """Return the key of the document loaded from this file."""
    if len(relative_path) > MAX_PATH_CHARS:
        relative_path = "sha1:" + hashlib.sha1(relative_path.encode()).hexdigest()
    return DOCUMENT + relative_path


def row_key(document: str, position: int) -> str:
    """Return the key of the dossier row at `position` (from 1) of the document."""
    return f"{document}#row-{position}"


def comment_key_prefix(document: str) -> str:
    """Return the prefix of the keys of a document's comments."""
    return COMMENT + document.removeprefix(DOCUMENT) + "#"


def comment_key(prefix: str, author: str, nth: int) -> str:
    """Return the key of the author's nth comment (from 1) under a comment_key_prefix."""
    name = normalize_name(author).replace(" ", "-")[:60] or "anonymous"
    return f"{prefix}{name}.{nth}"
