-- Demo groups, UN bodies and co-facilitators of the GCM, from round2-daily-updates.txt (written by us from
-- its facts). Idempotent.

insert into actor (code, kind, name, official_name)
values ('EU', 'GROUP', 'European Union', 'The 28 member states of the European Union negotiating as one'),
       ('EU27', 'GROUP', 'EU 27', 'The EU member states without Hungary, negotiating as one from 12 March 2018'),
       ('AFRICAN-GROUP', 'GROUP', 'African Group', 'The African states negotiating as one'),
       ('INTER-REGIONAL-18', 'GROUP', 'Inter-regional group of 18', 'Group of 18 states spoken for by the Philippines on 15 March 2018'),
       ('LATAM-CANADA', 'GROUP', 'Latin American countries and Canada', 'Spoken for by Brazil on 12 March 2018'),
       ('FRIENDS-CHILDREN', 'GROUP', 'Group of friends of children', 'Bulgaria, Jamaica and Luxembourg'),
       ('FRIENDS-DLDD', 'GROUP', 'Friends on desertification, land degradation and drought', 'Spoken for by Iceland; members not named'),
       ('IOM', 'UN_BODY', 'IOM', 'International Organization for Migration'),
       ('OHCHR', 'UN_BODY', 'OHCHR', 'Office of the United Nations High Commissioner for Human Rights'),
       ('ILO', 'UN_BODY', 'ILO', 'International Labour Organization'),
       ('UNHCR', 'UN_BODY', 'UNHCR', 'Office of the United Nations High Commissioner for Refugees'),
       ('UNDESA', 'UN_BODY', 'UN DESA', 'United Nations Department of Economic and Social Affairs'),
       ('UNODC', 'UN_BODY', 'UNODC', 'United Nations Office on Drugs and Crime'),
       ('WIMN', 'CIVIL_SOCIETY', 'WIMN', 'Women in Migration Network')
on conflict (code) do nothing;

insert into actor_alias (actor_id, alias, normalized)
select a.id, v.alias, v.normalized
from actor a,
     (values ('EU27', 'EU-27 Group', 'eu27group'), ('EU27', 'Europe-27 Group', 'europe27group'),
             ('EU27', 'the group of 27', 'groupof27'), ('EU27', 'European Group', 'europeangroup'),
             ('AFRICAN-GROUP', 'AG', 'ag'), ('AFRICAN-GROUP', 'Africa Group', 'africagroup'),
             ('EU', 'European Union', 'europeanunion'),
             ('IOM', 'International Organization for Migration', 'internationalorganizationformigration'),
             ('IOM', 'UN Migration Agency', 'unmigrationagency'))
         as v(code, alias, normalized)
where a.code = v.code
on conflict (actor_id, normalized) do nothing;

