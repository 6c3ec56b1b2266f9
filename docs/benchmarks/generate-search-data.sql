-- Data for the search benchmark (#8): one process "search-bench" with a round, 10,000 notes of 2-8 KB each and three
-- interventions per note (30,000): common words (40%), a long tail of 20,000 made-up words (56%, from md5: "eaulomt")
-- and the negotiation's own
-- words (about 400: "detention", "firewall", "Türkiye", ...), drawn with a skew so that some are common and most rare,
-- set phrases ("as a last resort") and sentences in the style of the briefs ("Norway, on behalf of the EU 27, said
-- ..."). Visibility: 60% public, 30% members, 10% coordinators. Idempotent: a database that has the process is left alone.
-- Run: psql -v ON_ERROR_STOP=1 -f docs/benchmarks/generate-search-data.sql <database>
do $$
declare
    v_process bigint;
    v_round   bigint;
    v_common  text[];
    v_domain  text[];
    v_phrases text[];
    v_actors  text[];
begin
    if exists (select 1 from process where slug = 'search-bench') then
        raise notice 'search-bench exists: nothing to do';
        return;
    end if;
    insert into process (slug, name, starts_on, ends_on)
    values ('search-bench', 'Search benchmark', date '2017-04-01', date '2018-12-31') returning id into v_process;
    insert into round (process_id, name, starts_on, ends_on)
    values (v_process, 'Benchmark round', date '2018-02-01', date '2018-07-31') returning id into v_round;

    v_common := string_to_array('the of and to in a on for that with as is was by be this are from at which it not '
        'their an or have has had were would could also its all more than other but they we our', ' ');
    v_domain := string_to_array(
        'delegates said migration migrants migrant compact objective paragraph text draft revision language support '
        'supported opposed proposed delete deletion insert wording reference human rights international law '
        'cooperation national sovereignty regular irregular safe orderly pathways labour decent work children child '
        'detention alternatives return readmission reintegration border management borders data evidence policy '
        'policies capacity building fund review forum follow implementation commitment commitments actions action '
        'group groups member members session round plenary meeting informal consultations co-facilitators mexico '
        'switzerland non-refoulement refugees refugee distinction protection vulnerable situations women gender girls '
        'climate change environmental degradation disasters drivers adverse factors development sustainable agenda '
        'remittances diaspora skills recognition qualifications recruitment fair ethical trafficking smuggling '
        'victims firewall firewalls services access basic health education justice consular assistance identity '
        'documents legal identity statelessness integration inclusion social cohesion xenophobia racism '
        'discrimination hate speech public discourse media information accurate timely dissemination counter '
        'narratives whole-of-government whole-of-society approach partnerships stakeholders civil society private '
        'sector trade unions local authorities cities parliaments academia iom ohchr ilo unhcr unicef undp network '
        'coordination mechanism secretary-general report biennial quadrennial regional reviews voluntary binding '
        'non-binding nature legally commitments shall should will may encourage strengthen promote ensure develop '
        'establish facilitate enhance invest consider explore support welcome recall reaffirm acknowledge recognize '
        'concern concerns strong stronger weak weaker balanced balance flexible flexibility consensus agreed agree '
        'disagree reservation reservations position positions statement statements intervention interventions '
        'speaker floor chair bureau morning afternoon evening day week month march april may june july february '
        'first second third fourth fifth sixth seventh eighth ninth tenth reading readings line-by-line zero plus '
        'final adopted adoption marrakech conference intergovernmental negotiations stocktaking thematic sessions '
        'hungary united states australia austria poland czech israel italy brazil canada philippines bangladesh '
        'mexico morocco nigeria ghana egypt india china japan germany france norway sweden turkey türkiye côte '
        'd''ivoire holy see eu african caribbean pacific latin american league arab states small island '
        'developing landlocked least developed countries origin transit destination host communities families '
        'family reunification unaccompanied separated minors best interests principle age assessment guardianship '
        'screening referral mechanisms individual assessment case-by-case due process judicial review last resort '
        'shortest possible time non-custodial community-based care arrangements monitoring independent bodies', ' ');
    v_phrases := array['child detention', 'as a last resort', 'the best interests principle', 'firewalls between',
        'non-refoulement', 'safe, orderly and regular migration', 'climate change', 'decent work',
        'regular and irregular migrants', 'the capacity-building mechanism'];
    v_actors := array['Norway', 'Austria', 'Mexico', 'Switzerland', 'Bangladesh', 'the Philippines', 'Hungary',
        'Türkiye', 'Brazil', 'Canada', 'Morocco', 'Nigeria', 'the Holy See', 'Egypt', 'Australia', 'Côte d''Ivoire',
        'Ghana', 'India', 'Germany', 'France'];

    -- 10,000 notes of 6-15 paragraphs of 40-90 words: 40% common words, 56% the long tail, 4% the negotiation's
    -- own words, a set phrase in one paragraph in twenty, each paragraph a brief-style sentence.
    insert into note (process_id, note_date, round_id, title, author, organisation, body, excerpt, visibility, status,
                      published_at)
    select v_process, date '2018-02-01' + (g % 180), v_round,
           'Round ' || (1 + g % 6) || ', day ' || (1 + g % 4) || ': ' || v_domain[1 + (g * 7919) % array_length(v_domain, 1)]
               || ' and ' || v_domain[1 + (g * 104729) % array_length(v_domain, 1)],
           'bench', 'Benchmark coalition', body, left(body, 300),
           case when g % 10 < 6 then 'PUBLIC' when g % 10 < 9 then 'MEMBERS' else 'COORDINATORS' end,
           'PUBLISHED', now()
    from (
        select g, (
            select string_agg(para, E'\n\n')
            from (
                select v_actors[1 + floor(random() * 20)::int] || ', on behalf of the '
                       || (array['EU 27', 'African Group', 'Group of Friends', 'Core Group'])[1 + floor(random() * 4)::int]
                       || ', said '
                       || string_agg(case when x.r < 0.40 then v_common[1 + floor(x.s * array_length(v_common, 1))::int]
                                          when x.r < 0.96 then translate(substr(md5(x.k::text), 1, 4 + x.k % 6), '0123456789', 'aeioulnrst')
                                          else v_domain[1 + floor(power(x.s, 1.5) * array_length(v_domain, 1))::int] end, ' ')
                       || case when random() < 0.05 then ', on ' || v_phrases[1 + floor(random() * 10)::int] else '' end
                       || '.' as para
                from generate_series(1, 6 + (g % 10)) p
                cross join lateral generate_series(1, 40 + floor(random() * 50)::int + p * 0) w
                cross join lateral (select random() as r, random() as s, floor(power(random(), 2) * 20000)::int + w * 0 as k) x
                group by p
            ) paras
        ) as body
        from generate_series(1, 10000) g
    ) notes;

    -- Three interventions per note: a summary of 20-60 words, a quote for one in two.
    insert into intervention (process_id, spoken_on, actor_id, on_behalf_of_id, kind, summary, quote, note_id,
                              created_by)
    select v_process, n.note_date, a.id, null, 'STATEMENT',
           (select string_agg(case when random() < 0.4 then v_common[1 + floor(random() * 10)::int]
                                   when random() < 0.9 then translate(substr(md5(floor(power(random(), 2) * 20000)::text), 1, 6),
                                                                      '0123456789', 'aeioulnrst')
                                   else v_domain[1 + floor(random() * array_length(v_domain, 1))::int] end, ' ')
              from generate_series(1, 20 + floor(random() * 40)::int + k * 0 + n.id * 0)),
           case when k % 2 = 0 then (select string_agg(v_domain[1 + floor(random() * array_length(v_domain, 1))::int], ' ')
              from generate_series(1, 12 + k * 0 + n.id * 0)) end,
           n.id, 'bench'
    from note n
    cross join generate_series(1, 3) k
    join actor a on a.code = (array['NOR', 'AUT', 'MEX', 'CHE', 'BGD', 'PHL', 'HUN', 'TUR', 'BRA', 'CAN'])[1 + (n.id + k) % 10]
    where n.process_id = v_process;
end
$$;
analyze note;
analyze intervention;
