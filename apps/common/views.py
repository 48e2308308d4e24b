"""The health check (the site's pages are the explorer's: apps/explorer)."""

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def healthz(request):
    """Report whether the database answers: 200 when it does, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return JsonResponse(
            {"status": "error", "database": "unavailable", "detail": str(error).strip()},
            status=503,
        )
    return JsonResponse({"status": "ok", "database": "ok"})
