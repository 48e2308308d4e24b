"""Read a comment unit's signature: the short line (or two) naming who wrote it and when.

A signature is not a format: it is a short line made of a name-like part and cues that only
comment systems print around it, in any order and with any separators: a list marker or
"#n", a label ("Posted by", "Comment by", "by ... on"), a verb ("said...", "says:",
"wrote:"), a timestamp or a relative time ("9 years", "3 years ago"), and widget words
("Reply", "Quote", "Permalink"). A name line over a timestamp line is a signature of two lines
(forum archives), and a timestamp glued to the first words of a body ("at 6:50 amStupid") is
one whose body starts on the same line. Each signature has a shape (which cues, in which
order, on how many lines) so that `units` can find the shape a page repeats.
"""

import re
from dataclasses import dataclass

from .chrome import is_widget, phrases
from .dates import find_date, find_time, is_timestamp_line
from .forums import FORUM_META, is_forum_meta
from .lines import Line
from .stamps import NUMERIC, is_date_line

MAX_CHARS = 120
MAX_NAME_CHARS = 40
MAX_NAME_WORDS = 4
MARKER = re.compile(r"^(?:(?P<bullet>[•·▪◦‣∙●○*»])|(?P<number>#?\d{1,4}[.):]?(?=[ \t])))[ \t]+")
HASH = re.compile(r"[ \t]+#\d{1,5}$")
LABEL = re.compile(
    r"^(?P<label>posted[ \t]+by|post[ \t]+by|comment(?:ed)?[ \t]+by|written[ \t]+by|"
    r"submitted[ \t]+by|reply[ \t]+from|from|by)[ \t]*:?[ \t]+",
    re.I,
)
VERB = re.compile(
    r"[ \t]*(?P<verb>said|says|wrote|writes|commented|replied)[ \t]*(?:\.\.\.|…|:|,)?[ \t]*$",
    re.I,
)
RELATIVE = re.compile(
    r"(?:^|(?<=[ \t|•·,(-]))(?:about[ \t]+)?(?:an?|\d{1,3})[ \t]*"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|[mhdwy])"
    r"(?:[ \t]+ago)?\)?$",
    re.I,
)
SEPARATORS = " \t|,-–—•·@:()»"
JOINERS = re.compile(r"[ \t]+(?:on|at)$", re.I)
GLUED = re.compile(r"^(?P<stamp>.{4,60}?\d{1,2}:\d{2}[ \t]*[ap]\.?m\.?)(?=[A-Z\"“‘'])", re.I)
NOT_NAME_WORDS = frozenset(
    """a an the of to in is was are were be been for on at with by that this these those it its
    he she they we i you his her their our my your me him them us and or but if then than so as
    not no from into about after before over under there here what which who when where why how
    all any some more most very just also only has have had do does did will would could should
    may might must can said says wrote posted published updated comments comment reply replies
    share""".split()
)
PARTICLES = frozenset("al el bin ibn de da di del der van von la le du dos ter st".split())
WEAK_LABELS = frozenset({"by", "from"})
NAME_TOKEN = re.compile(r"^[\w'’.&-]+$")
# A reply marker between the name and the rest: "Bob Hale → Ann • 9 years ago".
ARROW = re.compile(r"[ \t]+(?:→|➔|►|»)[ \t]+(?P<target>[^•·|]{1,40}?)(?P<tail>[ \t]*[•·|].*)$")


@dataclass(frozen=True, slots=True)
class Signature:
    """A unit's signature: where it is, who and when, its shape and the strength of its cues."""

    line: Line  # its first line
    size: int  # lines from its first to its last (a name line over a timestamp line: 2+)
    author: str
    when: str  # the timestamp as printed ("" when none)
    shape: tuple  # what `units` compares: cue kinds in order and the number of lines
    strength: int  # how surely only a comment system prints this
    place: str = ""  # "head" / "foot" when a cue says so ("said..." heads, "Posted by:" foots)
    body_from: int = -1  # offset in the line where a glued body starts (-1: none)
    target: str = ""  # whom a reply marker names ("Bob → Ann • 9 years ago": Ann)

    @property
    def last(self) -> int:
        """Return the number of the signature's last line."""
        return self.line.number + self.size - 1


