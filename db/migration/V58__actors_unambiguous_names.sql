-- Name resolution needs each name and ISO alpha-2 code to point at one actor (issue #10). The admin screens refuse
-- duplicates with a field message (compared as the resolver compares names); the database holds the plain part of
-- the rule for every writer: one actor per name ignoring case, one per ISO alpha-2 code.
create unique index actor_name_unique on actor (lower(name));
create unique index actor_iso2_unique on actor (iso2) where iso2 is not null;
