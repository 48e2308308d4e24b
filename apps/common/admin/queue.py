"""The review queue: one row per page, its evidence on top, the decision right under it.

The queue walks the unreviewed rows of a changelist filter (the list's query string) in id
order. A decision goes through `review_set_status` (reviewer, time, note, one history row)
and the page moves on to the next unreviewed row of the same filter. Plain forms and links:
the keys (common/admin/review.js) only press the buttons.
"""

import copy
from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import (
    display_for_field,
    display_for_value,
    label_for_field,
    lookup_field,
)
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.http import Http404, HttpResponseRedirect, QueryDict
from django.template.response import TemplateResponse
from django.urls import path, reverse

from apps.common.models import ReviewStatus
from apps.common.services import review_set_status

RETURN_VAR = "_review"
# The queue is about unreviewed rows whatever the list showed; paging is the list's own.
DROPPED_PARAMS = {"p", "e", "all", "review_status__exact", RETURN_VAR}
DECISIONS = {"confirm": ReviewStatus.CONFIRMED, "reject": ReviewStatus.REJECTED}
NOT_FACTS = {"action_checkbox", "review", "quote_marked", "source_document", "rule_name"}


@dataclass
class Queue:
    """The rows of one changelist filter and the filter as a query string (without "?")."""

    rows: QuerySet
    query: str

    def progress(self) -> tuple[int, int]:
        """Return (reviewed, total) rows of the filter."""
        reviewed = ~Q(review_status=ReviewStatus.UNREVIEWED)
        counts = self.rows.aggregate(total=Count("pk"), reviewed=Count("pk", filter=reviewed))
        return counts["reviewed"], counts["total"]

    def next_unreviewed(self, after: int | None = None) -> int | None:
        """Return the next unreviewed row's id after `after` (wrapping round), or None."""
        pending = self.rows.filter(review_status=ReviewStatus.UNREVIEWED).order_by("pk")
        ids = pending.values_list("pk", flat=True)
        if after is None:
            return ids.first()
        return ids.filter(pk__gt=after).first() or ids.exclude(pk=after).first()


class ReviewQueueMixin:
    """Adds review/ and review/<id>/ to a curated ModelAdmin (see the module docstring)."""

    review_fields: tuple[str, ...] | None = None  # facts shown under the decision

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("review/", wrap(self.review_start_view), name=self._url_name("review")),
            path(
                "review/<path:object_id>/",
                wrap(self.review_item_view),
                name=self._url_name("review_item"),
            ),
            *super().get_urls(),
        ]

    def review_url(self, pk: int | None, query: str) -> str:
        """Return the queue page of row pk (None: the queue's start) for a filter."""
        if pk is None:
            url = self._reverse("review")
        else:
            url = self._reverse("review_item", pk)
        return f"{url}?{query}" if query else url

    def review_queue(self, request) -> Queue:
        """Return the queue of the changelist filter in request's query string."""
        params = QueryDict(mutable=True)
        for key, values in request.GET.lists():
            if key not in DROPPED_PARAMS:
                params.setlist(key, values)
        listing = copy.copy(request)
        listing.GET = params
        try:
            changelist = self.get_changelist_instance(listing)
        except IncorrectLookupParameters as error:
            raise Http404(f"Unknown filter: {error}") from error
        return Queue(changelist.queryset, params.urlencode())

    def review_start_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        queue = self.review_queue(request)
        pk = queue.next_unreviewed()
        if pk is None:
            return self._review_page(request, queue, None)
        return HttpResponseRedirect(self.review_url(pk, queue.query))

    def review_item_view(self, request, object_id):
        if not self.has_view_permission(request):
            raise PermissionDenied
        obj = self.get_object(request, object_id)
        if obj is None:
            raise Http404(f"No {self.opts.verbose_name} with id {object_id!r}.")
        queue = self.review_queue(request)
        if request.method == "POST":
            return self._review_decide(request, obj, queue)
        return self._review_page(request, queue, obj)

    def _review_decide(self, request, obj, queue: Queue):
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        decision = request.POST.get("decision", "")
        if decision in DECISIONS:
            note = request.POST.get("note", "").strip()
            rows = self.model._base_manager.filter(pk=obj.pk)
            status = DECISIONS[decision]
            review_set_status(queryset=rows, status=status, user=request.user, note=note)
            label = ReviewStatus(DECISIONS[decision]).label
            self.message_user(request, f"{label}: {obj}", messages.SUCCESS)
        elif decision != "skip":
            self.message_user(request, "Choose confirm, reject or skip.", messages.ERROR)
            return HttpResponseRedirect(self.review_url(obj.pk, queue.query))
        next_pk = queue.next_unreviewed(after=obj.pk)
        return HttpResponseRedirect(self.review_url(next_pk, queue.query))

    def _review_page(self, request, queue: Queue, obj):
        reviewed, total = queue.progress()
        opts = self.opts
        context = {
            **self.admin_site.each_context(request),
            "title": f"Review {opts.verbose_name_plural}",
            "subtitle": None,
            "opts": opts,
            "obj": obj,
            "reviewed": reviewed,
            "total": total,
            "filters": list(QueryDict(queue.query).items()),
            "changelist_url": self._changelist_url(queue.query),
            "media": self.media,
        }
        if obj is not None:
            here = self.review_url(obj.pk, queue.query)
            next_pk = queue.next_unreviewed(after=obj.pk)
            context |= {
                "evidence": self.review_evidence(obj),
                "facts": self.review_facts(obj),
                "can_change": self.has_change_permission(request, obj),
                "edit_url": self._reverse("change", obj.pk) + "?" + urlencode({RETURN_VAR: here}),
                "skip_url": self.review_url(next_pk, queue.query) if next_pk else None,
            }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/common/review_queue.html", context)

    def review_evidence(self, obj) -> list[tuple[str, str]]:
        """Return (title, html) of each evidence display of the row (its passages first)."""
        return [
            (getattr(display, "short_description", name), display(obj))
            for name in self.evidence_fields
            if (display := getattr(self, name, None)) is not None
        ]

    def review_facts(self, obj) -> list[tuple[str, str]]:
        """Return (label, value) of the row's fields a decision needs."""
        names = self.review_fields or [
            name for name in self.list_display if isinstance(name, str) and name not in NOT_FACTS
        ]
        return [self._fact(name, obj) for name in names]

    def _fact(self, name: str, obj) -> tuple[str, str]:
        label = str(label_for_field(name, self.model, self))
        empty = self.get_empty_value_display()
        try:
            field, attr, value = lookup_field(name, obj, self)
        except (AttributeError, ObjectDoesNotExist, FieldDoesNotExist):
            return label, empty
        if field is None:
            return label, display_for_value(value, empty, getattr(attr, "boolean", False))
        if field.is_relation:
            return label, empty if value is None else str(value)
        return label, display_for_field(value, field, empty)

    def _url_name(self, view: str) -> str:
        return f"{self.opts.app_label}_{self.opts.model_name}_{view}"

    def _reverse(self, view: str, *args) -> str:
        name = f"{self.admin_site.name}:{self._url_name(view)}"
        return reverse(name, args=args, current_app=self.admin_site.name)

    def _changelist_url(self, query: str) -> str:
        url = self._reverse("changelist")
        return f"{url}?{query}" if query else url
