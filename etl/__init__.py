"""The loader: pure stages over frozen dataclasses, then one load step that touches the DB."""
