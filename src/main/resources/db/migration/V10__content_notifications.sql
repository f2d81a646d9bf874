-- Every replica caches rendered pages, the featured-jobs sidebar and survey figures. Whatever changes the content
-- (the admin area on any replica, a salary import, an operator's SQL) announces it on one channel, once per
-- statement; each replica LISTENs and drops its caches. NOTIFY is sent at commit, so a rolled-back change
-- announces nothing, and PostgreSQL folds repeated identical notifications of one transaction into one.
create function notify_content_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('career_atlas_content', tg_table_name);
    return null;
end;
$$;

do $$
declare
    t text;
begin
    foreach t in array array['role_family', 'role', 'role_item', 'role_tip', 'skill', 'role_skill', 'tool_category',
                             'tool', 'role_tool', 'industry', 'role_industry', 'comparison', 'company', 'job',
                             'salary_report', 'role_alias']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function notify_content_changed()', t || '_changed', t);
    end loop;
end;
$$;
