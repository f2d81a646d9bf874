-- Adds :jobs jobs for the job board benchmark, with text that reads like real postings: titles from the role
-- names with levels and teams, descriptions of 8 to 14 sentences drawn from sentence shapes filled with the
-- vocabulary's skill and tool names (so words are spread as in real postings, not 8 texts repeated), about 1,200
-- characters each; places weighted over 16 countries and 30 cities with their currencies; on-site, hybrid and
-- remote jobs (remote ones open to their country, the EU or North America); salaries for three jobs in four;
-- 2% drafts, 5% expired, one job in 20,000 featured. Skill and tool tags are set from the text's words.
-- Run with psql -v jobs=100000. Deterministic: the same seed gives the same jobs.
select setseed(0.42) \g /dev/null

-- Companies: one per 200 jobs.
insert into company (slug, name)
select 'bench-' || i,
       (array['Northwind', 'Harbor', 'Cedar', 'Quill', 'Volt', 'Tessel', 'Lumen', 'Bright', 'Kestrel', 'Monsoon',
              'Straits', 'Pixel', 'Arc', 'Meridian', 'Orchid', 'Granite', 'Sable', 'Clear', 'Field', 'Copper'])[1 + i % 20]
       || ' ' ||
       (array['Analytics', 'Labs', 'Health', 'Bank', 'Retail', 'Energy', 'Robotics', 'Insurance', 'Logistics', 'Media',
              'Games', 'Telecom', 'Systems', 'Foods', 'Mobility'])[1 + (i / 20) % 15] || ' ' || i
from generate_series(1, greatest(:jobs / 200, 50)) as i
on conflict do nothing;

create temporary table bench_company as
select id, row_number() over (order by id) as n from company where slug like 'bench-%';
create temporary table bench_role as select id, name, row_number() over (order by id) as n from role;
create temporary table bench_words as
select array(select name from tool order by id) as tools, array(select name from skill order by id) as skills;

-- Places: country, city, region, currency; the weights repeat a place's number in the pick list.
create temporary table bench_place (n int primary key, country varchar(2), city text, region text, currency varchar(3),
                                    base int, utc int);
insert into bench_place values
  (1, 'US', 'New York', 'NY', 'USD', 150000, -5), (2, 'US', 'San Francisco', 'CA', 'USD', 170000, -8),
  (3, 'US', 'Austin', 'TX', 'USD', 135000, -6), (4, 'US', 'Seattle', 'WA', 'USD', 160000, -8),
  (5, 'US', 'Boston', 'MA', 'USD', 145000, -5), (6, 'GB', 'London', 'England', 'GBP', 80000, 0),
  (7, 'GB', 'Manchester', 'England', 'GBP', 60000, 0), (8, 'DE', 'Berlin', 'Berlin', 'EUR', 75000, 1),
  (9, 'DE', 'Munich', 'Bavaria', 'EUR', 80000, 1), (10, 'FR', 'Paris', 'Île-de-France', 'EUR', 65000, 1),
  (11, 'NL', 'Amsterdam', 'North Holland', 'EUR', 72000, 1), (12, 'ES', 'Madrid', 'Madrid', 'EUR', 50000, 1),
  (13, 'ES', 'Barcelona', 'Catalonia', 'EUR', 50000, 1), (14, 'IN', 'Bengaluru', 'Karnataka', 'INR', 2500000, 5),
  (15, 'IN', 'Hyderabad', 'Telangana', 'INR', 2200000, 5), (16, 'CA', 'Toronto', 'Ontario', 'CAD', 120000, -5),
  (17, 'CA', 'Vancouver', 'British Columbia', 'CAD', 125000, -8), (18, 'CH', 'Zürich', 'Zürich', 'CHF', 130000, 1),
  (19, 'SG', 'Singapore', null, 'SGD', 110000, 8), (20, 'PL', 'Warsaw', 'Masovia', 'PLN', 240000, 1),
  (21, 'AU', 'Sydney', 'New South Wales', 'AUD', 150000, 10), (22, 'IE', 'Dublin', 'Leinster', 'EUR', 75000, 0),
  (23, 'SE', 'Stockholm', 'Stockholm', 'SEK', 700000, 1), (24, 'BR', 'São Paulo', 'São Paulo', 'BRL', 250000, -3),
  (25, 'JP', 'Tokyo', 'Tokyo', 'JPY', 11000000, 9), (26, 'US', 'Chicago', 'IL', 'USD', 140000, -6),
  (27, 'US', 'Denver', 'CO', 'USD', 135000, -7), (28, 'DE', 'Hamburg', 'Hamburg', 'EUR', 70000, 1),
  (29, 'PT', 'Lisbon', 'Lisbon', 'EUR', 45000, 0), (30, 'IT', 'Milan', 'Lombardy', 'EUR', 50000, 1);
