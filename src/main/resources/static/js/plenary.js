// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to an error summary or conflict panel so keyboard and screen-reader users hear it first.
  const alert = document.querySelector('.error-summary[tabindex], .conflict');
  if (alert) { alert.setAttribute('tabindex', '-1'); alert.focus(); }
  // Forms that ask for confirmation before a destructive action.
  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
    });
  });
});
