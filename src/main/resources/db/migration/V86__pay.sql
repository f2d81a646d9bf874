-- Pay on the job board (issue 14): a salary is stated per hour, per month or per year, and compared as a yearly
-- equivalent (hourly x 2,080, monthly x 12). The exchange rates that compare currencies are V86.1.

-- A job's salary is hourly, monthly or yearly, stored as the employer states it. Every job so far was yearly.
alter table job add column salary_period varchar(10) not null default 'YEAR'
    check (salary_period in ('HOUR', 'MONTH', 'YEAR'));
