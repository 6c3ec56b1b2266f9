-- Amendment proposals are found by the search (#8) like notes, interventions, positions and paragraphs (V70, V71): the
-- words a proposal replaces, deletes or inserts after and the words it brings (weight B), its rationale (C).
alter table amendment add column search_vector tsvector generated always as (
    setweight(to_tsvector('plenary_search', target || ' ' || words), 'B')
    || setweight(to_tsvector('plenary_search', coalesce(rationale, '')), 'C')) stored;
create index amendment_search on amendment using gin (search_vector);
