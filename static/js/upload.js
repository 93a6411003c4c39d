// Drag-and-drop and upload progress for the document upload form. Without JavaScript the same form
// posts normally; this only adds a drop zone and a progress bar. Its words come from the page
// (data-msg-* on the form, in the reader's language), never from this file.
(() => {
  const form = document.getElementById('upload-form');
  if (!form || !window.FormData || !window.XMLHttpRequest) return;
  const zone = form.querySelector('[data-drop-zone]');
  const input = form.querySelector('input[type="file"]');
  const progress = form.querySelector('.upload-progress');
  const bar = form.querySelector('progress');
  const status = form.querySelector('[data-upload-status]');
  const button = form.querySelector('button[type="submit"]');
  /** A message from the form's data-msg-* attribute, with {placeholders} filled in. */
  const say = (name, values = {}) =>
    (form.dataset[`msg${name.charAt(0).toUpperCase()}${name.slice(1)}`] || '').replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
  form.querySelector('.drop-hint')?.removeAttribute('hidden');

  ['dragenter', 'dragover'].forEach((type) =>
    zone.addEventListener(type, (e) => {
      e.preventDefault();
      zone.classList.add('drop-active');
    }),
  );
  ['dragleave', 'drop'].forEach((type) => zone.addEventListener(type, () => zone.classList.remove('drop-active')));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length > 0) {
      input.files = e.dataTransfer.files;
      status.textContent = say('ready', { name: e.dataTransfer.files[0].name });
    }
  });

  form.addEventListener('submit', (e) => {
    if (!input.files || input.files.length === 0) return; // let the server explain
    e.preventDefault();
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('X-Requested-With', 'candor-upload');
    progress.hidden = false;
    button.disabled = true;
    xhr.upload.addEventListener('progress', (p) => {
      if (!p.lengthComputable) return;
      const percent = Math.round((p.loaded / p.total) * 100);
      bar.value = percent;
      status.textContent = percent < 100 ? say('progress', { percent }) : say('reading');
    });
    xhr.addEventListener('load', () => {
      if (xhr.status < 400) {
        let location = '/documents';
        try {
          location = JSON.parse(xhr.responseText).location || location;
        } catch {
          // Not JSON: fall back to the list.
        }
        window.location.assign(location);
        return;
      }
      // Show the server's explanation (same page it would render without JavaScript).
      const page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      const main = page.querySelector('main');
      if (main) document.querySelector('main').replaceWith(main);
      else status.textContent = say('failed');
    });
    xhr.addEventListener('error', () => {
      button.disabled = false;
      status.textContent = say('interrupted');
    });
    xhr.send(new FormData(form));
  });
})();
