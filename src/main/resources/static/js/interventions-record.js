// "Record as intervention" from a note: select a passage of the note and a button opens the quick intervention form
// with the note (its day, meeting and evidence), the passage as the quote, and the speaker and group recognised in it
// (the note's names are links to actor pages: the first state or other actor is the speaker, the first group the group
// spoken for; a group alone is the speaker). Without this script the note reads as before.
document.addEventListener('DOMContentLoaded', () => {
  const body = document.querySelector('.note-body[data-record-intervention]');
  if (!body) { return; }
  const button = document.createElement('a');
  button.className = 'button record-intervention';
  button.textContent = body.dataset.recordLabel || 'Record as intervention';
  button.hidden = true;
  document.body.appendChild(button);

  const codeOf = (link) => {
    const url = new URL(link.href, window.location.origin);
    const parts = url.pathname.split('/');
    return { kind: parts[parts.length - 2], code: decodeURIComponent(parts[parts.length - 1]) };
  };

  const update = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) { button.hidden = true; return; }
    const range = selection.getRangeAt(0);
    if (!body.contains(range.commonAncestorContainer)) { button.hidden = true; return; }
    const passage = selection.toString().replace(/\s+/g, ' ').trim();
    if (passage.length === 0) { button.hidden = true; return; }
    let actor = null;
    let group = null;
    body.querySelectorAll('a.mention').forEach((link) => {
      if (!range.intersectsNode(link)) { return; }
      const { kind, code } = codeOf(link);
      if (kind === 'groups') {
        if (!group) { group = code; }
      } else if (!actor) {
        actor = code;
      }
    });
    if (!actor && group) { actor = group; group = null; }
    const url = new URL(body.dataset.recordIntervention, window.location.origin);
    url.searchParams.set('quote', passage.length > 3900 ? passage.slice(0, 3900) : passage);
    if (actor) { url.searchParams.set('actor', actor); }
    if (group) { url.searchParams.set('onBehalfOf', group); }
    button.href = url.pathname + url.search;
    const box = range.getBoundingClientRect();
    button.style.top = `${window.scrollY + box.bottom + 6}px`;
    button.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - 220))}px`;
    button.hidden = false;
  };

  document.addEventListener('selectionchange', update);
});
