// Small progressive enhancements on top of htmx. Everything works without this file.
document.addEventListener('htmx:after:request', (event) => {
  const form = event.target instanceof HTMLFormElement ? event.target : null;
  if (form && form.hasAttribute('data-reset-after-request')) {
    form.reset();
    form.querySelector('input[type="text"]')?.focus();
  }
});
