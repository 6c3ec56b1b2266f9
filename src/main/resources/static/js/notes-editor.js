// The note editor: preview rendered by the server (the note page's renderer), keyboard shortcuts, tag completion.
// Without it the editor still works: the Preview button posts the form and the page comes back with the preview.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('note-form');
  if (!form) { return; }
  const body = form.querySelector('textarea[name="body"]');
  const pane = document.getElementById('note-preview');
  const csrf = form.querySelector('input[name="_csrf"]');
  const previewButton = form.querySelector('[data-shortcut="preview"]');
  const saveButton = form.querySelector('[data-shortcut="save"]');

  async function preview() {
    const data = new URLSearchParams();
    data.set('body', body.value);
    const date = form.querySelector('input[name="date"]');
    if (date && date.value) { data.set('date', date.value); }
    if (csrf) { data.set('_csrf', csrf.value); }
    pane.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(form.dataset.preview, {
        method: 'POST', body: data, credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
      });
      if (response.ok) {
        // The server's answer is the sanitised preview fragment; parse it and take its children.
        const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
        const fresh = doc.getElementById('note-preview');
        pane.replaceChildren(...(fresh ? fresh.childNodes : []));
      }
    } finally {
      pane.removeAttribute('aria-busy');
    }
  }

  if (previewButton) {
    previewButton.addEventListener('click', (event) => { event.preventDefault(); preview(); });
  }
  let timer = null;
  body.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(preview, 800);
  });

  document.addEventListener('keydown', (event) => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod) { return; }
    const key = event.key.toLowerCase();
    if (key === 's' && saveButton) {
      event.preventDefault();
      saveButton.click();
    } else if (key === 'e') {
      event.preventDefault();
      preview();
    }
  });

  // Tags are a comma-separated list: offer completion for the tag being typed, keeping the ones before it.
  const tags = form.querySelector('input[name="tags"]');
  const list = document.getElementById('known-tags');
  if (tags && list) {
    const known = Array.from(list.options).map((o) => o.value);
    tags.addEventListener('input', () => {
      const parts = tags.value.split(',');
      const typed = parts.pop().trim().toLowerCase();
      const before = parts.map((p) => p.trim()).filter((p) => p);
      const prefix = before.length ? before.join(', ') + ', ' : '';
      const options = known
        .filter((t) => t.startsWith(typed) && !before.includes(t))
        .slice(0, 20)
        .map((t) => { const o = document.createElement('option'); o.value = prefix + t; return o; });
      list.replaceChildren(...options);
    });
  }
});
