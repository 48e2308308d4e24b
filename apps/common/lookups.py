"""Lookup lists shared by every FilterSet, so all endpoints accept the same suffixes."""

TEXT_LOOKUPS = ["exact", "iexact", "icontains"]
DATE_LOOKUPS = ["exact", "gte", "lte"]
NUMBER_LOOKUPS = ["exact", "gte", "lte"]
