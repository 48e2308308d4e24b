"""Form fields for query parameters that reject what they cannot read instead of ignoring it."""

from datetime import UTC, date, datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Model, Q

from apps.common.text import normalize_name

MAX_ID = 2**63 - 1
MAX_VALUES = 100
# PostgreSQL text cannot hold NUL: a value with one names nothing and must never reach a query.
NUL = "\x00"
NUL_MESSAGE = "Null characters are not allowed."
TRUE_WORDS = {"true", "1", "yes", "on"}
FALSE_WORDS = {"false", "0", "no", "off"}


class MultiValueWidget(forms.TextInput):
    """Read a parameter given several times or as a comma-separated list (?a=1,2&a=3)."""

    def value_from_datadict(self, data, files, name):
        raw = data.getlist(name) if hasattr(data, "getlist") else [data.get(name)]
        # Only spaces are trimmed: str.strip() also eats control characters (\x1c) a
        # client could not tell from the value.
        values = [part.strip(" ") for item in raw if item for part in item.split(",")]
        return [value for value in values if value]

    def value_omitted_from_data(self, data, files, name):
        return name not in data

    def format_value(self, value):
        return ",".join(str(item) for item in value) if isinstance(value, list) else value


class ValuesField(forms.Field):
    """Several short text values (repeated or comma-separated); each at most `max_length`."""

    widget = MultiValueWidget

    def __init__(self, *args, max_length: int = 64, **kwargs):
        self.max_length = max_length
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        values = value if isinstance(value, list) else [value] if value else []
        if len(values) > MAX_VALUES:
            raise ValidationError(
                "At most %(limit)s values.", code="invalid", params={"limit": MAX_VALUES}
            )
        for item in values:
            if len(item) > self.max_length:
                raise ValidationError(
                    "A value is at most %(limit)s characters long.",
                    code="invalid",
                    params={"limit": self.max_length},
                )
        return values


class StrictBooleanField(forms.Field):
    """A true/false parameter; anything else is an error, never a silent 'not given'."""

    widget = forms.TextInput

    def to_python(self, value):
        if value in (None, ""):
            return None
        word = str(value).strip(" ").lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        # Messages take user input as params: django-filter %-formats the message.
        raise ValidationError(
            "Expected true or false, got %(value)r.", code="invalid", params={"value": value}
        )