create temporary table bench_pick as
select array[1,1,1,1,2,2,2,2,3,3,4,4,4,5,5,6,6,6,6,7,8,8,8,9,9,10,10,11,11,12,13,14,14,14,15,15,16,16,17,18,19,19,
             20,21,22,23,24,25,26,26,27,28,29,30] as places;
create temporary table bench_country_name as select code, name from country;

-- One description: 8 to 14 sentences of 14 shapes, each filled with random words; about 1,200 characters.
create function pg_temp.bench_text(tools text[], skills text[]) returns text language plpgsql volatile as $$
declare
    objects text[] := array['the event pipelines', 'our feature store', 'the experimentation platform',
        'the recommendation models', 'the fraud detection service', 'the reporting layer', 'our search ranking',
        'the forecasting models', 'customer analytics', 'the data warehouse', 'the labelling tools',
        'the model serving stack', 'our data contracts', 'the streaming ingestion', 'the pricing engine',
        'the churn models', 'the evaluation harness', 'the metrics catalogue', 'the batch jobs', 'the vector index'];
    audiences text[] := array['product managers', 'analysts', 'researchers', 'the finance team', 'designers',
        'platform engineers', 'marketing', 'clinicians', 'operations', 'our customers'];
    verbs text[] := array['design', 'build', 'scale', 'monitor', 'improve', 'test', 'migrate', 'document', 'automate',
        'debug', 'simplify', 'measure'];
    clouds text[] := array['AWS', 'Google Cloud', 'Azure', 'our own hardware'];
    domains text[] := array['retail', 'payments', 'healthcare', 'logistics', 'advertising', 'insurance', 'energy',
        'gaming', 'telecom', 'public services', 'travel', 'education'];
    benefits text[] := array['a learning budget', 'flexible hours', 'private health cover', 'a pension plan',
        'parental leave', 'a home office allowance', 'four weeks of holiday', 'stock options', 'a yearly offsite',
        'conference travel', 'a sabbatical after five years', 'free lunches'];
    goals text[] := array['halve the cost of our pipelines', 'ship a new ranking model', 'cut the time to insight',
        'move to streaming', 'open our data to partners', 'make every model reproducible', 'retire the old warehouse',
        'launch in two new markets', 'raise data quality', 'bring latency under a second'];
    sentences text[] := '{}';
    n int := 8 + floor(random() * 7)::int;
    shape int;
    t1 text; t2 text; t3 text; s1 text; s2 text;
begin
    for i in 1..n loop
        t1 := tools[1 + floor(random() * cardinality(tools))::int];
        t2 := tools[1 + floor(random() * cardinality(tools))::int];
        t3 := tools[1 + floor(random() * cardinality(tools))::int];
        s1 := skills[1 + floor(random() * cardinality(skills))::int];
        s2 := skills[1 + floor(random() * cardinality(skills))::int];
        shape := floor(random() * 14)::int;
        sentences := sentences || case shape
            when 0 then 'You will build and run ' || objects[1 + floor(random() * 20)::int] || ' with ' || t1 || ' and ' || t2 || '.'
            when 1 then 'Our team owns ' || objects[1 + floor(random() * 20)::int] || ', used every day by ' || audiences[1 + floor(random() * 10)::int] || '.'
            when 2 then 'We look for solid ' || lower(s1) || ' and working knowledge of ' || t1 || '.'
            when 3 then 'Experience with ' || t1 || ' is a plus; ' || t2 || ' is what we use every day.'
            when 4 then 'You will work closely with ' || audiences[1 + floor(random() * 10)::int] || ' to ' || verbs[1 + floor(random() * 12)::int] || ' ' || objects[1 + floor(random() * 20)::int] || '.'
            when 5 then 'Day to day, you ' || verbs[1 + floor(random() * 12)::int] || ' ' || objects[1 + floor(random() * 20)::int] || ', review code and write clear notes.'
            when 6 then 'We value ' || lower(s1) || ', ' || lower(s2) || ' and a habit of measuring before optimising.'
            when 7 then 'The stack includes ' || t1 || ', ' || t2 || ' and ' || t3 || ' on ' || clouds[1 + floor(random() * 4)::int] || '.'
            when 8 then 'You have ' || (2 + floor(random() * 8)::int) || ' years of experience in ' || domains[1 + floor(random() * 12)::int] || ' or a related field.'
            when 9 then 'Benefits include ' || benefits[1 + floor(random() * 12)::int] || ' and ' || benefits[1 + floor(random() * 12)::int] || '.'
            when 10 then 'The role reports to the head of data and mentors ' || (1 + floor(random() * 5)::int) || ' engineers.'
            when 11 then 'We are a team of ' || (5 + floor(random() * 200)::int) || ' in ' || domains[1 + floor(random() * 12)::int] || ', with customers in ' || (2 + floor(random() * 40)::int) || ' countries.'
            when 12 then 'Bonus points for ' || lower(s1) || ' in ' || domains[1 + floor(random() * 12)::int] || '.'
            else 'This year you will help us ' || goals[1 + floor(random() * 10)::int] || '.'
        end;
    end loop;
    return array_to_string(sentences, ' ');
