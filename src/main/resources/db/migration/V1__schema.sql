-- Career Atlas schema: roles and their content, the shared vocabularies (skills, tools, industries),
-- curated comparisons, companies and jobs.

create table role_family (
    id        bigserial primary key,
    slug      varchar(60)  not null unique,
    name      varchar(100) not null,
    position  integer      not null
);

create table role (
    id              bigserial primary key,
    slug            varchar(80)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and position('-vs-' in slug) = 0),
    name            varchar(120) not null,
    family_id       bigint       not null references role_family (id),
    summary         varchar(300) not null,
    definition      text         not null,
    outlook         text         not null,
    outlook_figure  varchar(40)  not null,
    outlook_source  varchar(200) not null,
    outlook_period  varchar(40)  not null,
    updated_at      timestamptz  not null default now()
);
create index role_family_idx on role (family_id);

-- Ordered free-text items of a role: responsibilities and educational background.
create table role_item (
    id        bigserial primary key,
    role_id   bigint      not null references role (id) on delete cascade,
    section   varchar(20) not null check (section in ('RESPONSIBILITY', 'EDUCATION')),
    position  integer     not null,
    body      text        not null,
    unique (role_id, section, position)
);

-- Numbered practical tips for getting started in a role.
create table role_tip (
    id        bigserial primary key,
    role_id   bigint       not null references role (id) on delete cascade,
    position  integer      not null,
    title     varchar(120) not null,
    body      text         not null,
    unique (role_id, position)
);

create table skill (
    id    bigserial primary key,
    slug  varchar(80)  not null unique,
    name  varchar(120) not null
);

-- A role needs a skill; the note says what for or how deep (e.g. "window functions, query tuning").
create table role_skill (
    role_id   bigint  not null references role (id) on delete cascade,
    skill_id  bigint  not null references skill (id),
    position  integer not null,
    note      varchar(300),
    primary key (role_id, skill_id)
);
create index role_skill_skill_idx on role_skill (skill_id);

create table tool_category (
    id        bigserial primary key,
    slug      varchar(60)  not null unique,
    name      varchar(100) not null,
    position  integer      not null
);

create table tool (
    id           bigserial primary key,
    slug         varchar(80)  not null unique,
    name         varchar(120) not null,
    category_id  bigint       not null references tool_category (id)
);

create table role_tool (
    role_id   bigint  not null references role (id) on delete cascade,
    tool_id   bigint  not null references tool (id),
    position  integer not null,
    primary key (role_id, tool_id)
);
create index role_tool_tool_idx on role_tool (tool_id);

create table industry (
    id    bigserial primary key,
    slug  varchar(80)  not null unique,
    name  varchar(120) not null
);

-- A role is common in an industry; the note gives the typical use (e.g. "medical imaging").
create table role_industry (
    role_id      bigint  not null references role (id) on delete cascade,
    industry_id  bigint  not null references industry (id),
    position     integer not null,
    note         varchar(200),
    primary key (role_id, industry_id)
);
create index role_industry_industry_idx on role_industry (industry_id);

-- A curated comparison. The pair is stored in canonical order: role_a's slug sorts before role_b's.
create table comparison (
    id            bigserial primary key,
    role_a_id     bigint      not null references role (id),
    role_b_id     bigint      not null references role (id),
    introduction  text        not null,
    conclusion    text        not null,
    published_on  date        not null,
    updated_at    timestamptz not null default now(),
    check (role_a_id <> role_b_id),
    unique (role_a_id, role_b_id)
);
create index comparison_role_b_idx on comparison (role_b_id);

create table company (
    id       bigserial primary key,
    slug     varchar(120) not null unique,
    name     varchar(200) not null,
    website  varchar(500)
);

create table job (
    id                bigserial primary key,
    title             varchar(200) not null,
    company_id        bigint       not null references company (id),
    role_id           bigint       references role (id),
    location          varchar(200) not null,
    remote            boolean      not null default false,
    employment_types  varchar(20)[] not null check (cardinality(employment_types) > 0 and employment_types
                          <@ array['FULL_TIME', 'PART_TIME', 'CONTRACT', 'INTERNSHIP', 'TEMPORARY']::varchar(20)[]),
    experience_level  varchar(20)  not null check (experience_level in ('ENTRY', 'MID', 'SENIOR', 'EXECUTIVE')),
    salary_min        integer      check (salary_min > 0),
    salary_max        integer      check (salary_max > 0),
    currency          varchar(3) check (currency ~ '^[A-Z]{3}$'),
    description       text         not null,
    apply_url         varchar(1000),
    apply_email       varchar(254),
    status            varchar(20)  not null default 'PUBLISHED' check (status in ('PUBLISHED', 'DRAFT')),
    posted_at         timestamptz  not null default now(),
    expires_on        date         not null,
    featured_until    date,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    version           integer      not null default 0,
    check (salary_min is null or salary_max is null or salary_min <= salary_max),
    check ((salary_min is null and salary_max is null) = (currency is null))
);
create index job_role_idx on job (role_id);
create index job_company_idx on job (company_id);
create index job_featured_idx on job (featured_until) where status = 'PUBLISHED' and featured_until is not null;
create index job_listing_idx on job (status, expires_on, posted_at desc);
