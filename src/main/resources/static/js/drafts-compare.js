// Drafts comparison: j or n jumps to the next change, k or p to the previous one (not while typing in a field).
document.addEventListener('DOMContentLoaded', () => {
  const comparison = document.querySelector('.comparison[data-changes]');
  if (!comparison) { return; }
  const total = Number(comparison.dataset.changes);
  let current = 0;
  const match = /^#change-(\d+)$/.exec(window.location.hash);
  if (match) { current = Number(match[1]); }
  const go = (number) => {
    const target = document.getElementById('change-' + number);
    if (!target) { return; }
    current = number;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center' });
    history.replaceState(null, '', '#change-' + number);
  };
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    const field = event.target.closest('input, select, textarea, [contenteditable]');
    if (field) { return; }
    if ((event.key === 'j' || event.key === 'n') && current < total) { go(current + 1); event.preventDefault(); }
    if ((event.key === 'k' || event.key === 'p') && current > 1) { go(current - 1); event.preventDefault(); }
  });
});