def read_signature(lines: list[Line], index: int) -> Signature | None:
    """Return the signature at lines[index] (one line, or a name line over a stamp), or None."""
    line = lines[index]
    content = line.content
    if not content or len(content) > MAX_CHARS:
        return None
    glued = GLUED.match(content)
    if glued and is_timestamp_line(glued.group("stamp")):
        offset = line.raw.index(content) + glued.end()
        stamp = glued.group("stamp")
        return Signature(line, 1, "", stamp, ("glued",), 3, "head", offset)
    target = ""
    arrow = ARROW.search(content)
    if arrow:
        target = _name(arrow.group("target"))
        content = content[: arrow.start()] + arrow.group("tail") if target else content
    single = read_line(content)
    if single is not None:
        author, when, shape, strength, place = single
        if author or ("stamp" in shape and _precise(when)):
            return Signature(line, 1, author, when, shape, strength, place, target=target)
    return _two_line(lines, index)


def _two_line(lines: list[Line], index: int) -> Signature | None:
    """Return a name line over a timestamp line or a poster's details (join date, posts).

    Widget and rank lines may stand between them.
    """
    content = lines[index].content
    name = _name(content)
    if not name or content.endswith(":") or is_widget(content) or is_date_line(content):
        return None
    if is_forum_meta(content) or QUOTE_BY.match(content):
        return None
    meta = None
    printed = content
    for offset, line in enumerate(_following(lines, index, 5), start=1):
        content = line.content
        if content == printed:
            continue  # the name printed twice on two lines (avatar and link)
        if is_forum_meta(content):
            meta = line
            continue
        kind = _stamp_kind(content)
        if kind:
            size = line.number - index + 1
            shape = ("name", "meta" if meta else "\n" * min(offset, 2), kind)
            strength = 3 if kind == "stamp" else 2
            return Signature(lines[index], size, name, content, shape, strength, "head")
        if not is_widget(content):
            break
    if meta is not None and FORUM_META.match(meta.content):
        size = meta.number - index + 1
        return Signature(lines[index], size, name, "", ("name", "meta"), 3, "head")
    return None


def _following(lines: list[Line], index: int, count: int) -> list[Line]:
    found = []
    for line in lines[index + 1 : index + 2 + count]:
        if not line.is_blank:
            found.append(line)
        if len(found) == count:
            break
    return found


def _stamp_kind(content: str) -> str:
    """Return the kind of a line that is nothing but a timestamp (no label) or a relative time."""
    text = content.strip(SEPARATORS)
    if is_forum_meta(text):
        return ""
    if RELATIVE.match(text):
        return "relative"
    if re.match(r"^[^\W\d_]+[ \t]*:", text):
        return ""
    if is_timestamp_line(text) or (is_date_line(text) and _has_year(text)):
        return "stamp"
    return ""


def _has_year(text: str) -> bool:
    return bool(re.search(r"\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d\d\b", text))


def _precise(when: str) -> bool:
    """Return whether a stamp alone can head a post: a date with a clock time."""
    dated = find_date(when) is not None or bool(NUMERIC.search(when))
    return dated and find_time(when) is not None


def read_line(content: str) -> tuple[str, str, tuple, int, str] | None:
    """Return (author, when, shape, strength, place) of a one-line signature, else None."""
    shape: list[str] = []
    strength = 0
    place = ""
    rest = content.strip()
    marker = MARKER.match(rest)
    if marker:
        shape.append("bullet" if marker.group("bullet") else "number")
        strength += 1
        rest = rest[marker.end() :]
    rest, widgets = _strip_widgets(rest)
    hashed = HASH.search(rest)
    if hashed:
        rest = rest[: hashed.start()]
        widgets += 1
    label = LABEL.match(rest)
    if label:
        word = re.sub(r"[ \t]+", " ", label.group("label").lower())
        shape.append(word)
        strength += 2 if word != "from" and word != "by" else 1
        place = "foot" if word == "posted by" and ":" in label.group(0) else place
        rest = rest[label.end() :]
    rest, when, kind = _take_stamp(rest)
    verb = VERB.search(rest)
    if verb:
        rest = rest[: verb.start()]
        shape.append("verb")
        strength += 3
        place = "head"
    if not when:
        rest, when, kind = _take_stamp(rest)
    name = _name(rest.strip(SEPARATORS))
    if name:
        shape.insert(len(shape) - (1 if verb else 0), "name")
    if kind:
        shape.append(kind)
        strength += 3 if kind == "stamp" else 2
    if widgets:
        shape.append("widget")
        strength += 1
    if not kind and not verb and not (label and label.group("label").lower() not in WEAK_LABELS):
        return None
    if rest.strip(SEPARATORS) and not name:
        return None
    if label and not name:
        return None
    return name, when, tuple(shape), strength, place


