"""A client that keeps a copy of the evidence base through the live API, as docs/api.md says:
a full copy by cursor pages, then the changes feed and `?id=` fetches."""

import json
from collections import defaultdict
from urllib.request import Request, urlopen

KINDS = ("documents", "comments", "actors", "weapons", "places", "events", "claims")
PAGE = 500


def noun(kind: str) -> str:
    """Return the changes feed's name of an endpoint's rows (events -> event)."""
    return kind.removesuffix("s")


class Copy:
    """Every row the lists show, by (kind, id), as the list endpoint shows it."""

    def __init__(self, api: str):
        self.api = api.rstrip("/")
        self.rows: dict[tuple[str, int], dict] = {}
        self.requests = 0

    def get(self, url: str) -> dict:
        self.requests += 1
        with urlopen(Request(url, headers={"Accept": "application/json"})) as response:
            return json.load(response)

    def position(self) -> str:
        """Return where the feed stands now: the URL to read the changes made from now on."""
        return self.get(f"{self.api}/changes/?since=now")["next"]

    def copy_all(self) -> None:
        for kind in KINDS:
            url = f"{self.api}/{kind}/?cursor=first&page_size={PAGE}"
            while url:
                body = self.get(url)
                self.rows.update({(kind, row["id"]): row for row in body["results"]})
                url = body["next"]

    def follow(self, url: str) -> tuple[str, list[dict]]:
        """Apply every change from `url` on; return where to resume and the changes read."""
        read = []
        while True:
            body = self.get(url)
            read += body["results"]
            changed = defaultdict(set)
            for change in body["results"]:
                changed[change["kind"]].add(change["id"])
            for kind in KINDS:
                if changed[noun(kind)]:
                    self.refresh(kind, sorted(changed[noun(kind)]))
            url = body["next"]
            if not body["has_more"]:
                return url, read

    def refresh(self, kind: str, ids: list[int]) -> None:
        """Fetch the rows again: those the list no longer shows leave the copy."""
        query = ",".join(map(str, ids))
        shown = self.get(f"{self.api}/{kind}/?id={query}&page_size={PAGE}")["results"]
        for pk in ids:
            self.rows.pop((kind, pk), None)
        self.rows.update({(kind, row["id"]): row for row in shown})


def without_counts(rows: dict) -> dict:
    """Return the rows without their counts, which derive from other rows (see docs/api.md)."""
    return {
        key: {k: v for k, v in row.items() if not k.endswith("_count")} for key, row in rows.items()
    }
