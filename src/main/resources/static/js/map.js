// The issue map: pointing at or focusing a state names it and its stance under the map (not above: the map must
// not move under the pointer) (a live region, for screen
// readers too). Each state is a link to its page; without this script the links and their tooltips still work.
document.addEventListener('DOMContentLoaded', () => {
  const caption = document.getElementById('map-focus');
  const map = document.querySelector('.world-map svg');
  if (!caption || !map) { return; }
  const show = (event) => {
    const state = event.target.closest('a[data-label]');
    if (state) { caption.textContent = state.dataset.label; caption.classList.add('naming'); }
  };
  const hide = () => { caption.textContent = caption.dataset.hint; caption.classList.remove('naming'); };
  map.addEventListener('mouseover', show);
  map.addEventListener('focusin', show);
  map.addEventListener('mouseleave', hide);
  map.addEventListener('focusout', hide);
});
