-- Jobs are tagged with the skills and tools they ask for (issue 15). A job's tags are found in its title and
-- description when it is posted, by the vocabulary's names and aliases (V30: "Postgres" is PostgreSQL, "sklearn"
-- is scikit-learn); an admin may then add or remove tags on the job form. The skill and tool pages count open
-- jobs from these tags, and the job board filters and counts by them.

create table job_skill (
    job_id    bigint not null references job (id) on delete cascade,
    skill_id  bigint not null references skill (id) on delete cascade,
    primary key (job_id, skill_id)
);
create index job_skill_skill_idx on job_skill (skill_id, job_id);

create table job_tool (
    job_id   bigint not null references job (id) on delete cascade,
    tool_id  bigint not null references tool (id) on delete cascade,
    primary key (job_id, tool_id)
);
create index job_tool_tool_idx on job_tool (tool_id, job_id);

-- Every name and alias of the vocabulary as a regular expression that matches it as a whole word.
--   * Letters are compared without case, except for terms of one or two characters ("R"), which must be written
--     in capitals and stand between spaces or punctuation: "R" is not the r of every word, nor "R&D", "R-squared"
--     or "R's".
--   * Longer terms must not be glued to letters or digits on either side ("Java" is not in "JavaScript", "SQL"
--     not in "MySQL"); a + or # after them makes another word ("C" is not "C++" or "C#").
--   * Any run of spaces or hyphens in a term matches any run of spaces or hyphens in the text.
--   * Every character that is not a letter, a digit or a space is escaped, so "C++", "CI/CD" and "t-sql" are
--     matched literally.
create view vocabulary_pattern as
with term as (
    select 'SKILL' as kind, s.id as term_id, s.name as term from skill s
    union
    select 'SKILL', a.skill_id, a.alias from skill_alias a
    union
    select 'TOOL', t.id, t.name from tool t
    union
    select 'TOOL', a.tool_id, a.alias from tool_alias a
), escaped as (
    select kind, term_id, term,
           regexp_replace(regexp_replace(trim(term), '([^[:alnum:][:space:]-])', '\\\1', 'g'), '[[:space:]-]+', '[[:space:]-]+', 'g') as body
    from term
)
select kind, term_id, term,
       length(trim(term)) <= 2 as exact_case,
       case when length(trim(term)) <= 2
            then '(^|[[:space:](,;:/"])' || upper(body) || '($|[[:space:]),;:/!?"]|\.($|[[:space:]]))'
            else '(^|[^[:alnum:]_])' || lower(body) || '($|[^[:alnum:]_+#])'
       end as pattern
from escaped;

-- The skills and tools a text asks for: the distinct terms of which a name or an alias occurs in it.
create function vocabulary_terms_in(text_ text)
returns table (kind text, term_id bigint)
language sql stable as $$
    select distinct p.kind, p.term_id
    from vocabulary_pattern p
    where case when p.exact_case then text_ ~ p.pattern else lower(text_) ~ p.pattern end
$$;

-- Posting a job tags it from its title and description, whoever inserts it (the admin form replaces the tags
-- afterwards when the admin chose them).
create function tag_inserted_jobs() returns trigger
language plpgsql as $$
begin
    insert into job_skill (job_id, skill_id)
    select n.id, t.term_id from new_jobs n cross join lateral vocabulary_terms_in(n.title || E'\n' || n.description) t
    where t.kind = 'SKILL'
    on conflict do nothing;
    insert into job_tool (job_id, tool_id)
    select n.id, t.term_id from new_jobs n cross join lateral vocabulary_terms_in(n.title || E'\n' || n.description) t
    where t.kind = 'TOOL'
    on conflict do nothing;
    return null;
end
$$;

create trigger job_tagged_at_posting after insert on job
    referencing new table as new_jobs
    for each statement execute function tag_inserted_jobs();

-- The jobs that exist already.
insert into job_skill (job_id, skill_id)
select j.id, t.term_id from job j cross join lateral vocabulary_terms_in(j.title || E'\n' || j.description) t
where t.kind = 'SKILL';
insert into job_tool (job_id, tool_id)
select j.id, t.term_id from job j cross join lateral vocabulary_terms_in(j.title || E'\n' || j.description) t
where t.kind = 'TOOL';

-- The replicas drop their caches when content changes (V10); a job's tags are content too.
create trigger job_skill_changed after insert or update or delete or truncate on job_skill
    for each statement execute function notify_content_changed();
create trigger job_tool_changed after insert or update or delete or truncate on job_tool
    for each statement execute function notify_content_changed();
