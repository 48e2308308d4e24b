"""The gazetteer as a pipeline component: known names become entities before the NER runs.

The names are matched with the loader's own matcher (gazetteer.py: case, hyphen and
punctuation tolerant, leftmost-longest, plural forms, "Sunni and Shiite extremists"), on the
text of the Doc, so a name the loader links today is the same entity in the parse, whatever
spaCy's tokenizer makes of "U.S.-backed" or "al-Qaeda's". Placed before `ner`, the entities
it sets are kept by the statistical model, which labels only what is left; each entity's
`id_` is the ident of its gazetteer entry, its label the entry's kind of entity.
"""

import hashlib

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from etl.records import EntityRef

from .gazetteer import Gazetteer, find_names
from .placing import gazetteer_mention

RULER = "gazetteer_ruler"
LABELS = {"actor": "ACTOR", "weapon": "WEAPON", "place": "PLACE"}
SPANS_KEY = "gazetteer_spans"  # Doc.user_data: (start, end, ident) of each known name


class GazetteerRuler:
    """Sets the gazetteer's names as a Doc's entities; `use()` chooses the gazetteer."""

    def __init__(self) -> None:
        self.gazetteer: Gazetteer | None = None
        self.fingerprint = ""
        self.refs: dict[str, EntityRef] = {}

    def use(self, gazetteer: Gazetteer | None) -> str:
        """Match this gazetteer's names from now on; return its fingerprint (for caches)."""
        if gazetteer is not self.gazetteer:
            self.gazetteer = gazetteer
            self.refs = _refs(gazetteer) if gazetteer is not None else {}
            self.fingerprint = _fingerprint(gazetteer)
        return self.fingerprint

    def __call__(self, doc: Doc) -> Doc:
        found, spans = [], []
        if self.gazetteer is not None:
            for match in find_names(self.gazetteer, doc.text, (0, len(doc.text))):
                mention = gazetteer_mention(doc.text, match)
                ident = mention.entity.ident
                found.append((*match.span, ident))
                label = LABELS[mention.entity.entity]
                span = doc.char_span(
                    *match.span, label=label, alignment_mode="expand", span_id=ident
                )
                if span is not None:
                    spans.append(span)
        doc.user_data[SPANS_KEY] = tuple(found)
        doc.set_ents(filter_spans(spans), default="unmodified")
        return doc


@Language.factory(RULER)
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    """Build the (empty) gazetteer ruler; the parser gives it a gazetteer before each batch."""
    return GazetteerRuler()


def _refs(gazetteer: Gazetteer) -> dict[str, EntityRef]:
    return {
        entry.ref.ident: entry.ref for entries in gazetteer.entries.values() for entry in entries
    }


def _fingerprint(gazetteer: Gazetteer | None) -> str:
    if gazetteer is None:
        return "none"
    names = sorted(
        (key, entry.ref.ident, entry.written, entry.generated)
        for key, entries in gazetteer.entries.items()
        for entry in entries
    )
    return hashlib.sha1(repr((names, sorted(gazetteer.parents.items()))).encode()).hexdigest()
