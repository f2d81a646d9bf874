-- Where a job is, as data (issue 14): a country (ISO 3166-1 alpha-2), an optional region and city, a remote
-- policy (on-site, hybrid, remote) and, for remote jobs, the countries and country groups whose residents may
-- apply, with an optional time-zone window. The free-text location stays as the display line; the country is
-- derived from it below where the text names exactly one.

create table country (
    code  varchar(2)   primary key check (code ~ '^[A-Z]{2}$'),
    name  varchar(100) not null
);
-- Names as the JDK's Locale writes them in English (java.util.Locale.getISOCountries, JDK 17).
insert into country (code, name) values
('AD', 'Andorra'),
('AE', 'United Arab Emirates'),
('AF', 'Afghanistan'),
('AG', 'Antigua & Barbuda'),
('AI', 'Anguilla'),
('AL', 'Albania'),
('AM', 'Armenia'),
('AO', 'Angola'),
('AQ', 'Antarctica'),
('AR', 'Argentina'),
('AS', 'American Samoa'),
('AT', 'Austria'),
('AU', 'Australia'),
('AW', 'Aruba'),
('AX', 'Åland Islands'),
('AZ', 'Azerbaijan'),
('BA', 'Bosnia & Herzegovina'),
('BB', 'Barbados'),
('BD', 'Bangladesh'),
('BE', 'Belgium'),
('BF', 'Burkina Faso'),
('BG', 'Bulgaria'),
('BH', 'Bahrain'),
('BI', 'Burundi'),
('BJ', 'Benin'),
('BL', 'St. Barthélemy'),
('BM', 'Bermuda'),
('BN', 'Brunei'),
('BO', 'Bolivia'),
('BQ', 'Caribbean Netherlands'),
('BR', 'Brazil'),
('BS', 'Bahamas'),
('BT', 'Bhutan'),
('BV', 'Bouvet Island'),
('BW', 'Botswana'),
('BY', 'Belarus'),
('BZ', 'Belize'),
('CA', 'Canada'),
('CC', 'Cocos (Keeling) Islands'),
('CD', 'Congo - Kinshasa'),
('CF', 'Central African Republic'),
('CG', 'Congo - Brazzaville'),
('CH', 'Switzerland'),
('CI', 'Côte d’Ivoire'),
('CK', 'Cook Islands'),
('CL', 'Chile'),
('CM', 'Cameroon'),
('CN', 'China'),
('CO', 'Colombia'),
('CR', 'Costa Rica'),
('CU', 'Cuba'),
('CV', 'Cape Verde'),
('CW', 'Curaçao'),
('CX', 'Christmas Island'),
('CY', 'Cyprus'),
('CZ', 'Czechia'),
('DE', 'Germany'),
('DJ', 'Djibouti'),
('DK', 'Denmark'),
('DM', 'Dominica'),
('DO', 'Dominican Republic'),
('DZ', 'Algeria'),
('EC', 'Ecuador'),
('EE', 'Estonia'),
('EG', 'Egypt'),
('EH', 'Western Sahara'),
('ER', 'Eritrea'),
('ES', 'Spain'),
('ET', 'Ethiopia'),
('FI', 'Finland'),
('FJ', 'Fiji'),
('FK', 'Falkland Islands'),
('FM', 'Micronesia'),
('FO', 'Faroe Islands'),
('FR', 'France'),
('GA', 'Gabon'),
('GB', 'United Kingdom'),
('GD', 'Grenada'),
('GE', 'Georgia'),
('GF', 'French Guiana'),
('GG', 'Guernsey'),
('GH', 'Ghana'),
('GI', 'Gibraltar'),
('GL', 'Greenland'),
('GM', 'Gambia'),
('GN', 'Guinea'),
('GP', 'Guadeloupe'),
('GQ', 'Equatorial Guinea'),
('GR', 'Greece'),
('GS', 'South Georgia & South Sandwich Islands'),
('GT', 'Guatemala'),
('GU', 'Guam'),
('GW', 'Guinea-Bissau'),
('GY', 'Guyana'),
('HK', 'Hong Kong SAR China'),
('HM', 'Heard & McDonald Islands'),
('HN', 'Honduras'),
('HR', 'Croatia'),
('HT', 'Haiti'),
('HU', 'Hungary'),
('ID', 'Indonesia'),
('IE', 'Ireland'),
('IL', 'Israel'),
('IM', 'Isle of Man'),
('IN', 'India'),
('IO', 'British Indian Ocean Territory'),
('IQ', 'Iraq'),
('IR', 'Iran'),
('IS', 'Iceland'),
('IT', 'Italy'),
('JE', 'Jersey'),
('JM', 'Jamaica'),
('JO', 'Jordan'),
('JP', 'Japan'),
('KE', 'Kenya'),
('KG', 'Kyrgyzstan'),
('KH', 'Cambodia'),
('KI', 'Kiribati'),
('KM', 'Comoros'),
('KN', 'St. Kitts & Nevis'),
('KP', 'North Korea'),
('KR', 'South Korea'),
('KW', 'Kuwait'),
('KY', 'Cayman Islands'),
('KZ', 'Kazakhstan'),
('LA', 'Laos'),
('LB', 'Lebanon'),
('LC', 'St. Lucia'),
('LI', 'Liechtenstein'),
('LK', 'Sri Lanka'),
('LR', 'Liberia'),
('LS', 'Lesotho'),
('LT', 'Lithuania'),
('LU', 'Luxembourg'),
('LV', 'Latvia'),
('LY', 'Libya'),
('MA', 'Morocco'),
('MC', 'Monaco'),
('MD', 'Moldova'),
('ME', 'Montenegro'),
('MF', 'St. Martin'),
('MG', 'Madagascar'),
('MH', 'Marshall Islands'),
('MK', 'North Macedonia'),
('ML', 'Mali'),
('MM', 'Myanmar (Burma)'),
('MN', 'Mongolia'),
('MO', 'Macao SAR China'),
('MP', 'Northern Mariana Islands'),
('MQ', 'Martinique'),
('MR', 'Mauritania'),
('MS', 'Montserrat'),
('MT', 'Malta'),
('MU', 'Mauritius'),
('MV', 'Maldives'),
('MW', 'Malawi'),
('MX', 'Mexico'),
('MY', 'Malaysia'),
('MZ', 'Mozambique'),
('NA', 'Namibia'),
('NC', 'New Caledonia'),
('NE', 'Niger'),
('NF', 'Norfolk Island'),
('NG', 'Nigeria'),
('NI', 'Nicaragua'),
('NL', 'Netherlands'),
('NO', 'Norway'),
('NP', 'Nepal'),
('NR', 'Nauru'),
('NU', 'Niue'),
('NZ', 'New Zealand'),
('OM', 'Oman'),
('PA', 'Panama'),
('PE', 'Peru'),
('PF', 'French Polynesia'),
('PG', 'Papua New Guinea'),
('PH', 'Philippines'),
('PK', 'Pakistan'),
('PL', 'Poland'),
('PM', 'St. Pierre & Miquelon'),
('PN', 'Pitcairn Islands'),
('PR', 'Puerto Rico'),
('PS', 'Palestinian Territories'),
('PT', 'Portugal'),
('PW', 'Palau'),
('PY', 'Paraguay'),
('QA', 'Qatar'),
('RE', 'Réunion'),
('RO', 'Romania'),
('RS', 'Serbia'),
('RU', 'Russia'),
('RW', 'Rwanda'),
('SA', 'Saudi Arabia'),
('SB', 'Solomon Islands'),
('SC', 'Seychelles'),
('SD', 'Sudan'),
('SE', 'Sweden'),
('SG', 'Singapore'),
('SH', 'St. Helena'),
('SI', 'Slovenia'),
('SJ', 'Svalbard & Jan Mayen'),
('SK', 'Slovakia'),
('SL', 'Sierra Leone'),
('SM', 'San Marino'),
('SN', 'Senegal'),
('SO', 'Somalia'),
('SR', 'Suriname'),
('SS', 'South Sudan'),
('ST', 'São Tomé & Príncipe'),
('SV', 'El Salvador'),
('SX', 'Sint Maarten'),
('SY', 'Syria'),
('SZ', 'Eswatini'),
('TC', 'Turks & Caicos Islands'),
('TD', 'Chad'),
('TF', 'French Southern Territories'),
('TG', 'Togo'),
('TH', 'Thailand'),
('TJ', 'Tajikistan'),
('TK', 'Tokelau'),
('TL', 'Timor-Leste'),
('TM', 'Turkmenistan'),
('TN', 'Tunisia'),
('TO', 'Tonga'),
('TR', 'Turkey'),
('TT', 'Trinidad & Tobago'),
('TV', 'Tuvalu'),
('TW', 'Taiwan'),
('TZ', 'Tanzania'),
('UA', 'Ukraine'),
('UG', 'Uganda'),
('UM', 'U.S. Outlying Islands'),
('US', 'United States'),
('UY', 'Uruguay'),
('UZ', 'Uzbekistan'),
('VA', 'Vatican City'),
('VC', 'St. Vincent & Grenadines'),
('VE', 'Venezuela'),
('VG', 'British Virgin Islands'),
('VI', 'U.S. Virgin Islands'),
('VN', 'Vietnam'),
('VU', 'Vanuatu'),
('WF', 'Wallis & Futuna'),
('WS', 'Samoa'),
('YE', 'Yemen'),
('YT', 'Mayotte'),
('ZA', 'South Africa'),
('ZM', 'Zambia'),
('ZW', 'Zimbabwe');

