-- 10x scale data for the line-up benchmark: 20 processes "bench-01".."bench-20", each with 30 issues of 3 options,
-- and for 200 actors (the first 200 actors by id: the states, then groups) 5 successive positions per issue
-- (20 x 200 x 30 x 5 = 600,000 positions). Idempotent per process: a process that exists is left alone.
-- Run: psql -v ON_ERROR_STOP=1 -f docs/benchmarks/generate-positions.sql <database>

insert into process (slug, name, starts_on, ends_on)
select 'bench-' || to_char(n, 'FM00'), 'Benchmark process ' || n, date '2018-01-01', date '2018-12-31'
from generate_series(1, 20) n
on conflict (slug) do nothing;

insert into issue (process_id, slug, title, sort_order)
select p.id, 'issue-' || to_char(k, 'FM00'), 'Benchmark issue ' || k, k
from process p, generate_series(1, 30) k
where p.slug like 'bench-%'
on conflict (process_id, slug) do nothing;

insert into stance_option (issue_id, option_key, label, colour, rank)
select i.id, v.k, v.label, v.colour, v.rank
from issue i join process p on p.id = i.process_id,
     (values ('yes', 'In favour', '#2a7a3b', 0), ('between', 'In between', '#d8a31a', 1),
             ('no', 'Against', '#b03a2e', 2)) as v(k, label, colour, rank)
where p.slug like 'bench-%'
on conflict (issue_id, option_key) do nothing;

insert into position (issue_id, actor_id, option_id, valid_from, source, recorded_by)
select i.id, a.id,
       (select o.id from stance_option o where o.issue_id = i.id and o.rank = (a.id + i.id + s) % 3),
       date '2018-02-01' + s * 30 + (a.id % 7)::int, 'Benchmark note ' || s, 'bench'
from process p
join issue i on i.process_id = p.id
cross join (select id from actor order by id limit 200) a
cross join generate_series(0, 4) s
where p.slug like 'bench-%'
  and not exists (select 1 from position x where x.issue_id = i.id);

-- Statistics for every table and the visibility map, not only position's statistics: on a server without autovacuum
-- (the benchmark machine's PostgreSQL runs with autovacuum off) issue, actor and group_membership were never
-- analyzed, the planner took one issue per process, and the matrix's inherited stances became a nested-loop anti
-- join comparing 13 million row pairs (4 s a statement instead of 0.05 s). The stance reads are index-only scans,
-- which visit the table for every row until VACUUM has marked its pages all-visible. (Not inside a transaction:
-- run without psql's -1.)
vacuum analyze;
