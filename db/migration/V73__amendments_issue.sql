-- The issue a proposal bears on (#9), optional: uptake by issue on the actor pages and the ranking's issue filter.
-- An issue removed leaves its proposals without one.
alter table amendment add column issue_id bigint references issue (id) on delete set null;
create index amendment_issue on amendment (issue_id) where issue_id is not null;
