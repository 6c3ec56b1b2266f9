// Choosing a daily note as evidence fills the date and the meeting from the note (the server completes the source
// and checks the meeting whatever this script did). Without the script the choice still counts.
document.addEventListener('change', (event) => {
  const select = event.target;
  if (!(select instanceof HTMLSelectElement) || !select.classList.contains('cites-note')) { return; }
  const option = select.selectedOptions[0];
  if (!option || !option.value) { return; }
  const form = select.form;
  const date = form.querySelector('input[name="statedOn"]');
  if (date && option.dataset.date) { date.value = option.dataset.date; }
  const meeting = form.querySelector('select[name="meetingId"]');
  if (meeting) { meeting.value = option.dataset.meeting || ''; }
});