end
$$;

-- The vocabulary's names as text queries: a job is tagged with the skills and tools its text names.
create temporary table bench_terms as
select 'SKILL' as kind, id, phraseto_tsquery('career_search', name) as q from skill
union all
select 'TOOL', id, phraseto_tsquery('career_search', name) from tool;

-- Triggers that work row by row are replaced by set-wise work below; the text indexes are built after the insert.
alter table job disable trigger job_tagged_at_posting;
alter table job disable trigger job_search_terms_add;
alter table job disable trigger job_search_vector_refresh;
drop index if exists job_search_idx;
drop index if exists job_title_search_idx;

insert into job (title, company_id, role_id, location, country, region, city, remote, remote_policy, remote_groups,
                 remote_countries, utc_offset_min, utc_offset_max, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, status, posted_at, expires_on,
                 featured_until, search_vector, skill_ids, tool_ids)
select y.title, y.company_id, y.role_id, y.location, y.country, y.region, y.city, y.policy = 'REMOTE', y.policy,
       y.groups, y.remote_countries, y.utc_min, y.utc_max, y.types, y.level,
       y.salary_min, y.salary_max, y.currency, y.description, 'https://jobs.example.com/' || y.i, y.status,
       y.posted_at, y.expires_on, y.featured_until, y.sv,
       array(select t.id from bench_terms t where t.kind = 'SKILL' and y.sv @@ t.q order by t.id),
       array(select t.id from bench_terms t where t.kind = 'TOOL' and y.sv @@ t.q order by t.id)
