-- A meeting that positions cite is not deleted (process.MeetingCitations refuses it with a message saying how many
-- cite it). The database refuses too, instead of setting position.meeting_id to null: that made a position heard only
-- under the Chatham House rule look public on the line-up.
alter table position drop constraint position_meeting_id_fkey;
alter table position add constraint position_meeting_id_fkey
    foreign key (meeting_id) references meeting (id) on delete restrict;
