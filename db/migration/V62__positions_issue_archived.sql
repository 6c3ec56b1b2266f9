-- An issue that is no longer discussed is archived: hidden from the lists (issues, matrix, API), its line-up and
-- positions kept for history. The audit trigger of issue records the change like any other field.
alter table issue add column archived boolean not null default false;
