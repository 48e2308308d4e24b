"use strict";
// Review queue keys: each control names its key in data-review-key (c, r, e, s, n). A key
// typed in a field is text, never a decision; Esc leaves the field. Keys only press the
// page's own buttons and links, so the page works the same without them.
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) {
    return;
  }
  const target = event.target;
  if (target instanceof Element && target.closest("input, textarea, select, [contenteditable]")) {
    if (event.key === "Escape") {
      target.blur();
    }
    return;
  }
  const control = document.querySelector(`[data-review-key="${CSS.escape(event.key)}"]`);
  if (!control) {
    return;
  }
  event.preventDefault();
  if (control.matches("input, textarea")) {
    control.focus();
  } else {
    control.click();
  }
});
