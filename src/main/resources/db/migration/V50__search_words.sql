-- Job search that understands the field's words: synonyms and abbreviations an admin can edit, and the words
-- the typo fallback may correct to (trigram similarity, pg_trgm).

create extension if not exists pg_trgm;

-- A term (one or two words, lower case) and what it stands for; a search for either finds both.
create table search_synonym (
    term       varchar(60)  primary key check (term = lower(term) and term ~ '^[[:alnum:]+#.-]+( [[:alnum:]+#.-]+)?$'),
    expansion  varchar(200) not null check (length(expansion) between 2 and 200)
);

insert into search_synonym (term, expansion) values
    ('ml', 'machine learning'),
    ('ai', 'artificial intelligence'),
    ('genai', 'generative ai'),
    ('nlp', 'natural language processing'),
    ('cv', 'computer vision'),
    ('llm', 'large language model'),
    ('llms', 'large language models'),
    ('k8s', 'kubernetes'),
    ('gcp', 'google cloud'),
    ('aws', 'amazon web services'),
    ('dbt', 'data build tool'),
    ('bi', 'business intelligence'),
    ('etl', 'extract transform load'),
    ('elt', 'extract load transform'),
    ('mlops', 'machine learning operations'),
    ('dl', 'deep learning'),
    ('rl', 'reinforcement learning'),
    ('sre', 'site reliability engineering'),
    ('data eng', 'data engineer'),
    ('ml eng', 'machine learning engineer'),
    ('ds', 'data scientist');

-- Words that exist in jobs and in the vocabulary: what a misspelt search word may be corrected to.
create table search_term (
    term varchar(40) primary key
);
create index search_term_trgm_idx on search_term using gist (term gist_trgm_ops);

create function search_terms_of(text_value text) returns setof varchar language sql immutable as $$
    select distinct lower(w)::varchar(40) from regexp_split_to_table(coalesce(text_value, ''), '[^[:alnum:]]+') w
    where length(w) between 3 and 40 and w !~ '^[0-9]+$'
$$;

insert into search_term select search_terms_of(title || ' ' || description) from job on conflict do nothing;
insert into search_term select search_terms_of(name) from skill on conflict do nothing;
insert into search_term select search_terms_of(name) from tool on conflict do nothing;
insert into search_term select search_terms_of(name) from role on conflict do nothing;

create function job_search_terms_add() returns trigger language plpgsql as $$
begin
    insert into search_term select search_terms_of(new.title || ' ' || new.description) on conflict do nothing;
    return null;
end
$$;

create trigger job_search_terms_add
    after insert or update of title, description on job
    for each row execute function job_search_terms_add();

create trigger search_synonym_changed after insert or update or delete or truncate on search_synonym
    for each statement execute function notify_content_changed();
