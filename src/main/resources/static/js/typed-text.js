// Never lose typed text: what a user types into a form that posts is kept in this browser until a page confirms
// the save (a flash message). If the post fails on the way (an expired session sends the user to the login page),
// coming back to the form restores the text, with a notice. Forms with a password are never kept.
(() => {
  const PREFIX = 'plenary.typed:';
  const keep = (field) => field.name && !field.disabled && field.type !== 'hidden' && field.type !== 'password'
    && field.type !== 'file' && (field.tagName === 'TEXTAREA' || field.tagName === 'SELECT'
    || ['text', 'search', 'url', 'email', 'date', 'time', 'number', 'color'].includes(field.type));
  const typed = (field) => field.tagName === 'TEXTAREA' || field.type === 'text';
  document.addEventListener('DOMContentLoaded', () => {
    // A confirmation (not a warning such as the login page's "your session expired") means the last post was saved.
    if (document.querySelector('.flash:not(.warning)')) {
      Object.keys(localStorage).filter((k) => k.startsWith(PREFIX))
        .forEach((k) => { try { if (JSON.parse(localStorage.getItem(k)).sent) { localStorage.removeItem(k); } } catch (e) { localStorage.removeItem(k); } });
    }
    document.querySelectorAll('form[method=post], form[method=POST]').forEach((form) => {
      const fields = Array.from(form.elements).filter(keep);
      if (form.querySelector('input[type=password]') || !fields.some(typed)) { return; }
      // Back from the login page the address carries "continue" (Spring Security's mark of a saved request): the same page.
      const search = new URLSearchParams(location.search);
      search.delete('continue');
      const query = search.toString();
      const key = PREFIX + location.pathname + (query ? '?' + query : '') + '|' + (form.getAttribute('action') || '');
      const save = (sent) => {
        const values = {};
        fields.forEach((f) => { values[f.name] = f.value; });
        localStorage.setItem(key, JSON.stringify({values: values, sent: sent}));
      };
      let saved = null;
      try { saved = JSON.parse(localStorage.getItem(key)); } catch (e) { saved = null; }
      if (saved && saved.values && !form.querySelector('.field-error, .error-summary')
          && fields.some((f) => typed(f) && saved.values[f.name] && saved.values[f.name] !== f.value)) {
        fields.forEach((f) => { if (saved.values[f.name] !== undefined) { f.value = saved.values[f.name]; } });
        const notice = document.createElement('p');
        notice.className = 'notice restored';
        notice.setAttribute('role', 'status');
        notice.textContent = form.dataset.restored || document.documentElement.dataset.restored || 'Your unsent text was restored.';
        form.prepend(notice);
      }
      form.addEventListener('input', () => save(false));
      form.addEventListener('change', () => save(false));
      form.addEventListener('submit', () => save(true));
    });
  });
})();
