-- The job board counts skills and tools over the jobs a filter matches. Joining the tag tables for each of those
-- jobs cost two index lookups a job (about 10 ms of a 25 ms count on 2,000 jobs); a copy of each job's tags in
-- the job row itself makes the count a walk over rows already read. job_skill and job_tool stay the tags' home
-- (the skill and tool pages and the filters read them); these arrays follow them, set by the triggers below in
-- the same transaction as any change to the tags.

alter table job add column skill_ids bigint[] not null default '{}',
                add column tool_ids bigint[] not null default '{}';

update job j set skill_ids = t.ids
from (select job_id, array_agg(skill_id order by skill_id) as ids from job_skill group by job_id) t
where t.job_id = j.id;
update job j set tool_ids = t.ids
from (select job_id, array_agg(tool_id order by tool_id) as ids from job_tool group by job_id) t
where t.job_id = j.id;

-- Once a statement has changed tags, the jobs it touched get their arrays again from the tag tables.
create function job_skill_ids_sync() returns trigger language plpgsql as $$
begin
    update job j set skill_ids = coalesce((select array_agg(s.skill_id order by s.skill_id) from job_skill s
                                           where s.job_id = j.id), '{}')
    where j.id in (select job_id from changed_tags);
    return null;
end
$$;

create function job_tool_ids_sync() returns trigger language plpgsql as $$
begin
    update job j set tool_ids = coalesce((select array_agg(t.tool_id order by t.tool_id) from job_tool t
                                          where t.job_id = j.id), '{}')
    where j.id in (select job_id from changed_tags);
    return null;
end
$$;

create trigger job_skill_added after insert on job_skill referencing new table as changed_tags
    for each statement execute function job_skill_ids_sync();
create trigger job_skill_removed after delete on job_skill referencing old table as changed_tags
    for each statement execute function job_skill_ids_sync();
create trigger job_tool_added after insert on job_tool referencing new table as changed_tags
    for each statement execute function job_tool_ids_sync();
create trigger job_tool_removed after delete on job_tool referencing old table as changed_tags
    for each statement execute function job_tool_ids_sync();
