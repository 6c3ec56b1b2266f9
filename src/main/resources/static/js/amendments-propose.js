// "Propose a change" from the reader: select words inside one paragraph and a button opens the quick proposal form
// with the paragraph, the selected words and which occurrence of them it is. Without this script the reader works as
// before; proposals are then entered from the list's form.
document.addEventListener('DOMContentLoaded', () => {
  const text = document.querySelector('.draft-text[data-propose]');
  if (!text) { return; }
  const button = document.createElement('a');
  button.className = 'button propose-change';
  button.textContent = text.dataset.proposeLabel || 'Propose a change';
  button.hidden = true;
  // Inside the main landmark (axe: all content in a landmark); positioned against the page, as main is static.
  (document.querySelector('main') || document.body).appendChild(button);

  const words = (s) => (s.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) || []);

  // Which occurrence of the selected words (as the server counts words) the selection starts at.
  const occurrence = (paragraphText, before, selected) => {
    const all = words(paragraphText);
    const wanted = words(selected);
    const start = words(before).length;
    let count = 0;
    for (let i = 0; i + wanted.length <= all.length && i < start; i++) {
      if (wanted.every((w, k) => all[i + k] === w)) { count++; }
    }
    return count;
  };

  const update = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) { button.hidden = true; return; }
    const range = selection.getRangeAt(0);
    const span = (node) => (node.nodeType === 1 ? node : node.parentElement)?.closest('p.node[data-node] > .text');
    const from = span(range.startContainer);
    if (!from || from !== span(range.endContainer)) { button.hidden = true; return; }
    const selected = selection.toString().trim();
    if (words(selected).length === 0) { button.hidden = true; return; }
    const prefix = document.createRange();
    prefix.setStart(from, 0);
    prefix.setEnd(range.startContainer, range.startOffset);
    const paragraph = from.closest('p.node[data-node]');
    const url = new URL(text.dataset.propose, window.location.origin);
    url.searchParams.set('node', paragraph.dataset.node);
    url.searchParams.set('target', selected);
    url.searchParams.set('occurrence', String(occurrence(from.textContent, prefix.toString(), selected)));
    button.href = url.pathname + url.search;
    const box = range.getBoundingClientRect();
    button.style.top = `${window.scrollY + box.bottom + 6}px`;
    button.style.left = `${Math.max(8, window.scrollX + box.left)}px`;
    button.hidden = false;
  };

  document.addEventListener('selectionchange', update);
});
