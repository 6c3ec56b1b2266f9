-- Demo data, written by the Plenary team from the facts of the source documents (shared/seeds):
-- iom-process-to-substance.txt (phases, rounds, draft dates), round2-daily-updates.txt (round 2 days and
-- meetings), civil-society-concept-note.txt (the civil-society strategy meeting and its Chatham House tables).
-- Every statement is idempotent: running this file twice changes nothing.

insert into process (slug, name, description, starts_on, ends_on)
values ('gcm', 'Global Compact for Safe, Orderly and Regular Migration',
        'The 2017-2018 intergovernmental process that negotiated the Global Compact for Migration, adopted in Marrakech on 10-11 December 2018.',
        date '2017-04-01', date '2018-12-11')
on conflict (slug) do nothing;

insert into phase (process_id, name, starts_on, ends_on)
select p.id, v.name, v.starts_on, v.ends_on
from process p,
     (values ('Consultations', date '2017-04-01', date '2017-11-30'),
             ('Stocktaking', date '2017-12-01', date '2018-01-31'),
             ('Intergovernmental negotiations', date '2018-02-01', date '2018-07-31'),
             ('Adoption', date '2018-12-10', date '2018-12-11')) as v(name, starts_on, ends_on)
where p.slug = 'gcm'
  and not exists (select 1 from phase x where x.process_id = p.id and x.name = v.name);

insert into round (process_id, name, location, starts_on, ends_on)
select p.id, v.name, v.location, v.starts_on, v.ends_on
from process p,
     (values ('Civil-society strategy meeting', 'Puerto Vallarta', date '2017-12-02', date '2017-12-03'),
             ('Stocktaking meeting', 'Puerto Vallarta', date '2017-12-04', date '2017-12-06'),
             ('Round 1', 'New York', date '2018-02-20', date '2018-02-23'),
             ('Round 2', 'New York', date '2018-03-12', date '2018-03-15'),
             ('Round 3', 'New York', date '2018-04-03', date '2018-04-06'),
             ('Round 4', 'New York', date '2018-05-14', date '2018-05-18'),
             ('Round 5', 'New York', date '2018-06-04', date '2018-06-08'),
             ('Round 6', 'New York', date '2018-07-09', date '2018-07-13'),
             ('Intergovernmental Conference', 'Marrakech', date '2018-12-10', date '2018-12-11'))
         as v(name, location, starts_on, ends_on)
where p.slug = 'gcm'
  and not exists (select 1 from round x where x.process_id = p.id and x.name = v.name);

-- Round 1 met on 20 February and 22-23 February; every other round on each day of its range.
insert into round_day (round_id, day)
select r.id, d::date
from round r join process p on p.id = r.process_id,
     generate_series(r.starts_on, r.ends_on, interval '1 day') as d
where p.slug = 'gcm' and not (r.name = 'Round 1' and d::date = date '2018-02-21')
on conflict (round_id, day) do nothing;

insert into meeting (round_day_id, title, kind, starts_at, ends_at, chatham_house)
select rd.id, v.title, v.kind, v.starts_at, v.ends_at, v.chatham
from round r join process p on p.id = r.process_id join round_day rd on rd.round_id = r.id,
     (values ('Civil-society strategy meeting', date '2017-12-02', 'Group sessions on the Ten Acts', 'CIVIL_SOCIETY', time '09:00', time '17:00', false),
             ('Civil-society strategy meeting', date '2017-12-03', 'Tables with governments', 'CIVIL_SOCIETY', time '09:30', time '12:30', true),
             ('Stocktaking meeting', date '2017-12-04', 'Opening plenary', 'PLENARY', time '10:00', time '13:00', false),
             ('Stocktaking meeting', date '2017-12-05', 'Action groups on the six dimensions', 'ACTION_GROUP', time '10:00', time '18:00', false),
             ('Stocktaking meeting', date '2017-12-06', 'Closing plenary', 'PLENARY', time '10:00', time '13:00', false),
             ('Round 2', date '2018-03-12', 'Morning session: vision and guiding principles', 'PLENARY', time '10:00', time '13:00', false),
             ('Round 2', date '2018-03-12', 'Afternoon session: migrants and refugees', 'PLENARY', time '15:00', time '18:00', false),
             ('Round 2', date '2018-03-13', 'Morning session: complementarity with the refugee compact', 'PLENARY', time '10:00', time '13:00', false),
             ('Round 2', date '2018-03-13', 'Afternoon session: capacity-building and follow-up', 'PLENARY', time '15:00', time '18:00', false),
             ('Round 2', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', 'PLENARY', time '10:00', time '12:00', false),
             ('Round 2', date '2018-03-14', 'Civil-society debriefing', 'CIVIL_SOCIETY', time '13:15', time '14:30', true),
             ('Round 2', date '2018-03-15', 'Group statements and IOM briefing', 'PLENARY', time '10:00', time '12:00', false))
         as v(round_name, day, title, kind, starts_at, ends_at, chatham)
where p.slug = 'gcm' and r.name = v.round_name and rd.day = v.day
  and not exists (select 1 from meeting m where m.round_day_id = rd.id and m.title = v.title);
