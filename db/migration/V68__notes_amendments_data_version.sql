-- The tables of the notes (#7) and the amendments (#9) were written beside the data_version counter (V60) and landed
-- after it: a write to them changes the ETag of the public pages that show them, like every other table.
create trigger data_version after insert or update or delete or truncate on note
    for each statement execute function bump_data_version();
create trigger data_version after insert or update or delete or truncate on note_tag
    for each statement execute function bump_data_version();
create trigger data_version after insert or update or delete or truncate on note_revision
    for each statement execute function bump_data_version();
create trigger data_version after insert or update or delete or truncate on note_mention
    for each statement execute function bump_data_version();
create trigger data_version after insert or update or delete or truncate on note_lineup_position
    for each statement execute function bump_data_version();
create trigger data_version after insert or update or delete or truncate on amendment
    for each statement execute function bump_data_version();
create trigger data_version after insert or update or delete or truncate on amendment_actor
    for each statement execute function bump_data_version();
create trigger data_version after insert or update or delete or truncate on amendment_outcome
    for each statement execute function bump_data_version();
