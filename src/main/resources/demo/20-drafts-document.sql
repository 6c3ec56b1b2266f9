-- Drafts demo: the GCM process's negotiated document. Its three illustrative revisions (written by the Plenary team,
-- not the negotiated text) are imported from demo/drafts/*.txt by drafts.DraftsDemo, through the importer.
insert into draft_document (process_id, title)
select id, 'Illustrative draft compact (written for the Plenary demo; not the negotiated text)'
from process where slug = 'gcm'
on conflict (process_id) do nothing;
