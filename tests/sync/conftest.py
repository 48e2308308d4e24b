from pathlib import Path

import pytest

from .world import load_seed


@pytest.fixture
def seeds(tmp_path) -> Path:
    """One seed file loaded and committed (the test needs the transactional database)."""
    return load_seed(tmp_path)
