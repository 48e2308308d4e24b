"""?fields= and ?omit=: which fields of a list or detail answer a client wants, dotted for
nested objects (`fields=id,title,place.name`, `omit=participants.actor.url`).

The names are checked against the serializer (an unknown one is a 400), the serializer is
pruned to them, and the view passes the top-level names to its selector, which then leaves
out the joins, prefetches and counts of the fields not asked for; plain columns not asked
for are deferred. CSV columns follow the same selection.
"""

from rest_framework.exceptions import ValidationError
from rest_framework.serializers import BaseSerializer, ListSerializer

FIELDS_PARAM, OMIT_PARAM = "fields", "omit"
SELECTION_PARAMS = (FIELDS_PARAM, OMIT_PARAM)
MAX_NAMES = 200

# A selection tree: each name maps to the tree of its nested fields, or None for all of them.
Tree = dict[str, "Tree | None"]


def _nested(field) -> BaseSerializer | None:
    """Return the serializer whose fields a nested field shows (the child of a list)."""
    if isinstance(field, ListSerializer):
        return field.child
    return field if isinstance(field, BaseSerializer) else None


def field_paths(serializer: BaseSerializer, prefix: str = "") -> list[str]:
    """Return every field of the serializer as a dotted path, nested fields included."""
    paths = []
    for name, field in serializer.fields.items():
        paths.append(prefix + name)
        nested = _nested(field)
        if nested is not None:
            paths += field_paths(nested, f"{prefix}{name}.")
    return paths


def parse_names(values: list[str]) -> list[str]:
    """Return the dotted names of a parameter given once or repeated, comma-separated."""
    return [part.strip(" ") for value in values for part in value.split(",") if part.strip(" ")]


def _tree(paths: list[str]) -> Tree:
    tree: Tree = {}
    for path in paths:
        node = tree
        *parents, leaf = path.split(".")
        for part in parents:
            child = node.setdefault(part, {})
            if child is None:
                break  # an ancestor is already selected whole
            node = child
        else:
            node[leaf] = None
    return tree


def read_selection(query_params, serializer: BaseSerializer) -> tuple[Tree | None, Tree]:
    """Return the (fields, omit) trees the query asks for; a 400 names any unknown field."""
    known = set(field_paths(serializer))
    errors, trees = {}, {}
    for param in SELECTION_PARAMS:
        names = parse_names(query_params.getlist(param))
        unknown = [name for name in names if name not in known]
        if len(names) > MAX_NAMES:
            errors[param] = [f"At most {MAX_NAMES} names."]
        elif unknown:
            listed = ", ".join(sorted(known))
            errors[param] = [f"Unknown field: {', '.join(unknown)}. Known: {listed}."]
        trees[param] = _tree(names) if names else None
    if errors:
        raise ValidationError(errors)
    return trees[FIELDS_PARAM], trees[OMIT_PARAM] or {}


def prune(serializer: BaseSerializer, keep: Tree | None, drop: Tree) -> None:
    """Remove from the serializer (and its nested ones) the fields not kept or dropped."""
    fields = serializer.fields
    for name in list(fields):
        if keep is not None and name not in keep:
            fields.pop(name)
        elif name in drop and drop[name] is None:
            fields.pop(name)
        else:
            nested = _nested(fields[name])
            below_keep = keep.get(name) if keep is not None else None
            below_drop = drop.get(name) or {}
            if nested is not None and (below_keep is not None or below_drop):
                prune(nested, below_keep, below_drop)


def top_level(serializer: BaseSerializer, keep: Tree | None, drop: Tree) -> frozenset[str] | None:
    """Return the top-level fields a pruned serializer shows (None: all), for the selector."""
    if keep is None and not any(subtree is None for subtree in drop.values()):
        return None
    return frozenset(serializer.fields)


def selection_parameters(paths: list[str]) -> list[dict]:
    """Return the OpenAPI query parameters `fields` and `omit` for these field paths."""
    items = {"type": "string", "enum": sorted(paths)}
    schema = {"type": "array", "items": items, "maxItems": MAX_NAMES}
    return [
        {
            "name": FIELDS_PARAM,
            "in": "query",
            "required": False,
            "style": "form",
            "explode": False,
            "schema": schema,
            "description": "Only these fields, comma-separated; dots reach into nested objects "
            "(`fields=id,title,place.name`). The answer, its CSV columns and the database "
            "work shrink with it: relations and counts not asked for are not fetched.",
        },
        {
            "name": OMIT_PARAM,
            "in": "query",
            "required": False,
            "style": "form",
            "explode": False,
            "schema": schema,
            "description": "Every field but these, comma-separated, dotted for nested objects "
            "(`omit=participants,weapons`). Applied after `fields`.",
        },
    ]


def unwanted_columns(serializer: BaseSerializer, wanted: frozenset[str]) -> list[str]:
    """Return the model's plain columns that only fields outside `wanted` read (to defer)."""
    model = serializer.Meta.model
    plain = {
        field.name
        for field in model._meta.concrete_fields
        if not (field.primary_key or field.is_relation or field.generated)
    }
    sources = {name: field.source for name, field in serializer.fields.items()}
    needed = {source for name, source in sources.items() if name in wanted}
    return sorted({source for source in sources.values() if source in plain} - needed)


class FieldSelectionMixin:
    """?fields= and ?omit= on a viewset's list and detail: pruned answers, narrowed reads.

    Selectors take `self.wanted()`, the top-level fields the answer shows, and leave out
    what no shown field needs; `narrow()` defers the plain columns of the fields left out.
    """

    _selection = None

    def selection(self) -> tuple[Tree | None, Tree]:
        """Return the (fields, omit) trees of this request (a 400 names unknown fields)."""
        if self._selection is None:
            request = getattr(self, "request", None)
            if request is None or getattr(self, "action", None) not in ("list", "retrieve"):
                return None, {}
            serializer = self.get_serializer_class()()
            self._selection = read_selection(request.query_params, serializer)
        return self._selection

    def wanted(self) -> frozenset[str] | None:
        """Return the top-level fields the answer shows, or None for all."""
        keep, drop = self.selection()
        if keep is None and not drop:
            return None
        serializer = self.get_serializer_class()()
        prune(serializer, keep, drop)
        return top_level(serializer, keep, drop)

    def narrow(self, queryset):
        """Defer the plain columns only the fields left out would read."""
        wanted = self.wanted()
        if wanted is None:
            return queryset
        columns = unwanted_columns(self.get_serializer_class()(), wanted)
        return queryset.defer(*columns) if columns else queryset

    def get_serializer(self, *args, **kwargs):
        serializer = super().get_serializer(*args, **kwargs)
        keep, drop = self.selection()
        if keep is not None or drop:
            prune(_nested(serializer) or serializer, keep, drop)
        return serializer
