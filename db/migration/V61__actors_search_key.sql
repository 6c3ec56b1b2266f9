-- The actors search compares names the way NameResolver.normalize does: without accents, case, spaces or
-- punctuation ("Côte d'Ivoire", "cote divoire" and "COTE D'IVOIRE" are one key). unaccent is a trusted extension
-- (PostgreSQL 13+): the database owner may create it. The wrapper names its dictionary so that it can be immutable;
-- it keeps the search path of this migration, where the extension is.
create extension if not exists unaccent;

create function search_key(name text) returns text
    language sql immutable strict parallel safe
    set search_path from current
as $$ select regexp_replace(lower(unaccent('unaccent'::regdictionary, name)), '[^a-z0-9]+', '', 'g') $$;
