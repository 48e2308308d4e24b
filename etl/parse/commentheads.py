"""Comment headers in every thread format the parser knows, one entry's first lines each.

"Name says:" and "Name said..." (with a bullet or a number or none), "At <time>, Name said...",
"Name on <date> at <time>", "Posted by: Name | <date>" printed after the body (Typepad),
Disqus (a name, "•", a time; "Name → Other" for a reply), "Pingback: ..." and
"Trackback from Site: Title", a rated title ("• Proxy war (0+ / 0-)") and Drupal's
"by Name on <date>" under a comment title.
"""

import re
from dataclasses import dataclass

from etl.parse.dates import is_timestamp_line, parse_timestamp
from etl.parse.stamps import is_date_line

from .lines import Line

MARK = r"(?P<marker>[•·▪◦‣∙●○*]|\d{1,4}[.)])"
AUTHOR = r"(?P<author>\S(?:.{0,78}?\S)?)"
SAYS = re.compile(
    rf"^(?:{MARK}[ \t]+)?{AUTHOR}[ \t]+(?:says|writes|wrote|said)[ \t]*:[ \t]*(?P<when>.*)$", re.I
)
BLOGGER = re.compile(rf"^(?:{MARK}[ \t]+)?{AUTHOR}[ \t]+said[ \t]*(?:\.\.\.|…)?[ \t]*$", re.I)
PINGBACK = re.compile(
    rf"^(?:{MARK}[ \t]+)?(?:pingback|trackback|linkback)(?P<source>[ \t]+from)?[ \t]*:?[ \t]+"
    r"(?P<rest>\S.*)$",
    re.I,
)
RATED = re.compile(rf"^{MARK}[ \t]+(?P<title>\S.{{0,80}}?)[ \t]+\(\d+\+?[ \t]*/[ \t]*\d+-?\)$")
BY_ON = re.compile(
    r"^by[ \t]+(?P<author>\S.{0,60}?)(?:[ \t]+\((?:not verified|\d+)\))?[ \t]+on"
    r"(?:[ \t]+(?P<when>.+))?$",
    re.I,
)
TRACKED = re.compile(r"^tracked[ \t]+on[ \t]+(?P<when>.+)$", re.I)
TRACKED_TITLE = re.compile(r"^(?:»[ \t]*)?(?P<title>.+?)[ \t]+from[ \t]+(?P<site>\S.*)$")
ARROW = re.compile(r"^(?P<author>\S.{0,60}?)[ \t]+→[ \t]+(?P<target>\S.{0,60})$")
BLOGGER_AT = re.compile(
    rf"^(?:{MARK}[ \t]+)?At[ \t]+(?P<when>[^,]+(?:,[^,]+)?),[ \t]+{AUTHOR}[ \t]+said"
    r"[ \t]*(?:\.\.\.|…|:)[ \t]*$",
    re.I,
)
ON_DATE = re.compile(
    rf"^(?:{MARK}[ \t]+)?{AUTHOR}(?:[ \t]+(?:wrote|said|says|writes|commented))?[ \t]+"
    r"(?:on|\||-|–|—)[ \t]+(?P<when>.+?)(?:[ \t]+said)?[ \t]*:?$",
    re.I,
)
FOOTER = re.compile(
    rf"^(?:Posted|Comment(?:ed)?|Written)[ \t]+by:?[ \t]+{AUTHOR}[ \t]*(?:\||,|[ \t]on|[ \t]at)"
    r"[ \t]*(?P<when>.+)$",
    re.I,
)

# What a signature prints before the name ("#3 Ann - <date>", "Comment by Ann — <date>").
LEAD = re.compile(
    r"^(?:(?:comment|post|reply)[ \t]*)?(?:#\d{1,5}[ \t]+)?"
    r"(?:(?:(?:comment(?:ed)?|posted|written|submitted)[ \t]+)?by:?[ \t]+)?",
    re.I,
)
_NOT_AUTHORS = re.compile(r"^(?:posted|published|updated|filed|written|by|date)\b", re.I)

BULLETS = {"•", "·", "●", "▪"}
TITLE_WORDS = 10


@dataclass(frozen=True, slots=True)
class Header:
    """A comment header line: who, when (as printed), and whether it had a list marker.

    `lead` counts the lines from the entry's first line (a comment's title) to the header line,
    `size` the lines it spans from its own line (Disqus prints name, "•" and time on three).
    """

    line: Line
    author: str
    when: str
    marked: bool
    kind: str = "comment"
    title: str = ""  # a pingback's linking site
    addressed: str = ""  # "Name → Other": the commenter answered
    lead: int = 0
    size: int = 1


