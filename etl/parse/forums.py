"""Recognise a forum poster's details printed around a post: join date, post count, rank."""

import re

FORUM_META = re.compile(
    r"^(?:join(?:ed)?(?:[ \t]+date)?|member[ \t]+since|registered|posts|messages|location|"
    r"reputation|rep[ \t]+power|thanks|likes(?:[ \t]+received)?|trophy[ \t]+points|age|gender|"
    r"status|rank)[ \t]*:",
    re.I,
)
RANK = re.compile(
    r"^(?:[A-Z][\w-]*[ \t]+){0,2}(?:member|user|poster|moderator|admin|administrator|"
    r"contributor|reviewer|supporter|newbie|veteran|lurker|guest)s?$",
    re.I,
)


def is_forum_meta(content: str) -> bool:
    """Return whether a line is a poster's metadata (join date, post count, rank), not text."""
    text = content.strip()
    return bool(FORUM_META.match(text)) or (len(text.split()) <= 3 and bool(RANK.match(text)))
