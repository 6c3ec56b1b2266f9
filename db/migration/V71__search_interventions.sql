-- Interventions are found by the search (#8) like notes, positions and paragraphs (V70): what was said in summary
-- (weight B), quoted (C), and the part of the text it was about when written as free text (D).
alter table intervention add column search_vector tsvector generated always as (
    setweight(to_tsvector('plenary_search', summary), 'B')
    || setweight(to_tsvector('plenary_search', coalesce(quote, '')), 'C')
    || setweight(to_tsvector('plenary_search', coalesce(text_part, '')), 'D')) stored;
create index intervention_search on intervention using gin (search_vector);
