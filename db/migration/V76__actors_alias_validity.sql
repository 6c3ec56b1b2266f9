-- Aliases valid for a period (issue #7): names change meaning, so from 12 March 2018 a brief's "EU" is the EU 27
-- negotiating without Hungary. valid_from and valid_to are inclusive; null means open-ended (as for memberships).
alter table actor_alias add column valid_from date;
alter table actor_alias add column valid_to date;
alter table actor_alias add constraint actor_alias_dates
    check (valid_to is null or valid_from is null or valid_to >= valid_from);