-- Groups a remote job may be open to; the members are expanded into job.remote_countries when a job is saved.
create table country_group (
    slug   varchar(20)  primary key check (slug ~ '^[A-Z]{2,20}$'),
    name   varchar(100) not null
);
create table country_group_member (
    group_slug  varchar(20) not null references country_group (slug) on delete cascade,
    code        varchar(2)  not null references country (code),
    primary key (group_slug, code)
);
insert into country_group (slug, name) values
    ('EU', 'the European Union'), ('EEA', 'the European Economic Area'), ('AMERICAS', 'the Americas'),
    ('NORTHAMERICA', 'North America');
insert into country_group_member (group_slug, code)
select 'EU', unnest(array['AT','BE','BG','HR','CY','CZ','DK','EE','FI','FR','DE','GR','HU','IE','IT','LV','LT',
                          'LU','MT','NL','PL','PT','RO','SK','SI','ES','SE']);
insert into country_group_member (group_slug, code)
select 'EEA', code from country_group_member where group_slug = 'EU'
union all select 'EEA', unnest(array['IS', 'LI', 'NO']);
insert into country_group_member (group_slug, code)
select 'AMERICAS', unnest(array['AG','AI','AR','AW','BB','BL','BM','BO','BQ','BR','BS','BZ','CA','CL','CO','CR',
    'CU','CW','DM','DO','EC','FK','GD','GF','GL','GP','GT','GY','HN','HT','JM','KN','KY','LC','MF','MQ','MS','MX',
    'NI','PA','PE','PM','PR','PY','SR','SV','SX','TC','TT','US','UY','VC','VE','VG','VI']);