def _strip_widgets(rest: str) -> tuple[str, int]:
    """Remove widget words printed at the end of a signature line ("| Reply", "Quote")."""
    count = 0
    widgets = phrases("widget_lines")
    while True:
        match = re.search(r"(?:^|[ \t|•·]+)(?P<word>[A-Za-z][\w ]{0,20}?)[ \t]*[›»]?$", rest)
        if match is None or match.group("word").strip().lower() not in widgets:
            return rest, count
        if not rest[: match.start()].strip(SEPARATORS):
            return rest, count
        rest = rest[: match.start()].rstrip()
        count += 1


def _take_stamp(rest: str) -> tuple[str, str, str]:
    """Split a trailing (or leading) timestamp or relative time off a signature line."""
    text = rest.rstrip(" \t|,:")
    relative = RELATIVE.search(text)
    if relative and relative.start() > 0:
        return text[: relative.start()].rstrip(SEPARATORS + " "), relative.group(0), "relative"
    start = _stamp_start(text)
    if start is not None:
        head, stamp = text[:start], text[start:].strip(SEPARATORS)
        if stamp and (is_timestamp_line(stamp) or (is_date_line(stamp) and _has_year(stamp))):
            return JOINERS.sub("", head.rstrip(SEPARATORS)), stamp, "stamp"
    lead = _leading_stamp(text)
    if lead is not None:
        return text[lead[1] :], lead[0], "stamp"
    return rest, "", ""


WEEKDAY = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b\.?,?", re.I
)


def _stamp_start(text: str) -> int | None:
    """Return where the timestamp at the end of a line starts (a weekday before it included)."""
    starts = []
    found = find_date(text)
    if found is not None:
        starts.append(found[1][0])
    numeric = NUMERIC.search(text)
    if numeric is not None:
        starts.append(numeric.start())
    clock = find_time(text)
    if clock is not None:
        starts.append(clock[1][0])
    if not starts:
        return None
    start = min(starts)
    weekday = None
    for match in WEEKDAY.finditer(text[:start]):
        weekday = match
    if weekday is not None and not text[weekday.end() : start].strip(SEPARATORS + " "):
        start = weekday.start()
    return start


def _leading_stamp(text: str) -> tuple[str, int] | None:
    """Return a timestamp opening a line ("June 7, 2007 at 4:55 pm | Name") and its end."""
    for cut in re.finditer(r"[ \t]*(?:\||[-–—•·][ \t]|,[ \t])[ \t]*", text):
        stamp = text[: cut.start()]
        if stamp and is_timestamp_line(stamp) and _precise(stamp):
            return stamp, cut.end()
    return None


def _name(text: str) -> str:
    """Return the text as an author's name when it looks like one ("" otherwise)."""
    text = re.sub(r"[ \t]*\((?:not verified|unverified|guest|registered)\)?", "", text, flags=re.I)
    text = text.strip(" \t|,:-–—•·")
    if not text or len(text) > MAX_NAME_CHARS or not re.search(r"[^\W\d_]", text):
        return ""
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]  # "Jillness Jillness": the name printed twice (avatar and link)
    if len(words) > MAX_NAME_WORDS + sum(word.lower() in PARTICLES for word in words):
        return ""
    for word in words:
        bare = word.lower().strip(".,'’")
        if not NAME_TOKEN.match(word) or (bare in NOT_NAME_WORDS and word[:1].islower()):
            return ""
    if words[-1].endswith((".", "?", "!")) and len(words[-1].rstrip(".")) > 2:
        return ""
    if len(words) > 1 and sum(word[:1].isupper() or word[:1].isdigit() for word in words) == 0:
        return ""
    joined = " ".join(words)
    lowered = joined.lower()
    labels = phrases("date_labels")
    if lowered in phrases("widget_lines") or lowered in labels or f"{lowered} on" in labels:
        return ""
    if is_date_line(joined):
        return ""
    return joined


QUOTE_BY = re.compile(
    r"^(?:quote:?[ \t]*)?(?:originally[ \t]+posted[ \t]+by|quote[ \t]+from|quoting)[ \t]+"
    r"(?P<name>\S.{0,40}?)[ \t]*:?$",
    re.I,
)


def quoted_name(content: str) -> str:
    """Return the name a quote's attribution line gives ("Originally Posted by Ann"), or ""."""
    match = QUOTE_BY.match(content.strip())
    return _name(match.group("name")) if match else ""