-- From 12 March 2018 a brief's "EU" is the EU 27 negotiating without Hungary; before, "EU" is the European Union's
-- own code (issue #7: aliases valid for a period).
insert into actor_alias (actor_id, alias, normalized, valid_from)
select a.id, 'EU', 'eu', date '2018-03-12' from actor a where a.code = 'EU27'
on conflict (actor_id, normalized) do nothing;

-- The EU in 2018 (28 member states).
insert into group_membership (group_id, member_id)
select g.id, a.id from actor g, actor a
where g.code = 'EU'
  and a.code in ('AUT','BEL','BGR','HRV','CYP','CZE','DNK','EST','FIN','FRA','DEU','GRC','HUN','IRL','ITA','LVA',
                 'LTU','LUX','MLT','NLD','POL','PRT','ROU','SVK','SVN','ESP','SWE','GBR')
  and not exists (select 1 from group_membership m where m.group_id = g.id and m.member_id = a.id);

-- "EU is no longer negotiating as a block ... 27 countries are negotiating without Hungary" (12 March 2018).
insert into group_membership (group_id, member_id, valid_from)
select g.id, a.id, date '2018-03-12' from actor g, actor a
where g.code = 'EU27'
  and a.code in ('AUT','BEL','BGR','HRV','CYP','CZE','DNK','EST','FIN','FRA','DEU','GRC','IRL','ITA','LVA',
                 'LTU','LUX','MLT','NLD','POL','PRT','ROU','SVK','SVN','ESP','SWE','GBR')
  and not exists (select 1 from group_membership m where m.group_id = g.id and m.member_id = a.id);

-- The EU 27 was formed from the European Union on 12 March 2018 (issue #8: the bloc consistency of those left out).
update actor set formed_from_id = (select id from actor where code = 'EU'), formed_on = date '2018-03-12'
where code = 'EU27' and formed_from_id is null;

-- The African Group: the 54 states of the UN African regional group.
insert into group_membership (group_id, member_id)
select g.id, a.id from actor g, actor a
where g.code = 'AFRICAN-GROUP' and a.regional_group = 'AFRICAN'
  and not exists (select 1 from group_membership m where m.group_id = g.id and m.member_id = a.id);

-- The inter-regional group, first heard on 15 March 2018.
insert into group_membership (group_id, member_id, valid_from)
select g.id, a.id, date '2018-03-15' from actor g, actor a
where g.code = 'INTER-REGIONAL-18'
  and a.code in ('ARG','BGD','BRA','CAN','CHL','COL','CRI','DOM','ECU','SLV','HND','GTM','MEX','PAN','PRY','PER',
                 'URY','PHL')
  and not exists (select 1 from group_membership m where m.group_id = g.id and m.member_id = a.id);

-- "Latin American countries and Canada, with Brazil as spokesperson" (12 March 2018): the note names no list;
-- we read it as the Spanish- and Portuguese-speaking states of GRULAC, and Canada.
insert into group_membership (group_id, member_id, valid_from)
select g.id, a.id, date '2018-03-12' from actor g, actor a
where g.code = 'LATAM-CANADA'
  and a.code in ('ARG','BOL','BRA','CHL','COL','CRI','CUB','DOM','ECU','SLV','GTM','HND','MEX','NIC','PAN','PRY',
                 'PER','URY','VEN','CAN')
  and not exists (select 1 from group_membership m where m.group_id = g.id and m.member_id = a.id);

insert into group_membership (group_id, member_id, valid_from)
select g.id, a.id, date '2018-03-12' from actor g, actor a
where g.code = 'FRIENDS-CHILDREN' and a.code in ('BGR','JAM','LUX')
  and not exists (select 1 from group_membership m where m.group_id = g.id and m.member_id = a.id);

insert into spokesperson (group_id, actor_id, valid_from, valid_to)
select g.id, a.id, v.valid_from, v.valid_to
from (values ('EU27', 'AUT', date '2018-03-12', date '2018-03-15'),
             ('AFRICAN-GROUP', 'COM', date '2018-03-13', date '2018-03-15'),
             ('INTER-REGIONAL-18', 'PHL', date '2018-03-15', date '2018-03-15'),
             ('LATAM-CANADA', 'BRA', date '2018-03-12', date '2018-03-12'),
             ('FRIENDS-CHILDREN', 'LUX', date '2018-03-12', date '2018-03-12'),
             ('FRIENDS-DLDD', 'ISL', date '2018-03-15', date '2018-03-15'))
         as v(group_code, actor_code, valid_from, valid_to)
join actor g on g.code = v.group_code join actor a on a.code = v.actor_code
where not exists (select 1 from spokesperson s where s.group_id = g.id and s.actor_id = a.id
                  and s.valid_from = v.valid_from);

-- The co-facilitators: the ambassadors of Mexico and Switzerland to the UN in New York.
insert into process_co_facilitator (process_id, actor_id)
select p.id, a.id from process p, actor a
where p.slug = 'gcm' and a.code in ('MEX', 'CHE')
on conflict do nothing;
