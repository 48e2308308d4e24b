import re

from django.utils.html import escape


def section(page: str, element_id: str) -> str:
    """Return the HTML of the <section> whose id is `element_id` (up to the next section)."""
    start = page.index(f'id="{element_id}"')
    end = page.find("<section", start)
    return page[start : end if end != -1 else len(page)]


def marks(html: str, kind: str = "quote") -> list[str]:
    """Return the texts highlighted as `kind` in the HTML."""
    return re.findall(rf'<mark class="{kind}">(.*?)</mark>', html, flags=re.S)


def escaped(text: str) -> str:
    return escape(text)
