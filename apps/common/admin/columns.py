"""Changelist columns a curator decides from: the quote with the matched words marked, the
document and the extraction rule, filled for a whole page in a constant number of queries."""

import re
from collections import defaultdict

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from apps.common.selectors import entity_mention_spans
from apps.common.spans import Marked, excerpt, passage_around, shorten_marked

from .displays import change_url


class EvidenceChangeList(ChangeList):
    """A ChangeList that lets its admin fetch, once per page, what the rows show."""

    def get_results(self, request):
        super().get_results(request)
        self.model_admin.enrich_page(list(self.result_list))


def has_path(model: type[models.Model], path: str) -> bool:
    """Return whether a lookup path ("rule", "reports__rule") leads to a concrete field."""
    *relations, name = path.split("__")
    for relation in relations:
        try:
            model = model._meta.get_field(relation).related_model
        except FieldDoesNotExist:
            return False
    return any(field.name == name for field in model._meta.concrete_fields)


def render_marked(marked: Marked) -> SafeString:
    """Render shortened text with its marked pieces in <mark>, escaped."""
    pieces = format_html_join(
        "",
        "{}",
        (
            (format_html("<mark>{}</mark>", text) if marks else text,)
            for text, marks in marked.pieces
        ),
    )
    return format_html(
        '<span class="list-quote">{}{}{}</span>',
        "…" if marked.is_cut_before else "",
        pieces,
        "…" if marked.is_cut_after else "",
    )


class EvidenceColumns:
    """Adds `quote_marked`, `source_document` and `rule_name` columns to a curated admin.

    A row shows the quote of its source row (itself, or for an event its first report) cut
    to `quote_limit` characters, with the words naming its entities marked: the mentions of
    the entities `marked_entities()` returns that lie inside the quote, and the plain texts
    `marked_texts()` returns (a claimant as written). Mentions show their words in context.
    """

    quote_limit = 160
    marked_fields: dict[str, tuple[str, ...]] = {}  # entity kind -> fields naming one
    in_context = False  # mentions: the quote is the matched words, shown in context

    def get_changelist(self, request, **kwargs):
        return EvidenceChangeList

    def quoted_rows(self, rows: list[models.Model]) -> dict[int, models.Model]:
        """Return, per listed row id, the sourced row whose quote it shows."""
        return {row.pk: row for row in rows}

    def marked_entities(self, row: models.Model) -> list[tuple[str, int]]:
        """Return the (kind, id) of the entities whose mentions are marked in row's quote."""
        return [
            (kind, pk)
            for kind, fields in self.marked_fields.items()
            for field in fields
            if (pk := getattr(row, f"{field}_id", None)) is not None
        ]

    def marked_texts(self, row: models.Model) -> list[str]:
        """Return plain texts marked wherever the quote contains them."""
        return []

    def enrich_page(self, rows: list[models.Model]) -> None:
        """Set `quoted` and `quote_marks` on every row of a page, in a few queries."""
        sources = self.quoted_rows(rows)
        wanted: dict[str, set[int]] = defaultdict(set)
        for row in rows:
            for kind, pk in self.marked_entities(row):
                wanted[kind].add(pk)
        documents = {source.document_id for source in sources.values()}
        spans = {} if self.in_context else entity_mention_spans(wanted, documents)
        for row in rows:
            row.quoted = sources.get(row.pk)
            row.quote_marks = self._marks(row, row.quoted, spans) if row.quoted else []

    def _marks(self, row, source, spans) -> list[tuple[int, int]]:
        marks = []
        for key in self.marked_entities(row):
            for document, start, end in spans.get(key, ()):
                inside = source.span_start <= start and end <= source.span_end
                if document == source.document_id and inside:
                    marks.append((start - source.span_start, end - source.span_start))
        for text in filter(None, self.marked_texts(row)):
            found = re.search(re.escape(text), source.quote, flags=re.IGNORECASE)
            if found:
                marks.append(found.span())
        return marks

    @admin.display(description="quote")
    def quote_marked(self, obj):
        source = getattr(obj, "quoted", obj)
        if source is None:
            return "—"
        if self.in_context:
            text = source.document.text
            passage = passage_around(text, source.span_start, source.span_end, context=50)
            pieces = ((passage.before, False), (passage.quote, True), (passage.after, False))
            return render_marked(Marked(pieces, passage.is_cut_before, passage.is_cut_after))
        marks = getattr(obj, "quote_marks", [])
        return render_marked(shorten_marked(source.quote, marks, limit=self.quote_limit))

    @admin.display(description="document")
    def source_document(self, obj):
        source = getattr(obj, "quoted", obj)
        if source is None:
            return "—"
        document = source.document
        short = excerpt(str(document), 40)
        return format_html('<a href="{}" title="{}">{}</a>', change_url(document), document, short)

    @admin.display(description="rule")
    def rule_name(self, obj):
        source = getattr(obj, "quoted", obj)
        return getattr(source, "rule", "") or "—"
