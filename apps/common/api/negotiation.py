"""Content negotiation that answers an unsupported ?format= with a 400 naming it."""

from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import DefaultContentNegotiation


class StrictContentNegotiation(DefaultContentNegotiation):
    """DRF answers an unknown ?format= with a bare 404; say what is wrong instead."""

    def select_renderer(self, request, renderers, format_suffix=None):
        wanted = format_suffix or request.query_params.get(self.settings.URL_FORMAT_OVERRIDE)
        formats = [renderer.format for renderer in renderers]
        if wanted and wanted not in formats:
            message = f"Unsupported format {wanted!r} here. Available: {', '.join(formats)}."
            raise ValidationError({self.settings.URL_FORMAT_OVERRIDE: [message]})
        return super().select_renderer(request, renderers, format_suffix)