class StrictIntegerField(forms.IntegerField):
    """A whole number in plain ASCII digits; Django's field also takes "1.0", "1_000", "١"."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value)
        if not is_number(text.removeprefix("-")):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return int(text)


class IdsField(forms.Field):
    """Row ids, repeated or comma-separated; ids without a row are not an error here."""

    widget = MultiValueWidget

    def __init__(self, *, max_values: int, **kwargs):
        self.max_values = max_values
        super().__init__(**kwargs)

    def clean(self, value) -> list[int]:
        tokens = [str(item) for item in value or []]
        if len(tokens) > self.max_values:
            raise ValidationError(f"At most {self.max_values} ids.", code="max_values")
        return sorted({parse_id(token, "row") for token in tokens})


class MomentField(forms.Field):
    """A point in time, ISO 8601: a date (its midnight, UTC) or a date and time, UTC if no
    offset is given (2024-05-01, 2024-05-01T12:30:00Z, 2024-05-01T14:30:00+02:00)."""

    widget = forms.TextInput

    def to_python(self, value):
        if value in (None, ""):
            return None
        text = str(value).strip(" ")
        try:
            if len(text) == 10:
                return datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
            moment = datetime.fromisoformat(text.upper())
        except ValueError:
            raise ValidationError(
                "Expected an ISO 8601 date or time (2024-05-01 or 2024-05-01T12:30:00Z), "
                "got %(value)r.",
                code="invalid",
                params={"value": value},
            ) from None
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)
        # PostgreSQL takes offsets up to 15:59 only; Python up to 23:59.
        try:
            return moment.astimezone(UTC)
        except OverflowError:  # past the first or the last representable instant
            return (datetime.min if moment.year == 1 else datetime.max).replace(tzinfo=UTC)


def is_number(value: str) -> bool:
    """Tell whether value is a plain ASCII whole number ('²' and '٣' are digits to str)."""
    return value.isascii() and value.isdigit()


def parse_id(value: str, noun: str) -> int:
    """Return value as a row id, or raise a ValidationError naming what was expected.

    A number no row can have (0, past the largest id) is returned as it is: it is then an
    unknown id, like any other id without a row.
    """
    if not is_number(value):
        raise ValidationError(
            "Expected a numeric %(noun)s id, got %(value)r.",
            code="invalid",
            params={"noun": noun, "value": value},
        )
    return int(value)


class RefField(forms.Field):
    """A list of rows given by id or, for models with a slug, by slug, name or alias.

    "efp", "EFP", "Quds Force" and "qods-force" all find their entity: a token that is not a
    slug is normalized like the loader's matching and looked up among names and aliases.
    """

    widget = MultiValueWidget

    def __init__(self, *, model: type[Model], by_slug: bool = True, **kwargs):
        self.model = model
        self.by_slug = by_slug
        super().__init__(**kwargs)

    @property
    def noun(self) -> str:
        return str(self.model._meta.verbose_name)

    def to_python(self, value) -> list[str]:
        return [str(item) for item in value or []]

    def clean(self, value) -> list[int]:
        tokens = self.to_python(value)
        if not tokens:
            if self.required:
                raise ValidationError("This parameter is required.", code="required")
            return []
        if len(tokens) > MAX_VALUES:
            raise ValidationError(f"At most {MAX_VALUES} values.", code="max_values")
        if any(NUL in token for token in tokens):
            raise ValidationError(NUL_MESSAGE, code="null_characters_not_allowed")
        ids, slugs = set(), set()
        for token in tokens:
            if is_number(token) or not self.by_slug:
                ids.add(parse_id(token, self.noun))
            else:
                slugs.add(token.lower())
        return self.resolve(ids, slugs)

    def resolve(self, ids: set[int], slugs: set[str]) -> list[int]:
        possible = {pk for pk in ids if 0 < pk <= MAX_ID}
        condition = Q(id__in=possible) | Q(slug__in=slugs) if slugs else Q(id__in=possible)
        columns = ["id", "slug"] if self.by_slug else ["id"]
        rows = list(self.model.objects.filter(condition).values(*columns))
        found = {row["id"] for row in rows}
        missing = sorted(str(pk) for pk in ids - found)
        unmatched = slugs - {row.get("slug") for row in rows}
        by_name = self.resolve_names(unmatched) if unmatched else {}
        missing += sorted(unmatched - set(by_name))
        if missing:
            raise ValidationError(
                "Unknown %(noun)s: %(values)s.",
                code="invalid_choice",
                params={"noun": self.noun, "values": ", ".join(missing)},
            )
        return sorted(found | set(by_name.values()))

    def resolve_names(self, tokens: set[str]) -> dict[str, int]:
        """Map tokens that are names or aliases (not slugs) to the ids of their entities."""
        keys = {token: normalize_name(token) for token in tokens}
        as_slugs = {key.replace(" ", "-"): token for token, key in keys.items()}
        named = self.model.objects.filter(slug__in=as_slugs).values_list("slug", "id")
        result = {as_slugs[slug]: pk for slug, pk in named}
        aliases = getattr(self.model, "aliases", None)
        if aliases is None:
            return result
        alias_model = aliases.rel.related_model
        owner = aliases.field.name
        rest = {key: token for token, key in keys.items() if token not in result}
        for key, pk in alias_model.objects.filter(normalized__in=rest).values_list(
            "normalized", f"{owner}_id"
        ):
            result[rest[key]] = pk
        return result
