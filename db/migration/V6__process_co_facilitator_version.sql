-- Co-facilitators become an entity of their own (so that adding and removing one is audited like every other
-- write), and every entity carries a version.
alter table process_co_facilitator add column version bigint not null default 0;
