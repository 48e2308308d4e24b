"""Shared API plumbing: strict parameters, errors, pagination, CSV, permissions, routing."""
