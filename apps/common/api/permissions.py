"""Anyone reads; writes need an authenticated user with the model permission."""

from rest_framework.permissions import SAFE_METHODS, DjangoModelPermissions


class ReadOrModelPermissions(DjangoModelPermissions):
    """Reads are public; a write the view offers needs the user's add/change/delete permission.

    A method the view does not offer at all is let through, so every client, anonymous or
    not, learns the truth from the 405 instead of a misleading 401.
    """

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        if request.method not in view.allowed_methods:
            return True
        return super().has_permission(request, view)
