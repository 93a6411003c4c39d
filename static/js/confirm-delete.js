// Delete confirmations: with JavaScript, the "Delete…" link opens its confirmation in a <dialog> on
// the same page; without it, the link leads to the confirmation page. Both show the same partial
// (views/partials/_delete-confirmation.njk). Listeners sit on the document so pages swapped in by
// htmx need nothing re-bound.
(() => {
  if (typeof HTMLDialogElement !== 'function') return; // old browser: the confirmation page it is

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const opener = target?.closest('a[data-confirm-dialog]');
    if (opener) {
      const dialog = document.getElementById(opener.getAttribute('data-confirm-dialog'));
      if (!(dialog instanceof HTMLDialogElement)) return;
      event.preventDefault();
      dialog.showModal();
      // Start on the field to fill in if there is one, else on Cancel: the safe choice.
      (dialog.querySelector('input:not([type="hidden"])') ?? dialog.querySelector('[data-close-dialog]'))?.focus();
      return;
    }
    const closer = target?.closest('dialog [data-close-dialog]');
    if (closer) {
      event.preventDefault();
      closer.closest('dialog').close();
    }
  });
})();