insert into country_group_member (group_slug, code)
select 'NORTHAMERICA', unnest(array['US', 'CA', 'MX']);

alter table job
    add column country varchar(2) references country (code),
    add column region varchar(100),
    add column city varchar(100),
    add column remote_policy varchar(10) not null default 'ONSITE'
        check (remote_policy in ('ONSITE', 'HYBRID', 'REMOTE')),
    add column remote_groups varchar(20)[] not null default '{}',
    add column remote_countries varchar(2)[] not null default '{}',
    add column utc_offset_min smallint check (utc_offset_min between -12 and 14),
    add column utc_offset_max smallint check (utc_offset_max between -12 and 14),
    add constraint job_utc_window_check check (utc_offset_min is null or utc_offset_max is null
                                               or utc_offset_min <= utc_offset_max);
create index job_country_idx on job (country);
create index job_remote_countries_idx on job using gin (remote_countries);

-- The policy from the old yes/no (and "hybrid" when the location says so); "remote" keeps meaning "remote".
update job set remote_policy = case when remote then 'REMOTE' when location ~* '\mhybrid\M' then 'HYBRID' else 'ONSITE' end;
-- "remote" stays as the policy's yes/no for the code and queries that read it: it follows the policy, and a
-- writer that only sets "remote" (older code, scripts) moves the policy with it.
create function job_remote_follows_policy() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.remote and new.remote_policy = 'ONSITE' then
            new.remote_policy := 'REMOTE';
        end if;
    elsif new.remote is distinct from old.remote and new.remote_policy = old.remote_policy then
        new.remote_policy := case when new.remote then 'REMOTE' else 'ONSITE' end;
    end if;
    new.remote := new.remote_policy = 'REMOTE';
    return new;
end
$$;
create trigger job_remote_follows_policy before insert or update on job
    for each row execute function job_remote_follows_policy();

