"""Find which earlier comment a comment answers: by name, by timestamp, or by quoting it."""

import re
from dataclasses import replace

from apps.common.text import normalize_name
from etl.records import CommentRecord

from .chrome import alternation
from .quotes import find_quoted

AT_TIME = re.compile(
    r"^@?(?P<name>[^@\n]{1,60}?)[ \t]*@[ \t]*\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?", re.I
)
AT_NAME = re.compile(r"^@(?P<name>[\w.-]+(?:[ \t][A-Z][\w.-]*)?)")
VOCATIVE = re.compile(
    r"^(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?(?:[^\s,?!:;.]+\.?){1,4}?"
    r"(?:[ \t]+[^\s,?!:;.]+){0,3}?)"
    r"[ \t]*(?P<sep>[,?!:]|\.(?=[ \t]+[a-z])|[ \t][-–—][ \t])"
)
HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+")
SENTENCE_START = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z@])")
ABBREVIATION = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Maj|Sgt|Capt|[A-Z])\.$")
MAX_CUE = 120
# An opener counts when punctuation follows it ("No, ...", "Agreed."), or any word when it is
# a first-person verb ("I agree with ...").
REPLY_OPENER = re.compile(
    rf"^(?:{alternation('reply_openers')})(?=[,.!:;])|^I[ \t]+(?:\w+[ \t]+)?(?:dis)?agree\b", re.I
)
INITIALS = re.compile(r"^[A-Z]{2,5}$")
INITIALS_WORD = re.compile(r"(?<![\w.])([A-Z]{2,5})(?=[.,!?:])")
CLOSING_VOCATIVE = re.compile(r",[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)?)[?!.]$")
SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've|you'd|yours)\b", re.I)


def link_replies(
    comments: tuple[CommentRecord, ...], *, author: str, article: str
) -> tuple[CommentRecord, ...]:
    """Return the comments with reply_to_position, addressed_to and reply_cue filled in.

    Cues, strongest first: "Name @ 4:55 PM" or "@Name"; the comment opening by addressing an
    earlier commenter or the post's author ("Hoax Meister,", "Micheal? you said,", misspelt
    names tolerated); a passage quoted from an earlier comment (not from the article).
    """
    linked: list[CommentRecord] = []
    for index, comment in enumerate(comments):
        earlier = [other for other in comments[:index] if other.kind == "comment"]
        named = [other for other in earlier if other.author]
        found = None
        if comment.kind == "comment" and comment.reply_to_position is None:
            found = (
                _by_quoted(comment, named)
                or _by_name(comment, named, author)
                or find_quoted(comment, earlier, article)
                or _answer(comment, linked)
                or _agreement(comment, linked)
            )
        linked.append(comment if found is None else replace(comment, **found))
    return tuple(linked)


def _by_quoted(comment: CommentRecord, earlier: list[CommentRecord]) -> dict | None:
    """Return the earlier comment of the commenter this one quotes by name ("Quote: ... Ann")."""
    if not comment.addressed_to or comment.reply_cue:
        return None
    target = _latest_by(earlier, comment.addressed_to)
    if target is None:
        return None
    return _found(target.position, comment.addressed_to, f"quotes {comment.addressed_to}")


def _agreement(comment: CommentRecord, linked: list[CommentRecord]) -> dict | None:
    """Return the comment just before when this one opens by agreeing or disagreeing with it."""
    previous = next((other for other in reversed(linked) if other.kind == "comment"), None)
    if previous is None or previous.author == comment.author:
        return None
    opening = comment.body.lstrip()
    match = REPLY_OPENER.match(opening)
    if match is None:
        return None
    return _found(previous.position, previous.author, _cue(opening.split("\n", 1)[0]))


def _answer(comment: CommentRecord, linked: list[CommentRecord]) -> dict | None:
    """Return the comment just before when it addressed this commenter (who now answers it)."""
    previous = next((other for other in reversed(linked) if other.kind == "comment"), None)
    if previous is None or not comment.author or previous.author == comment.author:
        return None
    target = next((other for other in linked if other.position == previous.reply_to_position), None)
    addressed = previous.addressed_to and same_name(previous.addressed_to, comment.author)
    first_sentence = _sentences(comment.body.split("\n", 1)[0].strip())[0][1]
    if not SECOND_PERSON.search(first_sentence):
        return None
    if addressed or (target is not None and target.author == comment.author):
        return _found(previous.position, previous.author, "answers the comment addressed to it")
    return None


