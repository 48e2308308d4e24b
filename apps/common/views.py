"""The site's own pages: the home page and the health check."""

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def home(request):
    """Link the API, its docs, the admin and the health check (the admin's "View site")."""
    return render(request, "common/home.html")


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
