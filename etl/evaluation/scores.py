"""Figures and findings: what every kind's scoring returns.

Precision is the share of stored items that match gold, recall the share of gold items that
stored items match, F1 their harmonic mean. A figure with nothing to divide by is None
(shown as '-'), never 0 or 1.
"""

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field

Figure = float | int | None


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts behind precision, recall and F1 (stored and gold sides counted separately)."""

    stored_right: int = 0
    stored: int = 0
    gold_found: int = 0
    gold: int = 0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(
            self.stored_right + other.stored_right,
            self.stored + other.stored,
            self.gold_found + other.gold_found,
            self.gold + other.gold,
        )

    @property
    def precision(self) -> float | None:
        return self.stored_right / self.stored if self.stored else None

    @property
    def recall(self) -> float | None:
        return self.gold_found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self, name: str) -> dict[str, Figure]:
        return {
            f"{name}.precision": self.precision,
            f"{name}.recall": self.recall,
            f"{name}.f1": self.f1,
        }


def one_to_one(matched: int, stored: int, gold: int) -> PRF:
    """Return the counts of a one-to-one matching: each match is right on both sides."""
    return PRF(stored_right=matched, stored=stored, gold_found=matched, gold=gold)


@dataclass(frozen=True, slots=True)
class Share:
    """How many of how many are right (an accuracy, or a share such as merged events)."""

    right: int = 0
    total: int = 0

    def __add__(self, other: "Share") -> "Share":
        return Share(self.right + other.right, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def add(self, is_right: bool) -> "Share":
        return Share(self.right + int(is_right), self.total + 1)


@dataclass(frozen=True, slots=True)
class Finding:
    """One miss (gold not found), invention (stored, not in gold) or wrong value, for --explain."""

    document: str
    verdict: str  # "miss", "invention" or "wrong"
    what: str
    passage: str = ""


@dataclass(slots=True)
class KindResult:
    """The figures of one kind (headers, comments, ...), its counts and its findings."""

    figures: dict[str, Figure] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def max_matching(
    left: Iterable[Hashable], right_of: Callable[[Hashable], Iterable[Hashable]]
) -> dict[Hashable, Hashable]:
    """Return a largest one-to-one matching of `left` items to the candidates each accepts.

    Kuhn's augmenting paths: fine for the few dozen items of one document.
    """
    owner: dict[Hashable, Hashable] = {}

    def place(item: Hashable, seen: set) -> bool:
        for candidate in right_of(item):
            if candidate in seen:
                continue
            seen.add(candidate)
            if candidate not in owner or place(owner[candidate], seen):
                owner[candidate] = item
                return True
        return False

    for item in left:
        place(item, set())
    return {item: candidate for candidate, item in owner.items()}
