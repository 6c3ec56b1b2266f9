// The search box of every page's header: "/" focuses it, as on most sites with a search, unless the reader is
// typing somewhere already. Escape in the box leaves it.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) { return; }
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable
      || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) { return; }
  const box = document.querySelector('input[data-search-key="/"]');
  if (!box) { return; }
  event.preventDefault();
  box.focus();
  box.select();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && event.target instanceof HTMLElement && event.target.matches('input[data-search-key]')) {
    event.target.blur();
  }
});
