-- Salary insights: survey reports (the aijobs.net salary index format), the aliases that map survey job
-- titles to our roles, and a record of every import.

create table salary_report (
    id                  bigserial primary key,
    work_year           smallint     not null check (work_year between 2000 and 2100),
    experience_level    char(2)      not null check (experience_level in ('EN', 'MI', 'SE', 'EX')),
    employment_type     char(2)      not null check (employment_type in ('FT', 'PT', 'CT', 'FL')),
    job_title           varchar(200) not null,
    salary              bigint       not null check (salary > 0),
    salary_currency     char(3)      not null,
    salary_in_usd       bigint       not null check (salary_in_usd > 0),
    employee_residence  char(2)      not null,
    remote_ratio        smallint     not null check (remote_ratio in (0, 50, 100)),
    company_location    char(2)      not null,
    company_size        char(1)      not null check (company_size in ('S', 'M', 'L')),
    role_id             bigint       references role (id) on delete set null
);
create index salary_report_role_idx on salary_report (role_id, experience_level, work_year);
create index salary_report_title_idx on salary_report (lower(job_title));

-- Imports write here first; a valid import replaces salary_report in one transaction.
create unlogged table salary_report_staging (like salary_report including defaults);
alter table salary_report_staging drop column id;
alter table salary_report_staging drop column role_id;

-- A survey job title (compared lower-case) that counts for a role.
create table role_alias (
    id       bigserial primary key,
    role_id  bigint       not null references role (id) on delete cascade,
    title    varchar(200) not null,
    unique (title)
);
create unique index role_alias_lower_idx on role_alias (lower(title));

create table salary_import (
    id             bigserial primary key,
    actor          varchar(60)  not null,
    started_at     timestamptz  not null default now(),
    finished_at    timestamptz,
    status         varchar(10)  not null check (status in ('RUNNING', 'DONE', 'REFUSED', 'FAILED')),
    rows_total     integer      not null default 0,
    rows_imported  integer      not null default 0,
    rows_skipped   integer      not null default 0,
    message        text,
    problems       text,
    duration_ms    bigint
);

insert into role_alias (role_id, title)
select r.id, a.title
from (values
    ('data-engineer', 'Data Engineer'), ('data-engineer', 'Big Data Engineer'), ('data-engineer', 'ETL Developer'),
    ('data-engineer', 'ETL Engineer'), ('data-engineer', 'Data Developer'), ('data-engineer', 'Cloud Data Engineer'),
    ('data-engineer', 'Data Integration Engineer'), ('data-engineer', 'Data Pipeline Engineer'),
    ('machine-learning-research-engineer', 'Research Engineer'),
    ('machine-learning-research-engineer', 'Machine Learning Researcher'),
    ('machine-learning-research-engineer', 'Machine Learning Research Engineer'),
    ('machine-learning-research-engineer', 'ML Research Engineer'),
    ('data-scientist', 'Data Scientist'), ('data-scientist', 'Applied Scientist'),
    ('data-scientist', 'Decision Scientist'), ('data-scientist', 'Applied Data Scientist'),
    ('data-scientist', 'Lead Data Scientist'), ('data-scientist', 'Principal Data Scientist'),
    ('machine-learning-engineer', 'Machine Learning Engineer'), ('machine-learning-engineer', 'ML Engineer'),
    ('machine-learning-engineer', 'Machine Learning Scientist'), ('machine-learning-engineer', 'Applied Machine Learning Engineer'),
    ('data-analyst', 'Data Analyst'), ('data-analyst', 'Product Analyst'), ('data-analyst', 'Data Quality Analyst'),
    ('data-analyst', 'Financial Data Analyst'), ('data-analyst', 'Marketing Data Analyst'),
    ('analytics-engineer', 'Analytics Engineer'),
    ('mlops-engineer', 'MLOps Engineer'), ('mlops-engineer', 'Machine Learning Operations Engineer'),
    ('mlops-engineer', 'Machine Learning Infrastructure Engineer'), ('mlops-engineer', 'ML Ops Engineer'),
    ('ai-engineer', 'AI Engineer'), ('ai-engineer', 'AI Developer'), ('ai-engineer', 'Prompt Engineer'),
    ('ai-engineer', 'Generative AI Engineer'), ('ai-engineer', 'AI Software Engineer'),
    ('research-scientist', 'Research Scientist'), ('research-scientist', 'AI Research Scientist'),
    ('research-scientist', 'AI Scientist'), ('research-scientist', 'Machine Learning Research Scientist'),
    ('data-architect', 'Data Architect'), ('data-architect', 'Big Data Architect'), ('data-architect', 'Cloud Data Architect'),
    ('data-architect', 'Data Modeler'),
    ('bi-developer', 'BI Developer'), ('bi-developer', 'Business Intelligence Developer'),
    ('bi-developer', 'Business Intelligence Engineer'), ('bi-developer', 'BI Engineer'),
    ('bi-developer', 'Business Intelligence Analyst'), ('bi-developer', 'BI Analyst'),
    ('computer-vision-engineer', 'Computer Vision Engineer'), ('computer-vision-engineer', 'Computer Vision Software Engineer'),
    ('nlp-engineer', 'NLP Engineer'), ('nlp-engineer', 'Natural Language Processing Engineer'),
    ('deep-learning-engineer', 'Deep Learning Engineer'), ('deep-learning-engineer', 'Deep Learning Researcher')
) as a(slug, title)
join role r on r.slug = a.slug;