-- Deriving the country from the text: the names a location's parts may use for a country, and the US states and
-- Canadian provinces, which name their country when they come after a city ("Rochester, NY").
create temporary table place_name (name text primary key, code varchar(2) not null, after_city boolean not null);
insert into place_name select lower(name), code, false from country on conflict do nothing;
insert into place_name (name, code, after_city) values
    ('usa', 'US', false), ('us', 'US', false), ('u.s.', 'US', false), ('u.s', 'US', false), ('u.s.a.', 'US', false),
    ('united states of america', 'US', false), ('uk', 'GB', false), ('u.k.', 'GB', false), ('great britain', 'GB', false),
    ('england', 'GB', false), ('scotland', 'GB', false), ('wales', 'GB', false), ('northern ireland', 'GB', false),
    ('anywhere in the u.s.', 'US', false), ('anywhere in the us', 'US', false), ('us time zones', 'US', false),
    ('uk time zones', 'GB', false)
on conflict do nothing;
insert into place_name (name, code, after_city)
select lower(unnest(array['AL','AK','AZ','AR','CA','CO','CT','DE','DC','FL','GA','HI','ID','IL','IN','IA','KS','KY',
    'LA','ME','MD','MA','MI','MN','MS','MO','MT','NE','NV','NH','NJ','NM','NY','NC','ND','OH','OK','OR','PA','RI',
    'SC','SD','TN','TX','UT','VT','VA','WA','WV','WI','WY','Alabama','Alaska','Arizona','Arkansas','California',
    'Colorado','Connecticut','Delaware','District of Columbia','Florida','Hawaii','Idaho','Illinois','Indiana',
    'Iowa','Kansas','Kentucky','Louisiana','Maine','Maryland','Massachusetts','Michigan','Minnesota','Mississippi',
    'Missouri','Montana','Nebraska','Nevada','New Hampshire','New Jersey','New Mexico','New York','North Carolina',
    'North Dakota','Ohio','Oklahoma','Oregon','Pennsylvania','Rhode Island','South Carolina','South Dakota',
    'Tennessee','Texas','Utah','Vermont','Virginia','Washington','West Virginia','Wisconsin','Wyoming'])), 'US', true
on conflict do nothing;
insert into place_name (name, code, after_city)
select lower(unnest(array['Alberta','British Columbia','Manitoba','New Brunswick','Newfoundland and Labrador',
    'Nova Scotia','Ontario','Prince Edward Island','Quebec','Saskatchewan'])), 'CA', true
on conflict do nothing;

-- Each location's parts: "Austin, Texas, USA" -> austin | texas | usa; "Remote (US or Canada)" -> us | canada.
create temporary table place_part as
select j.id, p.ord, trim(p.part) as part
from job j
cross join lateral regexp_split_to_table(
    regexp_replace(lower(j.location), '^\s*remote\s*', ''), '\s*(,|\(|\)|/|;|\mor\M|\mand\M)\s*')
    with ordinality as p(part, ord)
where trim(p.part) <> '';
-- Names a country (a country name anywhere, a state or province after the first part), or "eu".
create temporary table place_code as
select distinct pp.id, n.code
from place_part pp join place_name n on n.name = pp.part and (not n.after_city or pp.ord > 1);

-- On-site and hybrid jobs: the country when exactly one is named, and the city and region from the parts.
update job j set country = c.code
from (select id, min(code) as code from place_code group by id having count(*) = 1) c
where c.id = j.id and j.remote_policy <> 'REMOTE';
update job j set city = nullif(trim(split_part(j.location, ',', 1)), '')
where j.country is not null and j.remote_policy <> 'REMOTE' and j.location like '%,%';
update job j set region = trim(split_part(j.location, ',', 2))
where j.country is not null and j.remote_policy <> 'REMOTE' and array_length(string_to_array(j.location, ','), 1) = 3;
-- Remote jobs: the countries named are where applicants may live; "EU" names the group; one country is also
-- the job's country.
update job j set remote_countries = c.codes, country = case when cardinality(c.codes) = 1 then c.codes[1] end
from (select id, array_agg(code order by code)::varchar(2)[] as codes from place_code group by id) c
where c.id = j.id and j.remote_policy = 'REMOTE';
update job j set remote_groups = array['EU']::varchar(20)[],
    remote_countries = (select array_agg(distinct x order by x)::varchar(2)[] from unnest(j.remote_countries || array(
        select code from country_group_member where group_slug = 'EU')::varchar(2)[]) x)
where j.remote_policy = 'REMOTE' and exists (select 1 from place_part pp where pp.id = j.id
                                             and pp.part in ('eu', 'european union', 'eu time zones'));
drop table place_code;
drop table place_part;
drop table place_name;

create trigger country_changed after insert or update or delete or truncate on country
    for each statement execute function notify_content_changed();
