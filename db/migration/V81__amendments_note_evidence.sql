-- A proponent's, supporter's or opponent's stand may cite a daily note (#5) as its evidence. The note comes with its
-- meeting and a written source naming it (under the Chatham House rule: no written source, the note named in the
-- quote), so the evidence check holds without it: deleting the note keeps the stand and what it said of the note.
alter table amendment_actor add column note_id bigint references note (id) on delete set null;
create index amendment_actor_note on amendment_actor (note_id) where note_id is not null;
