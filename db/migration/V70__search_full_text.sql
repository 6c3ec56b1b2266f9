-- Full-text search (#8): one search over notes, positions' quotes and remarks and revision paragraphs (interventions
-- add theirs), each a tsvector column generated from its own row, with a GIN index.
--
-- The configuration plenary_search is English (stemming, English stop words) with the unaccent dictionary in front of
-- the stemmer for words with non-ASCII letters, so "Türkiye", "Turkiye" and "TÜRKIYE" are one lexeme. A configuration
-- named by a constant keeps to_tsvector immutable, which a generated column needs (unaccent() itself is not).
create text search configuration plenary_search (copy = english);
alter text search configuration plenary_search
    alter mapping for word, hword, hword_part with unaccent, english_stem;

-- Weights: a note's title A (ranked far above its body), its organisation C, its body D. Positions: quote B, remark C.
-- Paragraphs: their label A (so "13(a)" finds the paragraph), their text D.
alter table note add column search_vector tsvector generated always as (
    setweight(to_tsvector('plenary_search', title), 'A')
    || setweight(to_tsvector('plenary_search', coalesce(organisation, '')), 'C')
    || setweight(to_tsvector('plenary_search', body), 'D')) stored;
create index note_search on note using gin (search_vector);

alter table position add column search_vector tsvector generated always as (
    setweight(to_tsvector('plenary_search', coalesce(quote, '')), 'B')
    || setweight(to_tsvector('plenary_search', coalesce(remark, '')), 'C')) stored;
create index position_search on position using gin (search_vector);

alter table draft_node add column search_vector tsvector generated always as (
    setweight(to_tsvector('plenary_search', coalesce(label, '')), 'A')
    || setweight(to_tsvector('plenary_search', text), 'D')) stored;
create index draft_node_search on draft_node using gin (search_vector);

-- The audit trail records rows as they were written: a derived search column is left out like the version column
-- (it would copy every body a second time, as lexemes, into each entry). Same function as V50 otherwise.
create or replace function audit_row() returns trigger
language plpgsql as $$
declare
    v_old     jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) - 'search_vector' end;
    v_new     jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) - 'search_vector' end;
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
