-- A content version for HTTP caching and caches (issue #11). One counter, bumped in the writing transaction by a
-- statement trigger on every table users change, so a public page's ETag is derived from it with one cheap query:
-- unchanged data, same ETag, a 304 without rendering. The update is transactional: a reader never sees a version
-- newer than the data it then reads, so an ETag can be older than its page, never newer.
--
-- A new table needs the trigger in the migration that creates it:
--     create trigger data_version after insert or update or delete or truncate on my_table
--         for each statement execute function bump_data_version();
-- (DataVersionCoverageTests fails for a table with neither this trigger nor a place on its list of exclusions.)
create table data_version (
    id      boolean primary key default true,
    version bigint  not null,
    constraint data_version_one_row check (id)
);
insert into data_version (id, version) values (true, 1);

create function bump_data_version() returns trigger
language plpgsql as $$
begin
    update data_version set version = version + 1;
    return null;
end
$$;

-- Every table that exists now, except those whose rows no public page shows (see DataVersionCoverageTests).
do $$
declare
    v_table text;
begin
    for v_table in
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p')
          and c.relname not in ('flyway_schema_history', 'data_version', 'audit_entry', 'audit_request',
                                'login_failure', 'spring_session', 'spring_session_attributes')
    loop
        execute format('create trigger data_version after insert or update or delete or truncate on %I '
                       'for each statement execute function bump_data_version()', v_table);
    end loop;
end
$$;
