"""The admin site curators use (admin.site): the usual admin, curation pages, review queues.

Apps add pages with `admin.site.register_page(CurationPage(...))` from their admin.py (the
claimant linking page lives with claims); the index lists the pages and, per model with a
review queue, how many rows still wait for a decision. Views are named by dotted path and
imported when the URLs are built: this module is imported while admin.site is being made,
and importing admin modules then would register their ModelAdmins on a throwaway site.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from django.contrib import admin
from django.http import HttpRequest
from django.urls import path, reverse
from django.utils.module_loading import import_string

from apps.common.models import ReviewStatus

# Listed first on the index: the rows the issue of review speed is about.
QUEUE_ORDER = ("claims.claim", "events.event", "actors.actorrelation", "actors.actormention")


@dataclass(frozen=True, slots=True)
class CurationPage:
    """A page of the curation site: /admin/curation/<slug>/, listed on the index."""

    slug: str
    title: str
    description: str
    view: str  # dotted path of view(request, *, site)
    is_allowed: Callable[[HttpRequest], bool] = lambda request: request.user.is_staff


BUILT_IN_PAGES = (
    CurationPage(
        slug="duplicates",
        title="Duplicate suggestions",
        description="Actors, weapons, places and events that are probably one: merge or "
        "dismiss in one click.",
        view="apps.common.admin.duplicates.duplicates_view",
    ),
    CurationPage(
        slug="rules",
        title="Precision per extraction rule",
        description="How many rows of each extraction rule curators confirmed and rejected.",
        view="apps.common.admin.rules.rules_view",
    ),
)


class CurationSite(admin.AdminSite):
    """The admin site with curation pages and review-queue counts on the index."""

    index_template = "admin/common/index.html"

    def __init__(self, name: str = "admin") -> None:
        super().__init__(name)
        self.curation_pages: dict[str, CurationPage] = {page.slug: page for page in BUILT_IN_PAGES}

    def register_page(self, page: CurationPage) -> None:
        """Add a curation page (its URL name is admin:curation_<slug>)."""
        self.curation_pages[page.slug] = page

    def get_urls(self):
        pages = [
            path(
                f"curation/{page.slug}/",
                self.admin_view(partial(import_string(page.view), site=self)),
                name=f"curation_{page.slug}",
            )
            for page in self.curation_pages.values()
        ]
        return pages + super().get_urls()

    def index(self, request, extra_context=None):
        pages = [
            {"title": page.title, "description": page.description, "url": self.page_url(page.slug)}
            for page in self.curation_pages.values()
            if page.is_allowed(request)
        ]
        context = {"curation_pages": pages, "review_queues": self.review_queues(request)}
        return super().index(request, {**context, **(extra_context or {})})

    def page_url(self, slug: str) -> str:
        """Return the URL of a curation page."""
        return reverse(f"{self.name}:curation_{slug}", current_app=self.name)

    def review_queues(self, request) -> list[dict]:
        """Return, per model with a review queue the user may see, its unreviewed count."""
        queues = []
        for model, model_admin in self._registry.items():
            if not hasattr(model_admin, "review_url") or not model_admin.has_view_permission(
                request
            ):
                continue
            waiting = model._default_manager.filter(review_status=ReviewStatus.UNREVIEWED)
            queues.append(
                {
                    "label": model._meta.label_lower,
                    "name": model._meta.verbose_name_plural,
                    "unreviewed": waiting.count(),
                    "url": model_admin.review_url(None, ""),
                }
            )
        first = {label: position for position, label in enumerate(QUEUE_ORDER)}
        queues.sort(key=lambda q: (first.get(q["label"], len(first)), str(q["name"])))
        return [queue for queue in queues if queue["unreviewed"] or queue["label"] in first]
