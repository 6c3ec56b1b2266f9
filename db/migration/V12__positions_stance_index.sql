-- The line-up and matrix find, per issue and actor, the latest position on or before a date by reading this index in
-- its order (no sort): the key gives the winner, meeting_id lets the Chatham House rule be checked without visiting
-- the table, so the search is an index-only scan; only the winners' rows are then read. It replaces position_lineup
-- (same key, no included column).
create index position_stance on position (issue_id, actor_id, valid_from desc, id desc) include (meeting_id)
    where not retracted;
drop index position_lineup;
