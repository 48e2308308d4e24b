"""The evaluation corpus on disk: the sets, their documents and their gold files.

`dev` and `test` are the documents of eval/manifest.csv with that `split` (eval/docs/<id>.txt,
gold in eval/gold/<id>.json); `seeds` are the seed files (seeds/<id>.txt, gold in
eval/gold/seeds/<id>.json). A set's annotated documents are those that have a gold file.
"""

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from .gold import GoldDocument, read_gold
from .goldcheck import GoldProblem, check_gold_file

SETS = ("dev", "test", "seeds")


@dataclass(frozen=True, slots=True)
class Annotated:
    """One document of a set with its gold."""

    gold: GoldDocument
    gold_path: Path
    document_path: Path


@dataclass(frozen=True, slots=True)
class EvalSet:
    """A set: all of its documents, and those with gold."""

    name: str
    documents: tuple[Path, ...]
    annotated: tuple[Annotated, ...]

    def fingerprint(self) -> str:
        """Return a hash of the gold files and their documents: what the figures depend on."""
        digest = hashlib.sha256()
        for item in self.annotated:
            for path in (item.gold_path, item.document_path):
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Corpus:
    """Where the corpus lives (the repository's eval/ and seeds/ unless a test says otherwise)."""

    eval_dir: Path
    seeds_dir: Path
    schema_path: Path

    @classmethod
    def default(cls) -> "Corpus":
        eval_dir = Path(settings.BASE_DIR) / "eval"
        return cls(eval_dir, Path(settings.SEEDS_DIR), eval_dir / "schema" / "gold.schema.json")

    @property
    def baseline_path(self) -> Path:
        return self.eval_dir / "baseline.json"

    @property
    def readme_path(self) -> Path:
        """The README beside eval/ whose table of figures follows the baseline."""
        return self.eval_dir.parent / "README.md"

    def gold_files(self) -> list[Path]:
        """Return every gold file, of the documents and of the seeds, in name order."""
        gold = self.eval_dir / "gold"
        return sorted(gold.glob("*.json")) + sorted((gold / "seeds").glob("*.json"))

    def document_of(self, gold_path: Path) -> Path:
        """Return the document file a gold file annotates."""
        if gold_path.parent.name == "seeds":
            return self.seeds_dir / f"{gold_path.stem}.txt"
        return self.eval_dir / "docs" / f"{gold_path.stem}.txt"

    def check(self, gold_path: Path) -> list[GoldProblem]:
        """Return the problems of one gold file, its place in the manifest included."""
        problems = check_gold_file(gold_path, self.document_of(gold_path), self.schema_path)
        if gold_path.parent.name != "seeds" and gold_path.stem not in self.splits():
            message = f"{gold_path.stem!r} is not a document of eval/manifest.csv"
            problems.append(GoldProblem(gold_path.as_posix(), "id", message))
        return problems

    def splits(self) -> dict[str, str]:
        """Return the split of every document of the manifest, by id."""
        manifest = self.eval_dir / "manifest.csv"
        if not manifest.exists():
            return {}
        with manifest.open(newline="", encoding="utf-8") as handle:
            return {row["id"]: row["split"] for row in csv.DictReader(handle)}

    def eval_set(self, name: str) -> EvalSet:
        """Return the set `name` (dev, test or seeds) with the gold of its documents."""
        if name == "seeds":
            documents = sorted(self.seeds_dir.glob("*.txt"))
            gold_dir = self.eval_dir / "gold" / "seeds"
        else:
            ids = [id_ for id_, split in self.splits().items() if split == name]
            documents = sorted(self.eval_dir / "docs" / f"{id_}.txt" for id_ in ids)
            gold_dir = self.eval_dir / "gold"
        annotated = [
            Annotated(
                read_gold(gold_dir / f"{path.stem}.json"), gold_dir / f"{path.stem}.json", path
            )
            for path in documents
            if (gold_dir / f"{path.stem}.json").exists()
        ]
        return EvalSet(name=name, documents=tuple(documents), annotated=tuple(annotated))