def read_header(lines: list[Line], index: int) -> Header | None:
    """Return the comment header at lines[index], in any supported format, or None."""
    line = lines[index]
    header = _single_line_header(line) or _disqus_header(lines, index)
    if header is None:
        header = _titled_header(lines, index)
    return header


def _disqus_header(lines: list[Line], index: int) -> Header | None:
    """Return a Disqus header: a name line, a "•" line, then a time ("3 years ago")."""
    name = lines[index].content
    above = previous_filled(lines, index)
    if above is not None and above.content == name:
        return None  # the name printed twice (avatar and link): the header starts above
    following = next_filled(lines, index, 3)
    if following and following[0].content == name:
        following = following[1:]
    if len(following) < 2 or following[0].content not in BULLETS:
        return None
    if not is_date_line(following[1].content) or not plausible_author(lines[index].content, 5):
        return None
    arrow = ARROW.match(lines[index].content)
    author = arrow.group("author") if arrow else lines[index].content
    addressed = arrow.group("target") if arrow else ""
    size = following[1].number - index + 1
    when = following[1].content
    return Header(lines[index], author, when, False, addressed=addressed, size=size)


def _titled_header(lines: list[Line], index: int) -> Header | None:
    """Return a "by Name on <date>" header under a comment title (Drupal)."""
    match = BY_ON.match(lines[index].content)
    if match is None or not plausible_author(match.group("author"), 5):
        return None
    above = previous_filled(lines, index)
    titled = above is not None and len(above.content.split()) <= TITLE_WORDS
    lead = index - above.number if titled else 0
    when = match.group("when") or ""
    return Header(lines[index], match.group("author").strip(), when, False, lead=lead)


def _single_line_header(line: Line) -> Header | None:
    content = line.content
    pingback = PINGBACK.match(content)
    if pingback:
        rest = pingback.group("rest").strip()
        site, _, title = rest.partition(": ") if pingback.group("source") else (rest, "", "")
        marked = bool(pingback.group("marker"))
        return Header(line, site.strip(), "", marked, kind="pingback", title=title.strip())
    rated = RATED.match(content)
    if rated:
        return Header(line, "", "", True, title=rated.group("title"))
    for pattern in (BLOGGER_AT, SAYS, BLOGGER):
        match = pattern.match(content)
        if match and plausible_author(match.group("author")):
            when = match.group("when") if "when" in match.groupdict() else ""
            if when and not is_timestamp_line(when):
                continue
            author, when = _dated_author(match.group("author"), when or "")
            return Header(line, author, when, bool(match.group("marker")))
    match = ON_DATE.match(content)
    if match and plausible_author(match.group("author"), max_words=5):
        when = match.group("when")
        if parse_timestamp(when) is not None and re.search(r"\d:\d\d", when):
            author = LEAD.sub("", match.group("author"))
            return Header(line, author, when, bool(match.group("marker")))
    return None


def _dated_author(author: str, when: str) -> tuple[str, str]:
    """Split "Ann on June 10, 2006 at 12:30 pm" (before "said:") into the name and the time."""
    split = ON_DATE.match(author)
    if when or split is None or parse_timestamp(split.group("when")) is None:
        return author, when
    return split.group("author"), split.group("when")


def next_filled(lines: list[Line], index: int, count: int) -> list[Line]:
    found = []
    for line in lines[index + 1 : index + 1 + 2 * count + 2]:
        if not line.is_blank:
            found.append(line)
        if len(found) == count:
            break
    return found


def previous_filled(lines: list[Line], index: int) -> Line | None:
    for line in reversed(lines[max(index - 3, 0) : index]):
        if not line.is_blank:
            return line
    return None


def read_footer(line: Line) -> Header | None:
    match = FOOTER.match(line.content)
    if match is None:
        return None
    when = match.group("when")
    if not (is_timestamp_line(when) or is_date_line(when)):
        return None
    return Header(line, match.group("author"), when, False)


def plausible_author(author: str, max_words: int = 8) -> bool:
    return (
        len(author.split()) <= max_words
        and not _NOT_AUTHORS.match(author)
        and not author.endswith((",", ";"))
    )
