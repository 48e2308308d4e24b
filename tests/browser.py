"""The real-browser tests' shared setup: Debian's Chromium driven by Playwright, skipped with a
clear reason where no Chromium is installed, screenshots saved to var/screenshots."""

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings

CHROMIUM = next(
    (
        path
        for path in (os.environ.get("CHROMIUM_PATH"), "/usr/bin/chromium", shutil.which("chromium"))
        if path and Path(path).is_file()
    ),
    None,
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="No Chromium found (looked for $CHROMIUM_PATH, /usr/bin/chromium, chromium on "
    "PATH): install Debian's chromium package to run the browser test; .ci/run does.",
)


@contextmanager
def browser_page(monkeypatch, viewport: dict) -> Iterator:
    """Yield a Playwright page of the given viewport in a fresh headless Chromium."""
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
    # between browser steps are still plain synchronous code.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport=viewport)
        page.set_default_timeout(15_000)
        yield page
        browser.close()
