// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', () => {
  // A refused form: its error summary is announced (role=alert) and links to each field; the focus goes to the first
  // invalid field, so the user corrects it at once (to the summary when the error concerns the form as a whole). A
  // conflict panel takes the focus itself.
  const conflict = document.querySelector('.conflict');
  const summary = document.querySelector('.error-summary[tabindex]');
  // The summary lists the errors in the order the fields come in the form (the server lists them as it found them);
  // errors of the form as a whole first.
  document.querySelectorAll('.error-summary ul').forEach((list) => {
    const fields = [...document.querySelectorAll('input, select, textarea')];
    const place = (item) => {
      const link = item.querySelector('a[href^="#"]');
      const field = link && document.getElementById(link.getAttribute('href').slice(1));
      return field ? fields.indexOf(field) : -1;
    };
    [...list.children].sort((a, b) => place(a) - place(b)).forEach((item) => list.appendChild(item));
  });
  const invalid = document.querySelector(
    '[aria-invalid="true"]:not([type=hidden]), .field.invalid input:not([type=hidden]), .field.invalid select, .field.invalid textarea');
  const target = conflict || invalid || summary;
  if (target) {
    if (target === conflict || target === summary) { target.setAttribute('tabindex', '-1'); }
    target.focus();
  }
  // A link of the error summary focuses its field (browsers only scroll to it).
  document.querySelectorAll('.error-summary a[href^="#"]').forEach((link) => {
    link.addEventListener('click', (event) => {
      const field = document.getElementById(link.getAttribute('href').slice(1));
      if (field) { event.preventDefault(); field.focus(); field.scrollIntoView({block: 'center'}); }
    });
  });
  // Forms that ask for confirmation before a destructive action.
  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
    });
  });
});
