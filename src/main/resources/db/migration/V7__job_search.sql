-- Job board search: accent- and case-insensitive full-text search over title, company, location and
-- description (weighted in that order), plus b-tree indexes for the filter columns.

create extension if not exists unaccent;

create text search configuration career_search (copy = english);
alter text search configuration career_search
    alter mapping for hword, hword_part, word with unaccent, english_stem;

alter table job add column search_vector tsvector;

create function job_search_vector(job_title text, company_name text, job_location text, job_description text)
    returns tsvector language sql immutable as $$
    select setweight(to_tsvector('career_search', coalesce(job_title, '')), 'A')
        || setweight(to_tsvector('career_search', coalesce(company_name, '')), 'B')
        || setweight(to_tsvector('career_search', coalesce(job_location, '')), 'C')
        || setweight(to_tsvector('career_search', coalesce(job_description, '')), 'D')
$$;

create function job_search_vector_refresh() returns trigger language plpgsql as $$
begin
    new.search_vector := job_search_vector(new.title, (select name from company where id = new.company_id),
                                           new.location, new.description);
    return new;
end
$$;

create trigger job_search_vector_refresh
    before insert or update of title, company_id, location, description on job
    for each row execute function job_search_vector_refresh();

-- A renamed company is found under its new name.
create function company_jobs_search_refresh() returns trigger language plpgsql as $$
begin
    update job set title = title where company_id = new.id;
    return new;
end
$$;

create trigger company_jobs_search_refresh
    after update of name on company
    for each row when (old.name is distinct from new.name) execute function company_jobs_search_refresh();

update job set title = title;

create index job_search_idx on job using gin (search_vector);
create index job_level_idx on job (experience_level);
create index job_types_idx on job using gin (employment_types);
create index job_currency_salary_idx on job (currency, salary_max);
create index job_remote_idx on job (remote) where remote;
drop index job_listing_idx;
create index job_listing_idx on job (posted_at desc, id desc) where status = 'PUBLISHED';
create index job_expires_idx on job (expires_on) where status = 'PUBLISHED';