def _by_name(comment: CommentRecord, earlier: list[CommentRecord], author: str) -> dict | None:
    first_line = comment.body.split("\n", 1)[0].strip()
    for candidate, cue, leading in _candidates(first_line):
        target = _latest_by(earlier, candidate)
        if target is not None:
            return _found(target.position, candidate, cue)
        if leading and _names_post_author(candidate, author):
            return _found(None, candidate, cue)
    return None


def _candidates(first_line: str) -> list[tuple[str, str, bool]]:
    """Return (name as written, cue, leads its sentence) for the first line's addressees.

    A name leading a sentence may address the post's author too; a closing vocative
    ("..., Stormcrow?") or initials ("Indeed MHA.") count only for an earlier commenter.
    """
    found = []
    for pattern in (AT_TIME, AT_NAME):
        match = pattern.match(first_line)
        if match:
            found.append((match.group("name").strip(), _cue(first_line), True))
    for start, sentence in _sentences(first_line):
        match = VOCATIVE.match(sentence)
        if match:
            found.append((match.group("name"), _cue(first_line if start == 0 else sentence), True))
        closing = CLOSING_VOCATIVE.search(sentence)
        if closing:
            found.append((closing.group("name"), _cue(sentence), False))
        found.extend((word, _cue(sentence), False) for word in INITIALS_WORD.findall(sentence))
    return found


def _sentences(line: str) -> list[tuple[int, str]]:
    breaks = [
        match
        for match in SENTENCE_START.finditer(line)
        if not ABBREVIATION.search(line[: match.start()])
    ]
    starts = [0] + [match.end() for match in breaks]
    ends = [match.start() for match in breaks] + [len(line)]
    return [(start, line[start:end]) for start, end in zip(starts, ends, strict=True)]


def _latest_by(earlier: list[CommentRecord], name: str) -> CommentRecord | None:
    """Return the latest comment by `name`, or by the one commenter whose first name it is."""
    for other in reversed(earlier):
        if same_name(name, other.author):
            return other
    if len(name.split()) != 1:
        return None
    # "Bob, ..." addresses Bob Hale when no other earlier commenter is called Bob.
    named = [other for other in earlier if len(other.author.split()) > 1]
    firsts = {other.author for other in named if same_name(name, other.author.split()[0])}
    if len(firsts) != 1:
        return None
    return next(other for other in reversed(named) if other.author in firsts)


def _names_post_author(name: str, author: str) -> bool:
    if not author:
        return False
    bare = HONORIFIC.sub("", name)
    parts = author.split()
    return any(same_name(bare, option) for option in {author, parts[0], parts[-1]})


def same_name(written: str, name: str) -> bool:
    """Return whether a name as written refers to `name`: same letters, or one slip apart."""
    left = normalize_name(written).replace(" ", "")
    right = normalize_name(name).replace(" ", "")
    if not left or not right:
        return False
    if INITIALS.match(written) and written == _initials(name):
        return True
    return left == right or (min(len(left), len(right)) >= 5 and _one_slip(left, right))


def _initials(name: str) -> str:
    """Return a name's initials: "MeaninglessHotAir" and "Meaningless Hot Air" give "MHA"."""
    return "".join(re.findall(r"(?:^|(?<=[\s_-])|(?<=[a-z]))([A-Z])", name))


def _one_slip(left: str, right: str) -> bool:
    """Return whether two words differ by one edit or one swap of neighbouring letters."""
    if abs(len(left) - len(right)) > 1:
        return False
    if len(left) == len(right):
        diffs = [index for index in range(len(left)) if left[index] != right[index]]
        if len(diffs) == 1:
            return True
        first, second = (diffs + [0, 0])[:2]
        return (
            len(diffs) == 2
            and second == first + 1
            and left[first] == right[second]
            and left[second] == right[first]
        )
    shorter, longer = sorted((left, right), key=len)
    return any(longer[:index] + longer[index + 1 :] == shorter for index in range(len(longer)))


def _cue(text: str) -> str:
    return text if len(text) <= MAX_CUE else text[: MAX_CUE - 1].rstrip() + "…"


def _found(position: int | None, name: str, cue: str) -> dict:
    return {"reply_to_position": position, "addressed_to": name, "reply_cue": cue}
