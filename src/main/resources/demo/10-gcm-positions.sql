-- Demo issues and positions of the GCM, round 2 (12-15 March 2018), written by the Plenary team from the facts of
-- round2-daily-updates.txt (WIMN daily updates). Each position cites its day's meeting (looked up by round, day and
-- title in 01-gcm-calendar.sql), the daily update as its source, and where the note gives one, a quote.
-- Where the note names no one for a stance, the column stays empty: nothing is invented.
-- Every statement is idempotent.

insert into issue (process_id, slug, title, description, sort_order)
select p.id, v.slug, v.title, v.description, v.sort_order
from process p,
     (values ('regular-irregular', 'Regular/irregular distinction',
              'Should the compact differentiate the rights of regular and irregular migrants? Line-up of 12 March 2018 (WIMN).', 1),
             ('refugee-migrant', 'Refugee/migrant distinction',
              'Protection for migrants who are not refugees, and the overlap of the two compacts (13 March 2018).', 2),
             ('non-refoulement', 'Non-refoulement in the GCM',
              'Does the principle of non-refoulement belong in the migration compact, or only in the refugee compact?', 3),
             ('review-language', 'Follow-up and review: “monitor” or “track”',
              'How formal the review of the compact should be (14 March 2018). Australia: avoid the word “monitor”, prefer “track”.', 4),
             ('objective-2-scope', 'Objective 2: drivers limited to development?',
              'Should Objective 2 on structural drivers be limited to development, or keep the 360° approach (group statements, 15 March 2018)?', 5),
             ('climate-driver', 'Climate change as a driver of migration',
              'Should climate change, environmental factors, desertification and slow-onset disasters be reflected as drivers?', 6),
             ('firewalls', 'Firewalls between public services and immigration enforcement',
              'May migrants use public services without their status being reported, or does access follow legal status (14 March 2018)?', 7))
         as v(slug, title, description, sort_order)
where p.slug = 'gcm'
on conflict (process_id, slug) do nothing;

insert into stance_option (issue_id, option_key, label, colour, rank)
select i.id, v.option_key, v.label, v.colour, v.rank
from issue i join process p on p.id = i.process_id,
     (values ('regular-irregular', 'rights', 'Human rights; no dichotomy between regular and irregular except for protection', '#2a7a3b', 0),
             ('regular-irregular', 'between', 'In between', '#d8a31a', 1),
             ('regular-irregular', 'separation', 'Strong separation; only basic services for irregular migrants', '#b03a2e', 2),
             ('refugee-migrant', 'protection', 'Distinguish only to enhance protection; the GCM covers those who are not refugees', '#2a7a3b', 0),
             ('refugee-migrant', 'nuanced', 'Nuanced: keep the distinction, extend some protection', '#d8a31a', 1),
             ('refugee-migrant', 'strict', 'Strict distinction; protection of migrants at state discretion', '#b03a2e', 2),
             ('non-refoulement', 'in-gcm', 'Belongs in the GCM: established human rights law for all migrants', '#2a7a3b', 0),
             ('non-refoulement', 'prima-facie', 'Apply prima facie where status is not well defined', '#d8a31a', 1),
             ('non-refoulement', 'gcr-only', 'Only for refugees: no mention in the GCM', '#b03a2e', 2),
             ('review-language', 'monitor', 'Formal review, including monitoring', '#1f5fa8', 0),
             ('review-language', 'track', 'Voluntary, non-binding: “track”, not “monitor”', '#b03a2e', 1),
             ('objective-2-scope', 'development', 'Limit Objective 2 to development', '#8e44ad', 0),
             ('objective-2-scope', '360', 'Keep the 360° approach (climate change, corruption, governance)', '#1f5fa8', 1),
             ('climate-driver', 'include', 'Reflect climate and environmental drivers in the text', '#2a7a3b', 0),
             ('climate-driver', 'case-by-case', 'No new category: respond case by case with humanitarian assistance', '#b03a2e', 1),
             ('firewalls', 'firewall', 'Firewalls: services for all migrants without fear of immigration enforcement', '#2a7a3b', 0),
             ('firewalls', 'basic-only', 'Basic services for all; integration and the rest follow status', '#d8a31a', 1),
             ('firewalls', 'no-firewall', 'No firewalls: access to services follows legal status', '#b03a2e', 2))
         as v(issue_slug, option_key, label, colour, rank)
