"""Strict query parameters: an unknown or repeated parameter is a 400, never ignored."""

from collections.abc import Iterable
from difflib import get_close_matches

from django.http import QueryDict
from rest_framework.exceptions import ValidationError

from .fields import NUL, NUL_MESSAGE

FORMAT_PARAM = "format"
PAGE_PARAMS = ("page", "page_size", "cursor")
ORDERING_PARAM = "ordering"


def _unknown(name: str, accepted: list[str]) -> str:
    close = get_close_matches(name, accepted, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    return f"Unknown parameter.{hint} Accepted: {', '.join(accepted)}."


def check_query_params(
    query_params: QueryDict, accepted: Iterable[str], repeatable: Iterable[str] = ()
) -> None:
    """Raise a ValidationError naming every unknown parameter and every single-valued repeat."""
    accepted = sorted(set(accepted))
    repeatable = set(repeatable)
    errors = {}
    for name in query_params:
        if name not in accepted:
            errors[name] = [_unknown(name, accepted)]
        elif name not in repeatable and len(query_params.getlist(name)) > 1:
            errors[name] = ["Given more than once; this parameter takes a single value."]
        elif any(NUL in value for value in query_params.getlist(name)):
            errors[name] = [NUL_MESSAGE]
    if errors:
        raise ValidationError(errors)
