// Intervention suggestions on the note page (#8): "Dismiss" hides a suggestion and remembers it in this browser
// (localStorage, per note); nothing is sent to the server. Without script the buttons stay hidden and every
// suggestion is shown. A click on a long sentence shows it whole.
document.addEventListener('DOMContentLoaded', () => {
  const section = document.getElementById('suggestions');
  if (!section) { return; }
  const storageKey = 'plenary.suggestions.dismissed.' + section.dataset.note;
  const note = section.querySelector('.dismissed-note');
  const items = Array.from(section.querySelectorAll('li.suggestion'));

  function read() {
    try { return new Set(JSON.parse(localStorage.getItem(storageKey) || '[]')); } catch (e) { return new Set(); }
  }
  function write(keys) {
    try {
      if (keys.size === 0) { localStorage.removeItem(storageKey); } else { localStorage.setItem(storageKey, JSON.stringify([...keys])); }
    } catch (e) { /* storage refused: the dismissal lasts until the page is left */ }
  }
  let dismissed = read();

  function show() {
    let hidden = 0;
    items.forEach((item) => {
      const gone = dismissed.has(item.dataset.key);
      item.hidden = gone;
      if (gone) { hidden++; }
    });
    note.hidden = hidden === 0;
    note.querySelector('.count').textContent = (note.dataset.count || '{0}').replace('{0}', String(hidden));
  }

  items.forEach((item) => {
    const button = item.querySelector('button.dismiss');
    button.hidden = false;
    button.addEventListener('click', () => {
      dismissed.add(item.dataset.key);
      write(dismissed);
      show();
      const next = items.find((i) => !i.hidden);
      (next ? next.querySelector('a.button') : note.querySelector('button.restore')).focus();
    });
    const sentence = item.querySelector('blockquote.sentence');
    sentence.addEventListener('click', () => sentence.classList.add('open'));
  });
  note.querySelector('button.restore').addEventListener('click', () => {
    dismissed = new Set();
    write(dismissed);
    show();
  });
  show();
});
