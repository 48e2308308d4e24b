"""Admin forms: a sourced row's span found from its pasted quote; the review note on actions."""

from django import forms
from django.contrib.admin.helpers import ActionForm

from apps.common.spans import excerpt, find_quote, nearest_span, passage_around

MAX_LISTED = 10


class ReviewActionForm(ActionForm):
    """The action bar, plus a note that the review actions store on every selected row."""

    note = forms.CharField(
        required=False,
        label="Note",
        widget=forms.TextInput(
            attrs={"placeholder": "optional note for confirm / reject", "size": 40}
        ),
    )


class SourcedForm(forms.ModelForm):
    """Pick a document, paste the quote: the form finds the offsets (no typing of numbers).

    Whitespace may differ from the stored text (a passage copied from a web page); the span
    covers the text as stored, and the stored quote is that text. A quote that is not in the
    document, or that occurs several times without `occurrence`, is a validation error.
    """

    occurrence = forms.IntegerField(
        min_value=1,
        required=False,
        help_text="Only when the quote occurs more than once in the document: which one "
        "(1 = the first). Leave empty otherwise.",
    )

    def clean(self):
        cleaned = super().clean()
        document, quote = cleaned.get("document"), cleaned.get("quote")
        if document is None or not quote:
            return cleaned
        span = self._find_span(document, quote, cleaned.get("occurrence"))
        if span is not None:
            start, end = span
            cleaned["quote"] = document.text[start:end]
            self.instance.span_start, self.instance.span_end = start, end
        return cleaned

    def _find_span(self, document, quote: str, occurrence: int | None) -> tuple[int, int] | None:
        instance = self.instance
        if (
            instance.pk
            and occurrence is None
            and instance.document_id == document.pk
            and instance.quote == quote
        ):
            return instance.span_start, instance.span_end
        spans = find_quote(document.text, quote)
        if not spans:
            self.add_error(
                "quote",
                f"This passage does not occur in the text of “{document}”. Paste it exactly "
                "as it appears in the document (line breaks and spacing may differ).",
            )
            return None
        if occurrence is not None:
            if occurrence > len(spans):
                self.add_error(
                    "occurrence", f"The quote occurs only {len(spans)} time(s) in the document."
                )
                return None
            return spans[occurrence - 1]
        if len(spans) == 1:
            return spans[0]
        if instance.pk and instance.document_id == document.pk:
            return nearest_span(spans, instance.span_start)
        self.add_error("occurrence", _ambiguity_message(document.text, spans))
        return None


def _ambiguity_message(text: str, spans: list[tuple[int, int]]) -> str:
    listed = []
    for number, (start, end) in enumerate(spans[:MAX_LISTED], start=1):
        passage = passage_around(text, start, end, context=40)
        before, after = " ".join(passage.before.split()), excerpt(passage.after, 40)
        listed.append(f"{number}: …{before[-40:]} [{passage.quote}] {after}")
    more = f" (and {len(spans) - MAX_LISTED} more)" if len(spans) > MAX_LISTED else ""
    return (
        f"The quote occurs {len(spans)} times in the document{more}; enter which one here, "
        "or paste a longer quote. " + " · ".join(listed)
    )
