-- The job board at a million jobs (issue 14): keyset pages and estimated facet counts.

-- A random bucket from 0 to 999 for every job, drawn once: the jobs with sample < k are a uniform random sample of
-- k per mille of all jobs, independent of anything a filter looks at. Above a size where exact facet counts would
-- read too many rows, the board counts that sample (a bitmap AND with the other conditions) and scales it up.
alter table job add column sample smallint not null default floor(random() * 1000)::smallint
    check (sample between 0 and 999);
create index job_sample_idx on job (sample) where status = 'PUBLISHED';

-- The title's own words, so a search can put title matches before matches elsewhere without ranking every match.
alter table job add column title_vector tsvector
    generated always as (to_tsvector('career_search'::regconfig, title)) stored;
create index job_title_search_idx on job using gin (title_vector);
