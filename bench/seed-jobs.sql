-- Adds :jobs open jobs with varied titles, companies, roles, levels, types, salaries and descriptions,
-- for the job board benchmark. Run with psql -v jobs=100000. Deterministic: the same seed gives the same jobs.
select setseed(0.42) \g /dev/null
-- Tagging every inserted row one by one (V80's trigger) would cost about a millisecond a job; the seed has only a
-- few thousand distinct texts, so it tags each distinct text once below instead.
alter table job disable trigger job_tagged_at_posting;
insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, status, posted_at, expires_on)
select
    (array['Senior', 'Junior', 'Lead', 'Staff', 'Principal', ''])[1 + floor(random() * 6)::int] || ' ' ||
        (array['Data Engineer', 'Data Scientist', 'ML Engineer', 'Analytics Engineer', 'BI Developer',
               'Research Engineer', 'MLOps Engineer', 'NLP Engineer', 'Data Analyst', 'AI Engineer'])[1 + floor(random() * 10)::int] ||
        ' ' || (array['Platform', 'Payments', 'Search', 'Growth', 'Risk', 'Health', 'Ads'])[1 + floor(random() * 7)::int],
    c.id,
    r.id,
    (array['Berlin, Germany', 'London, UK', 'New York, NY, USA', 'Zürich, Switzerland', 'Bengaluru, India',
           'Toronto, Canada', 'Singapore', 'Remote (EU time zones)', 'Austin, Texas, USA'])[1 + i % 9],
    random() < 0.25,
    case when random() < 0.1 then array['CONTRACT']::varchar(20)[]
         when random() < 0.08 then array['FULL_TIME', 'INTERNSHIP']::varchar(20)[]
         when random() < 0.05 then array['PART_TIME']::varchar(20)[]
         else array['FULL_TIME']::varchar(20)[] end,
    (array['ENTRY', 'MID', 'SENIOR', 'EXECUTIVE'])[1 + floor(random() * 4)::int],
    40000 + (i % 50) * 3000,
    70000 + (i % 50) * 4000,
    (array['USD', 'EUR', 'GBP', 'CAD'])[1 + i % 4],
    'We are hiring to work on ' ||
        (array['python pipelines', 'spark jobs', 'sql models', 'pytorch training', 'dashboards in looker',
               'kafka streams', 'feature stores', 'llm evaluation'])[1 + floor(random() * 8)::int] ||
        ' with a friendly team. ' || repeat('You will collaborate with analysts, engineers and product managers. ', 3),
    'https://jobs.example.com/' || i,
    'PUBLISHED',
    now() - make_interval(mins => i),
    current_date + 30
from generate_series(1, :jobs) as i
join lateral (select id from company order by id offset (i % (select count(*) from company)) limit 1) c on true
join lateral (select id from role order by id offset (i % (select count(*) from role)) limit 1) r on true;
alter table job enable trigger job_tagged_at_posting;
create temporary table seed_text as
select distinct j.title || E'\n' || j.description as text from job j
where not exists (select 1 from job_skill s where s.job_id = j.id) and not exists (select 1 from job_tool t where t.job_id = j.id);
create temporary table seed_terms as select st.text, v.kind, v.term_id from seed_text st cross join lateral vocabulary_terms_in(st.text) v;
insert into job_skill (job_id, skill_id)
select j.id, t.term_id from job j join seed_terms t on t.text = j.title || E'\n' || j.description and t.kind = 'SKILL'
on conflict do nothing;
insert into job_tool (job_id, tool_id)
select j.id, t.term_id from job j join seed_terms t on t.text = j.title || E'\n' || j.description and t.kind = 'TOOL'
on conflict do nothing;
vacuum (analyze) job;
vacuum (analyze) job_skill;
vacuum (analyze) job_tool;
