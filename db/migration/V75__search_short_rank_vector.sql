-- Search speed (#8, session 16). Causes of a slow search page on 10,000 notes of 2-8 KB, found with EXPLAIN (see
-- docs/benchmarks/search-benchmark.md); the others were in the query itself.
--
-- Ranking read every hit's whole search_vector (about 6 KB, stored out of line in TOAST). A note is now ranked on a
-- short vector kept in the row itself: its title (A), organisation (C) and the opening of its body (D, the first 400
-- characters, where a brief says what it is about). search_vector still decides what matches; rank_vector only orders
-- the matches: a title hit first, then hits in the opening, then the rest newest first.
alter table note add column rank_vector tsvector generated always as (
    setweight(to_tsvector('plenary_search', title), 'A')
    || setweight(to_tsvector('plenary_search', coalesce(organisation, '')), 'C')
    || setweight(to_tsvector('plenary_search', left(body, 400)), 'D')) stored;
-- Kept in the row (compressed if need be) rather than in TOAST: reading it must not cost a second lookup per hit.
alter table note alter column rank_vector set storage main;

-- The actor offer ("go to the page of Norway") compared search_key() of every actor's name, code and official name:
-- indexes on the keys make it a few index probes.
create index actor_search_key_name on actor (search_key(name));
create index actor_search_key_code on actor (search_key(code));
create index actor_search_key_official on actor (search_key(coalesce(official_name, '')));

-- The audit trail leaves the new derived column out like search_vector (V70). Same function as V70 otherwise.
create or replace function audit_row() returns trigger
language plpgsql as $$
declare
    v_old     jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) - 'search_vector' - 'rank_vector' end;
    v_new     jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) - 'search_vector' - 'rank_vector' end;
    v_row     jsonb := coalesce(v_new, v_old);
    v_changes jsonb := '{}';
    v_column  text;
    v_secret  boolean;
    v_id      text;
begin
    for v_column in select jsonb_object_keys(v_row) loop
        continue when v_column = 'version';
        v_secret := v_column like '%password%';
        if tg_op = 'UPDATE' then
            if v_new -> v_column is distinct from v_old -> v_column then
                v_changes := v_changes || jsonb_build_object(audit_property(v_column),
                    case when v_secret then jsonb_build_object('secret', true)
                         else jsonb_build_object('from', v_old -> v_column, 'to', v_new -> v_column) end);
            end if;
        else
            v_changes := v_changes || jsonb_build_object(audit_property(v_column),
                case when v_secret then to_jsonb('(not recorded)'::text) else v_row -> v_column end);
        end if;
    end loop;
    if tg_op = 'UPDATE' and v_changes = '{}' then
        return null;
    end if;
    if tg_nargs > 1 then
        select string_agg(v_row ->> k.name, '/' order by k.n) into v_id
        from unnest(string_to_array(tg_argv[1], ',')) with ordinality as k(name, n);
    else
        v_id := v_row ->> 'id';
    end if;
    perform audit_record(case tg_op when 'INSERT' then 'CREATE' when 'UPDATE' then 'UPDATE' else 'DELETE' end,
                         tg_argv[0], v_id, v_changes);
    return null;
end
$$;