from (select x.*, job_search_vector(x.title, x.company_name, x.location, x.description) as sv from (
  select g.i, t.title, c.id as company_id, co.name as company_name, r.id as role_id, p.country, p.region, p.city,
         pol.policy,
         case when pol.policy = 'REMOTE' then
                case when p.currency = 'EUR' then 'Remote (EU)' when p.country in ('US', 'CA') then 'Remote (North America)'
                     else 'Remote (' || cn.name || ')' end
              when pol.policy = 'HYBRID' then p.city || ', ' || cn.name || ' (hybrid)'
              else p.city || ', ' || cn.name end as location,
         case when pol.policy = 'REMOTE' and p.currency = 'EUR' then array['EU']::varchar(20)[]
              when pol.policy = 'REMOTE' and p.country in ('US', 'CA') then array['NORTHAMERICA']::varchar(20)[]
              else '{}'::varchar(20)[] end as groups,
         case when pol.policy <> 'REMOTE' then '{}'::varchar(2)[]
              when p.currency = 'EUR' then (select array_agg(code)::varchar(2)[] from country_group_member where group_slug = 'EU')
              when p.country in ('US', 'CA') then array['US', 'CA', 'MX']::varchar(2)[]
              else array[p.country]::varchar(2)[] end as remote_countries,
         case when pol.policy = 'REMOTE' and g.u < 0.5 then p.utc - 2 end as utc_min,
         case when pol.policy = 'REMOTE' and g.u < 0.5 then p.utc + 2 end as utc_max,
         case when g.v < 0.08 then array['CONTRACT']::varchar(20)[]
              when g.v < 0.12 then array['INTERNSHIP']::varchar(20)[]
              when g.v < 0.15 then array['PART_TIME']::varchar(20)[]
              when g.v < 0.18 then array['FULL_TIME', 'CONTRACT']::varchar(20)[]
              else array['FULL_TIME']::varchar(20)[] end as types,
         t.level,
         case when g.w < 0.75 then (p.base * t.factor * (0.8 + g.u * 0.2))::int end as salary_min,
         case when g.w < 0.75 then (p.base * t.factor * (1.0 + g.u * 0.3))::int end as salary_max,
         case when g.w < 0.75 then p.currency end as currency,
         pg_temp.bench_text(bw.tools, bw.skills) as description,
         case when g.w > 0.98 then 'DRAFT' else 'PUBLISHED' end as status,
         now() - make_interval(secs => g.i * 5 + floor(g.u * 5)) as posted_at,
         case when g.v > 0.95 then current_date - 1 - (g.i % 20) else current_date + 7 + (g.i % 50) end as expires_on,
         case when g.i % 20000 = 7 then current_date + 10 end as featured_until
  from (select i, random() as u, random() as v, random() as w, random() as pick, random() as lvl, random() as pol_r
        from generate_series(1, :jobs) as i) g
  cross join bench_words bw
  cross join bench_pick bp
  join bench_place p on p.n = bp.places[1 + floor(g.pick * cardinality(bp.places))::int]
  join bench_country_name cn on cn.code = p.country
  join bench_company c on c.n = 1 + (g.i::bigint * 7919) % (select count(*) from bench_company)
  join company co on co.id = c.id
  join bench_role r on r.n = 1 + (g.i * 31) % (select count(*) from bench_role)
  cross join lateral (select case when g.pol_r < 0.6 then 'ONSITE' when g.pol_r < 0.8 then 'HYBRID' else 'REMOTE' end as policy) pol
  cross join lateral (
    select (array['', 'Junior ', 'Senior ', 'Senior ', 'Lead ', 'Staff ', 'Principal ', 'Head of '])[1 + floor(g.lvl * 8)::int] as prefix
  ) pre
  cross join lateral (
    select case when pre.prefix = 'Head of ' then 'Head of ' || r.name
                else pre.prefix || r.name end
           || (array['', '', '', ', Payments', ', Search', ', Growth', ', Risk', ', Health', ', Ads', ' (Platform)'])[1 + (g.i % 10)] as title,
           case when pre.prefix = 'Junior ' then 'ENTRY' when pre.prefix = '' then 'MID'
                when pre.prefix in ('Head of ', 'Principal ') then 'EXECUTIVE' else 'SENIOR' end as level,
           case when pre.prefix = 'Junior ' then 0.7 when pre.prefix = '' then 1.0
                when pre.prefix in ('Head of ', 'Principal ') then 1.6 else 1.3 end as factor
  ) t
) x offset 0) y; -- offset 0: the text vector is computed once a row, not once per use

alter table job enable trigger job_tagged_at_posting;
alter table job enable trigger job_search_terms_add;
alter table job enable trigger job_search_vector_refresh;
create index job_search_idx on job using gin (search_vector);
create index job_title_search_idx on job using gin (title_vector);

-- The words a misspelling may be corrected to: the benchmark's texts use only the vocabulary and the shapes' words.
insert into search_term
select search_terms_of(string_agg(description, ' ')) from (select description from job order by id desc limit 2000) d
on conflict do nothing;

-- Tags: the skills and tools each job's text names, found above (as the posting trigger would, word for word);
-- the jobs' copies of their tags were written with them, so the triggers that keep those copies wait.
alter table job_skill disable trigger job_skill_added;
alter table job_tool disable trigger job_tool_added;
insert into job_skill (job_id, skill_id)
select j.id, unnest(j.skill_ids) from job j where j.company_id in (select id from bench_company)
on conflict do nothing;
insert into job_tool (job_id, tool_id)
select j.id, unnest(j.tool_ids) from job j where j.company_id in (select id from bench_company)
on conflict do nothing;
alter table job_skill enable trigger job_skill_added;
alter table job_tool enable trigger job_tool_added;

vacuum (analyze) job;
vacuum (analyze) job_skill;
vacuum (analyze) job_tool;
vacuum (analyze) company;
