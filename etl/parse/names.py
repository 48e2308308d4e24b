"""Patterns for people's names and bylines as printed at the top or bottom of an article."""

import re

PARTICLE = r"(?:de|van|von|al|bin|ibn|el|da|di|del|der|la|le|du|dos|ter)"
WORD = r"[A-Z][\w'’]*(?:-[\w'’]+)*\.?"
NAME = rf"{WORD}(?:[ \t]+(?:{WORD}|{PARTICLE})){{1,3}}"
ROLE_WORDS = re.compile(
    r"\b(?:fellow|editor|professor|director|analyst|writer|journalist|correspondent|reporter|"
    r"coordinator|researcher|scholar|author|founder|contributor|columnist|chair|president|"
    r"officer|veteran|head|associate|lecturer|blogger|student|expert|manager|consultant|"
    r"assistant|specialist|adviser|advisor|intern|staff|member|candidate)\b",
    re.I,
)
INSTITUTION_WORDS = re.compile(
    r"\b(?:institute|university|college|center|centre|foundation|council|school|academy|"
    r"society|association|press|journal|times|post|news|network|agency|ministry|department|"
    r"office|command|service|group|project|program|programme|initiative|committee|review)\b",
    re.I,
)
NAMES = rf"{NAME}(?:(?:,[ \t]*|[ \t]+)(?:and|&)[ \t]+{NAME})?"
# A one-word name ("By Admin") only when nothing, or a gap of spaces, follows it.
BY = re.compile(
    rf"^(?i:by|written by|posted by)[ \t]+"
    rf"(?P<name>[A-Z][\w'’.-]+(?=[ \t]{{2,}}|[ \t]*$)|{NAMES})(?P<rest>.*)$"
)
# "LA Times / Tina Susman in Baghdad": an outlet, then its reporter (and where they write from).
OUTLET_NAME = re.compile(
    rf"^(?P<org>[A-Z][^/]{{1,40}}?)[ \t]+/[ \t]+(?P<name>{NAME})(?:[ \t]+in[ \t]+[A-Z][\w ]+)?$"
)
# A header line that is nothing but a person's name ("Kim Sengupta"), or "From <name>".
SOLE_NAME = re.compile(rf"^(?:From[ \t]+)?(?P<name>{NAME})$")
POSTED_ON_BY = re.compile(
    rf"^(?i:posted|published|written)[ \t]+(?i:on)[ \t]+(?P<date>.+?)[ \t]+(?i:by)[ \t]+"
    rf"(?P<name>\S+(?:[ \t]+{WORD}){{0,2}})$"
)
NAME_ROLE_ORG = re.compile(rf"^(?P<name>{NAMES}),[ \t]*(?P<role>[^,]+),[ \t]*(?P<org>[^,]+)$")
BIO = re.compile(
    rf"^(?P<name>{NAME})[ \t]+(?:is|was|has been|serves as)[ \t]+(?:a|an|the|professor|"
    r"director|editor|senior|former|co-?founder)\b"
)
ABOUT = re.compile(rf"^About(?:[ \t]+the[ \t]+[Aa]uthors?|[ \t]+(?P<name>{NAME}))[ \t]*:?$")
EDITOR_OF = re.compile(
    r"\b(?:[Ee]ditor|[Pp]ublisher|[Ff]ounder)[ \t]+of[ \t]+"
    r"(?P<site>(?:the[ \t]+)?(?:[A-Z][\w'’&.-]*[ \t]*){1,6})",
)
PUBLISHER_OF = re.compile(
    r"\bpublisher[ \t]+of[ \t]+(?P<site>(?:[Tt]he[ \t]+)?(?:[A-Z][\w'’&.-]*[ \t]*){1,6})"
)
SUPPORT = re.compile(
    r"\b(?:[Ss]upport|[Dd]onate to)[ \t]+(?P<site>(?:[Tt]he[ \t]+)?(?:[A-Z][\w'’&.-]*[ \t]*){1,6})"
)
COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)[ \t]*(?:©[ \t]*)?(?:(?:19|20)\d\d[ \t]*[,.]?[ \t]*)?"
    r"(?P<org>[A-Z][^.]{2,80}?)(?:\.|[ \t]+all rights reserved|$)",
    re.I,
)


def clean_site(site: str) -> str:
    """Return a site or outlet name without trailing punctuation or a leading 'the' cut short."""
    return site.strip().rstrip(".,;:").strip()
