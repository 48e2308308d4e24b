"""What a sentence inherits from the sentences before it, for its claims.

- the last person named ("he said");
- who speaks when the sentence names nobody: the speaker of its transcript turn ("GEN.
  CALDWELL: We have found ..."), the source of a quotation it continues (a sentence that
  opens with a quotation mark, or lies inside one opened before, speaks for the last source
  its paragraph cited), or the person introducing a block quotation ("as Noah Pollak points
  out, ...:" followed by the quoted paragraph);
- the last source the document credited with a judgment ("The judgment that ...");
- the pairs the paragraph named ("links between X and Y"), for "between the groups".
"""

from dataclasses import dataclass, field

from etl.records import EntityRef

from .attribution import Claimant, author_claimant, find_claimant
from .constructions import StateOf
from .frames import cited_source
from .pairs import Pair, named_pairs
from .sentence import Sentence


@dataclass(frozen=True, slots=True)
class ClaimContext:
    """What find_claims needs to know beyond the sentence itself."""

    author: Claimant  # the document's own voice
    author_name: str  # the author as the relay of others' claims ("" when unknown)
    publisher: str
    previous: EntityRef | None = None
    carried: Claimant | None = None
    judged_by: Claimant | None = None
    pairs: tuple[Pair, ...] = ()
    state_of: StateOf = lambda place: None  # noqa: E731 - a place's state, when one exists


@dataclass
class Discourse:
    """Follows a document sentence by sentence (local state of one pure extraction)."""

    author: str
    publisher: str
    state_of: StateOf
    previous: EntityRef | None = None
    segment: str = ""
    quote_open: bool = False
    source: Claimant | None = None  # the last source the paragraph cited
    block: Claimant | None = None  # who introduced this paragraph as a quotation
    pending: Claimant | None = None  # who introduces the next paragraph ("...points out:")
    judged_by: Claimant | None = None
    pairs: list[Pair] = field(default_factory=list)

    def context(self, sentence: Sentence) -> ClaimContext:
        """Return the context of the next sentence (call `after` once it is read)."""
        if sentence.segment != self.segment:
            self.segment, self.quote_open, self.pairs = sentence.segment, False, []
            self.block, self.pending, self.source = self.pending, None, None
        return ClaimContext(
            author=author_claimant(self.author or self.publisher),
            author_name=self.author,
            publisher=self.publisher,
            previous=self.previous,
            carried=self._carried(sentence),
            judged_by=self.judged_by,
            pairs=tuple(self.pairs),
            state_of=self.state_of,
        )

    def after(self, sentence: Sentence) -> None:
        """Remember what this sentence says for the sentences after it."""
        named = find_claimant(sentence, self.previous)
        carried = self._carried(sentence)
        speaker = named or carried
        if speaker is not None:
            self.source = speaker
        institution = named if named is not None and not _is_person(named) else None
        self.judged_by = cited_source(sentence) or institution or self.judged_by
        self.quote_open = _quote_open(sentence.text, self.quote_open)
        self.pairs = named_pairs(sentence) or self.pairs
        people = [m.entity for m in sentence.actors if m.entity.kind == "person"]
        self.previous = people[-1] if people else self.previous
        ends_paragraph_with_colon = sentence.text.rstrip().endswith(":")
        self.pending = named if ends_paragraph_with_colon else None

    def _carried(self, sentence: Sentence) -> Claimant | None:
        turn = sentence.turn
        if turn is not None and turn.speaker is not None and not turn.question:
            return Claimant(turn.speaker.entity, turn.speaker.entity.name)
        if self.block is not None:
            return self.block
        quoted = self.quote_open or sentence.text.lstrip()[:1] in '"“'
        if quoted and self.source is not None:
            return self.source
        return None


def _is_person(claimant: Claimant) -> bool:
    return claimant.actor is not None and claimant.actor.kind == "person"


def _quote_open(text: str, opened: bool) -> bool:
    for char in text:
        if char == "“":
            opened = True
        elif char == "”":
            opened = False
        elif char == '"':
            opened = not opened
    return opened