where p.slug = 'gcm' and i.slug = v.issue_slug
on conflict (issue_id, option_key) do nothing;

insert into position (issue_id, actor_id, option_id, valid_from, meeting_id, source, quote, on_behalf_of_id, remark,
                      recorded_by)
select i.id, a.id, o.id, v.valid_from, m.id, 'Round 2 daily update, ' || to_char(v.valid_from, 'FMDD FMMonth YYYY'),
       v.quote, b.id, v.remark, 'demo'
from (values
    -- 12 March, regular/irregular line-up (C Barton, WIMN): not here. The notes demo (notes.NotesDemo) confirms the
    -- line-up of the 12 March brief as a coordinator does, so those positions cite the brief, each with its bullet.
    -- 14 March: distinctions reiterated (L Sullivan).
    ('regular-irregular', 'EU27', 'separation', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', 'some services', 'EU27', 'only integration for “legally staying migrants”'),
    ('regular-irregular', 'JPN', 'separation', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', 'primary education, emergency health care are provided to all migrants, regardless of status, but we cannot secure all social services for them', null, null),
    ('regular-irregular', 'NOR', 'separation', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', 'not the same level of status', null, 'could not accept firewalls'),
    ('regular-irregular', 'IND', 'separation', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', 'irregular migrants should be treated with due process of law, but cannot receive equal entitlements', null, null),
    -- 14 March, firewalls (L Sullivan): Norway "explicitly stated they could not accept firewalls"; the EU 27 "only
    -- integration for legally staying migrants", "some services"; Japan's basic services for all. India spoke of
    -- entitlements, not of firewalls: not placed.
    ('firewalls', 'NOR', 'no-firewall', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', 'could not accept firewalls', null, null),
    ('firewalls', 'EU27', 'basic-only', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', 'only integration for “legally staying migrants”', 'EU27', 'some services for all'),
    ('firewalls', 'JPN', 'basic-only', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', 'primary education, emergency health care are provided to all migrants, regardless of status, but we cannot secure all social services for them', null, null),
    -- 15 March group statements (L Simeone).
    ('regular-irregular', 'INTER-REGIONAL-18', 'rights', date '2018-03-15', 'Group statements and IOM briefing', 'we must reaffirm that states have the obligation to protect the HR of all individuals.', 'INTER-REGIONAL-18', 'services may differentiate, rights of all migrants regardless of status'),
    ('regular-irregular', 'EU27', 'between', date '2018-03-15', 'Group statements and IOM briefing', 'We will always support this, as well as gender-sensitivity, inclusion of civil society, and elimination of discrimination.', 'EU27', 'rights regardless of status, yet supports Norway''s principle on the regular/irregular distinction'),
    ('regular-irregular', 'VAT', 'between', date '2018-03-15', 'Group statements and IOM briefing', null, null, 'supported clearer distinctions, with a minimum standard of protection (health care, education, justice, housing)'),

    -- 13 March, refugee/migrant distinction.
    ('refugee-migrant', 'CUB', 'strict', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'ARM', 'strict', date '2018-03-13', 'Morning session: complementarity with the refugee compact', 'for migrants, the same rights and responsibilities do not apply.', null, null),
    ('refugee-migrant', 'EU27', 'strict', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, 'EU27', 'Austria representing all EU countries except Hungary'),
    ('refugee-migrant', 'AUS', 'strict', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'CHN', 'strict', date '2018-03-13', 'Morning session: complementarity with the refugee compact', 'resists any effort to extend temporary or permanent protection to migrants.', null, null),
    ('refugee-migrant', 'JPN', 'strict', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'IND', 'strict', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'GUY', 'strict', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'ZAF', 'strict', date '2018-03-13', 'Morning session: complementarity with the refugee compact', 'mandate creep', null, null),
    ('refugee-migrant', 'TUV', 'protection', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'CHL', 'protection', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'VAT', 'protection', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'CAN', 'protection', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'CHE', 'protection', date '2018-03-13', 'Morning session: complementarity with the refugee compact', 'Migrants in vulnerable situations may need protection that derives from multiple sources and both compacts.', null, null),
    ('refugee-migrant', 'LIE', 'protection', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'BGD', 'protection', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'BRA', 'protection', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'GTM', 'protection', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'NZL', 'protection', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'SLV', 'protection', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('refugee-migrant', 'ETH', 'protection', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, 'a basic standard of protection for all migrants, regardless of status, before status determination'),
    ('refugee-migrant', 'BLR', 'protection', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, 'forced migrants should be covered under the GCM'),
    ('refugee-migrant', 'AFRICAN-GROUP', 'nuanced', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, 'AFRICAN-GROUP', 'represented by Comoros: sovereignty concerns, yet protection for climate displacement'),
    -- 14 March.
    ('refugee-migrant', 'IND', 'strict', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', null, null, 'distinguish clearly; the GCM and GCR must not overlap'),
    ('refugee-migrant', 'IRN', 'strict', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', null, null, 'distinguish clearly; the GCM and GCR must not overlap'),
    ('refugee-migrant', 'SYR', 'strict', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', 'no new categories', null, null),
    ('refugee-migrant', 'EU27', 'strict', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', 'avoid new legal categories', 'EU27', null),
    ('refugee-migrant', 'FSM', 'protection', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', null, null, 'the 1951 definition is not fit for purpose given climate change; a necessary overlap between the GCR and the GCM'),
    -- 15 March.
    ('refugee-migrant', 'VAT', 'nuanced', date '2018-03-15', 'Group statements and IOM briefing', null, null, 'clearer distinctions between migrant and refugee, yet a minimum standard of protection'),
    ('refugee-migrant', 'BRA', 'protection', date '2018-03-15', 'Group statements and IOM briefing', null, null, 'humanitarian assistance to forced migrants not recognized as refugees'),

    -- 13 March, non-refoulement.
    ('non-refoulement', 'ZAF', 'gcr-only', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, 'strenuously objected to any mention of non-refoulement in the GCM'),
    ('non-refoulement', 'LBN', 'gcr-only', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, 'strenuously objected to any mention of non-refoulement in the GCM'),
    ('non-refoulement', 'AFRICAN-GROUP', 'prima-facie', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, 'AFRICAN-GROUP', 'represented by Comoros'),
    ('non-refoulement', 'TUV', 'in-gcm', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('non-refoulement', 'CHL', 'in-gcm', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('non-refoulement', 'VAT', 'in-gcm', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('non-refoulement', 'CAN', 'in-gcm', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('non-refoulement', 'CHE', 'in-gcm', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('non-refoulement', 'LIE', 'in-gcm', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('non-refoulement', 'BGD', 'in-gcm', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('non-refoulement', 'BRA', 'in-gcm', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('non-refoulement', 'GTM', 'in-gcm', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('non-refoulement', 'NZL', 'in-gcm', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('non-refoulement', 'SLV', 'in-gcm', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, null),
    ('non-refoulement', 'ETH', 'in-gcm', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, null, 'mixed movements could be addressed in both compacts'),
    ('non-refoulement', 'BRA', 'in-gcm', date '2018-03-15', 'Group statements and IOM briefing', null, null, 'focused on non-refoulement'),
    ('non-refoulement', 'VAT', 'in-gcm', date '2018-03-15', 'Group statements and IOM briefing', null, null, 'focused on non-refoulement'),

    -- Follow-up and review: 13 March (every 2 years) and 14 March (“monitor” vs “track”).
    ('review-language', 'ARG', 'monitor', date '2018-03-13', 'Afternoon session: capacity-building and follow-up', null, null, 'review every 2 years instead of 4'),
    ('review-language', 'GTM', 'monitor', date '2018-03-13', 'Afternoon session: capacity-building and follow-up', null, null, 'review every 2 years instead of 4'),
    ('review-language', 'AUS', 'track', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', 'must be voluntary and non-binding, avoiding the word “monitor”, preferring “track”', null, 'wants to “pull back on normative language”'),
    ('review-language', 'IND', 'track', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', null, null, 'discouraged any mention of monitoring; avoid language similar to legally binding language'),
    ('review-language', 'JPN', 'track', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', null, null, 'discouraged any mention of monitoring'),
    ('review-language', 'AFRICAN-GROUP', 'monitor', date '2018-03-15', 'Group statements and IOM briefing', null, 'AFRICAN-GROUP', 'a robust mechanism for review at the national level; annual intergovernmental forums to evaluate progress'),

    -- Objective 2: 13 March (African Group) and 15 March group statements.
    ('objective-2-scope', 'AFRICAN-GROUP', 'development', date '2018-03-13', 'Morning session: complementarity with the refugee compact', null, 'AFRICAN-GROUP', 'take out the reference to conflict in Objective 2'),
    ('objective-2-scope', 'AFRICAN-GROUP', 'development', date '2018-03-15', 'Group statements and IOM briefing', null, 'AFRICAN-GROUP', 'Objective 2 should focus on migration-specific issues related to development'),
    ('objective-2-scope', 'EU27', '360', date '2018-03-15', 'Group statements and IOM briefing', null, 'EU27', 'oppose limiting Objective 2 to development; include climate change and the elimination of corruption'),
    ('objective-2-scope', 'AUS', '360', date '2018-03-15', 'Group statements and IOM briefing', 'National interests can support development efforts', null, 'joined the EU-27 in challenging the Africa Group'),

    -- Climate: 13 March, 14 March (Micronesia), 15 March (friends on DLDD).
    ('climate-driver', 'TUV', 'include', date '2018-03-13', 'Afternoon session: capacity-building and follow-up', null, null, null),
    ('climate-driver', 'AFRICAN-GROUP', 'include', date '2018-03-13', 'Afternoon session: capacity-building and follow-up', null, 'AFRICAN-GROUP', null),
    ('climate-driver', 'BLR', 'include', date '2018-03-13', 'Afternoon session: capacity-building and follow-up', null, null, null),
    ('climate-driver', 'ETH', 'include', date '2018-03-13', 'Afternoon session: capacity-building and follow-up', null, null, null),
    ('climate-driver', 'TUR', 'include', date '2018-03-13', 'Afternoon session: capacity-building and follow-up', null, null, null),
    ('climate-driver', 'CAN', 'include', date '2018-03-13', 'Afternoon session: capacity-building and follow-up', null, null, 'reflect climate change and environmental factors in the guiding principles'),
    ('climate-driver', 'NZL', 'include', date '2018-03-13', 'Afternoon session: capacity-building and follow-up', null, null, 'reflect climate change and environmental factors in the guiding principles'),
    ('climate-driver', 'FSM', 'include', date '2018-03-14', 'Follow-up and review; general comments on the Zero Draft Plus', null, null, 'slow as well as sudden onset events, particularly intense storms'),
    ('climate-driver', 'FRIENDS-DLDD', 'include', date '2018-03-15', 'Group statements and IOM briefing', null, 'FRIENDS-DLDD', 'insert desertification, land degradation and drought wherever climate change is mentioned')
) as v(issue_slug, actor_code, option_key, valid_from, meeting_title, quote, on_behalf_of, remark)
join process p on p.slug = 'gcm'
join issue i on i.process_id = p.id and i.slug = v.issue_slug
join stance_option o on o.issue_id = i.id and o.option_key = v.option_key
join actor a on a.code = v.actor_code
join round r on r.process_id = p.id and r.name = 'Round 2'
join round_day rd on rd.round_id = r.id and rd.day = v.valid_from
join meeting m on m.round_day_id = rd.id and m.title = v.meeting_title
left join actor b on b.code = v.on_behalf_of
where not exists (select 1 from position x
                  where x.issue_id = i.id and x.actor_id = a.id and x.valid_from = v.valid_from);
