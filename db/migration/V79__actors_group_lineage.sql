-- A group formed from another on a date (issue #8): from 12 March 2018 the EU 27 negotiates without Hungary, formed
-- from the European Union. Bloc consistency reads it to flag a member of the parent on that date who is not in the
-- successor and whose position differs from the successor's. Both or neither; a group is not formed from itself.
alter table actor add column formed_from_id bigint references actor (id) on delete set null;
alter table actor add column formed_on date;
alter table actor add constraint actor_formed_from_with_date check ((formed_from_id is null) = (formed_on is null));
alter table actor add constraint actor_formed_not_from_itself check (formed_from_id <> id);
create index actor_formed_from on actor (formed_from_id);
